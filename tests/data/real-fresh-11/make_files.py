"""Builds the Word and PDF records of tests/data/real-fresh-11 from their openings in
sources/<name>.txt, each in document shapes clerks really produce that the earlier generators
(tests/data/real/make_docx.py, make_pdf.py, real-fresh-5/-8/-9 make_files.py) never made:

Word: the minutes in a borderless three-column table (number | item | action), its header row
repeated on each page; a rich-text content control (w:sdt) around the attendance; a title and a
date held in content controls; section headings as bold Normal paragraphs with no heading style
and no number; numbering carried by Heading 2 linked to a list with legal numbering (isLgl);
item numbers '%1.00' with a lettered level '%2)' that restarts in each item, on bold Normal
paragraphs; 'ACTION' lines in a shaded one-cell box table; an attendance grid with merged
header cells (gridSpan) and a vertically merged empty column (vMerge), ticks as Wingdings 'ü';
attendance as a three-column table (name | role | organisation) with empty role cells; names and
roles split by a tab; page numbers from w:fldSimple and from complex fields (w:instrText,
'Page x of y'); a superscript ordinal ('23rd').

PDF (WeasyPrint): an 'ITEM ... ACTION' layout with the action owner in a right-hand column and
the header repeated on each page, '- N -' page numbers; a landscape page holding an
'Item | Time | Item Description | Lead' table whose description column is justified and
hyphenated; attendees as a bulleted list in two CSS columns; narrow justified text hyphenated at
line ends (hyphens: auto), with 'Agenda Item No.' furniture.

Source format: one paragraph a line; '# ' a title, '## ' an item heading, '### ' a sub-heading,
'* ' a bullet, '- ' a lettered sub-item, '> ' an action line, '| ' a table row (cells split at
'|'), ' // ' a new paragraph in the same cell, ' || ' the start of a right-hand action cell.

    .venv/bin/python tests/data/real-fresh-11/make_files.py
"""

import html
import io
import re
import sys
from pathlib import Path

import docx
import weasyprint
from docx.oxml import parse_xml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real"))

from make_docx import _fixed_zip  # noqa: E402  (fixed zip times: the same bytes every build)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'


def _lines(name: str) -> list[str]:
    return (HERE / "sources" / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line[1:].split("|")]


# ---------------------------------------------------------------- Word


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _r(text: str, bold: bool = False, rpr: str = "") -> str:
    props = ("<w:b/>" if bold else "") + rpr
    out = []
    for k, part in enumerate(text.split("\t")):
        if k:
            out.append(f"<w:r><w:rPr>{props}</w:rPr><w:tab/></w:r>")
        if part:
            out.append(
                f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{_esc(part)}</w:t></w:r>'
            )
    return "".join(out)


def _runs(text: str, bold: bool = False) -> str:
    """Runs for a line: an ordinal's letters ('23rd') raised, as Word's AutoFormat does."""
    out = []
    for part in re.split(r"(?<=\d)(st|nd|rd|th)\b", text):
        if part in ("st", "nd", "rd", "th"):
            out.append(_r(part, bold, '<w:vertAlign w:val="superscript"/>'))
        else:
            out.append(_r(part, bold))
    return "".join(out)


def _p(body: str, ppr: str = "") -> str:
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def _num(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


NO_BORDERS = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="nil"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)
GRID = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)


def _tc(paragraphs: list[str], width: int, tcpr: str = "") -> str:
    body = "".join(paragraphs) or _p("")
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{tcpr}</w:tcPr>{body}</w:tc>'


def _tbl(rows: list[str], widths: list[int], borders: str = GRID) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f'<w:tbl {NS}><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{borders}'
        f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
        f"{''.join(rows)}</w:tbl>"
    )


def _tr(cells: str, header: bool = False) -> str:
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{trpr}{cells}</w:tr>"


def _abstract(aid: int, levels: list[tuple[str, str, str, bool, str]]) -> str:
    """levels: (format, text, paragraph style, legal numbering, restart)."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f"{restart}"
        f"{f'<w:pStyle w:val={chr(34)}{style}{chr(34)}/>' if style else ''}"
        f"{'<w:isLgl/>' if lgl else ''}"
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="720"/></w:pPr></w:lvl>'
        for i, (fmt, text, style, lgl, restart) in enumerate(levels)
    )
    return (
        f'<w:abstractNum {NS} w:abstractNumId="{aid}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    )


class Doc:
    def __init__(self, font: str = "Arial") -> None:
        self.document = docx.Document()
        self.document.styles["Normal"].font.name = font
        self.document.styles["Normal"].font.size = Pt(11)
        self.numbering = self.document.part.numbering_part.element
        self.sect = self.document.element.body[-1]

    def add(self, xml: str) -> None:
        self.sect.addprevious(parse_xml(xml))

    def list(self, num_id: int, levels: list[tuple[str, str, str, bool, str]]) -> None:
        self.numbering.append(parse_xml(_abstract(num_id, levels)))
        self.numbering.append(
            parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
        )

    def footer(self, xml: str) -> None:
        footer = self.document.sections[0].footer._element
        for child in list(footer):
            footer.remove(child)
        footer.append(parse_xml(xml))

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return _fixed_zip(buffer.getvalue())


BULLET = ("bullet", "\u2022", "", False, "")
PAGE_FIELD = '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


def _field(instr: str, shown: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{shown}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def barrow_docx(name: str) -> bytes:
    """Numbers in their own column of a borderless ITEM | ACTION table; attendance in a
    content control; '- PAGE -' in the footer."""
    doc = Doc()
    doc.list(40, [BULLET])
    lines = _lines(name)
    rows = [
        _tr(
            _tc([_p(_r("ITEM", True))], 1900, '<w:gridSpan w:val="2"/>')
            + _tc([_p(_r("ACTION", True), '<w:jc w:val="right"/>')], 2000),
            header=True,
        )
    ]
    number, title, body, action = "", "", [], ""

    def flush() -> None:
        if number:
            cells = _tc([_p(_r(number, True))], 700)
            cells += _tc([_p(_r(title, True)), *body], 6600)
            cells += _tc([_p(_r(action, True))], 2000)
            rows.append(_tr(cells))

    for line in lines:
        if line.startswith("# "):
            doc.add(_p(_r(line[2:], True, '<w:sz w:val="28"/>'), '<w:jc w:val="center"/>'))
        elif line.startswith("PRESENT:"):
            label, _, names = line.partition(" ")
            doc.add(
                f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Attendance"/><w:tag w:val="present"/>'
                '<w:id w:val="101"/><w:richText/></w:sdtPr><w:sdtContent>'
                f"{_p(_r(label, True) + _r(' ' + names))}</w:sdtContent></w:sdt>"
            )
        elif line.startswith("## "):
            flush()
            number, _, title = line[3:].partition(" \u2013 ")
            body, action = [], ""
        elif number:
            text, _, owner = line.partition(" || ")
            action = owner or action
            if text.startswith("* "):
                body.append(_p(_runs(text[2:]), _num(40)))
            else:
                body.append(_p(_runs(text)))
        else:
            doc.add(_p(_runs(line)))
    flush()
    doc.add(_tbl(rows, [700, 6600, 2000], NO_BORDERS))
    doc.footer(f'<w:ftr {NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
               f'<w:r><w:t xml:space="preserve">- </w:t></w:r>{PAGE_FIELD}'
               '<w:r><w:t xml:space="preserve"> -</w:t></w:r></w:p></w:ftr>')  # fmt: skip
    return doc.bytes()


def ldn_docx(name: str) -> bytes:
    """A label | value header table, an attendance grid with merged cells and Wingdings ticks,
    an acronyms table, the minutes in an Item | Minutes and Actions | Who? | When? table, and
    'Page x of y' from complex fields."""
    doc = Doc()
    lines = _lines(name)
    wing = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'

    def mark(text: str, width: int) -> str:
        rpr = wing if text == "\u00fc" else ""
        return _tc([_p(_r(text, False, rpr), '<w:jc w:val="center"/>')], width)

    head_rows = []
    for line in lines[:4]:
        cells = _cells(line)
        if len(cells) == 2:
            head_rows.append(
                _tr(
                    _tc([_p(_r(cells[0], True))], 1800)
                    + _tc([_p(_r(cells[1]))], 7600, '<w:gridSpan w:val="5"/>')
                )
            )
        else:
            widths = [1800, 2000, 2200, 1000, 1400, 1000]
            head_rows.append(
                _tr("".join(_tc([_p(_r(c, k % 2 == 0))], widths[k]) for k, c in enumerate(cells)))
            )
    doc.add(_tbl(head_rows, [1800, 2000, 2200, 1000, 1400, 1000]))
    doc.add(_p(""))
    attendance = [line for line in lines if line.startswith("| ") and len(_cells(line)) in (3, 5)]
    attendance = [a for a in attendance if _cells(a)[0] not in ("Item",)]
    left, _, right = lines[4].partition(" || ")
    label, _, key = left.partition(" ")
    rows = [
        _tr(
            _tc(
                [_p(_r(label, True) + _r(" " + key[:1]) + _r(key[1:2], False, wing) + _r(key[2:]))],
                6200,
                '<w:gridSpan w:val="3"/>',
            )
            + _tc([_p(_r(right, True))], 3200, '<w:gridSpan w:val="2"/>')
        )
    ]
    for k, line in enumerate(attendance):
        cells = _cells(line)
        row = _tc([_p(_r(cells[0]))], 2400) + _tc([_p(_r(cells[1]))], 3000) + mark(cells[2], 800)
        if len(cells) == 5:
            row += _tc([_p(_r(cells[3]))], 2400) + mark(cells[4], 800)
        else:
            merge = '<w:vMerge w:val="restart"/>' if k == 5 else "<w:vMerge/>"
            row += _tc([], 2400, merge) + _tc([], 800, merge)
        rows.append(_tr(row))
    doc.add(_tbl(rows, [2400, 3000, 800, 2400, 800]))
    rest = lines[5 + len(attendance) :]
    acronyms, items = [], []
    for line in rest:
        if line.startswith("| "):
            (items if items or _cells(line)[0] == "Item" else acronyms).append(_cells(line))
        else:
            doc.add(_p(_r(line, line.startswith("Acronyms"))))
    doc.add(
        _tbl(
            [_tr(_tc([_p(_r(a))], 1200) + _tc([_p(_r(b))], 5000)) for a, b in acronyms],
            [1200, 5000],
        )
    )
    doc.add(_p(""))
    widths = [800, 6200, 1200, 1200]
    rows = [
        _tr(
            "".join(_tc([_p(_r(c, True))], w) for c, w in zip(items[0], widths, strict=False)), True
        )
    ]
    for cells in items[1:]:
        cells = ([*cells, "", "", "", ""])[:4]
        paragraphs = cells[1].split(" // ")
        body = [_p(_r(paragraphs[0], True))] + [_p(_r(t)) for t in paragraphs[1:]]
        rows.append(
            _tr(
                _tc([_p(_r(cells[0]))], 800)
                + _tc(body, 6200)
                + _tc([_p(_r(cells[2]))], 1200)
                + _tc([_p(_r(cells[3]))], 1200)
            )
        )
    doc.add(_tbl(rows, widths))
    doc.footer(
        f'<w:ftr {NS}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
        '<w:r><w:t xml:space="preserve">Page </w:t></w:r>'
        + _field("PAGE", "1")
        + '<w:r><w:t xml:space="preserve"> of </w:t></w:r>'
        + _field("NUMPAGES", "1")
        + "</w:p></w:ftr>"
    )
    return doc.bytes()


def stockton_docx(name: str) -> bytes:
    """Names and roles split by a tab; items numbered by Heading 2 linked to a legal-numbering
    list (no number typed); 'ACTION: MR' in a shaded one-cell box table."""
    doc = Doc()
    doc.list(41, [("decimal", "%1.", "Heading2", True, "")])
    styles = doc.document.styles.element
    heading = styles.find(f'.//{{{W}}}style[@{{{W}}}styleId="Heading2"]')
    ppr = heading.find(f"{{{W}}}pPr")
    ppr.insert(0, parse_xml(f'<w:numPr {NS}><w:numId w:val="41"/></w:numPr>'))
    tabs = '<w:tabs><w:tab w:val="left" w:pos="3600"/></w:tabs>'
    for line in _lines(name):
        if line.startswith("# "):
            doc.add(_p(_r(line[2:], True, '<w:sz w:val="28"/>')))
        elif line.startswith("## "):
            _number, _, title = line[3:].partition(" ")
            doc.add(_p(_r(title), '<w:pStyle w:val="Heading2"/>'))
        elif line.startswith("### "):
            doc.add(_p(_r(line[4:], True)))
        elif line.startswith("> "):
            label, _, owner = line[2:].partition(" ")
            box = _tc(
                [_p(_r(label + " ", True) + _r(owner, True), '<w:jc w:val="right"/>')],
                9000,
                '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>',
            )
            doc.add(_tbl([_tr(box)], [9000]))
        elif line.endswith(":") and " " not in line:
            doc.add(_p(_r(line, True)))
        else:
            doc.add(_p(_runs(line), tabs if "\t" in line else ""))
    return doc.bytes()


def circle_docx(name: str) -> bytes:
    """Labels in bold at the start of a paragraph; item headings as bold Normal paragraphs (no
    style, no number); each 'Action:' in a shaded box table."""
    doc = Doc("Calibri")
    for line in _lines(name):
        if line.startswith("# "):
            doc.add(_p(_r(line[2:], True, '<w:sz w:val="28"/>')))
        elif line.startswith("## "):
            doc.add(_p(_r(line[3:], True), '<w:spacing w:before="240"/>'))
        elif line.startswith("> "):
            label, _, text = line[2:].partition(" ")
            box = _tc(
                [_p(_r(label + " ", True) + _r(text))],
                9000,
                '<w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>',
            )
            doc.add(_tbl([_tr(box)], [9000]))
        elif re.match(r"[A-Z][A-Za-z ()-]+:", line) and line.index(":") < 40:
            label, _, text = line.partition(":")
            doc.add(_p(_r(label + ":", True) + _r(text)))
        else:
            doc.add(_p(_runs(line)))
    return doc.bytes()


def shrewsbury_docx(name: str) -> bytes:
    """Items '%1.00' and lettered sub-items '%2)' from one list on bold Normal paragraphs, the
    letters restarting in each item; attendance as a borderless name | role | body table."""
    doc = Doc("Times New Roman")
    doc.list(42, [("decimal", "%1.00", "", False, ""), ("lowerLetter", "%2)", "", False, "")])
    rows: list[str] = []
    indent = ""

    def flush() -> None:
        if rows:
            doc.add(_tbl(list(rows), [3200, 2400, 3800], NO_BORDERS))
            rows.clear()

    for line in _lines(name):
        if line.startswith("| "):
            cells = ([*_cells(line), "", ""])[:3]
            rows.append(
                _tr(
                    "".join(
                        _tc([_p(_r(c))], w) for c, w in zip(cells, [3200, 2400, 3800], strict=False)
                    )
                )
            )
            continue
        flush()
        if line.startswith("# "):
            doc.add(_p(_r(line[2:], True), '<w:jc w:val="center"/>'))
        elif line.startswith("## "):
            doc.add(_p(_r(line[3:].partition(" ")[2], True), _num(42, 0)))
            indent = '<w:ind w:left="1440"/>'
        elif line.startswith("- "):
            doc.add(_p(_runs(line[2:].partition(" ")[2]), _num(42, 1)))
        elif line in ("PRESENT", "APOLOGIES"):
            doc.add(_p(_r(line, True), '<w:ind w:left="720"/>'))
        else:
            doc.add(_p(_runs(line), indent))
    flush()
    return doc.bytes()


def scaac_docx(name: str) -> bytes:
    """Title and date in content controls (a plain-text control and a date picker); items from
    a '%1.' list with the item's label in bold and its text after the colon; a PAGE field."""
    doc = Doc()
    doc.list(43, [("decimal", "%1.", "", False, "")])
    for line in _lines(name):
        if line.startswith("# "):
            doc.add(
                f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Title"/><w:id w:val="7"/><w:text/>'
                f"</w:sdtPr><w:sdtContent>{_p(_r(line[2:], True, '<w:sz w:val="28"/>'))}"
                "</w:sdtContent></w:sdt>"
            )
        elif line.startswith("Minutes of meeting"):
            head, _, day = line.rpartition(" ")
            doc.add(
                f'<w:p {NS}>{_r(head + " ")}<w:sdt><w:sdtPr><w:alias w:val="Meeting date"/>'
                '<w:id w:val="8"/><w:date w:fullDate="2021-04-13T00:00:00Z">'
                '<w:dateFormat w:val="dd.MM.yy"/><w:lid w:val="en-GB"/></w:date></w:sdtPr>'
                f"<w:sdtContent>{_r(day)}</w:sdtContent></w:sdt></w:p>"
            )
        elif line.startswith("## "):
            label, _, text = line[3:].partition(" ")[2].partition(":")
            doc.add(_p(_r(label + ":", True) + _r(text), _num(43)))
        else:
            doc.add(_p(_runs(line)))
    doc.footer(f'<w:ftr {NS}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>{PAGE_FIELD}</w:p></w:ftr>')
    return doc.bytes()


DOCX = {
    "barrow-town-deal-2020-02-28": barrow_docx,
    "ldn-lnp-2014-11-25": ldn_docx,
    "stockton-yos-board-2009-04-28": stockton_docx,
    "circle-tsp-2015-12-07": circle_docx,
    "shrewsbury-aberystwyth-rlc-2012-03-30": shrewsbury_docx,
    "scaac-2021-04-13": scaac_docx,
}


# ---------------------------------------------------------------- PDF


def _h(text: str) -> str:
    return html.escape(text, quote=False)


def _page(css: str, body: str) -> bytes:
    base = "body { font-family: Arial, sans-serif; font-size: 11pt; } p { margin: 0 0 8pt; }"
    document = (
        f'<html lang="en-GB"><head><style>{base}{css}</style></head><body>{body}</body></html>'
    )
    return weasyprint.HTML(string=document).write_pdf()


def barrow_pdf(name: str) -> bytes:
    """The council's layout: the item's number and title on one line, the action owner in a
    right-hand column, 'ITEM ... ACTION' repeated at the top of each page, '- N -' below."""
    parts, rows = [], []
    for line in _lines(name):
        if line.startswith("# "):
            parts.append(f"<h1>{_h(line[2:])}</h1>")
        elif line.startswith("## "):
            rows.append(f'<tr><td><p class="item">{_h(line[3:])}</p></td><td></td></tr>')
        elif rows:
            text, _, owner = line.partition(" || ")
            bullet = text.startswith("* ")
            text = f"\u2022 {text[2:]}" if bullet else text
            cls = ' class="bullet"' if bullet else ""
            rows.append(f"<tr><td><p{cls}>{_h(text)}</p></td><td>{_h(owner)}</td></tr>")
        else:
            parts.append(f"<p>{_h(line)}</p>")
    parts.append(
        '<table><thead><tr><th class="l">ITEM</th><th class="r">ACTION</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    css = (
        "@page { size: A4; margin: 2cm 2cm 2.5cm 2cm;"
        ' @bottom-center { content: "- " counter(page) " -"; font-size: 10pt; } }'
        "h1 { font-size: 13pt; text-align: center; } table { width: 100%; border-collapse: collapse; }"
        "td { vertical-align: top; } td:first-child { width: 80%; padding-left: 1.5cm; }"
        "td:last-child { font-weight: bold; } th.l { text-align: left; padding-left: 6cm; }"
        "th.r { text-align: right; } p.item { font-weight: bold; } p.bullet { margin-left: 1cm; }"
    )
    return _page(css, "".join(parts))


def eslcrp_pdf(name: str) -> bytes:
    """Portrait first page (heading, label | value table, invited list), then the minutes table
    on a landscape page, its description column justified and hyphenated."""
    parts, table, labels = [], [], []
    for line in _lines(name):
        if line.startswith("# "):
            parts.append(f"<h1>{_h(line[2:])}</h1>")
        elif line.startswith("| ") and _cells(line)[0].endswith(":"):
            label, value = _cells(line)
            labels.append(f"<tr><th>{_h(label)}</th><td>{_h(value)}</td></tr>")
        elif line.startswith("| "):
            cells = _cells(line)
            if cells[0] == "Item":
                table.append(
                    "<thead><tr>" + "".join(f"<th>{_h(c)}</th>" for c in cells) + "</tr></thead>"
                )
            else:
                first, *rest = cells[2].split(" // ")
                desc = f"<p><b>{_h(first)}</b></p>" + "".join(f"<p>{_h(t)}</p>" for t in rest)
                table.append(
                    f"<tr><td>{_h(cells[0])}</td><td>{_h(cells[1])}</td>"
                    f'<td class="d">{desc}</td><td>{_h(cells[3])}</td></tr>'
                )
        else:
            if labels:
                parts.append(f'<table class="labels">{"".join(labels)}</table>')
                labels = []
            parts.append(f"<p>{_h(line)}</p>")
    parts.append(f'<table class="minutes">{"".join(table)}</table>')
    css = (
        "@page { size: A4 portrait; margin: 2cm; @bottom-right { content: 'Page ' counter(page); } }"
        "@page wide { size: A4 landscape; }"
        "h1 { font-size: 14pt; } table.labels th { text-align: left; padding-right: 1cm; }"
        "table.minutes { page: wide; break-before: page; border-collapse: collapse; width: 100%; }"
        "table.minutes td, table.minutes th { border: 1px solid #000; vertical-align: top; padding: 3pt; }"
        "table.minutes td.d { width: 9cm; text-align: justify; hyphens: auto; }"
    )
    return _page(css, "".join(parts))


def road_safety_pdf(name: str) -> bytes:
    """Attendees as a bulleted list set in two columns; the action point as a small heading
    with its owner on a labelled line."""
    parts, bullets = [], []
    for line in _lines(name):
        if line.startswith("* "):
            bullets.append(f"<li>{_h(line[2:])}</li>")
            continue
        if bullets:
            parts.append(f'<ul class="two">{"".join(bullets)}</ul>')
            bullets = []
        if line.startswith("# "):
            parts.append(f"<h1>{_h(line[2:])}</h1>")
        elif line.startswith("### "):
            parts.append(f"<h3>{_h(line[4:])}</h3>")
        elif line.startswith("## "):
            parts.append(f"<h2>{_h(line[3:])}</h2>")
        else:
            parts.append(f"<p>{_h(line)}</p>")
    css = (
        "@page { size: A4; margin: 2cm; @bottom-center { content: counter(page); } }"
        "h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }"
        "ul.two { columns: 2; column-gap: 1cm; font-size: 9.5pt; }"
    )
    return _page(css, "".join(parts))


def vale_pdf(name: str) -> bytes:
    """Narrow justified text hyphenated at line ends; 'Agenda Item No.' at the top right."""
    parts = ['<p class="agenda">Agenda Item No.</p>']
    bullets = []
    for line in _lines(name):
        if line.startswith("* "):
            bullets.append(f"<li>{_h(line[2:])}</li>")
            continue
        if bullets:
            parts.append(f"<ul>{''.join(bullets)}</ul>")
            bullets = []
        if line.startswith("# "):
            parts.append(f"<h1>{_h(line[2:])}</h1>")
        elif line.startswith("## "):
            parts.append(f'<p class="h">{_h(line[3:])}</p>')
        else:
            parts.append(f"<p>{_h(line)}</p>")
    if bullets:
        parts.append(f"<ul>{''.join(bullets)}</ul>")
    css = (
        "@page { size: A4; margin: 2.5cm 5cm 2.5cm 5cm;"
        " @bottom-center { content: counter(page); } }"
        "body { font-family: 'Times New Roman', serif; font-size: 12pt; }"
        "p, li { text-align: justify; hyphens: auto; } p.agenda { text-align: right; }"
        "h1 { font-size: 12pt; text-align: center; } p.h { font-weight: bold; }"
    )
    return _page(css, "".join(parts))


PDF = {
    "barrow-town-deal-2020-02-28": barrow_pdf,
    "eslcrp-board-2021-03-18": eslcrp_pdf,
    "road-safety-lpf-west-2021-11-22": road_safety_pdf,
    "vale-jcf-2011-10-10": vale_pdf,
}


def main() -> None:
    for name, build in DOCX.items():
        (HERE / f"{name}.docx").write_bytes(build(name))
        print(f"{name}.docx")
    for name, build in PDF.items():
        (HERE / f"{name}.pdf").write_bytes(build(name))
        print(f"{name}.pdf")


if __name__ == "__main__":
    main()
