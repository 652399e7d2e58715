"""'Absent: Cllr. Pearce', 'Not present', 'Absentees', 'Members absent without apologies':
members the minutes list as absent, whom the record keeps as absent (Attendance.Kind.ABSENT),
apart from those who sent apologies. 'Absent with apologies' is apologies."""

import re

_ABSENT = re.compile(r"(?i)\b(?:absent(?:ees)?|not\s+present|not\s+attended|did\s+not\s+attend)\b")
_APOLOGIES_FIRST = re.compile(r"(?i)\W*apolog")
_WITH_APOLOGIES = re.compile(r"(?i)\bwith\s+apolog")


def absence_kind(label: str) -> str | None:
    """The kind of attendance an absence label gives: "absent", or "apologies" for 'Absent
    with apologies'; None when the label names no absence or opens with apologies ('Apologies
    for absence')."""
    if _APOLOGIES_FIRST.match(label) or not _ABSENT.search(label):
        return None
    return "apologies" if _WITH_APOLOGIES.search(label) else "absent"
