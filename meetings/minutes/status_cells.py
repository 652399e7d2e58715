"""Attendance tables whose last column says how each person attended: "Mrs A Brown, Chairman |
| Present", "T. Edwards (2) | Yorkshire | Apologies". The word in the last cell is the
person's attendance, not part of their post; the cells between are their body or area."""

import re
from collections.abc import Callable

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


# A group's last cell where its post has no holder: "Zone 1 Coordinator | Vacant | -".
_NO_STATUS = re.compile(r"[-\u2013\u2014]?")


def status_groups(cells: list[str], is_post: Callable[[str], bool]) -> list[tuple[str, str, str]]:
    """(name, post, attendance) of each person in a row of two tables side by side, each a post,
    its holder and how they attended ("Chairperson | James Blackwood | Present | Zone 1
    Coordinator | Vacant | -": two posts to a row, a neighbourhood watch's or a club's
    committee): the groups of three cells, each ending with an attendance word or a dash (a post
    with no holder, left out); the column that holds posts is the one `is_post` finds more posts
    in. [] for any other row."""
    cells = [" ".join(c.split()) for c in cells]
    if len(cells) < 6 or len(cells) % 3:
        return []
    groups = [cells[k : k + 3] for k in range(0, len(cells), 3)]
    kinds = [_STATUS.get(g[2].lower().rstrip(".:")) for g in groups]
    pairs = list(zip(groups, kinds, strict=True))
    if not any(kinds) or not all(k or _NO_STATUS.fullmatch(g[2]) for g, k in pairs):
        return []
    # The posts' column, counted over every group (a vacant post's too).
    first = sum(is_post(g[0]) for g in groups)
    second = sum(is_post(g[1]) for g in groups)
    if first == second:
        return []
    at = 1 if first > second else 0  # the holder's column
    return [(g[at], g[1 - at], k) for g, k in pairs if k and _NAMED.match(g[at])]


def same_holder(listed: str, name: str) -> bool:
    """Whether two rows of a table of posts name one person ("Adam Harrison (Interim)",
    "Adam Harrison"): the names alike but for a note in brackets."""
    bare = [" ".join(re.sub(r"\([^()]*\)", " ", n).split()).lower() for n in (listed, name)]
    return bare[0] == bare[1]
