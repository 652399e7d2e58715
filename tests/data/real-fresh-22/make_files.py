"""Builds the Word and PDF records of tests/data/real-fresh-22 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied): Word with its own
numbering linked to Heading 1 (the number typed in the source checked against the one Word will
show and left out of the text), its second level for a minute's numbered paragraphs, label |
names tables, a running header and a page-number footer; PDF (WeasyPrint) with a running header
(body left, meeting right) and a 'Page N of M' footer.

Set 22 uses the writers unchanged: Word headings numbered '%1' from 1242 (minute numbers running
across meetings) with '%1.%2.' paragraphs, a name | initials | body attendance table and an
'ITEM | DESCRIPTION | ACTION' table holding the items themselves; PDFs whose attendance is a
label | name | post table or a name | (initials) | post table.

    .venv/bin/python tests/data/real-fresh-22/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "cardiff-audit-risk-2024-06-20": WordLayout(
        r"(\d+) (.+)",
        "%1",
        heading_start=1242,
        header="Cardiff University – Audit and Risk Committee – 20 June 2024",
    ),
    "lisburn-planning-2017-05-08": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="PC 08.05 2017", footer="Planning Committee –"
    ),
    "crt-heritage-2012-10-26": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Canal & River Trust – Heritage Advisory Committee"
    ),
    "rbwm-flood-forum-2012-06-12": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Royal Borough Flood Forum – 12 June 2012"
    ),
}

# name: (running header, left; running header, right)
PDF = {
    "ace-london-area-2014-11-27": (
        "Arts Council England",
        "London Area Council – 27 November 2014",
    ),
    "derby-icb-2023-03-16": ("NHS Derby and Derbyshire ICB", "Board Meeting in Public – 16.03.23"),
    "vpca-general-2019-03-21": ("Victoria Park Community Association", "General Meeting 21.3.19"),
}


def main() -> None:
    _17.PDF = PDF
    _17.write(WORD, PDF)


if __name__ == "__main__":
    main()
