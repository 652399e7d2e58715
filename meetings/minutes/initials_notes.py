"""A note inside the initials' bracket after a name: "Mike Diaper (MD - part only)" (or
an en dash), "Adam Blaze (AB - items 1-4)". The initials are the person's, the rest a note on
when they were there; the list is read with the bracket as "(MD)" and the note kept as the
person's note."""

import re

from meetings.minutes.letters import letters

_INITIALS_NOTE = re.compile(
    letters(r"\((?P<initials>[A-Z]{2,4})\s*[-\u2013\u2014]\s*(?P<note>[^()]{2,40})\)")
)


def split_initials_notes(text: str) -> tuple[str, dict[str, str]]:
    """The text with each "(MD - part only)" as "(MD)", and each note by its initials."""
    notes: dict[str, str] = {}

    def initials(m: re.Match[str]) -> str:
        notes[m["initials"]] = m["note"].strip()
        return f"({m['initials']})"

    return _INITIALS_NOTE.sub(initials, text), notes
