"""Builds the Word and PDF records of tests/data/real-fresh-25 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied): Word with its own
numbering linked to Heading 1 (the number typed in the source checked against the one Word will
show and left out of the text), label | names tables, a running header and a page-number footer;
PDF (WeasyPrint) with a running header (body left, meeting right) and a 'Page N of M' footer.

Set 25 uses the writers unchanged: Word headings numbered 'B/08/5/%1' (a board's year/month/item
reference made by Word), '%1.' with the apologies run into the heading, '%1' with a bold '3.1'
sub-heading; attendance as label | names tables and as a label | name | post table whose later
rows leave the label cell empty; PDFs whose attendance is a bulleted list ('Name - post', 'Name,
body, post (XX)') and a prose 'Present:' paragraph, with item references run into the headings
('05/25/01 - Welcome, ...') or standing as minute numbers in the paragraphs ('964.', '965.1').

    .venv/bin/python tests/data/real-fresh-25/make_files.py
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
    "welb-board-2008-05-08": WordLayout(
        r"B/08/5/(\d+) (.+)",
        "B/08/5/%1",
        header="WELB – Board Meeting 8 May 2008",
        footer="Board Minutes – 8 May 2008 –",
    ),
    "mary-ann-evans-hospice-2014-05-22": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Mary Ann Evans Hospice – Board Meeting 22 May 2014"
    ),
    "highland-nmahp-2015-01-27": WordLayout(
        r"(\d+) (.+)",
        "%1",
        header="NHS Highland – Assynt House, Beechwood Park, Inverness IV2 3BW",
    ),
    "mid-highland-chp-2008-08-29": WordLayout(
        r"(\d+) (.+)",
        "%1",
        header="Mid Highland Community Health Partnership – Larachan House, Dingwall",
    ),
}

# name: (running header, left; running header, right)
PDF = {
    "wmas-board-2025-05-28": (
        "West Midlands Ambulance Service",
        "Board Meeting Minutes – 28 May 2025",
    ),
    "aberdeen-senate-2005-10-05": ("University of Aberdeen", "Senatus Academicus – 5 October 2005"),
    "childrens-hearings-redesign-2025-01-29": (
        "Scottish Government",
        "Children's Hearings Redesign Board minutes: January 2025",
    ),
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
