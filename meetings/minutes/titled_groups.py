"""A plural title over a list of surnames: "Cllrs. Beaumont, McDonald, (Skirlaugh)",
"Councillors Blogg and Richardson (Ellerby)": each is a councillor, and a body in brackets after
the last name is every one's (a parish of a joint committee, a council of a joint board).
In a sentence, such groups may sit among single people and end with those in attendance:
"Cllr Chris Allen (Chairman), Cllrs Andy Brewer, Sue Harvey and Cllrs Alistair Gordon from
Burnham Without Parish Council (no voting rights) with Lorna Williams (Deputy Clerk) in
attendance."."""

import re

from meetings.minutes.letters import letters
from meetings.minutes.people import is_role, split_attendee_line
from meetings.minutes.plural_lists import PARTICLES
from meetings.minutes.plural_lists import SINGULAR_TITLES as _PLURAL

_GROUP = re.compile(
    r"(?:^|(?<=,)\s*|\s+)(?P<title>(?i:cllrs\.?|councillors|messrs\.?|aldermen))\s+(?P<names>[^()]+?)"
    r",?\s*(?:\((?P<body>[^()]{2,60})\))?\s*\.?$"
)
# "Beaumont", "P.H.C Davies", "G Jug": a surname, perhaps after initials with or without dots,
# and perhaps with its particles in lower case ("da Costa", "van der Berg", "de la Mare").
_SURNAME = re.compile(
    letters(
        rf"(?:[A-Z]\.?\s*)*{PARTICLES}(?:Mc|Mac|O'|O\u2019)?[A-Z][a-z'\u2019-]+(?:-[A-Z][a-z]+)?"
        r"(?:\s+(?:MBE|OBE|CBE|JP|DL|MLA|MP|MS|KC|QC))*"  # "Dillon MBE JP": honours after it
    )
)
_TRAILING_AND = re.compile(r"(?:[\s,]+and)?[\s,]*$")
_NOTE = re.compile(r"(?i)in the chair|chair(?:man|person)?|vice[- ]chair(?:man)?|from .*|until .*")


def plural_titled(group: str) -> tuple[str, list[str], str | None] | None:
    """(what comes before the group, the names with the title each, their body) or None."""
    m = _GROUP.search(group)
    if not m:
        return None
    names = [n.strip() for n in re.split(r",\s*|\s+and\s+", m["names"]) if n.strip()]
    if not names or not all(_SURNAME.fullmatch(n) for n in names):
        return None
    body = m["body"]
    if body and (is_role(body) or _NOTE.fullmatch(body.strip())):
        return None  # "(Vice Chair)" after the last name is that one's post, not a body
    title = _PLURAL[m["title"].lower()]
    before = _TRAILING_AND.sub("", group[: m.start()])  # "Cllr A (Chair), and Cllrs B, C"
    return before, [f"{title} {n}" for n in names], body


_IN_ATTENDANCE_TAIL = re.compile(r"(?P<main>.+?),?\s+with\s+(?P<who>[^,;]+?)\s+in\s+attendance\.?")
# "..., Cllrs B, C", "... and Cllrs B", "Mr A (in the Chair) Messrs B, C": a group starts.
_GROUP_START = re.compile(
    r"(?:,\s*|\s+and\s+|(?<=\))\s+)(?=(?i:cllrs|councillors|messrs|aldermen)\.?\s)"
)
_FULL_NAME = re.compile(rf"{_SURNAME.pattern}(?:\s+{_SURNAME.pattern}){{0,2}}")
_FROM_BODY = re.compile(r"(?P<names>.+?)\s+(?:from|of)\s+(?P<body>[A-Z][\w' -]{2,80})")
_VOTING_NOTE = re.compile(r"\s*\((?i:non-voting|no voting rights?|not voting|observer)\)")

Person = tuple[str, str, str, str | None]  # name, role, kind, organisation


def read_titled_sentence(text: str, kind: str) -> list[Person] | None:
    """The people of a sentence holding at least one plural-titled group, each with the body
    the group names ("from X", "(X)"); those "with ... in attendance" at its end are in
    attendance. None unless every part reads."""
    if ";" in text:
        return None  # groups set apart by semicolons are read group by group (people_group)
    text = _VOTING_NOTE.sub("", text.strip().rstrip("."))
    tail: list[Person] = []
    if m := _IN_ATTENDANCE_TAIL.fullmatch(text):
        found = split_attendee_line(m["who"])
        if not found:
            return None
        tail = [(name, role, "in_attendance", None) for name, role in found]
        text = m["main"]
    pieces = _GROUP_START.split(text)
    if len(pieces) < 2 and not tail and not _GROUP_START.match(", " + text):
        return None  # "Messrs C.W Dowds, J Neale and S.P Davison." is one group alone
    people: list[Person] = []
    for piece in pieces:
        piece = piece.strip().strip(",")
        group = _group(piece)
        if group is not None:
            people += [(name, "", kind, body) for name, body in group]
        elif _GROUP_START.match(", " + piece):
            return None  # a plural title over what is no list of names
        elif found := split_attendee_line(piece):
            people += [(name, role, kind, None) for name, role in found]
        else:
            return None
    if not any(_GROUP_START.match(", " + piece.strip()) for piece in pieces):
        return None  # no plural title: the sentence is someone else's to read
    return people + tail


def _group(piece: str) -> list[tuple[str, str | None]] | None:
    """ "Cllrs Andy Brewer, Sue Harvey" or "Cllrs Alistair Gordon from Burnham Without Parish
    Council": each name with the title, and the body."""
    m = re.match(r"(?i:(cllrs\.?|councillors|messrs\.?|aldermen))\s+", piece)
    if not m:
        return None
    rest, body = piece[m.end() :], None
    if titled := plural_titled(piece):
        return [(name, titled[2]) for name in titled[1]] if not titled[0] else None
    if b := _FROM_BODY.fullmatch(rest):
        rest, body = b["names"], b["body"].strip()
    names = [n.strip() for n in re.split(r",\s*|\s+and\s+", rest) if n.strip()]
    if not names or not all(_FULL_NAME.fullmatch(n) for n in names):
        return None
    title = _PLURAL[m[1].lower()]
    return [(f"{title} {n}", body) for n in names]
