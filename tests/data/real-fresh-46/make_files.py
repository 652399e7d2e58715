"""Builds the Word and PDF records of tests/data/real-fresh-46 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-43/make_files.py does: Word with the items numbered by Word's own list
(the schools' football association's headings '%1', no stop) and tables as the clerks laid them
out (the village association's minutes as number | title rows over | text rows under a header
naming only 'Action'; the surgery's template: the meeting's details label | value, the attendees
label | names a paragraph each, the minutes 'Agenda Item' | | 'Action', a cell's paragraphs split
at ' // '), bold lines, a running header and a 'Page N of M' footer; PDF (WeasyPrint) with a
running header (left and right) and a 'Page N of M' footer, a '* ' line a bullet ('•'), the
girls' football league's minutes set in two columns. The three text files are sources/<name>.txt as
they are (web pages copied).

    .venv/bin/python tests/data/real-fresh-46/make_files.py
"""

import sys
from pathlib import Path

import weasyprint

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "wentworth-vca-2004-08-11": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Wentworth Village Community Association"
    ),
    "coop-club-barrow-2017-07-13": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Co-op Sports & Social Club"
    ),
    "ncsfa-agm-2018-06-11": WordLayout(r"(\d+) (.+)", "%1"),
    "austen-road-ppg-2023-08-08": WordLayout(r"(\d+)\. (.+)", "%1.", header="Austen Road Surgery"),
}
# name: (running header, left; running header, right)
PDF = {
    "smira-board-2016-04-05": (
        "St. Mary's Island Residents' Association Ltd.",
        "Board 5 April 2016",
    ),
    "cheshire-girls-fl-agm-2014-06-03": ("Cheshire Girls Football League", "AGM 3 June 2014"),
    "broughton-apcm-2020-11-24": ("Parish of St John Baptist, Broughton", "APCM 24 November 2020"),
}
TWO_COLUMNS = ("cheshire-girls-fl-agm-2014-06-03",)
TEXT = (
    "giddings-vhrg-trustees-2015-07-21",
    "ainsdale-bowling-2019-10-08",
    "st-bartholomews-ppg-2021-12-06",
)


def two_columns(html: str) -> str:
    """The page's text in two columns, as a newsletter-style layout prints it."""
    return html.replace("</style>", "body { column-count: 2; column-gap: 10mm; }</style>")


def main() -> None:
    _17.write_set(WORD, {n: p for n, p in PDF.items() if n not in TWO_COLUMNS}, TEXT)
    _17.PDF = PDF
    for name in TWO_COLUMNS:
        html = two_columns(_17.bulleted(_17._pdf_html(name)))
        (HERE / f"{name}.pdf").write_bytes(weasyprint.HTML(string=html).write_pdf())
        print(f"{name}.pdf")


if __name__ == "__main__":
    main()
