"""Builds the Word and PDF records of tests/data/real-fresh-21 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied): Word with its own
numbering linked to Heading 1 (the number typed in the source checked against the one Word will
show and left out of the text), label | names tables, a running header and a page-number footer;
PDF (WeasyPrint) with a running header (body left, meeting right) and a 'Page N of M' footer.

Set 21 adds no writer of its own: Word headings numbered 'LAB/%1/16-17' from 58, '0%1/09' from
4 and '%1.' from 463 with their paragraphs as the list's second level ('463.1.').

    .venv/bin/python tests/data/real-fresh-21/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "north-herts-arc-2011-02-28": WordLayout(
        r"(\d+) (.+)",
        "%1",
        heading_start=36,
        header="North Hertfordshire District Council – Audit and Risk Committee",
    ),
    "local-academy-board-2017-05-15": WordLayout(
        r"LAB/(\d+)/16-17 (.+)",
        "LAB/%1/16-17",
        heading_start=58,
        header="Local Academy Board – 15th May 2017",
    ),
    "pcc-ni-gac-2009-06-23": WordLayout(
        r"0(\d+)/09 (.+)",
        "0%1/09",
        heading_start=4,
        header="Patient and Client Council",
        footer="Governance and Audit Committee 23 June 2009 – page",
    ),
    "littlehampton-harbour-2013-09-12": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        heading_start=463,
        header="Littlehampton Harbour Board – Special Meeting 12th September 2013",
    ),
}

# name: (running header, left; running header, right)
PDF = {
    "maidstone-osc-2024-06-12": (
        "Maidstone Borough Council",
        "Overview & Scrutiny Committee – 12 June 2024",
    ),
    "sfrs-board-2021-08-26": ("OFFICIAL", "SFRSBoard/20210826/Minutes"),
    "hi-fire-board-2008-11-14": (
        "The Highland Council",
        "Highland and Islands Fire Board – 14 November 2008",
    ),
}


def main() -> None:
    _17.PDF = PDF
    _17.write(WORD, PDF)


if __name__ == "__main__":
    main()
