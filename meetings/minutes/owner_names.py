"""An action line whose whole text is a person's name ("Action: S Robb" under a paragraph, QA
F8): the name is the action's owner, and the paragraph above it the action, as "ACTION: MR" is
read. The name must be one attendee's, written as minutes shorten names: in full ("Stuart
Robb"), by the first name's initial and the surname ("S Robb", "S. Robb"), or by a title and the
surname ("Mr Robb"); a title before the attendee's name ("Mr Stuart Robb") is no part of it."""

import re
from typing import Any

from meetings.minutes.action_lines import TITLES

# The titles an action line's owner is read without (action_lines'), and a minister's.
_TITLES = TITLES | {"rev"}
# One to three capitalised words, initials with or without a stop among them: a name's shape.
_NAME = re.compile(r"(?:[A-Z][a-z'\u2019-]*\.?\s+){0,2}[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?")


def _words(name: str) -> list[str]:
    return [w.rstrip(".") for w in name.split() if w.lower().rstrip(".") not in _TITLES]


def _names(written: list[str], name: list[str]) -> bool:
    """Whether the words of a name as written name the attendee's: the same surname, and each
    word before it that attendee's word there or its initial."""
    if not written or len(written) > len(name) or written[-1].lower() != name[-1].lower():
        return False
    firsts = name[:-1][: len(written) - 1]
    return all(
        w.lower() == n.lower() or (len(w) == 1 and n[:1] == w)
        for w, n in zip(written[:-1], firsts, strict=True)
    )


def attendee_named(who: str, attendees: list[dict[str, Any]]) -> str | None:
    """The one attendee `who` names as a whole (see the module's note), else None."""
    who = who.strip().rstrip(".")
    if not _NAME.fullmatch(who):
        return None
    written = _words(who)
    if not written or len(written[-1]) < 2:
        return None
    found = [a["name"] for a in attendees if _names(written, _words(a.get("name") or ""))]
    return found[0] if len(found) == 1 else None
