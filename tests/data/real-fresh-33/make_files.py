"""Builds the Word and PDF records of tests/data/real-fresh-33 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-32/make_files.py does: Word with its own numbering linked to Heading 1
('%1/10' from 31 for the ambulance trust's audit committee; '%1.' for the Ofsted and NHS England
boards, their paragraphs the list's second level '1.1'), label | names | posts tables (a cell's
names as paragraphs of it), the Health Research Authority's items as rows of an 'Item | Item
details | Action' table, bold lines, a running header and a page-number footer; PDF (WeasyPrint)
with a running header (left and right) and a 'Page N of M' footer, the attendance as borderless
tables, ' // ' in a cell a line break. The three text files are sources/<name>.txt as they are
(web pages copied: a local optical committee, an ambulance trust's council of governors, a
college's audit committee).

    .venv/bin/python tests/data/real-fresh-33/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "wast-audit-2010-09-14": WordLayout(
        r"(\d+)/10 (.+)",
        "%1/10",
        heading_start=31,
        header="Welsh Ambulance Services NHS Trust – Audit Committee – 14 September 2010",
    ),
    "hra-board-2014-06-16": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="2014.06.16 HRA Board Minutes – Part 1"
    ),
    "ofsted-board-2013-03-26": WordLayout(r"(\d+)\. (.+)", "%1.", header="Ofsted Board"),
    "nhse-board-2024-03-28": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="NHS England – Public Board meeting 28 March 2024"
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "warwick-senate-2007-12-05": ("University of Warwick – Senate", "5 December 2007"),
    "nbtc-ewg-2015-06-22": ("NBTC EWG 22nd June 2015", "Confirmed"),
    "dbe-board-2020-11-24": ("Diocesan Board of Education", "24 November 2020"),
}
TEXT = ("sloc-agm-2012-05-28", "wmas-cog-2025-01-28", "nottingham-college-audit-2023-12-04")


def main() -> None:
    _17.PDF = PDF
    _17.write(WORD, PDF, _17.cell_lines)
    for name in TEXT:
        source = HERE / "sources" / f"{name}.txt"
        (HERE / f"{name}.txt").write_bytes(source.read_bytes())
        print(f"{name}.txt")


if __name__ == "__main__":
    main()
