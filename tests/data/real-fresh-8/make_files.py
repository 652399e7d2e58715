"""Builds the Word and PDF records of tests/data/real-fresh-8 from their openings in
sources/<name>.txt, each in a layout the earlier generators (tests/data/real/make_docx.py,
make_pdf.py) do not make, the way clerks and their software make them:

Word: a letterhead in a text box (Word's mc:AlternateContent: a drawing and its VML fallback,
both holding the text); minute numbers typed with a tab before the title; members one a line by
soft line breaks in one paragraph; tracked changes (w:ins, w:del); numbering carried by a
paragraph style with an outline level ('Agenda item %1') on headings with no text of their own;
one list numbering paragraphs across the item headings; Word bullets; label | value tables whose
cells hold a name a paragraph; the minutes themselves in an 'Item | Decisions and actions' table.
(The generator can also number by '%1.%2' with isLgl and leave a styled item unnumbered with
numId 0 and a startOverride; the records that used them were replaced, see the README.)

PDF (WeasyPrint, imitating a Word export): running headers with the title and date, 'Page N of M'
at the top or the foot, a 'DRAFT' watermark, ruled label | number | name | body tables whose label
is on a group's first row only, two lists side by side, minute and paragraph numbers in a margin
column.

Source format: one paragraph a line; a line starting '| ' is a table row, its cells split at '|';
' // ' is a line break inside a paragraph or a PDF's cell (a paragraph of a Word cell);
'{+text+}' and '{-text-}' are a tracked insertion and deletion; '**text**' is bold; '• ' starts
a bullet; '# 1. ' an item of a numbered list.

    .venv/bin/python tests/data/real-fresh-8/make_files.py
"""

import html
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
import weasyprint
from docx.oxml import parse_xml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real"))

from make_docx import _fixed_zip  # noqa: E402  (fixed zip times: the same bytes every build)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _lines(name: str) -> list[str]:
    return (HERE / "sources" / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line[1:].split("|")]


# ---------------------------------------------------------------- Word


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _runs(text: str, bold: bool = False) -> str:
    """Runs for a source line: ' // ' a soft line break, '\t' a tab, {+ +} / {- -} tracked."""
    if text.startswith("**") and text.endswith("**"):
        text, bold = text[2:-2], True
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    out = []
    for part in re.split(r"(\{\+.*?\+\}|\{-.*?-\})", text):
        if part.startswith("{+"):
            out.append(
                '<w:ins w:id="1" w:author="Clerk" w:date="2019-01-20T10:00:00Z">'
                f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(part[2:-2])}</w:t></w:r></w:ins>'
            )
        elif part.startswith("{-"):
            out.append(
                '<w:del w:id="2" w:author="Clerk" w:date="2019-01-20T10:00:00Z">'
                f'<w:r>{rpr}<w:delText xml:space="preserve">{_esc(part[2:-2])}</w:delText>'
                "</w:r></w:del>"
            )
        else:
            for i, chunk in enumerate(part.split(" // ")):
                if i:
                    out.append(f"<w:r>{rpr}<w:br/><w:tab/></w:r>")
                for j, bit in enumerate(chunk.split("\t")):
                    if j:
                        out.append(f"<w:r>{rpr}<w:tab/></w:r>")
                    if bit:
                        out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(bit)}</w:t></w:r>')
    return "".join(out)


def _p(text: str, style: str | None = None, bold: bool = False, ppr: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:p {NS}><w:pPr>{pstyle}{ppr}</w:pPr>{_runs(text, bold)}</w:p>"


def _num_pr(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def _text_box(text: str) -> str:
    """A letterhead in a text box as Word 2010+ saves it: the drawing and its VML fallback."""
    content = (
        '<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        f"{_runs(text, True)}</w:p></w:txbxContent>"
    )
    return (
        f"<w:p {NS}><w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionV><wp:extent cx="5400000" cy="500000"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="5400000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f"</wps:spPr><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape id="Text Box 1" type="#_x0000_t202" '
        'style="width:425pt;height:39pt"><v:textbox>'
        f"{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


@dataclass
class WordLayout:
    title_lines: int = 1
    text_box: bool = False  # the first line in a text box
    typed: str = ""  # a heading typed with its number: "21 TITLE" -> "21<TAB>TITLE" in bold
    styled: str = ""  # a heading numbered by its style: group 1 the number, 2 the text
    styled_text: str = "%1."  # the style's lvlText
    styled_start: int = 1
    typed_in_style: str = ""  # a heading in the numbered style, typed, its numbering off
    sub: str = ""  # a body paragraph numbered '%1.%2' (isLgl) by the same list
    labels: tuple[str, ...] = ()  # bold label lines
    label_style: str | None = None
    titles: tuple[str, ...] = ()  # item titles under 'Agenda item N', bold
    header: str = ""
    footer: str = ""  # "page" (PAGE) or "page of" (Page N of M)


STYLE_XML = (
    '<w:style {ns} w:type="paragraph" w:customStyle="1" w:styleId="{sid}">'
    '<w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:keepNext/>{num}<w:spacing w:before="240" w:after="60"/>'
    '<w:outlineLvl w:val="{lvl}"/></w:pPr>'
    "<w:rPr><w:b/></w:rPr></w:style>"
)


def _abstract(aid: int, levels: list[tuple[str, str, int, str, bool]]) -> str:
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/>{"<w:isLgl/>" if lgl else ""}'
        f'<w:numFmt w:val="{fmt}"/>'
        f"{f'<w:pStyle w:val={chr(34)}{style}{chr(34)}/>' if style else ''}"
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="720"/></w:pPr></w:lvl>'
        for i, (fmt, text, start, style, lgl) in enumerate(levels)
    )
    return (
        f'<w:abstractNum {NS} w:abstractNumId="{aid}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    )


def build_docx(name: str, layout: WordLayout) -> bytes:
    document = docx.Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    numbering = document.part.numbering_part.element
    styles = document.styles.element
    body = document.element.body
    sect = body[-1]
    # list 1: the items (styled headings, '%1.%2' paragraphs); list 2: bullets; list 3: '%1.'
    item_levels = [
        (
            "decimal",
            layout.styled_text,
            layout.styled_start,
            "MinuteHeading" if layout.styled else "",
            False,
        )
    ]
    if layout.sub:
        item_levels.append(("decimal", "%1.%2", 1, "", True))
    for element in (
        _abstract(91, item_levels),
        _abstract(92, [("bullet", "\u2022", 1, "", False)]),
        _abstract(93, [("decimal", "%1.", 1, "", False)]),
    ):
        numbering.append(parse_xml(element))
    override = ""
    if layout.styled_start != 1:
        start = f'<w:startOverride w:val="{layout.styled_start}"/>'
        override = f'<w:lvlOverride w:ilvl="0">{start}</w:lvlOverride>'
    for num_id, aid, extra in ((91, 91, override), (92, 92, ""), (93, 93, "")):
        numbering.append(
            parse_xml(
                f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{extra}</w:num>'
            )
        )
    styles.append(
        parse_xml(
            STYLE_XML.format(
                ns=NS, sid="MinuteHeading", name="Minute Heading", num=_num_pr(91), lvl=0
            )
        )
    )

    def add(xml: str) -> None:
        sect.addprevious(parse_xml(xml))

    rows: list[list[str]] = []
    counters = [layout.styled_start - 1, 0]  # Word's count, checked against the written number

    def flush() -> None:
        if not rows:
            return
        table = document.add_table(rows=0, cols=max(len(r) for r in rows))
        table.style = "Table Grid"
        for r, cells in enumerate(rows):
            row = table.add_row()
            header = r == 0 and cells[0] in ("Name", "Item")  # a header row, in bold
            for cell, text in zip(
                row.cells, cells + [""] * (len(row.cells) - len(cells)), strict=True
            ):
                cell.text = ""
                for k, part in enumerate(text.split(" // ")):
                    para = (cell.paragraphs[0] if k == 0 else cell.add_paragraph())._p
                    for run in parse_xml(f"<w:p {NS}>{_runs(part, bold=header)}</w:p>"):
                        para.append(run)
        sect.addprevious(table._tbl)
        rows.clear()

    for index, line in enumerate(_lines(name)):
        if line.startswith("| "):
            rows.append(_cells(line))
            continue
        flush()
        if index == 0 and layout.text_box:
            add(_text_box(line))
        elif index < layout.title_lines:
            add(_p(line, "Title" if index == 0 else None, bold=index > 0))
        elif layout.typed and (m := re.fullmatch(layout.typed, line)):
            add(_p(f"{m[1]}\t{m[2]}", bold=True, ppr='<w:ind w:left="720" w:hanging="720"/>'))
        elif layout.typed_in_style and re.fullmatch(layout.typed_in_style, line):
            add(_p(line, "MinuteHeading", ppr=_num_pr(0)))
        elif layout.styled and (m := re.fullmatch(layout.styled, line)):
            counters[:] = [counters[0] + 1, 0]
            assert int(m[1]) == counters[0], f"{name}: {line!r} is not number {counters[0]}"
            add(_p(m[2] if m.lastindex and m.lastindex >= 2 else "", "MinuteHeading"))
        elif layout.sub and (m := re.fullmatch(layout.sub, line)):
            counters[1] += 1
            assert m[0].startswith(f"{counters[0]}.{counters[1]} "), f"{name}: {line!r}"
            add(_p(m[1], ppr=_num_pr(91, 1)))
        elif line.startswith("\u2022 "):
            add(_p(line[2:], ppr=_num_pr(92)))
        elif line.startswith("# "):
            add(_p(re.sub(r"^# \d+\. ", "", line), ppr=_num_pr(93)))
        elif line in layout.labels or line.split(" // ")[0] in layout.labels:
            text = line.replace(" // ", "\t // ", 1) if " // " in line else line
            add(_p(text, layout.label_style, bold=layout.label_style is None))
        elif line in layout.titles:
            add(_p(line, bold=True))
        else:
            add(_p(line, ppr='<w:ind w:left="720"/>' if layout.typed else ""))
    flush()

    section = document.sections[0]
    if layout.header:
        section.header.paragraphs[0].text = layout.header
    if layout.footer:
        footer = section.footer.paragraphs[0]._p
        instr = ["PAGE"] if layout.footer == "page" else ["PAGE", "NUMPAGES"]
        words = [] if layout.footer == "page" else ["Page ", " of "]
        xml = ""
        for i, field_name in enumerate(instr):
            if words:
                xml += f'<w:r><w:t xml:space="preserve">{words[i]}</w:t></w:r>'
            xml += f'<w:fldSimple w:instr="{field_name}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        for element in parse_xml(f"<w:p {NS}>{xml}</w:p>"):
            footer.append(element)
    document.core_properties.author = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


DOCX = {
    "maldon-harbour-2019-01-17": WordLayout(
        title_lines=3,
        text_box=True,
        typed=r"(\d+) ([A-Z].+)",
        labels=("PRESENT:",),
        footer="page of",
    ),
    "safer-arun-2023-01-24": WordLayout(
        title_lines=1,
        styled=r"Agenda item (\d+)",
        styled_text="Agenda item %1",
        labels=("Apologies received:",),
        titles=(
            "Declarations of interest",
            "Minutes and matter arising from previous meeting on 15 November 2022",
            "2022 Strategic Intelligence Assessment (SIA)",
            "Strategic priorities and partnership plan",
        ),
    ),
    # One list numbers the paragraphs through the whole minutes, across the item headings.
    "nrw-board-2014-05-14": WordLayout(
        title_lines=1,
        titles=(
            "Item 1 Welcome",
            "Apologies",
            "Declaration of Interest",
            "Ratification of Minutes",
        ),
        header="Natural Resources Wales",
        footer="page of",
    ),
    # The minutes in a table: item number | its title, presenter and minute, a paragraph each.
    "lga-coastal-sig-2012-12-06": WordLayout(
        title_lines=2,
        header="Coastal Issues Special Interest Group 15 March 2013",
        footer="page",
    ),
}

# ---------------------------------------------------------------- PDF


@dataclass
class PdfLayout:
    title_lines: int = 1
    heading: str = r"$^"  # a heading line: bold
    margin_number: str = r"$^"  # group 1 the number set in the margin column, group 2 the text
    top_left: str = '""'
    top_right: str = '""'
    bottom_left: str = '""'
    bottom_center: str = '""'
    bottom_right: str = '""'
    watermark: str = ""
    ruled: bool = True
    label_bold: bool = True
    extra_css: str = ""
    notes: list[str] = field(default_factory=list)


CSS = """
@page {
  size: A4; margin: 28mm 20mm 24mm 20mm;
  @top-left { content: %(top_left)s; font: 8pt Arial, sans-serif; white-space: pre; }
  @top-right { content: %(top_right)s; font: 8pt Arial, sans-serif; white-space: pre; }
  @bottom-left { content: %(bottom_left)s; font: 7pt Arial, sans-serif; }
  @bottom-center { content: %(bottom_center)s; font: 8pt Arial, sans-serif; }
  @bottom-right { content: %(bottom_right)s; font: 8pt Arial, sans-serif; }
}
body { font: 11pt Arial, sans-serif; line-height: 1.3; }
.title { font-weight: bold; font-size: 13pt; text-align: center; margin: 0 0 3pt; }
.h { font-weight: bold; margin: 12pt 0 4pt; }
p { margin: 0 0 6pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 10pt; }
td { vertical-align: top; padding: 2pt 4pt; }
table.ruled td { border: 0.6pt solid #000; }
table.ruled tr.cont td:first-child { border-top: none; }
table.ruled tr.open td:first-child { border-bottom: none; }
td.label { font-weight: %(label_weight)s; width: 20%%; }
td.num { width: 6%%; }
table.margin { margin: 0 0 6pt; }
table.margin td:first-child { width: 14mm; padding-left: 0; }
ul { margin: 0 0 6pt 18pt; padding: 0; }
.watermark { position: fixed; top: 95mm; left: 10mm; font: bold 110pt Arial, sans-serif;
  color: #e4e4e4; transform: rotate(-40deg); z-index: -1; }
%(extra)s
"""


_NUMBER = re.compile(r"[0-9]+[.]")


def _cell_html(text: str) -> str:
    if text.startswith("**") and text.endswith("**"):
        return f"<b>{html.escape(text[2:-2])}</b>"
    return html.escape(text)


def _pdf_table(rows: list[list[str]], ruled: bool) -> str:
    width = max(len(r) for r in rows)
    out = []
    for i, cells in enumerate(rows):
        span = width - len(cells) + 1  # a short row's last cell spans the rest, as merged in Word
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        classes = []
        if cells[0] == "" and i:
            classes.append("cont")
        if nxt is not None and nxt[0] == "":
            classes.append("open")
        tds = "".join(
            f"<td{' class=label' if j == 0 else ' class=num' if _NUMBER.fullmatch(c) else ''}"
            f"{f' colspan={span}' if j == len(cells) - 1 and span > 1 else ''}>"
            f"{'<br>'.join(_cell_html(x) for x in c.split(' // '))}</td>"
            for j, c in enumerate(cells)
        )
        out.append(f'<tr class="{" ".join(classes)}">{tds}</tr>')
    return f'<table class="{"ruled" if ruled else ""}">{"".join(out)}</table>'


def page_html(name: str, layout: PdfLayout) -> str:
    parts: list[str] = []
    rows: list[list[str]] = []
    bullets: list[str] = []
    if layout.watermark:
        parts.append(f'<div class="watermark">{layout.watermark}</div>')

    def flush() -> None:
        if rows:
            parts.append(_pdf_table(rows, layout.ruled))
            rows.clear()
        if bullets:
            parts.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for index, line in enumerate(_lines(name)):
        if line.startswith("| "):
            rows.append(_cells(line))
            continue
        if line.startswith("\u2022 "):
            bullets.append(line[2:])
            continue
        flush()
        text = html.escape(line)
        if index < layout.title_lines:
            parts.append(f'<p class="title">{text}</p>')
        elif m := re.fullmatch(layout.margin_number, line):
            cls = "h" if re.fullmatch(layout.heading, line) else ""
            parts.append(
                f'<table class="margin"><tr><td class="{cls}">{html.escape(m[1])}</td>'
                f'<td class="{cls}">{html.escape(m[2])}</td></tr></table>'
            )
        elif re.fullmatch(layout.heading, line):
            parts.append(f'<p class="h">{text}</p>')
        else:
            parts.append(f"<p>{text}</p>")
    flush()
    style = CSS % {
        "top_left": layout.top_left,
        "top_right": layout.top_right,
        "bottom_left": layout.bottom_left,
        "bottom_center": layout.bottom_center,
        "bottom_right": layout.bottom_right,
        "label_weight": "bold" if layout.label_bold else "normal",
        "extra": layout.extra_css,
    }
    return f"<html><head><style>{style}</style></head><body>{''.join(parts)}</body></html>"


def build_pdf(name: str, layout: PdfLayout) -> bytes:
    return weasyprint.HTML(string=page_html(name, layout)).write_pdf()


PAGE_OF = '"Page " counter(page) " of " counter(pages)'

PDF = {
    "bournemouth-acc-2016-11-24": PdfLayout(
        title_lines=1,
        heading=r"\d+\. .+|ACTION .+",
        margin_number=r"(\d+\.(?:\d+)?|ACTION) (.+)",
        top_right=PAGE_OF,
        watermark="DRAFT",
    ),
    "southend-acc-2018-02-14": PdfLayout(
        title_lines=2,
        heading=r"\d+\. [A-Z\u2019 ]+",
        top_left='"London Southend Airport Consultative Committee"',
        top_right='"Meeting No. 97 \u2013 14 February 2018"',
        bottom_left='"LSACC Minutes 97 14.02.18.docx"',
        bottom_right=PAGE_OF,
        ruled=False,
    ),
    # Two lists side by side in a borderless table, each with its own sub-labels.
    "natural-england-board-2017-05-03": PdfLayout(
        title_lines=1,
        heading=r"Welcome from the Chairman and Declarations of Interest",
        top_left='"Natural England Board \u2013 3 May 2017"',
        bottom_center="counter(page)",
        ruled=False,
        label_bold=False,
        extra_css="table:not(.ruled) td { width: 50%; }",
    ),
    "harrington-harbour-2013-06-28": PdfLayout(
        title_lines=2,
        heading=r"\d+\. .+",
        margin_number=r"(\d+\.) (.+)",
        top_left='"Harrington Harbour and Dock Board \u2013 28 June 2013"',
        bottom_right=PAGE_OF,
        ruled=False,
    ),
}


def main() -> None:
    for name, layout in DOCX.items():
        (HERE / f"{name}.docx").write_bytes(build_docx(name, layout))
        print(f"{name}.docx")
    for name, layout in PDF.items():
        (HERE / f"{name}.pdf").write_bytes(build_pdf(name, layout))
        print(f"{name}.pdf")


if __name__ == "__main__":
    main()
