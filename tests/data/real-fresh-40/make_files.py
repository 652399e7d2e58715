"""Builds the Word and PDF records of tests/data/real-fresh-40 from their openings in
sources/<name>.txt, with the seventeenth set's maker (imported, not copied), as
tests/data/real-fresh-37/make_files.py does: Word with label | names tables (the Commons
committee's members present as a two-column table, the older people's forums' attendance as
label | name | forum rows and its items as number | minute | action rows, a cell's paragraphs
split at ' // '), bold lines for headings, a running header or a footer before the page number;
PDF (WeasyPrint) with a running header (left and right) and a 'Page N of M' footer, a '* ' line a
bullet ('•'). The three text files are sources/<name>.txt as they are (web pages copied).

    .venv/bin/python tests/data/real-fresh-40/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real-fresh-17"))

import make_files as _17  # noqa: E402  (the seventeenth set's maker, its directory first)

_17.HERE = HERE  # its writers read sources/<name>.txt beside this file
WordLayout = _17.WordLayout

WORD = {
    "commons-liaison-committee-2000-03-02": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Select Committee on Liaison First Report"
    ),
    "haopf-2012-11-30": WordLayout(r"(\d+)\. (.+)", "%1.", footer="Hantsfile 39424481 –"),
    "farnborough-sfc-corporation-2008-07-07": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        header="The Sixth Form College Farnborough – Corporation 7 July 2008",
    ),
    "edinburgh-diocesan-synod-2017-03-11": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Scottish Episcopal Church – Diocese of Edinburgh"
    ),
}
# name: (running header, left; running header, right)
PDF = {
    "methodist-council-2005-04-07": ("The Methodist Council", "Minutes – April 2005"),
    "uclan-students-council-2014-09-12": ("UCLan Students’ Union", "Students’ Council 12.09.14"),
    "bonaly-parent-council-2014-09-08": (
        "Bonaly Primary School Parent Council",
        "8 September 2014",
    ),
}
TEXT = (
    "lauder-kirk-session-2020-06-24",
    "iom-methodist-circuit-2019-12-11",
    "bristol-older-peoples-forum-agm-2012-05-17",
)


def main() -> None:
    _17.write_set(WORD, PDF, TEXT)


if __name__ == "__main__":
    main()
