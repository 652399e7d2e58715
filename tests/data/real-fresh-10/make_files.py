"""Builds the PDF records of tests/data/real-fresh-10 from their text records, the way these
bodies publish their minutes: a Word document saved as PDF, A4, with a running header (the body's
name and the meeting's date, on every page) and a 'Page N of M' footer; each line of the text a
paragraph, a heading line ('1. APOLOGIES', 'FC/92/13 ...', 'Present:') in bold.

    .venv/bin/python tests/data/real-fresh-10/make_files.py
"""

import html
import re
from pathlib import Path

import weasyprint

HERE = Path(__file__).resolve().parent

# name: (running header, left; running header, right)
RECORDS = {
    "stockton-yos-2009-04-28": (
        "Stockton Youth Offending Service",
        "YOS Management Board 28.04.09",
    ),
    "brecknock-radnor-chc-2013-11-29": (
        "Brecknock and Radnor CHC",
        "Full Council 29 November 2013",
    ),
    "lancashire-probation-2009-10-20": ("Lancashire Probation Trust", "Board Meeting 20.10.09"),
}

HEADING = re.compile(
    r"^(\d+\.\s*[A-Z]|[A-Z]{2}/\d+/\d+|Present:|Apologies:|In Attendance|Co-opted)"
)

CSS = """
@page {
  size: A4; margin: 30mm 25mm 25mm 25mm;
  @top-left { content: "%s"; font: 9pt Arial, sans-serif; color: #444; }
  @top-right { content: "%s"; font: 9pt Arial, sans-serif; color: #444; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif; }
}
body { font: 12pt Arial, sans-serif; line-height: 1.5; }
p { margin: 0 0 10pt 0; }
p.h { font-weight: bold; margin-top: 10pt; }
"""


def page_html(name: str) -> str:
    left, right = RECORDS[name]
    lines = (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    body = []
    for line in lines:
        if not line.strip():
            continue
        cls = ' class="h"' if HEADING.match(line) else ""
        body.append(f"<p{cls}>{html.escape(line, quote=False)}</p>")
    css = CSS % (left, right)
    return f"<html><head><style>{css}</style></head><body>{''.join(body)}</body></html>"


def main() -> None:
    for name in RECORDS:
        pdf = weasyprint.HTML(string=page_html(name)).write_pdf()
        (HERE / f"{name}.pdf").write_bytes(pdf)
        print(name, len(pdf))


if __name__ == "__main__":
    main()
