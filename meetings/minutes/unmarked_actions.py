"""Actions minutes write with no mark, as a sentence that says who is to do what: "Councillor
Johnson to write to HS2 Ltd by 30 November 2018.", "Clerk to arrange a meeting during August."
The sentence is an action where who it starts with is an attendee (by name, or surname alone
where only one has it) or the clerk, secretary, chair or treasurer, and "to" and a verb follow.
The sentence stays in the paragraph as written; the reader shows each such action to check."""

import re
from typing import Any

from meetings.minutes.action_lines import initials_of, lead_owner, resolve_owner

# A sentence of the paragraph: from its start (the text's or after a stop) to its own stop.
_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<sentence>[A-Z][^.!?\n]*?\s+to\s+[a-z][^.!?\n]*)")
# The posts that minutes name as an action's owner without a name.
_POSTS = {"clerk", "secretary", "chair", "chairman", "chairperson", "treasurer"}
# "KE and IB to agree ...", "KE, IB and AL to meet ...": owners by their initials, two or more.
_INITIALS_OWNERS = re.compile(
    r"(?P<who>[A-Z]{2,4}(?:(?:\s*[,/&]\s*|\s+and\s+|,\s+and\s+)[A-Z]{2,4})+)\s+to\s+[a-z]"
)
# "HS is to contact ...", "PAT Testing - HS to contact ...": initials opening a clause.
_INITIALS_CLAUSE = re.compile(
    r"(?:^|\s[-\u2013\u2014]\s+)(?P<who>[A-Z]{2,3})\s+(?:is\s+)?to\s+[a-z]"
)
_OWNER_SPLIT = re.compile(r"\s*[,/&]\s*(?:and\s+)?|\s+and\s+")


def unmarked_actions(
    text: str, attendees: list[dict[str, Any]], listed: bool = False
) -> list[tuple[str, str]]:
    """(sentence, owner as written) for each sentence of the text that is an action. `listed`:
    the text is in a list under a label "Actions", where a sentence owned by initials, two or
    more, is an action when one of them is an attendee's ("KE and IB to agree ...", IB absent)."""
    found = []
    for m in _SENTENCE.finditer(text):
        sentence = m["sentence"].strip()
        several = _INITIALS_OWNERS.match(sentence) if listed else None
        if several and initials_attending(several["who"], attendees):
            found.append((sentence, several["who"]))
            continue
        who = lead_owner(sentence)
        clause = None if who else _INITIALS_CLAUSE.search(sentence)
        if clause and initials_named(clause["who"], attendees):
            # "PAT Testing - HS is to contact electrician ...": an attendee's initials, at the
            # sentence's start or after a dash, then what they are to do.
            found.append((sentence[clause.start("who") :], clause["who"]))
            continue
        if not who:
            continue
        if listed and body_initials(who, attendees):
            found.append((sentence, who))  # "SC to speak to ...": Scottish Canals, whose staff came
            continue
        post = who.lower().removeprefix("the ") in _POSTS
        resolved = None if post else resolve_owner(who, attendees, {})
        if post or (resolved is not None and resolved[1]) or initials_named(who, attendees):
            found.append((sentence, who))
    return found


def body_initials(who: str, attendees: list[dict[str, Any]]) -> bool:
    """Whether an owner written as capitals is the initials of a body attendees came from ("SC"
    for Scottish Canals, whose staff are listed under "Scottish Canals' attendees")."""
    if not re.fullmatch(r"[A-Z]{2,5}", who):
        return False
    for attendee in attendees:
        words = re.findall(r"[A-Z][\w'\u2019-]*", attendee.get("organisation") or "")
        if len(words) >= 2 and "".join(w[0] for w in words) == who:
            return True
    return False


def initials_attending(who: str, attendees: list[dict[str, Any]]) -> list[str]:
    """The attendees among owners written as initials, two or more ("KE and IB": Karen Elder
    where IB is no attendee, one of the staff given the action with her); [] where `who` is
    not such a group or names no attendee."""
    m = _INITIALS_OWNERS.match(f"{who.strip()} to a")
    if not m or m["who"] != who.strip():
        return []
    found = (resolve_owner(part, attendees, {}) for part in _OWNER_SPLIT.split(who.strip()))
    return [name for resolved in found if resolved for name in resolved[1]]


def first_names_attending(
    who: str, attendees: list[dict[str, Any]], *, initials: bool = False
) -> list[str]:
    """The attendees owners are written by where minutes call people by their first names
    ("Damian" for Damian Mc Sorley, "Damian/Martina", "John Stewart, Gerry Murray, Adrian Fox
    and Damian"): each part an attendee's name, or the first name of one attendee only; []
    where any part names no attendee. With `initials` (an items table's "Action by" cell:
    "JA", "JW SC"), initials the attendance does not give are one attendee's too."""
    names = []
    parts = [p for p in _OWNER_SPLIT.split(who.strip().rstrip(".")) if p]
    if initials and len(parts) == 1 and re.fullmatch(r"[A-Z]{2,3}(?:\s+[A-Z]{2,3})+", parts[0]):
        parts = parts[0].split()  # "JW SC": two people's initials, a space between
    for part in parts:
        full = [a["name"] for a in attendees if a["name"].lower() == part.lower()]
        first = [a["name"] for a in attendees if a["name"].split()[0].lower() == part.lower()]
        if initials and re.fullmatch(r"[A-Z]{2}", part):
            # "JA" for John Adams: the one attendee whose first name and surname start so.
            first = [a["name"] for a in attendees if initials_of(a["name"]) == part]
        found = full or (first if len(first) == 1 and " " not in part else [])
        if not found:
            return []
        names.append(found[0])
    return names


# "... not yet contacted - MIKE QUIGLEY TO MAKE CONTACT.": an action in capitals, after a dash or
# a stop, the capitals its mark; who is to do it first, by their name as the attendance gives it.
_CAPITALS = re.compile(
    r"(?:^|(?<=[.!?])\s+|\s[-\u2013\u2014]\s+)"
    r"(?P<who>[A-Z][A-Z'\u2019-]+(?:\s+[A-Z][A-Z'\u2019-]+){1,3}?)\s+TO\s+"
    r"(?P<what>[A-Z][A-Z'\u2019-]*(?:\s+[A-Z&][A-Z'\u2019,-]*)*)(?=\s*[.!?]|\s*$)"
)


def capital_actions(text: str, attendees: list[dict[str, Any]]) -> list[str]:
    """The actions of `text` written in capitals by an attendee's name, each as a sentence
    with the name as the attendance writes it: "Mike Quigley to make contact"."""
    found = []
    for m in _CAPITALS.finditer(text):
        who = " ".join(m["who"].split()).lower()
        person = next((a for a in attendees if (a.get("name") or "").lower() == who), None)
        if person is not None:
            found.append(f"{person['name']} to {' '.join(m['what'].split()).lower()}")
    return found


def initials_named(who: str, attendees: list[dict[str, Any]]) -> list[str]:
    """The attendees an owner written as capitals names ("JM to liaise with DC ...", "RH & SM to
    arrange ..."), each part the first letters of one attendee's first name and surname (John
    Mayne) and of no one else's, where the attendance gives no one's initials beside their name
    (it would say whose); [] for any other owner."""
    parts = [p for p in _OWNER_SPLIT.split(who.strip()) if p]
    if not parts or any(a.get("initials") for a in attendees):
        return []
    names = []
    for part in parts:
        lettered = [a["name"] for a in attendees if part in _initials(a["name"])]
        if not re.fullmatch(r"[A-Z]{2,3}", part) or len(lettered) != 1:
            return []
        names.append(lettered[0])
    return names


# A rank before a name that initials leave out, as a title: "PC Laura Kerr" is LK.
_RANKS = {"pc", "pcso", "sgt", "insp", "supt", "ds", "dc", "di", "dci"}


def _initials(name: str) -> set[str]:
    """The initials an attendee may be written by: the first letters of the first name and
    surname, a rank before them left out ("PC Laura Kerr" LK), and those of each part of a
    double-barrelled surname ("Louise Scutt-Richter" LS and LSR)."""
    words = name.split()
    if len(words) > 2 and words[0].lower().rstrip(".") in _RANKS:
        name = " ".join(words[1:])
    found = {initials_of(name)}
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+", words[-1]):
        found.add(initials_of(name)[:1] + "".join(p[0] for p in words[-1].split("-")))
    return found - {""}
