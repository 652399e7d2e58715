"""Builds the Word and PDF records of tests/data/real-fresh-39 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-37/make_files.py does: Word with its own numbering linked to Heading 1
('%1.' for the fishery harbour authority's items), label | names tables (a cell's names as
paragraphs of it; the airports' and the rail standards board's attendance as label | name |
post rows, the fishery harbour authority's actions as text | owner rows under an 'Action'
column heading), bold lines, a running header and a page-number footer; PDF (WeasyPrint) with a
running header (left and right) and a 'Page N of M' footer. The three text files are
sources/<name>.txt as they are (web pages copied).

    .venv/bin/python tests/data/real-fresh-39/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "tamar-bridge-tbtf-2019-12-06": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        header="Tamar Bridge and Torpoint Ferry Joint Committee 6 December 2019",
    ),
    "hial-board-2017-12-19": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Agenda Item 1\t\t06 February 2018"
    ),
    "nifha-board-2019-12-09": WordLayout(r"(\d+)\. (.+)", "%1.", header="NIFHA Board Minutes"),
    "rssb-board-2015-05-07": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        header="AGENDA ITEM: D1.a\t\t[Min.nos. RSSB.15/24-15/31]",
        footer="RSSB Board Meeting 07 May 2015 – Final for signing Page",
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "olc-board-2010-01-18": ("Office for Legal Complaints", "Board minutes 18 January 2010"),
    "rqia-board-2005-11-10": (
        "HPSS Regulation and Improvement Authority minutes",
        "Public version",
    ),
    "caa-board-2016-01-20": ("Civil Aviation Authority", "Board Minutes 20 January 2016"),
}
TEXT = ("tfw-board-2018-11-21", "fsa-board-2022-09-26", "reading-et-user-group-2019-11-06")


def main() -> None:
    _17.write_set(WORD, PDF, TEXT)


if __name__ == "__main__":
    main()
