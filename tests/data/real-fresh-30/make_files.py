"""Builds the Word and PDF records of tests/data/real-fresh-30 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-19/make_files.py does: Word with its own numbering linked to Heading 1
('%1.', the ethics committee's starting at 2 after its '1a. Attendance'; the LPC's headings
bold lines with no number), label | names tables
(a cell's names as paragraphs of it), bold sub-headings, a running header and a page-number
footer; PDF (WeasyPrint) with a running header (left and right) and a 'Page N of M' footer, the
attendance as two- or three-column borderless tables, ' // ' in a cell a line break. The three text files are
sources/<name>.txt as they are.

    .venv/bin/python tests/data/real-fresh-30/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "ermysted-gs-fgb-2019-12-05": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        header="Ermysted’s Grammar School – Full Governing Board – 5 December 2019",
    ),
    "gloucestershire-lpc-2014-11-13": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Gloucestershire LPC", footer="LPC minutes 13.11.14 – page"
    ),
    "sussex-ccgs-pccc-2020-09-15": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Sussex CCGs PCCC in Common – 15 September 2020"
    ),
    "swp-ethics-committee-2019-12-11": WordLayout(
        r"(\d+)\. (.+)", "%1.", heading_start=2, header="OFFICIAL SWYDDOGOL"
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "nn-licensing-sub-2011-09-14": ("Licensing Sub-Committee", "14 September 2011"),
    "bcuhb-quality-safety-2014-07-03": (
        "BCUHB Quality and Safety Committee minutes 3.7.14 V0.03 draft",
        "",
    ),
    "nene-quality-committee-2015-04-14": (
        "PGB-15-73 Quality Committee Minutes",
        "PGB-15-73 Governing Body Meeting in Public 16 June 2015",
    ),
}


def main() -> None:
    _17.PDF = PDF
    _17.write(WORD, PDF, _17.cell_lines)


if __name__ == "__main__":
    main()
