"""'Absent: Cllr. Pearce': members absent without apologies. The record has no kind for them
(present, in attendance, apologies), so they are kept with the apologies, the nearest, and the
line is always listed for the clerk to check: never filed there silently."""

import re

_ABSENT = re.compile(r"(?i)\s*(?:absent|not\s+present|absentees)\b[^:]{0,40}:-?\s*\S")
ABSENT_WARNING = (
    "Absent without apologies: kept with the apologies (the record has no 'absent'); check"
)


def absent_label(text: str) -> bool:
    """Whether the line is an 'Absent:' label with people after it."""
    return bool(_ABSENT.match(text))
