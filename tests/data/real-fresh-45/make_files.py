"""Builds the Word and PDF records of tests/data/real-fresh-45 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-43/make_files.py does: Word with the items numbered by Word's own lists
(headings from a list linked to Heading 1: '%1.' for the harbour commissioners and the college,
'%1' for the Northern Ireland council, '1.%1' for the CCG's governing body; paragraphs under a
heading numbered by Word as the list's second level, '1.1.'), tables as the clerks laid them out
(the school governors' membership in two columns of groups, a cell's lines split at ' // '; the
college's attendance; the council booklet's contents and its label | value details; the CCG's
name | post rows), a running header and a 'Page N of M' footer; PDF (WeasyPrint) with a running
header (left and right) and a 'Page N of M' footer, a '* ' line a bullet ('•'). The two text files
are sources/<name>.txt as they are (web pages copied).

    .venv/bin/python tests/data/real-fresh-45/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "poole-harbour-2010-09-27": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Poole Harbour Commissioners"
    ),
    "noel-park-governors-2015-07-02": WordLayout(r"(\d+)\. (.+)", "%1."),
    "lambeth-college-2016-11-10": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Lambeth College – Corporation"
    ),
    "coleraine-council-2014-08-26": WordLayout(
        r"(\d+) (.+)", "%1", header="Coleraine Borough Council – Minutes Booklet"
    ),
    "liverpool-ccg-gb-2015-12-08": WordLayout(
        r"1\.(\d+) (.+)", "1.%1", header="NHS Liverpool CCG Governing Body"
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "durham-darlington-cfa-2015-11-12": (
        "Combined Fire Authority for County Durham and Darlington",
        "12 November 2015",
    ),
    "glasgow-court-2004-10-06": ("University of Glasgow – Court", "Minute – 6 October 2004"),
    "llanbadarn-fawr-cc-2019-05-09": (
        "Llanbadarn Fawr Community Council",
        "Minutes 2019 – 2020",
    ),
}
TEXT = (
    "llansanffraid-cc-2023-11-28",
    "medway-hwb-2013-06-18",
)


def main() -> None:
    _17.write_set(WORD, PDF, TEXT)


if __name__ == "__main__":
    main()
