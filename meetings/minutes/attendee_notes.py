"""Note numbers before attendees' names: "(3) Mr Nelson McCausland (Chairperson)", explained
in a list under the attendance ("(3) Item 3.6 to close"). The number is a note on when they
were there, not part of the name."""

import re
from dataclasses import replace

from meetings.minutes.attendance import is_all_caps, read_kind_heading
from meetings.minutes.lines import Line
from meetings.minutes.people import is_role, looks_like_name, read_person

# "(3) Mr Nelson McCausland": a note's number, then a name in capitals.
_NOTE_NUMBER = re.compile(r"\(\d{1,2}\)\s+(?=[A-Z])")


def without_note_number(line: Line) -> Line:
    """The attendee line, or a table row's cells, without a note's number before the name."""
    if line.cells:
        cells = tuple(
            _NOTE_NUMBER.sub("", c, count=1) if _NOTE_NUMBER.match(c) else c for c in line.cells
        )
        if cells == line.cells:
            return line
        return replace(line, text=", ".join(c for c in cells if c), cells=cells)
    if _NOTE_NUMBER.match(line.text):
        return line.with_text(_NOTE_NUMBER.sub("", line.text, count=1))
    return line


def post_label_row(line: Line) -> tuple[str, str] | None:
    """("Ms Alyson Kilpatrick", "Board's Human Rights Advisor") for a row "BOARD'S HUMAN RIGHTS
    ADVISOR | Ms Alyson Kilpatrick": a label in capitals that is a post, not a kind of
    attendance ("PSNI IN ATTENDANCE"), over one person's name."""
    cells = [c.strip() for c in line.cells if c.strip()]
    if len(cells) != 2 or not is_all_caps(cells[0]) or read_kind_heading(cells[0], ()):
        return None
    name = cells[1]
    if not is_role(cells[0]) or not looks_like_name(name) or read_person(cells[0]):
        return None
    return name, cells[0].title().replace("\u2019S ", "\u2019s ").replace("'S ", "'s ")
