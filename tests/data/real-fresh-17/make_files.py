"""Builds the Word and PDF records of tests/data/real-fresh-17 from their openings in
sources/<name>.txt, the way the bodies' clerks produce them.

Word (python-docx, numbering written into numbering.xml as Word's "Define New Multilevel List"
does): item headings in Heading 1, numbered by Word from a list linked to the style (the number
written in the source is checked against the one Word will show and left out of the text); the
paragraphs under a heading numbered by Word too, either as the list's second level ('%1.%2',
restarting under each heading), or as a list of their own that restarts under each heading (a
new w:num with a startOverride) or runs on through the minutes ('1.' to '10.'); bullets from a
bullet list; attendance and cover-sheet details in tables (label | names, a cell's names as
paragraphs of it, initials in a column of their own); page numbers from Word's PAGE and NUMPAGES
fields in the footer, a running header.

PDF (WeasyPrint): A4, a running header (body on the left, meeting on the right) and a
'Page N of M' footer on every page; headings bold; label | names attendance as a borderless
two-column table.

Source format: one paragraph a line; '# ' a title, '## ' an item heading (its number first), '### '
a sub-heading, '#. ' a numbered paragraph, '* ' a bullet, '**text**' a bold line, '| ' a table row
(cells split at '|', ' // ' a new paragraph in the same cell); a blank line ends a table.

Set 17 adds: '#. ' paragraphs as a lettered second level '(%2)' of the heading list (body
'letter'); '*text*' an italic line (a presenter's name under a heading).

    .venv/bin/python tests/data/real-fresh-17/make_files.py
"""

import html
import importlib.util
import io
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import docx
import weasyprint
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real"))

from make_docx import _field, _fixed_zip  # noqa: E402  (Word's fields; fixed zip times)


def _set_14() -> ModuleType:
    """The fourteenth set's maker, whose Word numbering and tables this set writes the same."""
    spec = importlib.util.spec_from_file_location(
        "make_files_14", HERE.parent / "real-fresh-14" / "make_files.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_14 = _set_14()
_el, _lvl, Numbering = _14._el, _14._lvl, _14.Numbering
_num_pr, _numbered, _table = _14._num_pr, _14._numbered, _14._table


def _lines(name: str) -> list[str]:
    return (HERE / "sources" / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip()[1:].split("|")]


# ---------------------------------------------------------------- Word


@dataclass(frozen=True)
class WordLayout:
    heading: str  # pattern of an item heading in the source: group 1 its number, group 2 its text
    heading_text: str  # Word's lvlText for the heading: '%1.', '1.%1', '%1/16'
    heading_start: int = 1
    body: str = "level"  # '#.' paragraphs: 'level' (%1.%2), 'letter' ((%2)), 'restart' or 'run'
    header: str = ""
    footer: str = ""  # text before the page number; 'Page N of M' when empty


WORD = {
    "angus-children-learning-2016-11-08": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        body="letter",
        footer="Angus Council – Children and Learning Committee 8 November 2016 – page",
    ),
    "south-ribble-ssjc-2019-07-01": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        heading_start=9,
        body="run",
        header="Shared Services Joint Committee – Monday, 1 July 2019",
    ),
    "kirklees-cpb-2022-07-12": WordLayout(
        r"(\d+)\. (.+)", "%1.", header="Corporate Parenting Board – 12 July 2022"
    ),
    "lancashire-cpb-2015-06-18": WordLayout(
        r"(\d+)\. (.+)",
        "%1.",
        body="run",
        header="Lancashire County Council",
        footer="Corporate Parenting Board 18 June 2015",
    ),
}


def _text(paragraph, text: str) -> None:
    if m := re.fullmatch(r"\*\*(.+)\*\*", text):
        paragraph.add_run(m[1]).bold = True
    elif m := re.fullmatch(r"\*([^*].*)\*", text):
        paragraph.add_run(m[1]).italic = True
    else:
        paragraph.add_run(text)


def word(name: str, layout: WordLayout) -> bytes:
    document = docx.Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    numbering = Numbering(document)
    levels = [_lvl(0, "decimal", layout.heading_text, layout.heading_start, "Heading1")]
    if layout.body == "level":
        levels.append(_lvl(1, "decimal", layout.heading_text.rstrip(".") + ".%2."))
    elif layout.body == "letter":
        levels.append(_lvl(1, "lowerLetter", "(%2)"))
    heading_num = numbering.num(numbering.abstract(levels))
    ppr = document.styles["Heading 1"].element.get_or_add_pPr()
    ppr.insert(0, _num_pr(heading_num, 0))
    own = numbering.abstract([_lvl(0, "decimal", "%1.")])
    body_num = numbering.num(own)
    bullets = numbering.num(numbering.abstract([_lvl(0, "bullet", "\u2022")]))
    count = layout.heading_start - 1
    rows: list[list[str]] = []
    for line in [*_lines(name), ""]:
        if line.startswith("| "):
            rows.append(_cells(line))
            continue
        if rows:
            _table(document, rows)
            rows = []
        if not line.strip():
            continue
        if line.startswith("# "):
            document.add_paragraph(line[2:], style="Title")
        elif line.startswith("## "):
            m = re.fullmatch(layout.heading, line[3:])
            assert m, f"{name}: {line!r}"
            count += 1
            assert int(m[1]) == count, f"{name}: {line!r} is not number {count}"
            document.add_paragraph(m[2], style="Heading 1")
            if layout.body == "restart":
                body_num = numbering.num(own, restart=True)
        elif line.startswith("#. "):
            paragraph = document.add_paragraph()
            _text(paragraph, line[3:])
            if layout.body in ("level", "letter"):
                _numbered(paragraph, heading_num, 1)
            else:
                _numbered(paragraph, body_num, 0)
        elif line.startswith("* "):
            _numbered(document.add_paragraph(line[2:]), bullets, 0)
        else:
            _text(document.add_paragraph(), line)
    section = document.sections[0]
    if layout.header:
        section.header.paragraphs[0].text = layout.header
    footer = section.footer.paragraphs[0]
    if layout.footer:
        footer.add_run(layout.footer + " ")
        _field(footer, "PAGE")
    else:
        footer.add_run("Page ")
        _field(footer, "PAGE")
        footer.add_run(" of ")
        _field(footer, "NUMPAGES")
    document.core_properties.author = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


# ---------------------------------------------------------------- PDF

# name: (running header, left; running header, right)
PDF = {
    "thames-valley-pcp-2021-06-25": (
        "Thames Valley Police and Crime Panel",
        "Minutes – 25 June 2021",
    ),
    "carmarthenshire-council-2023-11-08": (
        "Carmarthenshire County Council",
        "County Council – 8 November 2023",
    ),
    "tetbury-tc-fs-2016-01-18": (
        "Tetbury Town Council",
        "F & S Committee 18th January 2016",
    ),
}

CSS = """
@page {
  size: A4; margin: 28mm 22mm 25mm 22mm;
  @top-left { content: "%s"; font: 9pt Arial, sans-serif; color: #444; }
  @top-right { content: "%s"; font: 9pt Arial, sans-serif; color: #444; }
  @bottom-center {
    content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif;
  }
}
body { font: 11pt Arial, sans-serif; line-height: 1.4; }
p { margin: 0 0 8pt 0; }
h1 { font-size: 13pt; text-align: center; margin: 0 0 6pt 0; }
h2 { font-size: 11pt; margin: 12pt 0 6pt 0; }
h3 { font-size: 11pt; font-style: italic; margin: 8pt 0 4pt 0; }
table { border-collapse: collapse; margin: 0 0 10pt 0; }
td { vertical-align: top; padding: 0 12pt 2pt 0; }
td:first-child { font-weight: bold; width: 40mm; }
"""


def _html(text: str) -> str:
    """A line or a cell as HTML: '**text**' bold, as the Word path sets it."""
    if m := re.fullmatch(r"\*\*(.+)\*\*", text):
        return f"<b>{html.escape(m[1])}</b>"
    return html.escape(text)


def _pdf_html(name: str) -> str:
    left, right = PDF[name]
    body: list[str] = []
    rows: list[list[str]] = []
    for line in [*_lines(name), ""]:
        if line.startswith("| "):
            rows.append(_cells(line))
            continue
        if rows:
            trs = "".join(
                "<tr>" + "".join(f"<td>{_html(c)}</td>" for c in r) + "</tr>" for r in rows
            )
            body.append(f"<table>{trs}</table>")
            rows = []
        if not line.strip():
            continue
        tag = {"# ": "h1", "## ": "h2", "### ": "h3"}
        for mark, name_ in tag.items():
            if line.startswith(mark):
                body.append(f"<{name_}>{html.escape(line[len(mark) :])}</{name_}>")
                break
        else:
            body.append(f"<p>{_html(line)}</p>")
    css = CSS % (left, right)
    return f"<html><head><style>{css}</style></head><body>{''.join(body)}</body></html>"


def cell_lines(html: str) -> str:
    """' // ' in a table's cell a new line in it, as the Word writer makes it a new paragraph of
    the cell: a later set's PDFs through `write`'s `finish` (the thirtieth and thirty-second)."""
    return html.replace(" // ", "<br>")


def write(layouts: dict, pdfs: dict, finish: Callable[[str], str] = lambda html: html) -> None:
    """Each Word file of `layouts`, then each PDF of `pdfs` (its HTML through `finish`), beside
    HERE: a later set that imports this maker points HERE and PDF at its own first."""
    for name, layout in layouts.items():
        (HERE / f"{name}.docx").write_bytes(word(name, layout))
        print(f"{name}.docx")
    for name in pdfs:
        html = finish(_pdf_html(name))
        (HERE / f"{name}.pdf").write_bytes(weasyprint.HTML(string=html).write_pdf())
        print(f"{name}.pdf")


def bulleted(html: str) -> str:
    """A cell's ' // ' a line break, and a '* ' line a bullet ('•') as the PDF prints it."""
    return cell_lines(html).replace("<p>* ", "<p>\u2022 ")


def write_set(layouts: dict, pdfs: dict, texts: tuple[str, ...]) -> None:
    """A later set's files (the thirty-fourth on): its Word files and PDFs through `bulleted`,
    and its text files copied as they are from sources/<name>.txt, beside HERE."""
    global PDF
    PDF = pdfs
    write(layouts, pdfs, bulleted)
    for name in texts:
        shutil.copyfile(HERE / "sources" / f"{name}.txt", HERE / f"{name}.txt")
        print(f"{name}.txt")


def main() -> None:
    write(WORD, PDF)


if __name__ == "__main__":
    main()
