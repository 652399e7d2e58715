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


# "* Absent # Left at lunchtime": marks set after names and, under the list, what each means,
# one or more to a line; a mark is one to three of "*", "#", the daggers and the section sign.
_MARKS = "*#\u2020\u2021\u00a7"
_MARK_KEY = re.compile(rf"(?P<mark>[{_MARKS}]{{1,3}})\s*(?P<meaning>[A-Za-z][^{_MARKS}]*)")


def apply_mark_key(lines: list[Line], attendees: list[dict[str, Any]]) -> None:
    """Each attendee whose name the list writes with a mark after it ("Dr K Braithwaite*")
    has the attendance the key under the list gives the mark ("* Absent"). Only where a line
    is the key alone (it starts with a mark) and at least two names carry a mark it explains;
    a mark whose meaning is no kind of attendance ("# Left at lunchtime") changes nothing."""
    key: dict[str, str] = {}
    for line in lines:
        text = line.raw.strip()  # "* Absent" as written, not read as a bullet
        if text[:1] not in _MARKS or not _MARK_KEY.match(text):
            continue
        for m in _MARK_KEY.finditer(text):
            meaning = m["meaning"].strip().rstrip(".").lower()
            kind = next((k for start, k in _MEANINGS if meaning.startswith(start)), None)
            if kind is not None and len(meaning.split()) <= 4:
                key[m["mark"]] = kind
    if not key:
        return
    written = "\n".join(line.raw for line in lines)
    marked = []
    for person in attendees:
        name = person["name"]
        m = re.search(rf"(?<!\w){re.escape(name)}\s?(?P<mark>[{_MARKS}]{{1,3}})", written)
        if m and m["mark"] in key:
            marked.append((person, key[m["mark"]]))
    if len(marked) < 2:
        return
    for person, kind in marked:
        person["attendance"] = kind


def apply_attendance_key(lines: list[Line], attendees: list[dict[str, Any]]) -> None:
    """Each attendee whose name starts with a code of the key ("P Peter Crew") is listed by
    the rest of the name, with the attendance the code means. Only where the key is given and
    at least two names carry its codes; a single capital before a surname alone ("A Smith")
    is an initial, not a code. Marks after names with a key of their own, as above."""
    apply_mark_key(lines, attendees)
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
