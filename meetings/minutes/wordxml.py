"""The parts of WordprocessingML that the .docx reader and its numbering share: the
namespace, attribute values, and the paragraph styles (heading levels, lists linked to
styles)."""

import re
from collections.abc import Iterator

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEADING_NAME = re.compile(r"heading ([1-9])", re.IGNORECASE)


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def w_val(element: etree._Element | None, default: str | None = None) -> str | None:
    if element is None:
        return default
    return element.get(w("val"), default)


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

    def chain(self, style_id: str | None) -> Iterator[etree._Element]:
        """The style and those it is based on, nearest first (a loop read once)."""
        style = self.by_id.get(style_id) if style_id else self.default
        seen: set[int] = set()
        while style is not None and id(style) not in seen:
            seen.add(id(style))
            yield style
            style = self.by_id.get(w_val(style.find(w("basedOn"))) or "")

    def heading_level(self, paragraph: etree._Element) -> int | None:
        """Heading 1-9 as 1-9, Title as 0; None for body text. An outline level set on the
        paragraph or its style makes a heading of a style with another name."""
        ppr = paragraph.find(w("pPr"))
        if ppr is not None and (level := _outline_level(ppr)) is not None:
            return level
        style_id = w_val(ppr.find(w("pStyle"))) if ppr is not None else None
        for style in self.chain(style_id):
            name = w_val(style.find(w("name"))) or ""
            if name.lower() == "title":
                return 0
            if m := _HEADING_NAME.fullmatch(name):
                return int(m[1])
            style_ppr = style.find(w("pPr"))
            if style_ppr is not None and (level := _outline_level(style_ppr)) is not None:
                return level
        return None


def _outline_level(ppr: etree._Element) -> int | None:
    value = w_val(ppr.find(w("outlineLvl")))
    # Level 9 is Word's "body text".
    return int(value) + 1 if value and value.isdigit() and int(value) < 9 else None
