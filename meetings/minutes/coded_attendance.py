"""An attendance list coded by letters: a column of letters before the names ("P  Peter Crew
(Chairman)", "A  Reyna Knight") and, under the list, the key to them ("P: Present", "A: Apologies
for absence submitted"), as some councils' committee systems print their members."""

import re
from typing import Any

from meetings.minutes.lines import Line

# "P: Present", "A = Apologies for absence submitted", "Ab - Absent": a code and what it means.
_KEY = re.compile(r"(?P<code>[A-Z][a-z]?)\s*[:=\u2013-]\s*(?P<meaning>[A-Za-z][A-Za-z ]{2,60})")
_MEANINGS = (
    ("present", "present"),
    ("apolog", "apologies"),
    ("absent", "absent"),
    ("in attendance", "in_attendance"),
    ("attending", "in_attendance"),
)


def attendance_key(lines: list[Line]) -> dict[str, str]:
    """The codes a document's key gives ({"P": "present", "A": "apologies"}), from lines that
    are each one code and its meaning."""
    key: dict[str, str] = {}
    for line in lines:
        m = _KEY.fullmatch(line.text.strip().rstrip("."))
        if not m:
            continue
        meaning = m["meaning"].strip().lower()
        kind = next((k for start, k in _MEANINGS if meaning.startswith(start)), None)
        if kind is not None:
            key[m["code"]] = kind
    return key


def apply_attendance_key(lines: list[Line], attendees: list[dict[str, Any]]) -> None:
    """Each attendee whose name starts with a code of the key ("P Peter Crew") is listed by
    the rest of the name, with the attendance the code means. Only where the key is given and
    at least two names carry its codes; a single capital before a surname alone ("A Smith")
    is an initial, not a code."""
    key = attendance_key(lines)
    if not key:
        return
    coded = []
    for person in attendees:
        code, _, rest = person["name"].partition(" ")
        if code in key and len(rest.split()) >= 2 and rest[:1].isupper():
            coded.append((person, key[code], rest))
    if len(coded) < 2:
        return
    for person, kind, rest in coded:
        person["name"], person["attendance"] = rest, kind
