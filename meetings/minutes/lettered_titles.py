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


# "a) Apologies for Absence", "d. Minutes and actions of previous meetings": a letter closed by a
# bracket or a stop, then a title of a few words.
_SUB_ITEM = re.compile(r"(?P<ref>\(?[a-z][.)])\s+(?P<title>[A-Z][^.!?;:,]{2,60})")
# A paragraph numbered with a figure alone, its sentence after it: "1. The Chairman welcomed ...".
_THROUGH = re.compile(r"\d{1,3}[.)]?\s+[A-Z]\S*(?:\s+\S+){3,}")


def lettered_sub_item(text: str, below: str) -> tuple[str, str] | None:
    """('a', 'Apologies for Absence') where `text` is a lettered title and `below`, the next line,
    a paragraph numbered with a figure alone (paragraphs numbered through the minutes, not under
    the item: "1. The Chairman welcomed ..."); with `below` empty, whether `text` is a letter
    alone ("a"), a sub-item's reference."""
    if not below:
        return ("", "") if re.fullmatch(r"[a-z]", text) else None
    m = _SUB_ITEM.fullmatch(text.strip())
    if not m or len(m["title"].split()) > _TITLE_WORDS or not _THROUGH.fullmatch(below.strip()):
        return None
    return m["ref"].strip("().").strip(), m["title"].strip()
