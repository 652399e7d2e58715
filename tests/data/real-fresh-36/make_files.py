"""Builds the Word and PDF records of tests/data/real-fresh-36 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-34/make_files.py does: Word with its own numbering linked to Heading 1
('%1.' for the canal partnership, the catchment partnership, the harbour consultative
committee and the Forestry Commissioners; '12/0%1' from 88 for the Canal & River Trust's
trustees, whose minutes run through the year as '12/088'), label | names tables (a cell's names
as paragraphs of it), bold lines, bullets, a running header and a page-number footer; PDF
(WeasyPrint) with a running header (left and right) and a 'Page N of M' footer, a '* ' line a
bullet ('•'). The two text files are sources/<name>.txt as they are (two ModernGov pages
pasted).

    .venv/bin/python tests/data/real-fresh-36/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "crt-trustees-2012-11-22": WordLayout(
        r"12/0(\d+) (.+)",
        "12/0%1",
        heading_start=88,
        footer="CRT Trustee Minutes – 22 November 2012 –",
    ),
    "kennet-avon-hlfp-2013-09-30": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Kennet & Avon Canal HLF Partnership"
    ),
    "south-chilterns-catchment-2018-05-01": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="South Chilterns Catchment Partnership"
    ),
    "aberdyfi-hcc-2014-03-12": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Aberdyfi Harbour Consultative Committee 12/03/14"
    ),
    "forestry-commissioners-2015-06-10": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Forestry Commissioners – 910th meeting"
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "findhorn-dsfb-2018-08-20": ("Findhorn District Salmon Fishery Board", "20 August 2018"),
    "ess-board-2024-07-05": ("Environmental Standards Scotland", "Board Minutes July 2024"),
    "wpcc-annual-open-2018-06-27": (
        "Wimbledon and Putney Commons Conservators",
        "Annual Open Meeting – June 2018",
    ),
}
TEXT = ("chilterns-cb-2007-10-10", "bowland-aonb-jac-2011-10-17")


def main() -> None:
    _17.write_set(WORD, PDF, TEXT)


if __name__ == "__main__":
    main()
