"""A lettered sub-item's title between an item's numbered paragraphs: "1 Procedural Business" /
"(a) Declarations of Substitutes" / "1.1 There were no declarations of Substitutes." / "(b)
Declarations of Interest" / "1.2 There were no declarations ...", as ModernGov's committee
minutes set out the procedural business. Each title is a paragraph of its own, with its letter
as written, not the end of the paragraph above nor text that could not be placed."""

import re

from meetings.minutes.references import PARAGRAPH

# "(b) Declarations of Interest", "c) Exclusion of Press and Public": a letter, then a title of a
# few words, no sentence's end nor a clause's.
_LETTERED_TITLE = re.compile(r"(?P<ref>\(?[a-z]\))\s+(?P<title>[A-Z][^.!?;:,]{2,60})")
_TITLE_WORDS = 8


def lettered_title(text: str, below: str, section: int) -> tuple[str, str] | None:
    """('(b)', 'Declarations of Interest') where `text` is a lettered title and `below`, the
    next line, is a paragraph numbered under section `section` ("1.2 There were ...")."""
    m = _LETTERED_TITLE.fullmatch(text.strip())
    if not m or len(m["title"].split()) > _TITLE_WORDS:
        return None
    paragraph = PARAGRAPH.fullmatch(below.strip())
    if not paragraph or int(paragraph[1]) != section or not (paragraph[4] or paragraph[5]):
        return None
    return m["ref"], m["title"].strip()
