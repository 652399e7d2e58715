"""Builds the PDF records of tests/data/real-fresh-13 from their text records, the way committee
management systems print minutes: A4, a running header with the council's name (left) and the
committee and date (right) on every page, a 'Page N of M' footer; each line of the text a
paragraph, a heading line (capitals, a minute reference such as 'PLA146/14' or 'PAR', a numbered
heading, 'Present:') in bold.

    .venv/bin/python tests/data/real-fresh-13/make_files.py
"""

import html
import re
from pathlib import Path

import weasyprint

HERE = Path(__file__).resolve().parent

# name: (running header, left; running header, right)
RECORDS = {
    "tunbridge-wells-planning-2015-03-25": (
        "Tunbridge Wells Borough Council",
        "Planning Committee 25 March 2015",
    ),
    "north-somerset-planning-2016-05-11": (
        "North Somerset Council",
        "Planning & Regulatory Committee 11.05.16",
    ),
    "highland-npac-2013-09-17": (
        "The Highland Council",
        "North Planning Applications Committee 17.09.13",
    ),
}

HEADING = re.compile(
    r"^([A-Z][A-Z ,()'&.-]{6,}$|[A-Z]{2,4}\d+/\d+$|PAR$|\d+\.\s+[A-Z]|Present:|Councillors:"
    r"|Officers in Attendance|Committee Members Present|Officials in attendance)"
)

CSS = """
@page {
  size: A4; margin: 30mm 25mm 25mm 25mm;
  @top-left { content: "%s"; font: 9pt Arial, sans-serif; color: #444; }
  @top-right { content: "%s"; font: 9pt Arial, sans-serif; color: #444; }
  @bottom-center {
    content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif;
  }
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
