"""Builds the Word and PDF records of tests/data/real-fresh-34 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-32/make_files.py does: Word with its own numbering linked to Heading 1
('%1.' for the waste authority and the criminal justice board, '%1.' from 11 for the
shareholder committee, 'E11/12.%1' for the parish council's emergency planning committee),
label | names tables (a cell's names as paragraphs of it), bold lines, bullets, a running header
and a page-number footer; PDF (WeasyPrint) with a running header (left and right) and a
'Page N of M' footer, a '* ' line a bullet ('•'). The three text files are sources/<name>.txt as they are (two web pages
copied, one ModernGov page pasted).

    .venv/bin/python tests/data/real-fresh-34/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "nlwa-2017-12-07": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="North London Waste Authority - Thursday, 7th December, 2017"
    ),
    "sedlescombe-pc-emergency-2011-06-28": WordLayout(
        r"E11/12\.(\d+) (.+)", "E11/12.%1", header="Sedlescombe Parish Council"
    ),
    "york-shareholder-2021-03-25": WordLayout(
        r"(\d+)\. (.+)", "%1.", heading_start=11, footer="Shareholder Committee 25 March 2021"
    ),
    "london-cjb-2023-12-13": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="London Criminal Justice Board – 13 December 2023"
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "npas-joint-committee-2003-09-30": ("NPAS Joint Committee", "30 September 2003"),
    "family-justice-council-2007-01-29": ("Family Justice Council", "29 January 2007"),
    "criminal-justice-board-2016-10-10": ("CJB (10) MINUTES", "10 October 2016"),
}
TEXT = ("wlwa-2018-09-21", "hwfa-audit-standards-2023-07-19", "wales-yjap-2025-10-20")


def main() -> None:
    _17.write_set(WORD, PDF, TEXT)


if __name__ == "__main__":
    main()
