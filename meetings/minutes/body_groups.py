"""A list of people grouped by the body each group comes from, every group closed by that body in
brackets, as joint committees list their members by council: "Councillors Bailey, Bell and Wright
(Durham County Council) Craig and Green (Gateshead MBC), Mortimer (North Tyneside MBC) and R Bell,
Kelly and Richardson (Sunderland City Council)". Every name before a body's bracket, back to the
bracket before it, comes from that body; a plural title before the first group is every name's
that has no title of its own ("... and Mrs S Stewart (Beamish Development Trust)"); a bracket that
names no body ("(substitute for Councillor Gibson)", "(Chair)") is a note on the name before it.
Read only where two or more bodies close groups and every group is a list of names; one body
after one group is the plural-title reader's (titled_groups.py)."""

import re

from meetings.minutes.letters import letters
from meetings.minutes.people import is_organisation, is_role
from meetings.minutes.plural_lists import SINGULAR_TITLES

_PLURAL = re.compile(letters(r"(?P<title>Councillors|Cllrs\.?|Messrs\.?)\s+(?=[A-Z])"))
_BRACKET = re.compile(r"\(([^()]{2,80})\)")
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame)\.?"
# "Bailey", "R Bell", "J Wilson", "McDonough-Brown", "Mrs S Stewart", "MR M Dix".
_NAME = re.compile(
    letters(
        rf"(?:(?i:{_HONORIFIC})\s+)?(?:[A-Z]\.?\s*){{0,3}}(?:Mc|Mac|O'|O\u2019)?[A-Z][a-z'\u2019]+"
        r"(?:-[A-Z][a-z'\u2019]+)?"
    )
)
# ", and", "; " before a group: a semicolon may part the groups ("...; Councillors J and K (X)").
_LEADING = re.compile(r"^(?:[,;]\s*)?(?:(?:and|&)\s+)?")
_TITLED = re.compile(rf"(?i:{_HONORIFIC})\s")
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
# A body's name after its group: capitalised words, perhaps with "of", "and", "&".
_BODY = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:of|and|&|the|[A-Z][\w'\u2019.-]*))*")
_NOTE = re.compile(r"(?i)(?:in the chair|chair(?:man|person)?|vice[- ]chair(?:man)?)$")
# "(Head of Legal and Democratic Services)", "(Democratic Services Officer)": a post by its shape,
# "Head of ..." or a post's word last, though it holds a body's word ("Services"): the officer's
# post, a note on the name before it, not a body closing a group.
_POST_SHAPE = re.compile(
    r"(?i)^(?:head|director|chief|deputy|assistant)\s+of\b|\b(?:officer|manager|treasurer|clerk"
    r"|registrar|secretary|adviser|advisor|solicitor|superintendent|co-?ordinator|leader)$"
)

Grouped = list[tuple[str, str, str]]  # name, note, body


def _is_body(text: str, parties: set[str]) -> bool:
    text = text.strip()
    if not _BODY.fullmatch(text) or _NOTE.match(text) or text.lower() in parties:
        return False
    if _POST_SHAPE.search(text):
        return False
    return is_organisation(text) or not is_role(text)


def body_groups(text: str, parties: set[str]) -> Grouped | None:
    """(name, note, body) for each person of such a list, or None; a party's name in brackets
    ("(Labour)") is no body."""
    text = text.strip().rstrip(".;").strip()
    title = ""
    if m := _PLURAL.match(text):
        title, text = SINGULAR_TITLES[m["title"].lower()], text[m.end() :]
    people: Grouped = []
    group: list[tuple[str, str]] = []  # the names of the group being read, with their notes
    bodies = 0
    position = 0
    for bracket in _BRACKET.finditer(text):
        before = _LEADING.sub("", text[position : bracket.start()].strip())
        if not group and (m := _PLURAL.match(before)):
            # "...; Councillors J.Spanswick and M.Voisey (Bridgend ...)": the next group's title.
            title, before = SINGULAR_TITLES[m["title"].lower()], before[m.end() :]
        names = [n for n in _SEPARATOR.split(before) if n.strip()]
        if not all(_NAME.fullmatch(n.strip()) for n in names):
            return None
        group += [(_titled(n.strip(), title), "") for n in names]
        position = bracket.end()
        if _is_body(bracket[1], parties) and group:
            bodies += 1
            people += [(name, note, bracket[1].strip()) for name, note in group]
            group = []
        elif group and not names and group[-1][1]:
            return None  # two notes on one name, neither a body
        elif group:
            group[-1] = (group[-1][0], bracket[1].strip())
        else:
            return None
    if bodies < 2 or group or text[position:].strip(" ,.;"):
        return None  # names after the last body: not every group is closed by its body
    return people


def _titled(name: str, title: str) -> str:
    """The name with its group's title, unless it has one of its own ("Mrs S Stewart")."""
    return f"{title} {name}" if title and not _TITLED.match(name) else name
