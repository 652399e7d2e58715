"""Builds the Word and PDF records of tests/data/real-fresh-28 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied): Word with its own
numbering linked to Heading 1 (the number typed in the source checked against the one Word will
show and left out of the text), label | names tables, a running header and a page-number footer;
PDF (WeasyPrint) with a running header (body left, meeting right) and a 'Page N of M' footer.

Set 28 uses the writers unchanged: Word headings numbered '%1.' (capitals, a board's minute) and
'%1/10' from 13 (a Northern Irish agency's item/year numbers); attendance as label | names tables
('Present:' over names with and without posts), name | post tables under a bold label, and a label
| name table whose labels are the members' area committees and officers' posts; PDFs with a
bulleted attendance under bold labels (a web page's summary minutes), a two-column table of names
with '*' and '#' marks after them and the marks' key below, and a 'PRESENT:' | names table whose
lines group members under plural titles ('Aldermen M Henderson MBE, SP Porter and J Tinsley').

    .venv/bin/python tests/data/real-fresh-28/make_files.py
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
    "slab-board-2014-06-16": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        header="THE SCOTTISH LEGAL AID BOARD",
        footer="Board minute – 16 June 2014",
    ),
    "pha-board-2010-02-18": WordLayout(
        r"(\d+)/10 (.+)", "%1/10", heading_start=13, header="Public Health Agency"
    ),
    "spf-conduct-committee-2014-01-21": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="JCC Circular 4 of 2014 – Conduct Subject Committee"
    ),
    "scra-board-2010-01-28": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        header="Scottish Children’s Reporter Administration",
        footer="SCRA Board 28/01/10 – page",
    ),
}

# name: (running header, left; running header, right)
PDF = {
    "nlhf-board-2019-03-26": ("The National Lottery Heritage Fund", "Board decisions: March 2019"),
    "rcvs-council-2013-03-07": ("Royal College of Veterinary Surgeons", "Council – 7 March 2013"),
    "lisburn-es-committee-2017-11-01": ("Environmental Services Committee", "ES 01.11.2017"),
}


def _bullets(html: str) -> str:
    """'<p>* text</p>' runs as a bulleted list, as the pages print them; ' // ' in a table's
    cell a new line in it, as the Word writer makes it a new paragraph of the cell."""
    html = html.replace(" // ", "<br>")
    html = re.sub(r"<p>\* (.*?)</p>", r"<li>\1</li>", html)
    return re.sub(r"((?:<li>.*?</li>)+)", r"<ul>\1</ul>", html)


def main() -> None:
    _17.PDF = PDF
    _17.write(WORD, PDF, _bullets)


if __name__ == "__main__":
    main()
