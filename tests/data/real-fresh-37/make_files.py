"""Builds the Word and PDF records of tests/data/real-fresh-37 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-34/make_files.py does: Word with its own numbering linked to Heading 1
('%1.' for the chamber of commerce's items), label | names tables (a cell's names as paragraphs
of it; the sports partnership's items as a table of number | title and text | lead), bold
lines, bullets, a running header and a page-number footer; PDF (WeasyPrint) with a running
header (left and right) and a 'Page N of M' footer, a '* ' line a bullet ('•'). The three text
files are sources/<name>.txt as they are (web pages copied).

    .venv/bin/python tests/data/real-fresh-37/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "st-austell-chamber-2015-02-25": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="St Austell Bay Chamber of Commerce"
    ),
    "west-yorkshire-sport-board-2017-04-25": WordLayout(
        r"(\d+)\. (.+)", "%1.", footer="Board Meeting 25th April 2017"
    ),
    "ross-cromarty-sports-council-2015-08-20": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Ross & Cromarty Sports Council"
    ),
    "knoydart-foundation-2021-09-13": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Knoydart Foundation"
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "visitscotland-board-2013-05-17": ("VisitScotland", "Board Minutes 17 May 2013"),
    "hes-board-2017-05-25": ("HES 049/17", "25 May 2017"),
    "acha-mid-argyll-kintyre-2011-11-02": (
        "Mid Argyll & Kintyre Area Committee",
        "2nd November 2011",
    ),
}
TEXT = ("iow-tourism-partnership-2002-02-04", "raith-trust-2020-12-15", "loft-theatre-2012-11-17")


def main() -> None:
    _17.write_set(WORD, PDF, TEXT)


if __name__ == "__main__":
    main()
