"""Two lists side by side under one attendance heading, a group's name over each column
("Present:" over "Council | Head Office staff", then "Mr Donald Brydon (Chairman) | Ms Sam
Bartholomew", ...): each column is a list of its own, its people of the kind its group is. The
body's own members are present; staff, officers, a secretariat, advisers and observers are in
attendance. A group's name lower in a column ("Observer | Dr Ian Viney") starts a new group in
that column alone."""

import re

from meetings.minutes.attendance import read_kind_heading

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
    if _MEMBERS.fullmatch(text):
        return "present"
    # "Trustees present | Trustees apologies", "Guests": an attendance heading, no one named.
    heading = read_kind_heading(text, ())
    return heading.kind if heading and not heading.people and not heading.organisation else None


def column_groups(cells: tuple[str, ...]) -> list[str] | None:
    """Each column's kind for a row of two or more groups' names, one a column ("Council |
    Head Office staff"), of which one at least is not the members; None for any other row."""
    kinds = [group_kind(c) for c in cells]
    named = [k for k, c in zip(kinds, cells, strict=True) if c.strip()]
    if len(named) < 2 or None in named or set(named) == {"present"} or not cells[0].strip():
        return None
    # A heading spans the empty cells to its right ("Trustees present | Trustees apologies |",
    # the apologies' names in the third cell of the rows below): they are its column's too.
    spread = []
    for kind in kinds:
        spread.append(kind or spread[-1])
    return spread
