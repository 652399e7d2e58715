"""A body's committee named under the body: "Dyfed-Powys Police Authority" over "Minutes of a
Meeting of the Community Engagement & External Relations", "NORTHERN IRELAND POLICING BOARD"
over "MINUTES OF THE PERFORMANCE COMMITTEE MEETING HELD ON ...". The committee is the board
that met; the body over it is whose committee it is."""

import re

# "Minutes of a Meeting of the Community Engagement & External Relations": a title that ends
# with the name of what met, in capitals or title case, with no word such as "Committee".
_MEETING_OF_NAME = re.compile(
    r"(?:record|minutes?)\s+of\s+(?:an?|the)\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w'\u2019-]*|&|and|of|for|the)(?:\s+(?:[A-Z][\w'\u2019-]*|&|and|of|for|the))*)"
    r"\s*$",
    re.IGNORECASE,
)
# Words that make a name a part of a body rather than the body itself.
_PART = {"committee", "sub-committee", "subcommittee", "panel", "group"}
# Words that name a kind of body ("Full Council" under a town council is the council itself).
_KIND = _PART | {
    "board", "council", "authority", "commission", "trust", "court", "cabinet", "assembly",
    "partnership", "forum", "body", "corporation", "senate",
}  # fmt: skip
_SMALL = {"&", "and", "of", "for", "the"}


def meeting_of_name(title: str) -> str:
    """The name a title ends with after "meeting of the", where it names no kind of body
    ("Community Engagement & External Relations"), or ""."""
    m = _MEETING_OF_NAME.fullmatch(title.strip())
    if not m:
        return ""
    name = m["name"]
    words = name.split()
    if words[-1].lower() in _SMALL or not any(w[:1].isupper() for w in words):
        return ""
    return name


def committee_of_body(body: str, named: str) -> bool:
    """Whether `named` (from the title) is a committee of `body` (the line over it): a name
    that is not the body's and does not contain it, and is either a committee, panel or group
    ("PERFORMANCE COMMITTEE") or names no kind of body ("Community Engagement & External
    Relations"), under a body that is not itself a committee."""
    if not (body and named) or body.lower() in named.lower() or named.lower() in body.lower():
        return False
    body_last, named_words = body.lower().split()[-1], named.lower().split()
    if body_last in _PART or len(named_words) > 8:
        return False
    # "London Area Council", "North West Regional Board" under "ARTS COUNCIL ENGLAND": a
    # national body's council or board for an area is its part, though it names a kind.
    regional = len(named_words) >= 3 and named_words[-2] in ("area", "regional")
    return named_words[-1] in _PART or regional or not (set(named_words) & _KIND)
