"""Builds the Word and PDF records of tests/data/real-fresh-15 from their openings in
sources/<name>.txt, the way the bodies' clerks make them.

Word (python-docx): item numbers from Word's own numbering (numbering.xml abstractNum/num, linked
to Heading styles, or on numbered body paragraphs: '%1.' starting at 413, '%1.%2', a second level
'%2.' that restarts under each item), attendance and the heading block in tables (label | name |
role; label | names; a borderless Item | Action grid whose first column holds the typed item
number), bold labels and sub-headings, a running header and a 'Page N of M' footer made of PAGE
and NUMPAGES fields. The numbers Word shows are not in the document's text.

PDF (WeasyPrint): A4, a running header (the body on the left, a marking or the meeting on the
right) and a 'Page N of M' footer on every page; attendance in two-column tables (two lists side
by side under 'Council' and 'Head Office staff'; label | text; name | post), the paragraph number
in its own left-hand column (Scottish council style), a contents list before the minutes.

Source format: one paragraph a line; a line holding ' | ' is a table row (its cells; a row that
starts with ' | ' has an empty first cell), consecutive rows one table; '**text**' bold (a whole
line or a whole cell); '>>text' a right-aligned bold line; a blank line ends a table and is not
a paragraph. Run from the repository root:

    .venv/bin/python tests/data/real-fresh-15/make_files.py
"""

import html
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
import weasyprint
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real"))

from make_docx import (  # noqa: E402
    Level,
    _field,
    _fixed_zip,
    _link_styles,
    _num_pr,
    _numbering,
    _value,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NO_BORDERS = (
    f'<w:tblBorders xmlns:w="{W}">'
    + "".join(
        f'<w:{side} w:val="nil"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)


def _lines(name: str) -> list[str]:
    return (HERE / "sources" / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def _is_row(line: str) -> bool:
    return " | " in line or line.rstrip().endswith(" |")


def _bold(text: str) -> tuple[str, bool]:
    if m := re.fullmatch(r"\*\*(.*)\*\*", text.strip()):
        return m[1], True
    return text, False


# ---------------------------------------------------------------- Word


@dataclass(frozen=True)
class WordLayout:
    levels: list[Level] = field(default_factory=list)
    title_lines: int = 1  # the first line in style Title, the next ones bold and centred
    header: str = ""
    borders: bool = True  # tables with a grid, else borderless
    widths: tuple[float, ...] = ()  # column widths in cm


def build_docx(name: str, layout: WordLayout) -> bytes:
    document = docx.Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    num_id = _numbering(document, layout.levels) if layout.levels else ""
    if layout.levels:
        _link_styles(document, layout.levels, num_id)
    counters = [level.start - 1 for level in layout.levels]
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        table = document.add_table(rows=0, cols=width)
        if layout.borders:
            table.style = "Table Grid"
        else:
            table._tbl.tblPr.append(parse_xml(NO_BORDERS))
        for cells in rows:
            row = table.add_row()
            for k, (cell, text) in enumerate(
                zip(row.cells, cells + [""] * (width - len(cells)), strict=True)
            ):
                text, bold = _bold(text)
                cell.paragraphs[0].add_run(text).bold = bold
                if k < len(layout.widths):
                    cell.width = docx.shared.Cm(layout.widths[k])
        rows.clear()

    for index, line in enumerate(_lines(name)):
        if _is_row(line):
            rows.append([c.strip() for c in line.split("|")])
            continue
        flush()
        if not line.strip():
            continue
        if line.startswith(">>"):
            paragraph = document.add_paragraph()
            paragraph.add_run(line[2:]).bold = True
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            continue
        for ilvl, level in enumerate(layout.levels):
            if m := re.fullmatch(level.pattern, line):
                counters[ilvl] += 1
                counters[ilvl + 1 :] = [lv.start - 1 for lv in layout.levels[ilvl + 1 :]]
                written = _value(m[1], level.fmt)
                assert written == counters[ilvl], f"{name}: {line!r} is not number {counters[ilvl]}"
                paragraph = document.add_paragraph(m[2], style=level.style)
                if not level.style:
                    paragraph._p.get_or_add_pPr().insert(0, _num_pr(num_id, ilvl))
                break
        else:
            text, bold = _bold(line)
            if index == 0:
                document.add_paragraph(text, style="Title")
            elif index < layout.title_lines:
                paragraph = document.add_paragraph()
                paragraph.add_run(text).bold = True
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                document.add_paragraph().add_run(text).bold = bold
    flush()

    section = document.sections[0]
    if layout.header:
        section.header.paragraphs[0].text = layout.header
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")
    document.core_properties.author = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


DOCX = {
    # Arts Council England: the heading block and the attendance in one grid each (label | name |
    # role, the label on each group's first row only); 'Action' over the right margin; items in
    # Heading 1 numbered '%1.', their paragraphs numbered '%1.%2' on body text.
    "ace-national-council-2018-03-21": WordLayout(
        [
            Level(r"(\d+)\. (.+)", "decimal", "%1.", style="Heading 1"),
            Level(r"\d+\.(\d+) (.+)", "decimal", "%1.%2"),
        ],
        title_lines=2,
        header="Arts Council England \u2013 National Council minutes",
        widths=(3.5, 5.5, 7.5),
    ),
    # Sport England: label | names cells with empty spacer rows; the minutes in a borderless
    # number | item | action grid, sub-headings bold in the item cell, no Word numbering.
    "sport-england-board-2014-01-21": WordLayout(
        title_lines=1,
        header="Sport England",
        borders=False,
        widths=(1.5, 13.0, 2.0),
    ),
    # Fife Sports and Leisure Trust: minute numbers running on from the last meeting (Word list
    # '%1.' starting at 413 on Heading 2); matters arising under the earlier minutes' numbers,
    # typed; the attendance as label | name (initials) | post, borderless.
    "fife-slt-board-2014-09-25": WordLayout(
        [Level(r"(4\d\d)\. (.+)", "decimal", "%1.", start=413, style="Heading 2")],
        title_lines=4,
        borders=False,
        widths=(3.5, 5.0, 8.0),
    ),
    # Historic Environment Forum: the attendance one a line after a tab; items '%1.' on Heading
    # 1 and a second level '%2.' on Heading 2 that restarts in each item (Word shows '1.').
    "hef-2011-05-26": WordLayout(
        [
            Level(r"(\d+)\. (.+)", "decimal", "%1.", style="Heading 1"),
            Level(r" +(\d+)\. (.+)", "decimal", "%2.", style="Heading 2"),
        ],
        title_lines=4,
        header="HEF minutes 26 May 2011",
    ),
}


# ---------------------------------------------------------------- PDF


@dataclass(frozen=True)
class PdfLayout:
    heading: str  # a source line set as a bold heading
    top_left: str
    top_right: str
    bottom_left: str = ""
    title_lines: int = 1
    first_column: str = "auto"  # CSS width of a table's first column
    body: str = "11pt/1.4"  # font size / line height: the text runs onto a second page


CSS = """
@page {
  size: A4; margin: 28mm 22mm 26mm 22mm;
  @top-left { content: "%(top_left)s"; font: 8pt Arial, sans-serif; color: #333; }
  @top-right { content: "%(top_right)s"; font: 8pt Arial, sans-serif; color: #333; }
  @bottom-left { content: "%(bottom_left)s"; font: 7pt Arial, sans-serif; }
  @bottom-right {
    content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, sans-serif;
  }
}
body { font: %(body)s Arial, sans-serif; }
.title { font-weight: bold; text-align: center; margin: 0 0 4pt; }
.right { font-weight: bold; text-align: right; margin: 0; }
h2 { font-size: 11pt; margin: 14pt 0 4pt; }
p { margin: 0 0 7pt; text-align: justify; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 10pt; }
td { vertical-align: top; padding: 1pt 8pt 3pt 0; text-align: left; }
td:first-child { width: %(first_column)s; }
"""


def _html_cell(text: str) -> str:
    text, bold = _bold(text)
    body = html.escape(text, quote=False)
    return f"<td><b>{body}</b></td>" if bold else f"<td>{body}</td>"


def page_html(name: str, layout: PdfLayout) -> str:
    parts: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        body = "".join(
            "<tr>" + "".join(_html_cell(c) for c in r + [""] * (width - len(r))) + "</tr>"
            for r in rows
        )
        parts.append(f"<table>{body}</table>")
        rows.clear()

    for index, line in enumerate(_lines(name)):
        if _is_row(line):
            rows.append([c.strip() for c in line.split("|")])
            continue
        flush()
        if not line.strip():
            continue
        if line.startswith(">>"):
            parts.append(f'<p class="right">{html.escape(line[2:], quote=False)}</p>')
            continue
        text, bold = _bold(line)
        body = html.escape(text, quote=False)
        if index < layout.title_lines:
            parts.append(f'<p class="title">{body}</p>')
        elif re.fullmatch(layout.heading, text):
            parts.append(f"<h2>{body}</h2>")
        else:
            parts.append(f"<p><b>{body}</b></p>" if bold else f"<p>{body}</p>")
    flush()
    style = CSS % {
        "top_left": layout.top_left,
        "top_right": layout.top_right,
        "bottom_left": layout.bottom_left,
        "first_column": layout.first_column,
        "body": layout.body,
    }
    return f"<html><head><style>{style}</style></head><body>{''.join(parts)}</body></html>"


PDF = {
    # Medical Research Council: 'OFFICIAL' marking; the paper number '03' at the top right; two
    # lists side by side under 'Council' and 'Head Office staff', an 'Observer' label in the
    # left-hand list; apologies two a row.
    "mrc-council-2017-05-09": PdfLayout(
        heading=r"\d+\. .+",
        top_left="OFFICIAL",
        top_right="MEDICAL RESEARCH COUNCIL",
        bottom_left="Trade Union Side access: In part",
        title_lines=0,
        first_column="50%",
        body="12.5pt/1.9",
    ),
    # East Ayrshire Leisure Trust: labels in a left-hand column, the paragraph number in a
    # left-hand column under a capital heading with no number, as Scottish councils print minutes.
    "east-ayrshire-leisure-2018-09-18": PdfLayout(
        heading=r"[A-Z][A-Z ,&]+",
        top_left="East Ayrshire Leisure Trust",
        top_right="Board of Trustees \u2013 18 September 2018",
        title_lines=3,
        first_column="22mm",
        body="12.5pt/1.9",
    ),
    # London TravelWatch: the next meeting in the header; a numbered contents list before the
    # minutes; members as one cell of names, guests and secretariat as name | post rows; item
    # numbers without a dot.
    "london-travelwatch-board-2017-10-24": PdfLayout(
        heading=r"\d+ [A-Z].+",
        top_left="London TravelWatch",
        top_right="Board meeting 28.11.17",
        title_lines=1,
        first_column="28mm",
    ),
}


def main() -> None:
    for name, layout in DOCX.items():
        (HERE / f"{name}.docx").write_bytes(build_docx(name, layout))
        print(f"{name}.docx")
    for name, layout in PDF.items():
        (HERE / f"{name}.pdf").write_bytes(
            weasyprint.HTML(string=page_html(name, layout)).write_pdf()
        )
        print(f"{name}.pdf")


if __name__ == "__main__":
    main()
