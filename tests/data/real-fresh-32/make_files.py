"""Builds the Word and PDF records of tests/data/real-fresh-32 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-19/make_files.py does: Word with its own numbering linked to Heading 1
('Agenda Item %1:' from 3 for the national park's planning committee, its paragraphs a list of
their own restarting under each heading; '20/0%1' for the Welsh community council's minute
numbers; '%1' for the transport partnership; '34.%1' for the development corporation's board),
label | names tables (a cell's names as paragraphs of it), bold lines, a running header and a
page-number footer; PDF (WeasyPrint) with a running header (left and right) and a 'Page N of M'
footer, the attendance as borderless tables, ' // ' in a cell a line break. The three text files
are sources/<name>.txt as they are (one pasted from ModernGov, two copied from web pages).

    .venv/bin/python tests/data/real-fresh-32/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "cairngorms-npa-planning-2019-09-13": WordLayout(
        r"Agenda Item (\d+): (.+)",
        "Agenda Item %1:",
        heading_start=3,
        body="restart",
        header="Cairngorms National Park Authority – Planning Committee – 13/09/2019",
    ),
    "llangathen-cc-2020-11-17": WordLayout(
        r"20/0(\d+) (.+)", "20/0%1", header="Cyngor Cymuned Llangathen Community Council"
    ),
    "hitrans-2017-09-15": WordLayout(
        r"(\d+) (.+)",
        "%1",
        header="HITRANS – Highlands and Islands Transport Partnership",
        footer="Partnership Meeting 15 September 2017 – page",
    ),
    "mlkdc-board-2016-01-22": WordLayout(
        r"34\.(\d+) (.+)", "34.%1", header="MLKDC Board Minutes 22 January 2016 – APPROVED"
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "mid-ulster-special-council-2016-11-17": ("Special Council (17.11.16)", ""),
    "lisburn-castlereagh-csc-2020-02-12": ("CSC 12.02.2020", ""),
    "llanbadrig-cc-2018-04-16": ("Cyngor Cymuned Llanbadrig", "16/4/2018"),
}


def main() -> None:
    _17.PDF = PDF
    _17.write(WORD, PDF, _17.cell_lines)


if __name__ == "__main__":
    main()
