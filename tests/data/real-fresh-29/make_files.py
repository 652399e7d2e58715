"""Builds the Word and PDF records of tests/data/real-fresh-29 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied): the outside tester's
maker of 7 December 2026 (QA), changed only to import that maker from its place in this tree,
as tests/data/real-fresh-19/make_files.py does. Word with its own numbering linked to Heading 1
('%1.', the Epping youth council's starting at 25), label | names tables, a running header and a
page-number footer; PDF (WeasyPrint) with a running header (body left, meeting right) and a
'Page N of M' footer. The two text files are sources/<name>.txt as they are.

    .venv/bin/python tests/data/real-fresh-29/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "sandwell-lmc-2016-08-08": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Sandwell LMC – Public Meeting Minutes 8 August 2016"
    ),
    "epping-youth-council-2017-02-07": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        heading_start=25,
        header="Epping Forest Youth Council – 7 February 2017",
        footer="Youth Council minutes – page",
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "cannock-snp-2015-03-25": (
        "Staffordshire Commissioner",
        "Safer Neighbourhood Panel – Cannock Chase – 25 March 2015",
    ),
    "ansdell-ppg-2024-01-10": ("Ansdell Medical Centre PPG", "Minutes 10 January 2024"),
}


def main() -> None:
    _17.PDF = PDF
    _17.write(WORD, PDF)


if __name__ == "__main__":
    main()
