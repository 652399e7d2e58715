"""Builds the Word and PDF records of tests/data/real-fresh-43 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-40/make_files.py does: Word with the items numbered by Word's own lists
(headings from a list linked to Heading 1, '%1.'; the building preservation trust's minutes a
plain numbered list running through, '#. ' lines), tables as the clerks laid them out (the
neighbourhood watch's six-column attendance of post | name | present or apologies twice a row and
its items as Item No | Agenda Item | ACTION rows; the Rotary club's minutes as number | minute |
action rows, a cell's paragraphs split at ' // '), a running header and a 'Page N of M' footer;
PDF (WeasyPrint) with a running header (left and right) and a 'Page N of M' footer, a '* ' line a
bullet ('•'). The two text files are sources/<name>.txt as they are (web pages copied).

    .venv/bin/python tests/data/real-fresh-43/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "tadley-school-pta-2011-03-08": WordLayout(r"(\d+)\. (.+)", "%1.", header="Tadley School PTA"),
    "lyde-green-nhw-2017-10-03": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Lyde Green Neighbourhood Watch"
    ),
    "newark-rotary-council-2011-04-21": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Rotary Club of Newark"
    ),
    "esbpt-agm-2017-04-06": WordLayout(
        r"(\d+)\. (.+)", "%1.", body="run", header="East Suffolk Building Preservation Trust"
    ),
    "st-albans-credit-union-agm-2016-03-14": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="St Albans District Credit Union Limited"
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "great-chart-cc-2017-05-22": ("Great Chart Cricket Club", "Management Committee 22 May 2017"),
    "hale-village-clt-2018-02-03": (
        "Hale Village Community Land Trust Limited",
        "Inaugural SGM 3 February 2018",
    ),
    "wycombe-wenches-wi-2017-09-13": ("Wycombe Wenches WI", "Meeting Minutes 13 September 2017"),
}
TEXT = (
    "clitheroe-civic-society-agm-2021-09-06",
    "ide-community-shop-2014-01-23",
)


def main() -> None:
    _17.write_set(WORD, PDF, TEXT)


if __name__ == "__main__":
    main()
