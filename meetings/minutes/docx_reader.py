"""Word documents (.docx) read into blocks. python-docx opens the package and parses its XML;
the body is walked here on lxml, so that no count in the file (a cell's gridSpan, a
nesting depth) sets how much work is done: python-docx's `row.cells` expands every span
into a list, and a 36 KB file asking for a span of two billion held a worker for minutes.
Runs in the sandbox (meetings.minutes.sandbox), never in a web process."""

import dataclasses
import io
import itertools
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.parser import parse_xml
from lxml import etree

from meetings.minutes.attendance import read_kind_heading
from meetings.minutes.blocks import (
    XML_MEMBER,
    Block,
    Unreadable,
    item_header,
    side_by_side_lists,
    unpacks_too_large,
    without_row_numbers,
)
from meetings.minutes.files import MAX_DOCX_PARAGRAPHS
from meetings.minutes.item_tables import (
    item_table_blocks,
    item_table_columns,
    named_by_rows,
    short_line,
)
from meetings.minutes.list_styles import nested_lists, outer_list_heading
from meetings.minutes.numbering import Numbering
from meetings.minutes.wordxml import Styles, first_child, symbol_text, w, w_val

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


# Not printed: deleted and moved-away text (changes accepted), field instructions (their
# result is shown), footnote and comment marks.
_SKIP = frozenset(
    {
        w("del"), w("moveFrom"), w("delText"), w("instrText"), w("delInstrText"),
        w("pPr"), w("rPr"), w("fldData"), w("drawing"), w("pict"), w("object"),
    }
)  # fmt: skip
_CHARACTERS = {w("tab"): "\t", w("ptab"): "\t", w("br"): "\n", w("cr"): "\n"}
_CHARACTERS[w("noBreakHyphen")] = "-"
# Containers of block content whose children are read as if in their place.
_TRANSPARENT = frozenset({w("sdt"), w("sdtContent"), w("customXml"), w("ins"), w("moveTo")})
_ALTERNATIVES = f"{{{MC}}}AlternateContent"
# Paragraph styles of a table of contents ("TOC 1"...), which repeats the headings.
_CONTENTS_STYLE = re.compile(r"toc [1-9]|table of figures", re.IGNORECASE)


def read_docx(data: bytes) -> list[Block]:
    try:
        package = _xml_only(data)
        document = docx.Document(io.BytesIO(package))
        body = first_child(_plain_root(document, package), w("body"))
        styles = Styles(document.part.styles.element)
        numbering = Numbering(_numbering_root(document), styles)
        margins = {kind: _margin_text(document, kind) for kind in _MARGINS}
    except (MemoryError, Unreadable):
        raise
    except Exception:
        # Whatever a broken package raises (zipfile, zlib, lxml, python-docx's own errors).
        raise Unreadable("not_word") from None
    # Headers, footers and notes are not in the record, but listed to the clerk as left out.
    return [
        *(Block("furniture", t, reason="the page header") for t in margins["header"]),
        *_blocks(body, styles, numbering),
        *(Block("furniture", t, reason="the page footer") for t in margins["footer"]),
        *(Block("furniture", t, reason="a footnote") for t in margins["footnote"]),
        *(Block("furniture", t, reason="an endnote") for t in margins["endnote"]),
    ]


# The parser python-docx reads each part with (docx.oxml.parser), without its element classes.
_PLAIN_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def _plain_root(document: Any, package: bytes) -> etree._Element:
    """The main document part's XML as python-docx parsed it, the same bytes by the same
    parser settings, but as plain lxml elements: python-docx makes each element it hands out
    an instance of its own classes, and walking a table of thousands of cells made as many
    of them that the reader never uses (a fifth of its time)."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        blob = archive.read(document.part.partname.membername)
    return etree.fromstring(blob, _PLAIN_PARSER)


_MARGINS = {
    "header": RT.HEADER,
    "footer": RT.FOOTER,
    "footnote": RT.FOOTNOTES,
    "endnote": RT.ENDNOTES,
}


def _margin_text(document: Any, kind: str) -> list[str]:
    """The text of the document's headers (or footers, footnotes, endnotes), each distinct
    line once."""
    texts: dict[str, None] = {}
    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype != _MARGINS[kind]:
            continue
        part = rel.target_part
        root = part.element if hasattr(part, "element") else parse_xml(part.blob)
        for element in _block_children(_notes(root) if kind in ("footnote", "endnote") else root):
            if element.tag == w("p"):
                text = " ".join(paragraph_text(element).split())
            else:
                text = " | ".join(" ".join(c.split()) for row in _rows_plain(element) for c in row)
            if text:
                texts[text] = None
    return list(texts)


def _notes(root: etree._Element) -> etree._Element:
    """The notes of a footnotes (or endnotes) part without the separators Word keeps there."""
    notes = etree.Element("notes")
    for note in root:
        if note.get(w("type")) in (None, "normal"):
            notes.extend(note)
    return notes


def _rows_plain(table: etree._Element) -> Iterator[list[str]]:
    for row in _children(table, "tr"):
        yield [
            " ".join(paragraph_text(p) for p in cell.iter(w("p"))) for cell in _children(row, "tc")
        ]


def _numbering_root(document: Any) -> etree._Element | None:
    # python-docx's numbering_part cannot make one for a document that has none.
    try:
        return document.part.part_related_by(RT.NUMBERING).element
    except KeyError:
        return None


def _xml_only(data: bytes) -> bytes:
    """The package with only its XML unpacked, each other member (a picture, an embedded
    file, a font) left empty unread; a zip that is not a plain Word package is refused before
    anything is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            methods = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
            if any(m.flag_bits & 0x1 or m.compress_type not in methods for m in members):
                raise Unreadable("not_word")  # encrypted, or packed in a way Word never writes
            if unpacks_too_large(members):
                raise Unreadable("unpacks_too_large")
            xml = [m for m in members if XML_MEMBER.fullmatch(m.filename)]
            unpacked = {id(m) for m in xml}
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
                for member in members:
                    read = id(member) in unpacked and not member.is_dir()
                    part = archive.read(member) if read else b""
                    if member.filename == "word/document.xml" and _too_many_paragraphs(part):
                        raise Unreadable("docx_too_many_paragraphs")
                    copy.writestr(member.filename, part)
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError):
        raise Unreadable("not_word") from None
    return out.getvalue()


# A paragraph's opening tag, whatever prefix the file gives Word's namespace ("<w:p>", "<w:p
# w:rsidR=...>"), never "<w:pPr>".
_PARAGRAPH_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s>/]")


def _too_many_paragraphs(document: bytes) -> bool:
    """Whether the document's text has more paragraphs than minutes run to, counted in its
    bytes before anything is parsed: refused at once, not read until the time limit."""
    found = itertools.islice(_PARAGRAPH_TAG.finditer(document), MAX_DOCX_PARAGRAPHS, None)
    return next(found, None) is not None


def _block_children(element: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables under `element` in order, through content controls, tracked
    insertions and one branch of alternate content."""
    stack = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag in _TRANSPARENT and not _placeholder(child):
            stack.append(iter(child))
        elif child.tag == _ALTERNATIVES:
            stack.append(iter(_branch(child)))


def _branch(alternatives: etree._Element) -> etree._Element:
    """The one branch of mc:AlternateContent that is read: its first choice (what current
    Word writes and shows), or its fallback where it has none; never two, which repeat each
    other."""
    for tag in ("Choice", "Fallback"):
        if (branch := alternatives.find(f"{{{MC}}}{tag}")) is not None:
            return branch
    return etree.Element("empty")


def _placeholder(control: etree._Element) -> bool:
    """A content control showing its placeholder ("Click or tap here to enter text."), which
    the template wrote, not the clerk."""
    props = first_child(control, w("sdtPr")) if control.tag == w("sdt") else None
    return props is not None and first_child(props, w("showingPlcHdr")) is not None


def _blocks(body: etree._Element, styles: Styles, numbering: Numbering) -> Iterator[Block]:
    nested = nested_lists(styles.name(p) for p in body.iter(w("p")))  # "List Number 2" used
    # A heading that is only its list number ("Agenda item 3"), until the next paragraph
    # shows whether it is the heading's title.
    held: Block | None = None
    started = False  # whether any of the document's text has come yet
    children = list(_block_children(body))
    # Where the last paragraph in a heading style stands, and whether the last such heading was
    # numbered: a bold line between numbered items is a sub-heading inside the item above.
    last_styled = max(
        (k for k, e in enumerate(children) if e.tag == w("p") and styles.heading_level(e)),
        default=-1,
    )
    in_numbered_item = False
    for at, element in enumerate(children):
        if held is not None:
            if element.tag == w("p") and _title_under(element, styles):
                text = " ".join(paragraph_text(element).split())
                yield dataclasses.replace(held, text=text)
                held = None
                continue
            yield held
            held = None
        if element.tag == w("tbl") and (items := _item_table(element, styles, numbering)):
            started = True
            yield from items
            continue
        if element.tag == w("tbl") and (columns := _labelled_columns(element)):
            started = True
            for column in columns:  # "Present: | In attendance:" over a name a paragraph
                for cell in column:
                    yield from _blocks(cell, styles, numbering)
            continue
        if element.tag == w("tbl") and _layout(element, styles):
            started = True
            yield from _layout_blocks(element, styles, numbering)
            continue
        if element.tag == w("tbl") and (titled := _titled_rows(element)):
            started = True
            yield from titled
            continue
        if element.tag == w("tbl"):
            started = True
            rows = without_row_numbers(_rows(element, styles, numbering))
            # Two lists side by side are two tables, one after the other.
            yield from (Block("table", rows=part) for part in side_by_side_lists(rows))
            continue
        text = paragraph_text(element)
        if not started and not text.strip() and (letterhead := _letterhead(element)):
            # The body's name in a text box at the top of the first page, before any text:
            # the document's title, not a box beside the text.
            started = True
            yield Block("heading", letterhead, level=0)
            continue
        started = started or bool(text.strip())
        if not text.strip() and _mark_deleted(element):
            continue  # deleted with its mark: not printed, and not counted in its list
        if _CONTENTS_STYLE.fullmatch(styles.name(element)):
            if text.strip():
                yield Block("furniture", text, reason="the table of contents")
            continue
        # Counted in document order, tables included, as Word counts.
        number = numbering.number(element)
        level = styles.heading_level(element)
        if level is None and outer_list_heading(styles.name(element), text, nested):
            level = 1  # "List Number" items over "List Number 2" paragraphs: the headings
        if level is not None:
            in_numbered_item = bool(number or _TYPED_NUMBER.match(text.strip()))
        # A bold line under a numbered item, more numbered items after it ("Matters arising"
        # under "1. Minutes & Matters Arising"): the item's sub-heading, kept as its paragraph,
        # not an item taking the paragraphs under it.
        sub_heading = in_numbered_item and at < last_styled
        if level is None and not number and not sub_heading and _bold_title(element, styles, text):
            # An item's title set in bold in a body paragraph, no heading style: a heading.
            yield Block("heading", text, level=2)
        elif level is None:
            yield Block("paragraph", text, number=number)
        elif number and not text.strip():
            held = Block("heading", text, level=level, number=number)
        else:
            yield Block("heading", text, level=level, number=number)
        yield from _text_boxes(element)
    if held is not None:
        yield held


# A heading's number typed before its title: "1.", "4.2", "3)".
_TYPED_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*[.)]?\s")


def _title_under(paragraph: etree._Element, styles: Styles) -> bool:
    """Whether a paragraph under a heading that is only its number ("Agenda item 3") is that
    heading's title: short, bold throughout, not numbered itself, not a sentence."""
    text = " ".join(paragraph_text(paragraph).split())
    return (
        bool(text)
        and len(text.split()) <= 15
        and not text.endswith(".")
        and styles.heading_level(paragraph) is None
        and not _list_item(paragraph, styles)
        and _bold(paragraph, styles)
    )


def _bold_title(paragraph: etree._Element, styles: Styles, text: str) -> bool:
    """Whether a body paragraph (its text as printed) is a title set in bold: a few words,
    bold throughout, not a sentence or a label (no full stop or colon at its end), in no list
    and in no table (a cell's bold line is the cell's own sub-heading)."""
    text = " ".join(text.split())
    return (
        bool(text)
        and not any(a.tag == w("tc") for a in paragraph.iterancestors())
        and len(text.split()) <= 10
        and not text.endswith((".", ";", ","))
        and not (text.endswith(":") and not _title_colon(text))
        and not _list_item(paragraph, styles)
        and _bold(paragraph, styles)
    )


def _title_colon(text: str) -> bool:
    """Whether a bold line ending with a colon ('Approval of Minutes:', 'Matters Arising:') is
    an item's title, not a label over what follows ('Present:', 'Action:', 'Resolved:'): two
    words or more, and no kind of attendance."""
    title = text.removesuffix(":").strip()
    return len(title.split()) >= 2 and read_kind_heading(text, ()) is None


def _list_item(paragraph: etree._Element, styles: Styles) -> bool:
    """Whether a paragraph is in a list, by its own numbering or its style's."""
    ppr = first_child(paragraph, w("pPr"))
    if ppr is not None and first_child(ppr, w("numPr")) is not None:
        return True
    style_id = w_val(first_child(ppr, w("pStyle"))) if ppr is not None else None
    return any(s.find(f"{w('pPr')}/{w('numPr')}") is not None for s in styles.chain(style_id))


def _bold(paragraph: etree._Element, styles: Styles) -> bool:
    """Whether every run of text in a paragraph is bold, by the run or by its style."""
    ppr = first_child(paragraph, w("pPr"))
    style_id = w_val(first_child(ppr, w("pStyle"))) if ppr is not None else None
    style_bold = any(_on(s.find(f"{w('rPr')}/{w('b')}")) for s in styles.chain(style_id))
    runs = [
        r for r in paragraph.iter(w("r")) if any((t.text or "").strip() for t in r.iter(w("t")))
    ]
    return bool(runs) and all(_on(r.find(f"{w('rPr')}/{w('b')}"), style_bold) for r in runs)


def _on(toggle: etree._Element | None, default: bool = False) -> bool:
    if toggle is None:
        return default
    return w_val(toggle, "true") not in ("0", "false", "off")


def _letterhead(paragraph: etree._Element) -> str:
    """The text of a paragraph's text box where it names the body (words, not a stamp such as
    "DRAFT"), or ""."""
    for block in _text_boxes(paragraph):
        words = re.findall(r"[^\W\d_]{2,}", block.text)
        if len(words) >= 2:
            return block.text
    return ""


def _layout(table: etree._Element, styles: Styles) -> bool:
    """Whether a table only lays the minutes out on the page, rather than holding data in
    rows and columns: all its text in one cell (the whole minutes in a box), a heading in a
    cell, at most two columns with a label beside a cell of several paragraphs ("Present"
    beside a name a paragraph), or minute numbers down the first of two columns beside their
    minutes. A cell of several paragraphs beside another such, or beside more than a label
    (an action beside its owner), is a table's."""
    rows = [list(_children(row, "tc")) for row in _children(table, "tr")]
    cells = [cell for row in rows for cell in row]
    # Up to the second cell with text: a table of thousands of cells is not read twice here.
    filled = (c for c in cells if any(paragraph_text(p).strip() for p in c.iter(w("p"))))
    if len(list(itertools.islice(filled, 2))) == 1:
        return True
    if any(styles.heading_level(p) is not None for c in cells for p in _block_children(c)):
        return True
    if max((len(row) for row in rows), default=0) > 2:
        return False
    if any(len(row) == 2 and _label(row[0]) and _paragraphs(row[1]) > 2 for row in rows):
        return True
    numbered = [row for row in rows if len(row) == 2 and _reference_cell(row[0])]
    return len(numbered) >= 2 and 2 * len(numbered) >= len(rows)


def _item_table(table: etree._Element, styles: Styles, numbering: Numbering) -> list[Block]:
    """The blocks of a table of items under an "Item | Minute | Action" header, each row an
    item (item_tables.py); [] for any other table, which only its header row is read for."""
    rows = [list(_children(row, "tc")) for row in _children(table, "tr")]
    header = [" ".join(paragraph_text(p) for p in c.iter(w("p"))) for c in rows[0]] if rows else []
    if header and _span(rows[0][0]) == 2 and len(rows) > 1 and len(rows[1]) == len(header) + 1:
        # "ITEM" spanning the number's column and the minute's, "ACTION" beside: the rows
        # below have a cell for each, and the header names the minute's column by its span.
        header.insert(1, "Minute")
    firsts = [" ".join(paragraph_text(p) for p in row[0].iter(w("p"))) for row in rows[1:] if row]
    columns = item_table_columns(named_by_rows(header, firsts))
    if columns is None:
        return []
    cells = [[list(_blocks(c, styles, numbering)) for c in row] for row in rows[1:]]
    titles = [[_first_bold(c, styles) for c in row] for row in rows[1:]]
    titles = [t + [False] * (columns[1] + 1 - len(t)) for t in titles]
    return list(item_table_blocks(cells, columns, titles))


def _labelled_columns(table: etree._Element) -> list[list[etree._Element]] | None:
    """Lists of people side by side under a row of their labels ("Present: | In attendance:"),
    a name a paragraph in the cells below: the cells column by column, each label over its
    names, as if the lists stood one after the other; None for any other table."""
    first = next(_children(table, "tr"), None)
    labels = list(_children(first, "tc")) if first is not None else []
    for cell in labels:  # the first row only, before the rest: a long table is read once
        label = " ".join(paragraph_text(p) for p in cell.iter(w("p"))).strip()
        heading = read_kind_heading(label, ()) if label else None
        if heading is None or heading.people:
            return None
    rows = [list(_children(row, "tc")) for row in _children(table, "tr")]
    if len(rows) < 2 or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows):
        return None
    if not any(_paragraphs(cell) > 1 for row in rows[1:] for cell in row):
        return None
    return [[row[k] for row in rows] for k in range(len(rows[0]))]


# Who does an item's actions, in the cell beside it: initials or a short name ("JM", "AW/SL").
_OWNER_CELL = re.compile(r"[A-Z][A-Za-z.]{0,12}(?:\s*[/,&]?\s*[A-Z][A-Za-z.]{0,12}){0,2}")


def _titled_rows(table: etree._Element) -> list[Block]:
    """Minutes as a table with no numbers, an item a row: the item's title the first paragraph
    of its cell, its minute the paragraphs under it, who does its actions in the cell beside
    ("Welcome/Introductions / AW welcomed all ... | JM"): the title as a heading and the minute
    as its paragraphs, the owner kept as an action line unless the minute names them already.
    [] for any other table."""
    rows = [list(_children(row, "tc")) for row in _children(table, "tr")]
    if len(rows) < 2 or any(len(row) != 2 for row in rows):
        return []
    items = []
    for text_cell, owner_cell in rows:
        texts = [t for p in _block_children(text_cell) if (t := paragraph_text(p).strip())]
        owner = " ".join(paragraph_text(p) for p in owner_cell.iter(w("p"))).strip()
        title = texts[0] if texts else ""
        if (
            len(texts) < 2
            or not 0 < len(title.split()) <= 6
            or not title[:1].isupper()
            or title[-1:] in ".,;:"
            or (owner and not _OWNER_CELL.fullmatch(owner))
        ):
            return []
        items.append((texts, owner))
    blocks = []
    for texts, owner in items:
        blocks.append(Block("heading", texts[0], level=2))
        blocks += [Block("paragraph", text) for text in texts[1:]]
        if owner and not any(owner in text for text in texts[1:]):
            blocks.append(Block("paragraph", f"Action: {owner}"))
    return blocks


def _span(cell: etree._Element) -> int:
    """The columns a cell spans (gridSpan), as a small number: never used to expand a row."""
    span = cell.find(f"{w('tcPr')}/{w('gridSpan')}")
    value = w_val(span) if span is not None else None
    return int(value) if value and value.isdigit() and len(value) <= 2 else 1


def _first_bold(cell: etree._Element, styles: Styles) -> bool:
    """Whether a cell's first paragraph with text is set in bold."""
    for paragraph in cell.iter(w("p")):
        if paragraph_text(paragraph).strip():
            return _bold(paragraph, styles)
    return False


def _paragraphs(cell: etree._Element) -> int:
    return sum(1 for p in _block_children(cell) if paragraph_text(p).strip())


def _label(cell: etree._Element) -> bool:
    """A cell holding a label ("Present:", "Apologies") or nothing: one short paragraph."""
    texts = [t for p in _block_children(cell) if (t := paragraph_text(p).strip())]
    return len(texts) <= 1 and all(len(t.split()) <= 5 for t in texts)


# A minute's reference alone in a cell: "1.", "4.3", "23/45", "Item 4", "(a)", "IV".
_REFERENCE = re.compile(
    r"(?:(?:item|min(?:ute)?)\.?\s*)?(?=[\w(]*\d|[ivx]+\b|\([a-z]\))[\w()./-]{1,16}[.:)]?",
    re.IGNORECASE,
)


def _reference_cell(cell: etree._Element) -> bool:
    paragraphs = list(_block_children(cell))
    texts = [t for p in paragraphs if p.tag == w("p") and (t := paragraph_text(p).strip())]
    if not texts:
        # Numbered by Word: the cell's paragraph holds no text, only its list number.
        return any(p.find(f"{w('pPr')}/{w('numPr')}") is not None for p in paragraphs)
    return len(texts) == 1 and bool(_REFERENCE.fullmatch(texts[0]))


def _layout_blocks(table: etree._Element, styles: Styles, numbering: Numbering) -> Iterator[Block]:
    """A layout table's blocks, row by row and cell by cell, as if the table were not there;
    a reference alone in a row's first cell numbers the block the next cell starts with."""
    for row in _children(table, "tr"):
        reference = ""
        for cell in _children(row, "tc"):
            blocks = list(_blocks(cell, styles, numbering))
            texts = [b for b in blocks if b.kind in ("paragraph", "heading")]
            if (
                not reference
                and len(blocks) == len(texts) == 1
                and _REFERENCE.fullmatch(
                    label := " ".join(p for p in (texts[0].number, texts[0].text.strip()) if p)
                )
            ):
                reference = label
                continue
            if reference and blocks and blocks[0].kind != "table" and not blocks[0].number:
                blocks[0] = dataclasses.replace(blocks[0], number=reference)
                reference = ""
            yield from blocks
        if reference:
            yield Block("paragraph", reference)


def _text_boxes(paragraph: etree._Element) -> Iterator[Block]:
    """What a paragraph's text boxes hold, listed as left out: Word shows a text box where
    it is drawn, apart from the text's flow (a logo's words, a "DRAFT" stamp, a sidebar)."""
    for box in paragraph.iter(w("txbxContent")):
        if any(a.tag in (w("txbxContent"), f"{{{MC}}}Fallback") for a in box.iterancestors()):
            continue  # a box in a box is in its text; a fallback repeats the drawing's box
        text = " ".join(
            " ".join(paragraph_text(p).split()) for p in box.iter(w("p")) if paragraph_text(p)
        )
        if text.strip():
            yield Block("furniture", text, reason="a text box")


def _mark_deleted(paragraph: etree._Element) -> bool:
    ppr = first_child(paragraph, w("pPr"))
    rpr = first_child(ppr, w("rPr")) if ppr is not None else None
    return rpr is not None and any(first_child(rpr, w(t)) is not None for t in ("del", "moveFrom"))


def paragraph_text(paragraph: etree._Element) -> str:
    """The paragraph as printed: tracked changes accepted, fields as their results (a field
    inside another's instruction is part of the instruction), one branch of alternate
    content, characters of symbol fonts as the characters they draw, soft hyphens, hidden
    text, placeholders and what drawings hold left out."""
    parts: list[str] = []
    # For each complex field open here, whether its result (not its instruction) is read.
    fields: list[bool] = []
    stack: list[tuple[Iterator[etree._Element], str]] = [(iter(paragraph), "")]
    while stack:
        child = next(stack[-1][0], None)
        font = stack[-1][1] if stack else ""
        shown = all(fields)
        if child is None:
            stack.pop()
        elif not isinstance(child.tag, str) or child.tag in _SKIP or _placeholder(child):
            continue  # comments, processing instructions and what is not printed
        elif child.tag == w("fldChar"):
            _field_mark(child.get(w("fldCharType")), fields)
        elif child.tag == w("t"):
            text = (child.text or "").replace("\u00ad", "")
            parts.append(symbol_text(text, font) if shown else "")
        elif child.tag == w("sym"):
            char = child.get(w("char"), "")
            parts.append(symbol_text(_sym_char(char), child.get(w("font"), "")) if shown else "")
        elif child.tag in _CHARACTERS:
            parts.append(_CHARACTERS[child.tag] if shown else "")
        elif child.tag == w("r"):
            if not _hidden(child):
                stack.append((iter(child), _run_font(child)))
        elif child.tag == _ALTERNATIVES:
            stack.append((iter(_branch(child)), font))
        else:
            stack.append((iter(child), font))
    return "".join(parts)


def _field_mark(kind: str | None, fields: list[bool]) -> None:
    if kind == "begin":
        fields.append(False)
    elif kind == "separate" and fields:
        fields[-1] = True
    elif kind == "end" and fields:
        fields.pop()


def _sym_char(code: str) -> str:
    try:
        return chr(int(code, 16))
    except ValueError:
        return ""


def _run_font(run: etree._Element) -> str:
    rpr = first_child(run, w("rPr"))
    fonts = first_child(rpr, w("rFonts")) if rpr is not None else None
    if fonts is None:
        return ""
    return fonts.get(w("ascii")) or fonts.get(w("hAnsi")) or fonts.get(w("cs")) or ""


def _hidden(run: etree._Element) -> bool:
    rpr = first_child(run, w("rPr"))
    vanish = first_child(rpr, w("vanish")) if rpr is not None else None
    return vanish is not None and w_val(vanish, "true") not in ("0", "false", "off")


def _rows(
    table: etree._Element, styles: Styles, numbering: Numbering
) -> tuple[tuple[str, ...], ...]:
    """Each row's cells once: a cell spanning columns (gridSpan) is one w:tc and is never
    expanded, and a cell merged down from the row above (vMerge) is left empty."""
    rows: list[tuple[str, ...]] = []
    for row in _children(table, "tr"):
        trpr = first_child(row, w("trPr"))
        if trpr is not None and first_child(trpr, w("del")) is not None:
            continue
        cells: list[list[Block]] = []
        for cell in _children(row, "tc"):
            tcpr = first_child(cell, w("tcPr"))
            merge = first_child(tcpr, w("vMerge")) if tcpr is not None else None
            hmerge = first_child(tcpr, w("hMerge")) if tcpr is not None else None
            continued = (merge is not None and w_val(merge) != "restart") or (
                hmerge is not None and w_val(hmerge) != "restart"
            )
            cells.append([] if continued else list(_blocks(cell, styles, numbering)))
        rows.extend((rows and _titled_item_row(rows[0], cells)) or _line_for_line(cells))
    return tuple(rows)


def _titled_item_row(header: tuple[str, ...], row: list[list[Block]]) -> list[tuple[str, ...]]:
    """Under an "Agenda Item |  | Lead" header, a row of the item's number, its title and minute
    as the paragraphs of one cell, and who leads it ("1 | Welcome and apologies / Paul welcomed
    everyone ... | PR"), as the rows the same minutes give the title and the minute ("1 | Welcome
    and apologies | PR" over " | Paul welcomed ... | "), each paragraph a row: who leads the item
    presents it (item_rows.py); [] for any other row."""
    if not item_header(header) or len(row) != len(header) or len(row) < 3:
        return []
    middle = [b for cell in row[1:-1] for b in cell if b.kind != "furniture"]
    number = _blocks_text(row[0])
    if not (re.fullmatch(r"\d{1,3}\.?", number) and len(middle) >= 2):
        return []
    title = middle[0]
    if title.kind == "table" or title.number or not short_line(title.text):
        return []
    blank = ("",) * (len(row) - 2)
    return [(number, title.text.strip(), *blank[1:], _blocks_text(row[-1]))] + [
        ("", _blocks_text([b]), *blank[1:], "") for b in middle[1:] if _blocks_text([b])
    ]


# A line of a column of names or bodies is short: a name, a post, a body.
_LINE_WORDS = 10


def _line_for_line(row: list[list[Block]]) -> list[tuple[str, ...]]:
    """A row's cells (each its blocks) as text, or as a row a line where two or more of its
    cells hold the same number of short paragraphs, line for line ("Attendees | a name a line
    | each one's body a line"), and the rest at most one (a label): the label stays on the
    first line's row."""
    cells = [_blocks_text(blocks) for blocks in row]
    lines = []
    for blocks, text in zip(row, cells, strict=True):
        texts = [_blocks_text([b]) for b in blocks]
        if any(b.kind == "table" for b in blocks):
            texts = [text]
        lines.append([t for t in texts if t])
    counts = {len(t) for t in lines if len(t) > 1}
    if (
        len(counts) != 1
        or sum(1 for t in lines if len(t) > 1) < 2
        or any(len(t.split()) > _LINE_WORDS for c in lines for t in c)
    ):
        return [tuple(cells)]
    (count,) = counts
    return [
        tuple(
            (c[k] if len(c) > 1 else (text if k == 0 else ""))
            for c, text in zip(lines, cells, strict=False)
        )
        for k in range(count)
    ]


def _children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Rows of a table or cells of a row, through content controls around them."""
    wanted = w(tag)
    for child in element:
        if child.tag == wanted:
            yield child
        elif child.tag in _CONTROLS:
            yield from _children(child, tag)


_CONTROLS = frozenset({w("sdt"), w("sdtContent"), w("customXml")})


def _blocks_text(blocks: list[Block]) -> str:
    """A cell's paragraphs and any table nested in it (its blocks), as one line of text."""
    parts = []
    for block in blocks:
        if block.kind == "table":
            parts.extend(c for row in block.rows for c in row)
        elif block.kind == "furniture":
            continue  # a text box drawn in the cell, not its text
        else:
            parts.append(" ".join(p for p in (block.number, block.text) if p))
    return " ".join(" ".join(parts).split())
