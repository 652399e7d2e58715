"""Builds the Word and PDF records of tests/data/real-fresh-27 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied): Word with its own
numbering linked to Heading 1 (the number typed in the source checked against the one Word will
show and left out of the text), label | names tables, a running header and a page-number footer;
PDF (WeasyPrint) with a running header (body left, meeting right) and a 'Page N of M' footer.

Set 27 uses the writers unchanged: Word headings numbered '3/%1' (a planning committee's
meeting/item reference made by Word), '%1.' and '%1'; attendance as a name | body table with no
label column, a label | name | name table whose later rows leave the label empty, a label | name |
post table, and a 'Category | Names' table with a heading row; PDFs whose attendance is a
'representing' sentence, a prose 'Present:' paragraph and a bulleted list of apologies, with
'1) Title: text' items run into their headings.

    .venv/bin/python tests/data/real-fresh-27/make_files.py
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "broads-planning-2009-12-04": WordLayout(
        r"3/(\d+) (.+)",
        "3/%1",
        header="Broads Authority – Planning Committee – 4 December 2009",
        footer="SAB/HB/mins/pc041209 – page",
    ),
    "croydon-snb-2017-03-15": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Croydon Safer Neighbourhood Board"
    ),
    "whyteleafe-ppg-2011-11-16": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Whyteleafe Surgery – Patient Participation Group"
    ),
    "senedd-hsc-2025-03-20": WordLayout(
        r"(\d+) (.+)",
        "%1",
        header="Senedd Cymru / Welsh Parliament – Health and Social Care Committee",
    ),
}

# name: (running header, left; running header, right)
PDF = {
    "brendon-commons-2014-12-04": ("Brendon Commons Council", "Minutes – 4 December 2014"),
    "north-wales-cjc-2024-09-06": (
        "North Wales Corporate Joint Committee",
        "Friday, 6 September 2024",
    ),
    "ccc-croydon-2015-01-28": ("Croydon Communities Consortium", "Public Meeting 28.01.15"),
}


def _bullets(html: str) -> str:
    """'<p>* text</p>' runs as a bulleted list, as the pages print them."""
    html = re.sub(r"<p>\* (.*?)</p>", r"<li>\1</li>", html)
    return re.sub(r"((?:<li>.*?</li>)+)", r"<ul>\1</ul>", html)


def main() -> None:
    _17.PDF = PDF
    _17.write(WORD, PDF, _bullets)


if __name__ == "__main__":
    main()
