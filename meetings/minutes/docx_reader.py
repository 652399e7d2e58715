"""Word documents (.docx) read into blocks. python-docx opens the package and parses its XML;
the body is walked here on lxml, so that no count in the file (a cell's gridSpan, a
nesting depth) sets how much work is done: python-docx's `row.cells` expands every span
into a list, and a 36 KB file asking for a span of two billion held a worker for minutes.
Runs in the sandbox (meetings.minutes.sandbox), never in a web process."""

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from meetings.minutes.blocks import MAX_UNPACKED_MB, Block, Unreadable
from meetings.minutes.numbering import Numbering
from meetings.minutes.wordxml import Styles, w, w_val

MAX_UNPACKED_BYTES = MAX_UNPACKED_MB * 1024 * 1024
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


# Not printed: deleted and moved-away text (changes accepted), field instructions (their
# result is shown), and what a compatibility fallback repeats.
_SKIP = frozenset(
    {
        w("del"), w("moveFrom"), w("delText"), w("instrText"), w("delInstrText"),
        w("pPr"), w("rPr"), w("fldData"), w("drawing"), w("pict"), w("object"),
        f"{{{MC}}}Fallback",
    }
)  # fmt: skip
_CHARACTERS = {w("tab"): "\t", w("ptab"): "\t", w("br"): "\n", w("cr"): "\n"}
_CHARACTERS[w("noBreakHyphen")] = "-"
# Containers of block content whose children are read as if in their place.
_TRANSPARENT = frozenset({w("sdt"), w("sdtContent"), w("customXml"), w("ins"), w("moveTo")})


def read_docx(data: bytes) -> list[Block]:
    _check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        styles = Styles(document.part.styles.element)
        numbering = Numbering(_numbering_root(document), styles)
        margins = {kind: _margin_text(document, kind) for kind in ("header", "footer")}
    except MemoryError:
        raise
    except Exception:
        # Whatever a broken package raises (zipfile, zlib, lxml, python-docx's own errors).
        raise Unreadable("not_word") from None
    # Headers and footers are not in the record, but listed to the clerk as left out.
    return [
        *(Block("furniture", t, reason="the page header") for t in margins["header"]),
        *_blocks(body, styles, numbering),
        *(Block("furniture", t, reason="the page footer") for t in margins["footer"]),
    ]


def _margin_text(document: Any, kind: str) -> list[str]:
    """The text of the document's headers (or footers), each distinct line once."""
    reltype = RT.HEADER if kind == "header" else RT.FOOTER
    texts: dict[str, None] = {}
    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype != reltype:
            continue
        for element in _block_children(rel.target_part.element):
            if element.tag == w("p"):
                text = " ".join(paragraph_text(element).split())
            else:
                text = " | ".join(" ".join(c.split()) for row in _rows_plain(element) for c in row)
            if text:
                texts[text] = None
    return list(texts)


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


def _check_package(data: bytes) -> None:
    """Refuses a zip that is not a plain Word package before anything is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise Unreadable("not_word") from None
    methods = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
    if any(m.flag_bits & 0x1 or m.compress_type not in methods for m in members):
        raise Unreadable("not_word")  # encrypted, or packed in a way Word never writes
    # The sizes are as the package states them; zipfile stops at the stated size and checks
    # the CRC there, so a package that understates them is refused, not unpacked further.
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise Unreadable("unpacks_too_large")


def _block_children(element: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables under `element` in order, through content controls and
    tracked insertions."""
    stack = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag in _TRANSPARENT:
            stack.append(iter(child))


def _blocks(body: etree._Element, styles: Styles, numbering: Numbering) -> Iterator[Block]:
    for element in _block_children(body):
        if element.tag == w("tbl"):
            yield Block("table", rows=_rows(element, styles, numbering))
            continue
        text = paragraph_text(element)
        if not text.strip() and _mark_deleted(element):
            continue  # deleted with its mark: not printed, and not counted in its list
        # Counted in document order, tables included, as Word counts.
        number = numbering.number(element)
        level = styles.heading_level(element)
        if level is None:
            yield Block("paragraph", text, number=number)
        else:
            yield Block("heading", text, level=level, number=number)
        yield from _text_boxes(element)


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
    ppr = paragraph.find(w("pPr"))
    rpr = ppr.find(w("rPr")) if ppr is not None else None
    return rpr is not None and any(rpr.find(w(t)) is not None for t in ("del", "moveFrom"))


def paragraph_text(paragraph: etree._Element) -> str:
    """The paragraph as printed: tracked changes accepted, fields as their results, hidden
    text and what drawings hold left out."""
    parts: list[str] = []
    stack = [iter(paragraph)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif not isinstance(child.tag, str) or child.tag in _SKIP:
            continue  # comments, processing instructions and what is not printed
        elif child.tag == w("t"):
            parts.append(child.text or "")
        elif child.tag in _CHARACTERS:
            parts.append(_CHARACTERS[child.tag])
        elif child.tag == w("r") and _hidden(child):
            continue
        else:
            stack.append(iter(child))
    return "".join(parts)


def _hidden(run: etree._Element) -> bool:
    rpr = run.find(w("rPr"))
    vanish = rpr.find(w("vanish")) if rpr is not None else None
    return vanish is not None and w_val(vanish, "true") not in ("0", "false", "off")


def _rows(
    table: etree._Element, styles: Styles, numbering: Numbering
) -> tuple[tuple[str, ...], ...]:
    """Each row's cells once: a cell spanning columns (gridSpan) is one w:tc and is never
    expanded, and a cell merged down from the row above (vMerge) is left empty."""
    rows = []
    for row in _children(table, "tr"):
        trpr = row.find(w("trPr"))
        if trpr is not None and trpr.find(w("del")) is not None:
            continue
        cells = []
        for cell in _children(row, "tc"):
            tcpr = cell.find(w("tcPr"))
            merge = tcpr.find(w("vMerge")) if tcpr is not None else None
            hmerge = tcpr.find(w("hMerge")) if tcpr is not None else None
            continued = (merge is not None and w_val(merge) != "restart") or (
                hmerge is not None and w_val(hmerge) != "restart"
            )
            cells.append("" if continued else _cell_text(cell, styles, numbering))
        rows.append(tuple(cells))
    return tuple(rows)


def _children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Rows of a table or cells of a row, through content controls around them."""
    for child in element:
        if child.tag == w(tag):
            yield child
        elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
            yield from _children(child, tag)


def _cell_text(cell: etree._Element, styles: Styles, numbering: Numbering) -> str:
    """A cell's paragraphs and any table nested in it, as one line of text."""
    parts = []
    for block in _blocks(cell, styles, numbering):
        if block.kind == "table":
            parts.extend(c for row in block.rows for c in row)
        elif block.kind == "furniture":
            continue  # a text box drawn in the cell, not its text
        else:
            parts.append(" ".join(p for p in (block.number, block.text) if p))
    return " ".join(" ".join(parts).split())
