"""The parts of WordprocessingML that the .docx reader and its numbering share: the
namespace, attribute values, and the paragraph styles (heading levels, lists linked to
styles)."""

import functools
import re
from collections.abc import Iterator

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEADING_NAME = re.compile(r"heading ([1-9])", re.IGNORECASE)


@functools.cache  # asked for the same few tags hundreds of thousands of times in a long table
def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_PPR, _PSTYLE, _VAL, _OUTLINE = w("pPr"), w("pStyle"), w("val"), w("outlineLvl")


def first_child(element: etree._Element, tag: str) -> etree._Element | None:
    """`element.find(tag)` for one plain tag: its first child of that tag, or None. lxml's find
    reads its argument as a path at each call, several times slower than this on the few
    children a paragraph or a run has, and a table of thousands of cells asks it for each."""
    for found in element:
        if found.tag == tag:
            return found
    return None


def w_val(element: etree._Element | None, default: str | None = None) -> str | None:
    if element is None:
        return default
    return element.get(_VAL, default)


class Styles:
    """Paragraph styles by id: the heading level each gives, through the styles it is based
    on; and numbering styles, which lists may stand for."""

    def __init__(self, root: etree._Element) -> None:
        self.by_id: dict[str, etree._Element] = {}
        self.numbering: dict[str, etree._Element] = {}
        for style in root.iterchildren(w("style")):
            kind, sid = style.get(w("type")), style.get(w("styleId"))
            if sid and kind == "paragraph":
                self.by_id[sid] = style
            elif sid and kind == "numbering":
                self.numbering[sid] = style
        self.default = next(
            (s for s in self.by_id.values() if s.get(w("default")) in ("1", "true")), None
        )
        # What each style gives, worked out once: a table of thousands of cells asks of the
        # same few styles for every paragraph.
        self._names: dict[str | None, str] = {}
        self._levels: dict[str | None, int | None] = {}

    def chain(self, style_id: str | None) -> Iterator[etree._Element]:
        """The style and those it is based on, nearest first (a loop read once)."""
        style = self.by_id.get(style_id) if style_id else self.default
        seen: set[int] = set()
        while style is not None and id(style) not in seen:
            seen.add(id(style))
            yield style
            style = self.by_id.get(w_val(first_child(style, w("basedOn"))) or "")

    def name(self, paragraph: etree._Element) -> str:
        """The name of the paragraph's style ("heading 1", "toc 2"), or ""."""
        ppr = first_child(paragraph, _PPR)
        style_id = w_val(first_child(ppr, _PSTYLE)) if ppr is not None else None
        if style_id not in self._names:
            style = next(self.chain(style_id), None)
            self._names[style_id] = (
                (w_val(first_child(style, w("name"))) or "") if style is not None else ""
            )
        return self._names[style_id]

    def heading_level(self, paragraph: etree._Element) -> int | None:
        """Heading 1-9 as 1-9, Title as 0; None for body text. An outline level set on the
        paragraph or its style makes a heading of a style with another name."""
        ppr = first_child(paragraph, _PPR)
        if ppr is not None and (level := _outline_level(ppr)) is not None:
            return level
        style_id = w_val(first_child(ppr, _PSTYLE)) if ppr is not None else None
        if style_id not in self._levels:
            self._levels[style_id] = self._style_level(style_id)
        return self._levels[style_id]

    def _style_level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            name = w_val(first_child(style, w("name"))) or ""
            if name.lower() == "title":
                return 0
            if m := _HEADING_NAME.fullmatch(name):
                return int(m[1])
            style_ppr = first_child(style, w("pPr"))
            if style_ppr is not None and (level := _outline_level(style_ppr)) is not None:
                return level
        return None


def _outline_level(ppr: etree._Element) -> int | None:
    value = w_val(first_child(ppr, _OUTLINE))
    # Level 9 is Word's "body text".
    return int(value) + 1 if value and value.isdigit() and int(value) < 9 else None


# Symbol fonts draw their own glyphs at the codes of ordinary characters (Wingdings' "ü" is
# a tick), written either as those codes or as the same codes moved into the private use area
# (U+F0FC). What each draws, for the glyphs minutes use: bullets, ticks and crosses, arrows,
# and the Symbol font's signs. A glyph not listed is left out rather than shown as the letter
# it is coded as.
_SYMBOL = {
    0xB7: "\u2022", 0xB3: "\u2265", 0xA3: "\u2264", 0xB1: "\u00b1", 0xB4: "\u00d7",
    0xB8: "\u00f7", 0xB0: "\u00b0", 0xAE: "\u2192", 0xAC: "\u2190", 0xAD: "\u2191",
    0xAF: "\u2193", 0xA5: "\u221e", 0xB9: "\u2260", 0xBB: "\u2248", 0xD6: "\u221a",
    0x2D: "\u2212", 0x6D: "\u03bc", 0x70: "\u03c0", 0x44: "\u0394", 0x53: "\u03a3",
    0xD2: "\u00ae", 0xD3: "\u00a9", 0xD4: "\u2122", 0xE2: "\u00ae", 0xE3: "\u00a9",
    0xE4: "\u2122", 0xBC: "\u2026", 0xA2: "\u2032", 0xB2: "\u2033", 0xDE: "\u21d2",
    0x20: " ",
}  # fmt: skip
_WINGDINGS = {
    0xFC: "\u2713", 0xFB: "\u2717", 0xFD: "\u2612", 0xFE: "\u2611", 0xA8: "\u2610",
    0x6F: "\u2610", 0x71: "\u2751", 0x78: "\u2612", 0xA7: "\u25aa", 0x6C: "\u25cf",
    0x6E: "\u25a0", 0x9F: "\u2022", 0xA1: "\u25cb", 0xD8: "\u27a2", 0xE0: "\u2192",
    0xE8: "\u2794", 0xF0: "\u21e8", 0x76: "\u2756", 0x4A: "\u263a", 0x20: " ",
}  # fmt: skip
_SYMBOL_FONT = re.compile(r"symbol|wingdings.*|webdings", re.IGNORECASE)


def symbol_text(text: str, font: str) -> str:
    """Text as printed: in a symbol font (Symbol, Wingdings), each glyph as the character it
    draws; elsewhere as it is, but for private-use codes, which only symbol fonts draw."""
    symbol = bool(_SYMBOL_FONT.fullmatch(font.strip()))
    if not symbol and not any("\uf000" <= c <= "\uf0ff" for c in text):
        return text
    table = _SYMBOL if font.strip().lower() == "symbol" or not symbol else _WINGDINGS
    out = []
    for c in text:
        code = ord(c) - 0xF000 if "\uf000" <= c <= "\uf0ff" else ord(c)
        if symbol or "\uf000" <= c <= "\uf0ff":
            out.append(table.get(code, ""))
        else:
            out.append(c)
    return "".join(out)
