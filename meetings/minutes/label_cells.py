"""A label | value layout pasted as text, its cells set apart by tabs ("Attendees<TAB>Panel: Jane
Doe (Chair), ...", "Apologies<TAB>Cllr Rachel Melly", "Minutes By<TAB>Lucas Hindle"): the first
cell is the line's label, as a colon after it would say, not the first words of a name. Some
labels name no one who was at the meeting for that: whom the minutes went to ("Circulation",
"Distribution"), who wrote them ("Minutes by"), whom to contact about the meeting ("Contact:")
and where it met ("Venue:"), which are left out of the attendees."""

import re

from meetings.minutes.attendance import read_kind_heading
from meetings.minutes.letters import letters

_ATTENDANCE_LABEL = re.compile(
    r"(?:attendees|attendance|(?:also\s+)?present|in\s+attendance|absent|absentees"
    r"|apolog(?:ies|y)(?:\s+for\s+absence)?)",
    re.IGNORECASE,
)
_OTHER_LABEL = (
    # Whom to ask about the meeting ("Contact: John Grieve") and where it met: no attendee.
    r"(?:contact(?:\s+officer)?|venue|title\s+of\s+(?:the\s+)?meeting|meeting\s+title"
    r"|circulation|circulated\s+to|distribution|copy\s+to|copies\s+to"
    r"|minutes?\s+(?:by|taken\s+by|written\s+by)|minuted\s+by)"
)
_NOT_ATTENDING = re.compile(rf"(?P<label>{_OTHER_LABEL})\s*(?::-?|$|,)\s*.*", re.IGNORECASE)


# "Officers in" over "Attendance:": a label cut where its cell's width ran out, its first part
# closing on a small word in lower case, its second part the label's end and its colon.
_LABEL_CUT = re.compile(r"[A-Z][\w\u2019']*(?:\s+[\w\u2019']+){0,2}\s+[a-z]{1,5}")
_LABEL_END = re.compile(rf"(?:\w+\s+)?{_ATTENDANCE_LABEL.pattern}\s*:", re.IGNORECASE)


def joined_labels(rows: list[tuple[int, tuple[str, ...]]]) -> list[tuple[int, tuple[str, ...]]]:
    """A table's rows (index, cells) with a label cell a PDF wrapped over two rows joined in
    the first ("Officers in | Mr A Tohill, ..." / "Attendance: | Mr Kelso, ..." read as
    "Officers in Attendance: | ..." over " | Mr Kelso, ..."): the second row's "Attendance:"
    alone would start a list of its own, and the first row's label none."""
    rows = list(rows)
    for k in range(len(rows) - 1):
        (at, cells), (below_at, below) = rows[k], rows[k + 1]
        if len(cells) < 2 or len(below) < 2 or not (cells[1] and below[1]):
            continue
        if _LABEL_CUT.fullmatch(cells[0]) and _LABEL_END.fullmatch(below[0]):
            rows[k] = (at, (f"{cells[0]} {below[0]}", *cells[1:]))
            rows[k + 1] = (below_at, ("", *below[1:]))
    return rows


def label_line(cells: list[str]) -> str | None:
    """A tabbed line's text where its first cell is such a label: "Apologies: Cllr Rachel
    Melly", the label's colon put back; None for any other line."""
    if len(cells) < 2:
        return None
    label = cells[0].rstrip(" :")
    if _ATTENDANCE_LABEL.fullmatch(label) or re.fullmatch(_OTHER_LABEL, label, re.IGNORECASE):
        return f"{label}: {', '.join(cells[1:])}"
    return None


# "| Chair | Professor Massara, Pro-Vice-Chancellor |", "| Secretary | Ms Manning-Press |": an
# attendance table's row labelled with the post its person held at the meeting.
_POST_LABEL = re.compile(
    r"(?:vice[-\s]?)?chair(?:man|person|woman)?|(?:committee\s+)?secretary|clerk", re.IGNORECASE
)


def post_row(cells: list[str]) -> str | None:
    """A table row's text where its first cell is such a post and one other cell names who held
    it: "Chair: Professor Massara, ...", as the label's colon says; None for any other row."""
    if len(cells) != 2 or not _POST_LABEL.fullmatch(cells[0].rstrip(" :")):
        return None
    return f"{cells[0].rstrip(' :')}: {cells[1]}"


def group_row(cells: tuple[str, ...]) -> str | None:
    """ "Present: | Members | Paul Reid, Linda Tully" over " | Officers | Nigel Harrison, ..." and
    " | Guest | Julie Hannan (Sport England)": an attendance table's row whose middle cell labels
    a group of those present (members, officers, guests), its people listed in the last cell, as
    the line the same minutes typed would be ("Members: Paul Reid, Linda Tully"): the group says
    how they attended, not the label above it, and is no one's name. None for any other row."""
    if len(cells) != 3 or not cells[2].strip():
        return None
    label, group = cells[0].strip(" :"), cells[1].strip(" :")
    heading = read_kind_heading(group, ()) if group else None
    if heading is None or heading.people:
        return None
    above = read_kind_heading(label, ()) if label else None
    if label and (above is None or above.people or above.kind != "present"):
        return None
    return f"{group}: {cells[2].strip()}"


def names_no_attendee(text: str) -> str | None:
    """The label of a line among the attendees that lists no one as at the meeting
    ("Circulation: Attendees", "Minutes By: Lucas Hindle", or "Venue" alone, its value in the
    next line as a table's cells are read), else None."""
    m = _NOT_ATTENDING.fullmatch(text.strip())
    return " ".join(m["label"].split()) if m else None


# "College: Rob Beckley, Giselle Lockett, Anne Taylor" under an attendance label: the body the
# people of the line come from, then two or more of them.
_GROUP_LINE = re.compile(
    letters(
        r"(?P<body>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*)?)\s*:-?\s+"
        r"(?P<people>[A-Z][^,:;]*(?:,\s*[^,:;]+)*)"
    )
)
# Labels of a kind of member, not a body: "Councillors: A, B", "Panel: C, D".
_KINDS_OF_MEMBER = {
    "councillors", "cllrs", "members", "member", "board", "staff", "officers", "directors",
    "governors", "trustees", "committee", "panel", "team", "executive", "management", "others",
    "chair", "chairman", "chairperson", "clerk", "secretary", "guests", "observers", "public",
}  # fmt: skip


def body_group(text: str, *, one: bool = False) -> tuple[str, str] | None:
    """A line of an attendance list's group ("College: Rob Beckley, Giselle Lockett") as the
    group's body and its people; None for a label of a kind of member or any other line. With
    `one`, a body's one person too ("Merseyside: Joe Ryan")."""
    m = _GROUP_LINE.fullmatch(text.strip().rstrip("."))
    if not m or ("," not in m["people"] and not one):
        return None
    if m["body"].split()[-1].lower() in _KINDS_OF_MEMBER:
        return None
    if _ATTENDANCE_LABEL.fullmatch(m["body"]) or re.fullmatch(_OTHER_LABEL, m["body"], re.I):
        return None
    return m["body"], m["people"]
