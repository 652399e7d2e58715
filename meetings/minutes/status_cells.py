"""Attendance tables whose last column says how each person attended: "Mrs A Brown, Chairman |
| Present", "T. Edwards (2) | Yorkshire | Apologies". The word in the last cell is the
person's attendance, not part of their post; the cells between are their body or area."""

import re

from meetings.minutes.letters import letters

# The last cell's word: how the person attended.
_STATUS = {
    "present": "present",
    "attended": "present",
    "apologies": "apologies",
    "apology": "apologies",
    "apologies received": "apologies",
    "sent apologies": "apologies",
    "absent": "absent",
    "not present": "absent",
    "did not attend": "absent",
    "in attendance": "in_attendance",
}
_NAMED = re.compile(letters(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z(][\w.'\u2019()-]*)*"))


def status_row(cells: list[str]) -> tuple[str, str, str] | None:
    """(the person's cell, the cells between joined, the attendance) for a row of two or more
    filled cells whose last is an attendance word alone and whose first starts with a capital
    (a name, with a post after a comma); None for any other row."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) < 2 or len(filled) > 4:
        return None
    kind = _STATUS.get(" ".join(filled[-1].lower().rstrip(".:").split()))
    if kind is None or not _NAMED.match(filled[0]):
        return None
    if any(_STATUS.get(c.lower().rstrip(".:")) for c in filled[:-1]):
        return None  # a header row: "Name | Present | Apologies"
    return filled[0], ", ".join(filled[1:-1]), kind
