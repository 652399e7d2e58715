"""Business not for publication, as minutes mark it: the one rule the reader follows to mark
a section restricted (withheld from the public page, files, feed and API).

Minutes say it in many ways: "(restricted)", "exempt item", "(exempt)", "not for publication
by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972",
"considered in private", "in closed session", "Reserved Business" (Scottish bodies),
"confidential", "commercially sensitive", "private session"; or once, for every item after
it: a resolution to exclude the press and public, or a heading "Part II" / "Part B". A section
is restricted where its title or its first paragraph says so, or where it follows such a
resolution or heading (until the public are let back in); each one marked so is a line to
check, so the clerk sees it before creating the record. Marking too much is the safe way
wrong: the clerk can make a section public, but published exempt business cannot be taken
back."""

from __future__ import annotations

import re
from typing import Any

from meetings.minutes.keywords import Keywords
from meetings.minutes.lines import Line, Problem

# Written at the start or end of a title or paragraph, and taken out of it: the form PROB's
# own export writes ("4. Title (restricted)", "(restricted) Text").
_TAKEN = (
    r"(?:\(restricted\)|\[restricted\]|\(not for publication\)"
    r"|[-\u2013\u2014]\s*not for publication)"
)
_TAKEN_START = re.compile(rf"{_TAKEN}[\s:]*", re.IGNORECASE)
_TAKEN_END = re.compile(rf"\s*{_TAKEN}$", re.IGNORECASE)

# Said anywhere in a title or an item's first paragraph; the words stay as written.
_SAYS = re.compile(
    r"\(restricted\)|\[restricted\]"
    r"|\bexempt\s+(?:items?|business|reports?|information|matters?|session)\b"
    r"|\(exempt\)|\[exempt\]|^exempt\b|\bexempt$"
    r"|\bnot\s+for\s+(?:public(?:ation)?|press\s+or\s+public)\b"
    r"|\bschedule\s+12\s*a\b"
    r"|\b(?:considered|held|taken|heard|discussed|conducted|dealt\s+with|continued)"
    r"\s+in\s+(?:private|camera|closed\s+session)\b"
    r"|\bin\s+closed\s+session\b|\bclosed\s+session\b"
    r"|\b(?:private|confidential)\s+(?:session|business|items?)\b"
    r"|\breserved\s+business\b"
    r"|\bconfidential\b(?!\s+reporting)"
    r"|\bcommercially\s+(?:sensitive|confidential)\b",
    re.IGNORECASE,
)
# A word of each of _SAYS's alternatives: a line with none of them is not searched. They are
# looked for in text whose white space is single spaces, as "\s+" then matches: "not for",
# not "not" (a long paragraph that says "not", or a table's "schedule of payments", is not
# searched for each of _SAYS's alternatives at each of its characters).
_SAYS_WORDS = Keywords(
    "restricted", "exempt", "not for", "schedule 12", "private", "camera", "closed session",
    "confidential", "reserved business", "commercially",
)  # fmt: skip

# A heading that opens the private part of the meeting: "Part II", "PART B - Exempt items".
_PRIVATE_PART = re.compile(r"^part\s*(?:ii|2|b|two)\b(?!\s*(?:of|to)\b)", re.IGNORECASE)
# The resolution that the press and public leave: "Exclusion of the Press and Public",
# "RESOLVED that the press and public be excluded from the meeting for the following item".
_EXCLUSION = re.compile(
    r"\bexclu(?:sion|ding|de)\s+(?:of\s+)?(?:the\s+)?(?:press\s+and\s+(?:the\s+)?public"
    r"|public\s+and\s+(?:the\s+)?press|public)\b"
    r"|\b(?:resolution|resolved|agreed|decided)\s+to\s+(?:meet|move|go)\s+(?:in|into)\s+"
    r"(?:closed|private)\s+session\b"
    r"|\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press|public)"
    r"\s+(?:be|were|was|are|is)\s+excluded\b",
    re.IGNORECASE,
)
_EXCLUSION_WORDS = Keywords("exclu", "session")  # a word of each of _EXCLUSION's alternatives
# Either's, and _PRIVATE_PART's "part": a paragraph with none of them neither excludes the
# public nor says it is restricted.
_PRIVATE_WORDS = Keywords(*_SAYS_WORDS.words, *_EXCLUSION_WORDS.words, "part")
# "There were no items requiring the exclusion of the press and public": no exclusion.
_NOT = re.compile(r"\b(?:no|not|none|nil)\b", re.IGNORECASE)
# The public let back in: the items after are public again.
_READMITTED = re.compile(
    r"\bre-?admitted\b|\bre-?joined\s+the\s+meeting\b"
    r"|\breturned\s+to\s+(?:the\s+)?(?:public|open)\s+(?:session|meeting|part)\b"
    r"|^part\s*(?:i|1|a|one)\b(?!\s*(?:of|to)\b)",
    re.IGNORECASE,
)

# A line inside an item that opens its private business: short, a heading's length.
_HEADING_WORDS = 12
# "RESOLVED: That the press and public be excluded ... during consideration of the items
# contained in part two of the agenda": excluded for the private part, which the minutes head
# "PART TWO" where it begins, not from the items that follow the resolution.
_FOR_PART_TWO = re.compile(
    r"part\s+(?:two|2|ii|b)\s+of\s+the\s+agenda\b"
    r"|\bitems?\s+(?:(?:contained|listed|set\s+out)\s+)?in\s+part\s+(?:two|2|ii|b)\b",
    re.IGNORECASE,
)
# "PART ONE" on a line of its own: the minutes divide their business into parts and head each.
_PART_ONE = re.compile(r"part\s*(?:one|1|i|a)", re.IGNORECASE)


def in_parts(lines: list[Line]) -> int:
    """0 where the minutes do not head their public business "PART ONE" (or "Part 1", "Part
    A"); where they do, the number of the line that opens the private part ("PART TWO", "Part
    II - Exempt items", a heading's length), or one past the last line where none does."""
    if not any(_PART_ONE.fullmatch(line.text.strip(" .:")) for line in lines):
        return 0
    for line in lines:
        if _PRIVATE_PART.match(line.text) and len(line.text.split()) <= _HEADING_WORDS:
            return line.no
    return max((line.no for line in lines), default=0) + 1


# The words of a heading that only announces private business: "Items to be taken in private
# session", "Confidential items", "Exempt business".
_GENERIC_WORDS = {
    "items", "item", "to", "be", "taken", "considered", "dealt", "with", "in", "the", "session",
    "business", "private", "confidential", "exempt", "closed", "matters", "any", "other", "of",
    "meeting", "and",
}  # fmt: skip


def _generic(title: str) -> bool:
    words = re.findall(r"[a-z]+", title.lower())
    return bool(words) and all(w in _GENERIC_WORDS for w in words)


# The business said taken in public: "RESOLVED: That the items on the agenda be taken in public
# as proposed" under a council's standing heading "Exempt Items" (QA F9).
_IN_PUBLIC = re.compile(
    r"\b(?:taken|held|considered|heard|dealt\s+with|discussed|remain|be)\s+in\s+public\b"
    r"|\bin\s+(?:open|public)\s+session\b",
    re.IGNORECASE,
)
# "None.", "Nil", "No items.", "There were no exempt items.": nothing under the heading.
_NONE = re.compile(r"(?:none|nil|no|there\s+(?:were|was|are|is)\s+(?:none|no))\b", re.IGNORECASE)


def _announced_only(title: str, whole: str, first: str) -> bool:
    """Whether a heading that only announces private business ("Exempt Items", "Confidential
    items", a council's standing item on which business to take in private) is all that marks
    the item, and its own text says there was none to withhold: the business taken in public,
    or "None." / "There were no exempt items." A title alone is no evidence enough to withhold
    what the text under it says is public; where the text says anything private, it is kept
    restricted (the safe way wrong)."""
    if not _generic(title) or excludes_public(whole):
        return False
    sentences = re.split(r"(?<=[.;])\s", whole.strip())
    if len(sentences) == 1 and _NONE.match(sentences[0]):
        return True  # the one sentence under the heading says there was none
    return not says_restricted(whole) and bool(_IN_PUBLIC.search(whole))


def take_marker(text: str) -> tuple[str, bool]:
    """Text without a restricted marker at its start or end, and whether there was one."""
    found = False
    if m := _TAKEN_START.match(text):
        text, found = text[m.end() :], True
    if m := _TAKEN_END.search(text):
        text, found = text[: m.start()], True
    return text.strip(), found


def says_restricted(text: str) -> str:
    """The words in `text` that mark business not for publication, as written, or ""."""
    text = " ".join(text.split())
    if _SAYS_WORDS(text) and (m := _SAYS.search(text)):
        return m[0]
    if m := _PRIVATE_PART.match(text):
        return m[0]
    return ""


def excludes_public(text: str) -> str:
    """The words of a resolution (or heading) that the press and public leave, or "": not
    where the sentence says there was no need of it."""
    text = " ".join(text.split())
    if m := _PRIVATE_PART.match(text):
        return m[0]
    for m in _EXCLUSION.finditer(text) if _EXCLUSION_WORDS(text) else ():
        start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        if not _NOT.search(text[start : m.start()]):
            return m[0]
    return ""


def _first_text(section: dict[str, Any]) -> str:
    paragraphs = section.get("paragraphs") or []
    return paragraphs[0].get("text", "") if paragraphs else ""


def _item(section: dict[str, Any]) -> str:
    return str(section.get("ref") or section.get("number") or "").strip()


def private_from(section: dict[str, Any]) -> tuple[int, int, str] | None:
    """Where a line inside an item opens private business ("PART II", "Exempt business", a
    resolution excluding the press and public, in a paragraph after the first): the indexes
    of the paragraphs after it, up to one that lets the public back in (or to the item's end),
    and the words; None where the item has no such line."""
    paragraphs = section.get("paragraphs") or []
    texts = [" ".join((p.get("text") or "").split()) for p in paragraphs]
    for k, text in enumerate(texts[1:-1], 1):
        if not _PRIVATE_WORDS(text):
            continue  # no word that excludes_public or says_restricted needs
        short = len(text.split()) <= _HEADING_WORDS
        if said := excludes_public(text) or (says_restricted(text) if short else ""):
            back = (j for j in range(k + 1, len(texts)) if _READMITTED.search(texts[j]))
            return k + 1, next(back, len(texts)), said
    return None


def mark_restricted(record: dict[str, Any], lines: list[Line], *, parts: int = 0) -> list[Problem]:
    """Marks restricted each section of `record` that the minutes mark not for publication
    (its title or first paragraph), or that follows the exclusion of the press and public;
    returns a line to check for each, at its heading (`lines`, one a section). Sections
    already restricted ("(restricted)" in the title) are left as they are. Where the minutes
    are in `parts` (in_parts: the line that opens part two), a resolution excluding the public
    for the items in part two restricts the sections after that line, not those before it."""
    problems: list[Problem] = []
    excluded_at = ""  # the item whose resolution excluded the public
    part_two_at = ""  # the item whose resolution excluded the public from part two
    for index, section in enumerate(record.get("sections") or []):
        title, first = section.get("title") or "", _first_text(section)
        line = lines[index] if index < len(lines) else None
        if excluded_at and (_READMITTED.search(title) or _READMITTED.search(first)):
            excluded_at = ""
        if part_two_at and line is not None and line.no > parts:
            excluded_at, part_two_at = part_two_at, ""
        whole = " ".join(p.get("text", "") for p in section.get("paragraphs") or [])
        # A heading "Exclusion of the Press and Public" over "None." or "There were no
        # items requiring ..." excluded no one.
        opening = re.split(r"(?<=[.;:])\s", first, maxsplit=1)[0]
        exclusion = excludes_public(whole) or (excludes_public(title) and not _NOT.search(opening))
        deferred = parts and bool(_FOR_PART_TWO.search(whole))
        exclusion = "" if deferred else exclusion
        # The resolution itself is public business, though it cites "exempt information"
        # and Schedule 12A, or is titled "Resolution to meet in closed session".
        words = "" if _EXCLUSION.search(title) else says_restricted(title)
        words = words or ("" if exclusion else says_restricted(first))
        if words:
            reason = f"'{words}'"
        elif excluded_at:
            reason = f"it follows the exclusion of the press and public at item {excluded_at}"
        else:
            reason = ""
        if words and (
            (not whole.strip() and _generic(title)) or _announced_only(title, whole, first)
        ):
            # "Items to be taken in private session" with nothing under it, or "Exempt Items"
            # over "the items on the agenda be taken in public": a heading of the agenda's with
            # nothing to withhold, left public and not shown to check.
            reason = ""
        if reason and not section.get("restricted"):
            section["restricted"] = True
            if line is not None:
                message = f"Item {_item(section)} marked restricted: {reason}; check"
                problems.append(Problem(line.no, line.text, message, "warning"))
        if exclusion:
            excluded_at = _item(section) or str(index + 1)
        elif deferred:
            part_two_at = _item(section) or str(index + 1)
        inside = None if section.get("restricted") or deferred else private_from(section)
        if inside is not None:
            # "PART II" inside an item: the business after it, to the public's return.
            start, end, private = inside
            for paragraph in section["paragraphs"][start:end]:
                paragraph["restricted"] = True
            if line is not None:
                message = f"Item {_item(section)}: what follows '{private}' marked restricted"
                problems.append(Problem(line.no, line.text, f"{message}; check", "warning"))
            back = end < len(section["paragraphs"])
            excluded_at = "" if back else (_item(section) or str(index + 1))
    return problems
