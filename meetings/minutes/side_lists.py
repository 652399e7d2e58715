"""Two lists side by side under one attendance heading, a group's name over each column
("Present:" over "Council | Head Office staff", then "Mr Donald Brydon (Chairman) | Ms Sam
Bartholomew", ...): each column is a list of its own, its people of the kind its group is. The
body's own members are present; staff, officers, a secretariat, advisers and observers are in
attendance. A group's name lower in a column ("Observer | Dr Ian Viney") starts a new group in
that column alone."""

import re

# Those at a meeting who are not its members: in attendance.
_STAFF = re.compile(
    r"(?:[A-Z][\w&'\u2019-]*\s+){0,3}(?:staff|officers?|secretariat|executives?(?:\s+team)?"
    r"|advisers?|advisors?|observers?)",
    re.IGNORECASE,
)
# The body's members: "Council", "Board members", "Trustees", "Committee".
_MEMBERS = re.compile(
    r"(?:[A-Z][\w&'\u2019-]*\s+){0,2}(?:council|board|committee|panel|members|trustees"
    r"|governors|directors|councillors)(?:\s+members)?",
    re.IGNORECASE,
)


def group_kind(cell: str) -> str | None:
    """The kind of attendance of a column headed by this group's name, or None where the cell
    names no group (a person, most often)."""
    text = cell.strip()
    # "In attendance: | Councillors:": a row's label, then the group under it, not two columns.
    if not text or ":" in text or len(text.split()) > 5:
        return None
    if _STAFF.fullmatch(text):
        return "in_attendance"
    return "present" if _MEMBERS.fullmatch(text) else None


def column_groups(cells: tuple[str, ...]) -> list[str] | None:
    """Each column's kind for a row of two or more groups' names, one a column ("Council |
    Head Office staff"), of which one at least is not the members; None for any other row."""
    kinds = [group_kind(c) for c in cells]
    if len(cells) < 2 or None in kinds or set(kinds) == {"present"}:
        return None
    return [k for k in kinds if k]
