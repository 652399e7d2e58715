"""Note numbers before attendees' names: "(3) Mr Nelson McCausland (Chairperson)", explained
in a list under the attendance ("(3) Item 3.6 to close"). The number is a note on when they
were there, not part of the name."""

import re
from dataclasses import replace

from meetings.minutes.attendance import is_all_caps, read_kind_heading
from meetings.minutes.letters import letters
from meetings.minutes.lines import Line
from meetings.minutes.people import is_organisation, is_role, looks_like_name, read_person

# "(3) Mr Nelson McCausland": a note's number, then a name in capitals.
_NOTE_NUMBER = re.compile(letters(r"\(\d{1,2}\)\s+(?=[A-Z])"))
# A table's cell holding a note's mark alone ("(3)" in a column of its own before the name),
# or a mark closing a cell ("Vice-Chair*", "Ms Liz Kimmins MLA*": "*Attended by video"): the
# notes under the table say what they mean; the mark is no part of a name or a post.
_NOTE_CELL = re.compile(r"\(\d{1,2}\)|[*\u2020\u2021]{1,3}")
_NOTE_MARK_AFTER = re.compile(r"(?<=[\w.)])[*\u2020\u2021]{1,3}$")


def without_note_number(line: Line) -> Line:
    """The attendee line, or a table row's cells, without a note's number before the name."""
    if line.cells:
        cells = tuple(
            "" if _NOTE_CELL.fullmatch(c.strip()) else _NOTE_MARK_AFTER.sub("", c.strip())
            for c in line.cells
        )
        cells = tuple(
            _NOTE_NUMBER.sub("", c, count=1) if _NOTE_NUMBER.match(c) else c for c in cells
        )
        if cells == line.cells:
            return line
        return replace(line, text=", ".join(c for c in cells if c), cells=cells)
    if _NOTE_NUMBER.match(line.text):
        return line.with_text(_NOTE_NUMBER.sub("", line.text, count=1))
    return line


_INITIALS_AFTER = re.compile(letters(r"\s*\([A-Z]{2,4}\)$"))


def post_label_row(line: Line) -> tuple[str, str, bool] | None:
    """("Ms Alyson Kilpatrick", "Board's Human Rights Advisor", True) for a row "BOARD'S HUMAN
    RIGHTS ADVISOR | Ms Alyson Kilpatrick", and ("Cllr Brazil", "Chairman", True) for "Chairman |
    Cllr Brazil": a label that is a post, not a kind of attendance ("PSNI IN ATTENDANCE") nor a
    name, beside one person's name. The last value says the name cell names no post; where it
    could be either ("Chair | Dr Jane Dean"), the row is read so but shown to check."""
    cells = [c.strip() for c in line.cells if c.strip()]
    if len(cells) != 2 or read_kind_heading(cells[0], ()):
        return None
    label, name = cells
    # "Chief Executive | Jennie Price (JP)": the initials the minutes call her by, after her name.
    bare = _INITIALS_AFTER.sub("", name)
    if not is_role(label) or not looks_like_name(bare) or read_person(label) or "," in name:
        return None
    if is_all_caps(label):
        label = label.title().replace("\u2019S ", "\u2019s ").replace("'S ", "'s ")
    return name, label, not is_role(name)


def body_label_row(line: Line) -> tuple[str, str] | None:
    """("John Ferguson", "North Area Committee") for a row "North Area Committee | John
    Ferguson": a body's name the member sits for, not a post nor a kind of attendance, beside
    one person's name."""
    cells = [c.strip() for c in line.cells if c.strip()]
    if len(cells) != 2 or read_kind_heading(cells[0], ()):
        return None
    body, name = cells
    if not is_organisation(body) or is_role(body) or read_person(body):
        return None
    if not looks_like_name(name) or is_organisation(name) or is_role(name) or "," in name:
        return None
    return name, body


# "Item 7.2: Ms J Nicolson, Solicitor for the Applicant": the items someone was there for.
_ITEM_NOTE = re.compile(
    letters(
        r"items?\s+\d{1,3}(?:\.\d{1,3})?(?:\s*(?:to|and|-|\u2013)\s*\d{1,3}(?:\.\d{1,3})?)?\s*:\s+(?=[A-Z])"
    ),
    re.IGNORECASE,
)
# Labels of people at the meeting who are not its members, in words the attendance headings do
# not use: "Observing:", "Translation:", "Presentation:", "Non-director attendees:".
_OTHER_LABEL = re.compile(
    r"(?:observing|translation|translator|interpret(?:ing|er|ation)|presentation|presenting"
    r"|non-[\w-]+\s+(?:attendees|attending|present))\s*:",
    re.IGNORECASE,
)
IN_ATTENDANCE = "In attendance:"


def standard_label(line: Line) -> Line:
    """The line with an "Item 7.2:" note before a person left out, and a label such as
    "Observing:" or "Non-director attendees:" read as "In attendance:"."""
    if line.cells:
        cells = tuple(_standard(c) if k == 0 else c for k, c in enumerate(line.cells))
        if cells == line.cells:
            return line
        return replace(line, text=", ".join(c for c in cells if c), cells=cells)
    text = _standard(line.text)
    return line if text == line.text else line.with_text(text)


# "PRESENT Mr C. P Crick ...", "IN ATTENDANCE Captain M Chidlow": a label in capitals run into
# the names, its colon lost with the margin it stood in.
_CAPITAL_LABEL = re.compile(
    letters(r"(PRESENT|ALSO PRESENT|IN ATTENDANCE|APOLOGIES|ABSENT) (?=[A-Z])")
)


def _standard(text: str) -> str:
    if m := _CAPITAL_LABEL.match(text):
        text = f"{m[1]}: {text[m.end() :]}"
    if m := _ITEM_NOTE.match(text):
        text = text[m.end() :]
    if m := _OTHER_LABEL.match(text):
        text = IN_ATTENDANCE + text[m.end() :]
    return text


# A table's column header alone on its line ("Action" over the items' column of owners).
_COLUMN_HEADER = re.compile(r"(?:actions?|action\s+by|lead|owner|who|by\s+whom)\s*:?", re.I)


def lone_column_header(text: str) -> bool:
    """Whether a line among the attendees is a column's header left alone ("Action"), not a
    person."""
    return bool(_COLUMN_HEADER.fullmatch(text.strip()))
