"""A school governing board's list of governors: "Mr C Worts [CW] Chair (FTG); Mr M Evans [MJE]
Headmaster (SG); Mrs J Lloyd [JL] Vice Chair (FTG)", and "Mr D Frankland [DF] Clerk to
Governors" a line each. A title and the name, the name's initials in square brackets, the post
if any, and a code in brackets for the kind of governor (a key to the codes is given below the
list); people set apart by semicolons. Read only where the initials are in square brackets."""

import re

from meetings.minutes.letters import letters

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Rev|Revd|Sir|Dame)\.?"
_ENTRY = re.compile(
    letters(
        rf"(?P<name>{_TITLE}\s+(?:[A-Z][A-Za-z'\u2019-]*\s+){{0,3}}[A-Z][a-z][A-Za-z'\u2019-]*)"
        r"\s*\[(?P<initials>[A-Z][A-Za-z]{1,3})\]"
        r"\s*(?P<post>[^()\[\];]*?)"
        r"\s*(?:\((?P<code>[A-Z]{1,6})\))?"
    )
)
_SEMICOLON = re.compile(r"\s*;\s*")


def square_initials_entries(text: str) -> list[tuple[str, str, str, str]] | None:
    """(name, initials, post, code) for each person of the text, or None where any part of it
    is not such an entry (or no initials in square brackets are in it)."""
    if "[" not in text:
        return None
    entries = []
    for part in _SEMICOLON.split(text.strip().rstrip(";")):
        m = _ENTRY.fullmatch(part.strip())
        if not m or not _initials_fit(m["name"], m["initials"]):
            return None
        entries.append((m["name"], m["initials"], m["post"].strip(" ,"), m["code"] or ""))
    return entries


def _initials_fit(name: str, initials: str) -> bool:
    """ "Mr M Evans" [MJE], "Mr C Worts" [CW]: the initials start with the first name's first
    letter and end with the surname's (a middle name's letter may come between)."""
    words = name.split()[1:]
    return (
        initials[0].upper() == words[0][0].upper() and initials[-1].upper() == words[-1][0].upper()
    )
