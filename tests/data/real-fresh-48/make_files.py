"""Builds the Word and PDF records of tests/data/real-fresh-48 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-43/make_files.py does: Word with the items numbered by Word's own lists
(headings from a list linked to Heading 1: the fisheries authority's '3.%1' with its sub-items at
the second level, '3.%1.%2.'; the stakeholder group's and the children's panel chairmen's '%1.'),
tables as the clerks laid them out (the prescribing committee's label | value heading, its
attendance as label | name | post and its items as number | item | 'Action By' rows; the world
heritage site group's name | initials attendance three to a row and its 'No | Agenda Item |
ACTION' rows; the panel chairmen's name | area rows; a cell's paragraphs split at ' // '), a
running header and a footer; PDF (WeasyPrint) with a running header (left and right) and a
'Page N of M' footer, a '* ' line a bullet ('•'). The two text files are sources/<name>.txt as
they are (web pages copied).

    .venv/bin/python tests/data/real-fresh-48/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "nifca-general-committee-2015-10-27": WordLayout(
        r"3\.(\d+) (.+)",
        "3.%1",
        header="Northumberland Inshore Fisheries and Conservation Authority",
    ),
    "chapelcross-ssg-2017-12-15": WordLayout(
        r"(\d+)\. (.+)", "%1.", footer="CSSG Minutes – 15 December 2017 – page"
    ),
    "rotherham-apc-2008-01-16": WordLayout(r"(\d+)\. (.+)", "%1."),
    "bath-whs-steering-group-2013-03-21": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="City of Bath World Heritage Site Steering Group"
    ),
    "childrens-panel-chairmen-2008-02-29": WordLayout(r"(\d+)\. (.+)", "%1."),
}
# name: (running header, left; running header, right)
PDF = {
    "south-wales-rawp-rts-2007-03-06": (
        "South Wales Regional Aggregates Working Party",
        "RTS Sub Committee 6 March 2007 (draft)",
    ),
    "st-edmundsbury-chapter-2018-11-13": ("St Edmundsbury Cathedral", "Chapter Minutes 13.11.2018"),
    "watford-three-rivers-hp-2010-06-02": (
        "Watford and Three Rivers Health Partnership",
        "Minutes 2 June 2010",
    ),
}
TEXT = (
    "newbold-qlg-2013-10-02",
    "hinkley-point-c-srg-2020-08-24",
)


def main() -> None:
    _17.write_set(WORD, PDF, TEXT)


if __name__ == "__main__":
    main()
