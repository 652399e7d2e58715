"""A sub-heading numbered under its item's reference as written: "3.2.1  Minutes of the quarterly
meeting held on 28 July 2015" in an item written "3.2" (NIFCA), a paragraph whose reference is
"3.2.1" as written, its text after the number; and a paragraph lettered under its item's number,
"5(a) The Clerk reported ..." in item 5, its reference "5(a)" as written."""

import re


def under_section_ref(section_ref: str, text: str) -> tuple[str, str] | None:
    """(reference as written, text) for a line numbered "<section ref>.<n>" where the
    section's reference is itself written with a dot ("3.2"); else None."""
    if "." not in section_ref or not re.fullmatch(r"[\dA-Za-z./]+", section_ref):
        return None
    m = re.fullmatch(rf"(?P<ref>{re.escape(section_ref)}\.\d{{1,3}})\.?\s+(?P<text>\S.*)", text)
    if not m and "/" in section_ref:
        # "6.1 Emergency packs ..." in the item written "E11/12.6": numbered by the item's own
        # number, after the reference's last dot, as the minute's year goes without saying.
        item = section_ref.rpartition(".")[2]
        m = re.fullmatch(rf"(?P<ref>{re.escape(item)}\.\d{{1,3}})\.?\s+(?P<text>\S.*)", text)
    return (m["ref"], m["text"]) if m else None


# "5(a) ", "5 (ii) ": an item's number, then a letter or a small roman numeral in brackets.
_LETTERED = r"\s?\((?:[a-z]|[ivx]{1,4})\)"
# Words past which a line is prose, not a sub-item's title.
_TITLE_WORDS = 12


def lettered_under(section_ref: str, text: str) -> tuple[str, str] | None:
    """(reference as written, text) for "5(a) The Clerk reported ..." in the item written "5":
    a paragraph of that item, where its text is a sentence (ends with a full stop, or runs
    longer than a title); "5(a) Finance", a sub-item's title, is None (read as a heading)."""
    if not re.fullmatch(r"[\dA-Za-z./-]{1,16}", section_ref or ""):
        return None
    if not text.startswith(section_ref):
        return None  # (the pattern below, made for each item, is not compiled for nothing)
    m = re.fullmatch(rf"(?P<ref>{re.escape(section_ref)}{_LETTERED})\s+(?P<text>\S.*)", text)
    if not m:
        return None
    prose = m["text"].rstrip()[-1:] in ".!?" or len(m["text"].split()) > _TITLE_WORDS
    return (m["ref"], m["text"]) if prose else None


# "029 Apologies were received from ...": a minute number running on through the body's year,
# written with its leading zero ("029", "030", ...), then the paragraph; never a time ("0930",
# four figures) nor a count ("29 members", no leading zero).
_RUNNING_NUMBER = re.compile(r"(?P<ref>0\d{2})\s+(?P<text>[A-Z].*)")


def running_minute_number(text: str) -> tuple[str, str] | None:
    """(reference as written, text) for a paragraph opening with a zero-padded minute number."""
    m = _RUNNING_NUMBER.fullmatch(text)
    return (m["ref"], m["text"]) if m else None
