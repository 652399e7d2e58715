"""Word's built-in list styles name their depth: "List Number" is the outer list and "List
Number 2" (or "List Bullet 2", "List 2") the list inside it. A clerk who numbers the items with
"List Number" and their paragraphs with "List Number 2" makes the outer items the minutes'
headings, though no Heading style is used and the number is in styles.xml, not the text."""

import re
from collections.abc import Iterable

_OUTER = re.compile(r"List(?: Number| Bullet)?", re.IGNORECASE)
_INNER = re.compile(r"List(?: Number| Bullet)? [2-9]", re.IGNORECASE)


def nested_lists(style_names: Iterable[str]) -> bool:
    """Whether the document puts paragraphs in an inner list style ("List Number 2")."""
    return any(_INNER.fullmatch(name.strip()) for name in style_names)


def outer_list_heading(style_name: str, text: str, nested: bool) -> bool:
    """An outer list's item ("List Number") over an inner list, with a title's shape: short,
    and no sentence ("Election of Chairman", not "The minutes were signed.")."""
    words = text.split()
    return (
        nested
        and bool(_OUTER.fullmatch(style_name.strip()))
        and 0 < len(words) <= 12
        and text.strip()[-1:] not in ".;,"
    )
