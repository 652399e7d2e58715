"""Builds the Word and PDF records of tests/data/real-fresh-18 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied): its Word writer
(Word's own numbering linked to Heading 1, attendance and item tables, a running header and a
PAGE / NUMPAGES footer) and its PDF writer (WeasyPrint, a running header, 'Page N of M').
The source format is the seventeenth set's (see its make_files.py).

    .venv/bin/python tests/data/real-fresh-18/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout
_line_html = _17._html


def _html(text: str) -> str:
    """A cell's ' // ' is a new line of the cell in the PDF too, as in the Word tables (the
    seventeenth set's PDFs had none, and its writer printed the marks)."""
    return "<br>".join(_line_html(part) for part in text.split(" // "))


_17._html = _html

WORD = {
    # Word numbers the items '1.' from Heading 1; the text under them is not numbered.
    "npg-trustees-2016-11-03": WordLayout(
        r"(\d+)\. (.+)", "%1.", body="run", header="National Portrait Gallery"
    ),
    # Attendance and the items in tables; no Word numbering in use.
    "soas-su-trustees-2015-10-21": WordLayout(
        r"(\d+)\. (.+)", "%1.", body="run", header="Students' Union"
    ),
    # 'Item 1' and a dash from Heading 1, the paragraphs numbered on through the minutes ('1.' to '5.').
    "cqc-board-2011-11-16": WordLayout(
        r"Item (\d+) – (.+)",
        "Item %1 –",
        body="run",
        header="Board meeting in public – 16 November 2011",
    ),
    # Attendance as Word bullets under bold labels.
    "hseni-board-2021-01-28": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        body="run",
        header="HSENI Board",
        footer="Minutes of the 115th Board meeting – page",
    ),
}

# name: (running header, left; running header, right)
PDF = {
    "gphc-council-2011-11-10": (
        "General Pharmaceutical Council",
        "Council minutes 10 November 2011",
    ),
    "sehsct-board-2014-11-26": (
        "South Eastern Health and Social Care Trust",
        "Trust Board – 26 November 2014",
    ),
    "beamish-jc-2012-03-16": (
        "Joint Committee for the North of England Open-Air Museum",
        "16 March 2012",
    ),
}


def main() -> None:
    _17.PDF = PDF
    _17.write(WORD, PDF)


if __name__ == "__main__":
    main()
