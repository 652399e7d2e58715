"""Builds the Word and PDF records of tests/data/real-fresh-24 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied): Word with its own
numbering linked to Heading 1 (the number typed in the source checked against the one Word will
show and left out of the text), label | names tables, a running header and a page-number footer;
PDF (WeasyPrint) with a running header (left and right) and a 'Page N of M' footer.

Set 24 uses the writers unchanged, in shapes the earlier sets did not: a town council
committee's cover grid (Meeting (No) | Time & Date | Place | Document) over minute numbers
'%1' from 110 with lettered '(a)' paragraphs and a 'Chairman's initials and date' footer; a
board's attendance as a three-column table with its group heads (Directors, In Attendance,
Apologies) as rows of their own and no initials for the apologies; a village hall committee's
attendance as one row whose names and posts are two cells of stacked paragraphs, items
'Item %1' and an en dash; a covenant board's minutes with no title, a label | value grid, and
its items as a two-column table (text | action owner) with no numbers at all; PDFs whose running header is a
paper reference ('P3a - 180927') or an 'Unconfirmed minutes' notice, an attendance table of
'Name - Body' cells under 'Present:' and 'Also in attendance:', and items as a
'1. Title | text' table.

    .venv/bin/python tests/data/real-fresh-24/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "neston-town-centre-2015-04-28": WordLayout(
        r"(\d+) (.+)",
        "%1",
        heading_start=110,
        body="letter",
        header="Neston Town Council",
        footer="Chairman’s initials and date______________________",
    ),
    "llep-board-2019-08-06": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="LLEP Board Minutes 6 Aug 2019"
    ),
    "hughenden-village-hall-2014-11-03": WordLayout(
        r"Item (\d+) – (.+)", "Item %1 –", header="Hughenden Village Hall"
    ),
    "cornwall-afc-board-2016-09-23": WordLayout(
        r"(\d+) (.+)", "%1", header="Armed Forces Covenant Board"
    ),
}

# name: (running header, left; running header, right)
PDF = {
    "welton-library-2015-06-16": ("Library Committee", "16th June 2015"),
    "pagham-lnr-board-2009-03-10": (
        "Unconfirmed minutes – to be agreed at the July meeting of the Advisory Board",
        "",
    ),
    "pembrokeshire-lag-2018-06-21": ("P3a - 180927", ""),
}


def main() -> None:
    _17.PDF = PDF
    _17.write(WORD, PDF)


if __name__ == "__main__":
    main()
