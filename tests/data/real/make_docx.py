"""Builds the Word records of tests/data/real from their openings in sources/<name>.txt, the way
clerks make them: section numbers come from Word's own automatic numbering (numbering.xml with an
abstractNum and a num, levels such as "%1." and "%1.%2."), Heading styles linked to that
numbering, and attendance in tables. The number written in the source is taken off the heading,
checked against the number Word will show, and left for Word to produce, so the .docx holds no
number in its text: a reader sees it only if it reads the numbering definitions.

Source format: one Word paragraph a line; a line with " | " is a table row (its cells), and
consecutive rows are one table. Run from the repository root:

    .venv/bin/python tests/data/real/make_docx.py
"""

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# A fixed time in the zip entries, so that building again gives the same bytes.
ZIP_TIME = (2024, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Level:
    pattern: str  # matches a source line at this level: group 1 the number, group 2 the text
    fmt: str  # Word's numFmt: decimal, lowerLetter, upperRoman...
    text: str  # Word's lvlText: "%1.", "%1/17", "GBP/2122/%1:", "%1.%2."
    start: int = 1
    style: str | None = None  # the Heading style linked to this level; None: numbered body text


@dataclass(frozen=True)
class Layout:
    levels: list[Level]
    header: str = ""
    page_footer: bool = False  # "Page N of M" from Word's PAGE and NUMPAGES fields
    extra: dict[str, str] = field(default_factory=dict)


RECORDS = {
    "public-health-wales-2011-04-11": Layout(
        [
            Level(r"(\d+)\. (.+)", "decimal", "%1.", style="Heading 1"),
            Level(r"([a-z])\) (.+)", "lowerLetter", "%2)", style="Heading 2"),
        ]
    ),
    "wast-board-2017-12-14": Layout(
        [Level(r"(\d+)/17 (.+)", "decimal", "%1/17", start=18, style="Heading 1")]
    ),
    "derby-ccg-2022-01-13": Layout(
        [Level(r"GBP/2122/ ?(\d+): (.+)", "decimal", "GBP/2122/%1:", start=214, style="Heading 1")]
    ),
    "southern-health-2017-04-25": Layout(
        [
            Level(r"(\d+)\. (.+)", "decimal", "%1.", style="Heading 1"),
            Level(r"\d+\.(\d+)\. (.+)", "decimal", "%1.%2."),
        ],
        header="Trust Board 25.04.2017 Minutes \u2013 Final",  # the Trust's en dash
        page_footer=True,
    ),
}


def _el(tag: str, **attrs: str) -> etree._Element:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(key), value)
    return element


def _numbering(document: docx.document.Document, levels: list[Level]) -> str:
    """Adds an abstractNum with the levels and a num pointing at it; returns the num's id."""
    numbering = document.part.numbering_part.element
    ids = [int(n.get(qn("w:abstractNumId"))) for n in numbering.findall(qn("w:abstractNum"))]
    abstract_id = str(max(ids, default=0) + 1)
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = str(max(num_ids, default=0) + 1)
    abstract = _el("w:abstractNum", **{"w:abstractNumId": abstract_id})
    abstract.append(_el("w:multiLevelType", **{"w:val": "multilevel"}))
    for ilvl, level in enumerate(levels):
        lvl = _el("w:lvl", **{"w:ilvl": str(ilvl)})
        lvl.append(_el("w:start", **{"w:val": str(level.start)}))
        lvl.append(_el("w:numFmt", **{"w:val": level.fmt}))
        if level.style:
            lvl.append(_el("w:pStyle", **{"w:val": level.style.replace(" ", "")}))
        lvl.append(_el("w:lvlText", **{"w:val": level.text}))
        lvl.append(_el("w:lvlJc", **{"w:val": "left"}))
        ppr = _el("w:pPr")
        ppr.append(_el("w:ind", **{"w:left": str(720 * (ilvl + 1)), "w:hanging": "720"}))
        lvl.append(ppr)
        abstract.append(lvl)
    # The schema wants every abstractNum before the first num.
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    num = _el("w:num", **{"w:numId": num_id})
    num.append(_el("w:abstractNumId", **{"w:val": abstract_id}))
    numbering.append(num)
    return num_id


def _num_pr(num_id: str, ilvl: int) -> etree._Element:
    num_pr = _el("w:numPr")
    num_pr.append(_el("w:ilvl", **{"w:val": str(ilvl)}))
    num_pr.append(_el("w:numId", **{"w:val": num_id}))
    return num_pr


def _link_styles(document: docx.document.Document, levels: list[Level], num_id: str) -> None:
    """Links each Heading style to its level, as Word's "Define New Multilevel List" does."""
    for ilvl, level in enumerate(levels):
        if level.style:
            ppr = document.styles[level.style].element.get_or_add_pPr()
            ppr.insert(0, _num_pr(num_id, ilvl))


def _value(written: str, fmt: str) -> int:
    if fmt == "lowerLetter":
        return ord(written) - ord("a") + 1
    return int(written)


def _field(paragraph: docx.text.paragraph.Paragraph, instruction: str) -> None:
    simple = _el("w:fldSimple", **{"w:instr": instruction})
    run = _el("w:r")
    text = _el("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def build(name: str, layout: Layout) -> bytes:
    lines = (HERE / "sources" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    document = docx.Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    num_id = _numbering(document, layout.levels)
    _link_styles(document, layout.levels, num_id)
    counters = [level.start - 1 for level in layout.levels]
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        table = document.add_table(rows=0, cols=width)
        table.style = "Table Grid"
        for cells in rows:
            row = table.add_row()
            for cell, text in zip(row.cells, cells + [""] * (width - len(cells)), strict=True):
                cell.text = text
        rows.clear()

    for index, line in enumerate(lines):
        if " | " in line or line.rstrip().endswith(" |"):
            rows.append([c.strip() for c in line.split("|")])
            continue
        flush_table()
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
            document.add_paragraph(line, style="Title" if index == 0 else None)
    flush_table()

    section = document.sections[0]
    if layout.header:
        section.header.paragraphs[0].text = layout.header
    if layout.page_footer:
        footer = section.footer.paragraphs[0]
        footer.add_run("Page ")
        _field(footer, "PAGE")
        footer.add_run(" of ")
        _field(footer, "NUMPAGES")
    document.core_properties.author = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", blob)
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, blob)
    return out.getvalue()


def main() -> None:
    for name, layout in RECORDS.items():
        (HERE / f"{name}.docx").write_bytes(build(name, layout))
        print(f"{name}.docx")


if __name__ == "__main__":
    main()
