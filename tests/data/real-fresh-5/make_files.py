"""Builds the Word and PDF records of tests/data/real-fresh-5 from their openings in
sources/<name>.txt, with the generators of tests/data/real (make_docx.py, make_pdf.py: same source
format, one paragraph a line, " | " between table cells). Only the layouts are this set's own.

    .venv/bin/python tests/data/real-fresh-5/make_files.py
"""

import sys
from pathlib import Path
from unittest import mock

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real"))

import make_docx  # noqa: E402
import make_pdf  # noqa: E402
from make_docx import Level  # noqa: E402

DOCX = {
    # Word's own numbering on two levels: "%1." on Heading 1, "%1.%2" on numbered body text
    # ("2.1 Appointment of Convener - ...", "2.2  Consider appointment ..."); the officers in a
    # name | post table; "Page N of M" in the footer.
    "highland-licensing-2010-10-05": make_docx.Layout(
        [
            Level(r"(\d+)\. (.+)", "decimal", "%1.", style="Heading 1"),
            Level(r"\d+\.(\d+) +(.+)", "decimal", "%1.%2"),
        ],
        page_footer=True,
    ),
    # "%1." on Heading 1; the heading block as a label | value table.
    "acw-council-2018-10-18": make_docx.Layout(
        [Level(r"(\d+)\. (.+)", "decimal", "%1.", style="Heading 1")],
        header="Arts Council of Wales \u2013 Council Minutes",
        page_footer=True,
    ),
    # The minutes are one table: number | item or its minute | lead (the owner of an action).
    "saffron-walden-bid-2019-03-05": make_docx.Layout([], page_footer=True),
}

PDF = {
    "tfl-board-2016-09-22": make_pdf.Layout(
        heading=r"\d+/\d+/\d+ .+",
        bottom_left='"Board Minutes \u2013 22 September 2016"',
        bottom_right="counter(page)",
        title_lines=2,
    ),
    "dyfed-powys-pa-2009-07-28": make_pdf.Layout(
        heading=r"CE\d+ .+",
        bottom_left=r'"D:\\Docstoc\\Working\\pdf\\c6dcdd1c-8606-4c82-b237-9d5f88185c90.doc"',
        bottom_right="counter(page)",
        title_lines=4,
    ),
    "nipb-performance-2016-12-08": make_pdf.Layout(
        heading=r"\d+\.\d* .+",
        bottom_left='"312534"',
        bottom_right="counter(page)",
        title_lines=2,
    ),
}


def main() -> None:
    # The generators read sources/<name>.txt beside themselves: point them at this set.
    with mock.patch.object(make_docx, "HERE", HERE), mock.patch.object(make_pdf, "HERE", HERE):
        for name, layout in DOCX.items():
            (HERE / f"{name}.docx").write_bytes(make_docx.build(name, layout))
            print(f"{name}.docx")
        for name, layout in PDF.items():
            (HERE / f"{name}.pdf").write_bytes(make_pdf.build(name, layout))
            print(f"{name}.pdf")


if __name__ == "__main__":
    main()
