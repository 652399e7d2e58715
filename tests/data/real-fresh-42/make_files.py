"""Builds the Word and PDF records of tests/data/real-fresh-42 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-40/make_files.py does: Word with items in Heading 1 numbered by Word's own
list (the dental committee's '%1' with no full stop; the judicial appointments board's '%1.' with
its paragraphs at the list's second level, '%1.%2.'), label | names attendance tables (a cell's
names as its paragraphs, split at ' // '), and items as tables (the alcohol and drug
partnership's number | minute, the area committee's Item Number | Item/Description | Action), a
running header or a 'Page N of M' footer; PDF (WeasyPrint) with a running header (left and
right) and a 'Page N of M' footer, a '* ' line a bullet ('•'), the child protection committee's
items as an Item | Summary of Discussion | Action Required table. The three text files are
sources/<name>.txt as they are (web pages copied).

    .venv/bin/python tests/data/real-fresh-42/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "highland-adc-2012-04-25": WordLayout(r"(\d+) (.+)", "%1", header="NHS Highland"),
    "jabs-board-2014-07-14": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Judicial Appointments Board for Scotland"
    ),
    "dg-adp-2015-10-23": WordLayout(
        r"(\d+)\. (.+)", "%1.", footer="ADP Minute 23 October 2015 – page"
    ),
    "wigtown-area-committee-2016-02-11": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Dumfries and Galloway Council"
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "highland-ppc-2012-10-30": ("NHS Highland", "Pharmacy Practices Committee 30 October 2012"),
    "highland-cpc-2013-06-04": (
        "The Highland Council",
        "Highland Child Protection Committee 04.06.13",
    ),
    "canals-lowland-forum-2014-10-25": (
        "Scottish Canals",
        "Lowland Canals Customer Forum 25 October 2014",
    ),
}
TEXT = (
    "essex-ldc-2007-12-12",
    "london-cjb-2022-07-15",
    "npt-joint-resilience-2016-07-22",
)


def main() -> None:
    _17.write_set(WORD, PDF, TEXT)


if __name__ == "__main__":
    main()
