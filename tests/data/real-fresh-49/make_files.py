"""Builds the Word and PDF records of tests/data/real-fresh-49 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-43/make_files.py does: Word with the items numbered by Word's own lists
(headings from a list linked to Heading 1: '%1.' for the Scottish and Welsh community councils,
'C0%1/23' starting at 48 for the parish council's running minute references, the agenda item's own
number typed after it); tables as the clerks laid them out (the hockey board's two-column
attendance and its items as Item | text | Action rows, a cell's paragraphs split at ' // '); a
running header and a 'Page N of M' footer; PDF (WeasyPrint) with a running header (left and right)
and a 'Page N of M' footer. The three text files are sources/<name>.txt as they are.

    .venv/bin/python tests/data/real-fresh-49/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "menmuir-cc-2001-06-11": WordLayout(r"(\d+)\. (.+)", "%1.", header="Menmuir Community Council"),
    "scottish-hockey-board-2016-05-30": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Scottish Hockey – Board Minutes"
    ),
    "aberporth-cc-2015-05-19": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Aberporth Community Council – May 2015"
    ),
    "choppington-pc-2023-11-22": WordLayout(
        r"C0(\d+)/23 (.+)", "C0%1/23", heading_start=48, header="Choppington Parish Council"
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "crc-ni-2016-01-28": ("Community Relations Council", "Council Meeting 28 January 2016"),
    "bolton-cricket-league-2009-07-27": (
        "Bolton Cricket League",
        "General Committee 27 July 2009",
    ),
    "heritage-crafts-agm-2012-03-24": ("Heritage Crafts Association", "AGM 24 March 2012"),
}
TEXT = (
    "portpatrick-cc-2019-10-29",
    "covenham-pc-2024-05-30",
    "notts-cricket-board-agm-2009-01-22",
)


def main() -> None:
    _17.write_set(WORD, PDF, TEXT)


if __name__ == "__main__":
    main()
