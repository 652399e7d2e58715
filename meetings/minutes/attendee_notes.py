"""Note numbers before attendees' names: "(3) Mr Nelson McCausland (Chairperson)", explained
in a list under the attendance ("(3) Item 3.6 to close"). The number is a note on when they
were there, not part of the name."""

import re
from dataclasses import replace

from meetings.minutes.lines import Line

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
