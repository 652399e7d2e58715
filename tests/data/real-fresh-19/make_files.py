"""Builds the Word and PDF records of tests/data/real-fresh-19 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied): Word with its own
numbering linked to Heading 1 (the number typed in the source checked against the one Word will
show and left out of the text), label | names tables, a running header and a page-number footer;
PDF (WeasyPrint) with a running header (body left, meeting right) and a 'Page N of M' footer.

Set 19 adds: Word headings numbered with text around the number ('BM%1', 'Item %1.08/0%1', '%1'
with no stop); '* ' bullets in the PDFs as a bulleted list (the seventeenth set's PDFs had none).

    .venv/bin/python tests/data/real-fresh-19/make_files.py
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
    "hpc-health-committee-2008-02-05": WordLayout(
        r"Item (\d+)\.08/\d\d (.+)",
        "Item %1.08/0%1",
        header="Health Professions Council – Health Committee 5 February 2008",
    ),
    "wcs-board-2015-03-23": WordLayout(
        r"BM(\d+) (.+)",
        "BM%1",
        heading_start=169,
        header="Board of Management – 23 March 2015          Confidential",
    ),
    "british-rowing-council-2012-06-12": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Minutes for approval 22/09/2012"
    ),
    "crofting-commission-2019-05-09": WordLayout(
        r"(\d+) (.+)",
        "%1",
        header="Crofting Commission – Minute of Commission Meeting 9 May 2019",
        footer="CC Minute 09.05.19 – page",
    ),
}

# name: (running header, left; running header, right)
PDF = {
    "ofqual-board-2022-12-07": ("Ofqual", "Board minutes: 7 December 2022"),
    "wg-cabinet-north-wales-2022-07-07": (
        "Welsh Government",
        "Cabinet Sub-Committee for North Wales – 7 July 2022",
    ),
    "jersey-states-2018-01-16": ("States Minutes", "16th January 2018"),
}


def _bullets(html: str) -> str:
    """'<p>* text</p>' runs as a bulleted list."""
    html = re.sub(r"<p>\* (.*?)</p>", r"<li>\1</li>", html)
    return re.sub(r"((?:<li>.*?</li>)+)", r"<ul>\1</ul>", html)


def main() -> None:
    _17.PDF = PDF
    _17.write(WORD, PDF, _bullets)


if __name__ == "__main__":
    main()
