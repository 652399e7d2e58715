"""Builds the PDF records of tests/data/real from their openings in sources/<name>.txt, laid out as
the body lays out its minutes: attendees in a table (names and roles in columns), section headings
in bold, and the page furniture a reader has to leave out — running headers with the body's name
or a protective marking, footers with "Page N of M" or the file path the clerk saved the minutes
under. WeasyPrint makes the pages from HTML, the furniture from CSS @page margin boxes.

Source format: one paragraph a line; a line with " | " is a table row (its cells), and
consecutive rows are one table. Run from the repository root:

    .venv/bin/python tests/data/real/make_pdf.py
"""

import html
import re
from dataclasses import dataclass
from pathlib import Path

import weasyprint

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Layout:
    heading: str  # a source line that is a section heading
    top_left: str = ""
    top_right: str = ""
    bottom_left: str = ""  # CSS content: strings and counter(page), counter(pages)
    bottom_right: str = ""
    title_lines: int = 1  # heading block lines set as the title


RECORDS = {
    "herts-pcp-2012-10-25": Layout(
        heading=r"\d+ [A-Z][A-Z0-9 ,\-]+",
        bottom_left=(
            r'"R:\\PCP\\25.10.12 MEETING\\PCP MINUTES - 25 OCTOBER 2012.DOC - " counter(page)'
        ),
        title_lines=1,
    ),
    "cairngorms-npa-2003-10-10": Layout(
        heading=r"(Welcome and Introduction|Minutes of Last Meeting|Matters Arising)",
        bottom_left=(
            r'"ADMINLG L:\\_CNPA Board\\Board Minutes\\Board minutes 10 october 2003.doc 15/12/03"'
        ),
        bottom_right="counter(page)",
        title_lines=2,
    ),
    "college-of-policing-2014-10-03": Layout(
        heading=r"Agenda Item \d+ - .+",
        top_left='"OFFICIAL"',
        top_right='"V2.1"',
        bottom_left=(
            '"Registered address: College of Policing Limited, Leamington Road, '
            'Ryton-on-Dunsmore, Coventry CV8 3EN-Company number: 8235199"'
        ),
        bottom_right='"OFFICIAL  " counter(page)',
        title_lines=2,
    ),
    "dundee-ijb-2021-10-27": Layout(
        heading=r"[IVX]+ [A-Z ]+",
        top_right='"Dundee City Health and Social Care Integration Joint Board"',
        bottom_right='"Page " counter(page) " of " counter(pages)',
        title_lines=1,
    ),
}

CSS = """
@page {
  size: A4; margin: 30mm 22mm 28mm 22mm;
  @top-left { content: %(top_left)s; font: 8pt Arial, sans-serif; }
  @top-right { content: %(top_right)s; font: 8pt Arial, sans-serif; }
  @bottom-left { content: %(bottom_left)s; font: 7pt Arial, sans-serif; }
  @bottom-right { content: %(bottom_right)s; font: 8pt Arial, sans-serif; }
}
body { font: 11pt Arial, sans-serif; line-height: 1.35; }
.title { font-weight: bold; text-align: center; margin: 0 0 4pt; }
h2 { font-size: 11pt; margin: 14pt 0 4pt; }
p { margin: 0 0 6pt; text-align: justify; }
table { border-collapse: collapse; width: 100%%; margin: 6pt 0 10pt; }
td { vertical-align: top; padding: 1pt 6pt 1pt 0; }
td:first-child { width: 25%%; font-weight: bold; }
"""


def _table(rows: list[list[str]]) -> str:
    width = max(len(r) for r in rows)
    out = []
    for cells in rows:
        cells = cells + [""] * (width - len(cells))
        out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    return "<table>" + "".join(out) + "</table>"


def page_html(name: str, layout: Layout) -> str:
    lines = (HERE / "sources" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    parts: list[str] = []
    rows: list[list[str]] = []
    for index, line in enumerate(lines):
        if " | " in line or line.rstrip().endswith(" |"):
            rows.append([c.strip() for c in line.split("|")])
            continue
        if rows:
            parts.append(_table(rows))
            rows = []
        text = html.escape(line)
        if index < layout.title_lines:
            parts.append(f'<p class="title">{text}</p>')
        elif re.fullmatch(layout.heading, line):
            parts.append(f"<h2>{text}</h2>")
        else:
            parts.append(f"<p>{text}</p>")
    if rows:
        parts.append(_table(rows))
    boxes = {k: getattr(layout, k) or '""' for k in ("top_left", "top_right")}
    boxes |= {k: getattr(layout, k) or '""' for k in ("bottom_left", "bottom_right")}
    style = CSS % boxes
    return f"<html><head><style>{style}</style></head><body>{''.join(parts)}</body></html>"


def build(name: str, layout: Layout) -> bytes:
    return weasyprint.HTML(string=page_html(name, layout)).write_pdf()


def main() -> None:
    for name, layout in RECORDS.items():
        (HERE / f"{name}.pdf").write_bytes(build(name, layout))
        print(f"{name}.pdf")


if __name__ == "__main__":
    main()
