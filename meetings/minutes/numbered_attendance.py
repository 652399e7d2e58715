"""Attendance given under numbered headings before the first item, as GOV.UK publishes the
minutes of government boards: "1. Board members present" / "1.1 HMCTS" / "Name Role" / people
one a line, then "1.2 Presenters and additional attendees", "1.3 Apologies", and only then "2.
Welcome and introductions". Each such heading is an attendance heading (and "1.1 HMCTS", short
capitals under one, the organisation), not an item: only where a table of people follows, its
"Name Role" header or a line of the first heading's list, so that a first item "1. Apologies"
with its sentence stays an item."""

import re
from collections.abc import Callable
from typing import Any

from meetings.minutes.attendance import is_all_caps, read_kind_heading
from meetings.minutes.heading import is_clutter
from meetings.minutes.letters import letters
from meetings.minutes.lines import Line
from meetings.minutes.people import is_role, looks_like_name

_NUMBERED = re.compile(r"(?P<ref>\d{1,2}(?:\.\d{1,2})?)\.?\s+(?P<title>[A-Z][^.:;]{1,60})")
# Titles before a name in such a table: "Sir Keith Lindblom", "Lord Justice Andrew Edis",
# "District Judge Tim Jenkins".
_TITLES = {
    "sir", "dame", "lord", "lady", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "justice",
    "judge", "district", "hh", "rt", "hon", "the", "baroness", "baron", "cllr", "councillor",
}  # fmt: skip
_NAME_WORD = re.compile(letters(r"(?:Mc|Mac|O['\u2019])?[A-Z][a-z'\u2019-]+(?:-[A-Z][a-z]+)?"))
# "Name Role", "Name | Role": a table of people's header row.
_PEOPLE_HEADER = re.compile(r"names?\s*[|/]?\s*(?:roles?|titles?|posts?|positions?)", re.I)


class NumberedAttendanceReader:
    """Mixed into text._Reader."""

    lines: list[Line]
    known: set[str]
    stage: str
    sections: list[Any]
    attendee_line: Callable[[Line], None]
    warn: Callable[[Line, str], None]
    _numbered_heads = False
    add_attendee: Callable[[str, str, str, str | None], None]
    kind: str
    organisation: str | None

    def numbered_attendance_heading(self, i: int, line: Line) -> bool:
        if self.sections or self.stage == "body" or line.cells:
            return False
        text = line.text
        if line.number and not _NUMBERED.fullmatch(text):
            text = f"{line.number} {text}"  # "1." by Word's numbering, "Attendance" its text
        m = _NUMBERED.fullmatch(text)
        if not m:
            return self._numbered_heads and self.stage == "attendees" and self.table_row(line)
        title = m["title"].strip()
        heading = read_kind_heading(title, self.known)
        below = self._numbered_heads or self.people_table_below(i) or self.label_rows_below(i)
        if heading and not heading.people and below:
            self.stage = "attendees"
            self._numbered_heads = True
            self.attendee_line(line.with_text(title))
            self.warn(line, f"'{m['ref']}' numbers an attendance heading, not an item")
            return True
        if self._numbered_heads and is_all_caps(title) and len(title.split()) <= 3:
            self.attendee_line(line.with_text(title))  # "1.1 HMCTS": whose people follow
            return True
        return False

    def label_rows_below(self, i: int) -> bool:
        """Whether the heading stands over a table of label | name rows ("North Area Committee
        | John Ferguson", "Chairman | Brian Docherty"): two cells, the second a person's name."""
        rows = []
        for x in self.lines[i + 1 : i + 4]:
            if not x.cells:
                break
            rows.append([c.strip() for c in x.cells if c.strip()])
        return len(rows) >= 2 and all(
            len(cells) == 2 and looks_like_name(cells[1]) and not looks_like_name(cells[0])
            for cells in rows
        )

    def people_table_below(self, i: int) -> bool:
        """Whether a table of people's header ("Name Role") is within the next three lines."""
        return any(
            _PEOPLE_HEADER.fullmatch(x.text.strip()) and is_clutter(x.text)
            for x in self.lines[i + 1 : i + 4]
        )

    def table_row(self, line: Line) -> bool:
        """ "Nicky Wilden Non-Executive Member", "Sir Andrew McFarlane The President of the
        Family Division": a row of the table, its name (titles, then first name and surname) and
        its post run together; a post with no name ("HMCTS Board Secretary") is no one's, left
        out and said."""
        tokens = line.text.split()
        k = 0
        while k < len(tokens) - 2 and tokens[k].lower().rstrip(".") in _TITLES:
            k += 1
        name = tokens[k : k + 2]
        if len(name) < 2 or not all(_NAME_WORD.fullmatch(t) and not is_role(t) for t in name):
            self.warn(line, "A post without a name, not a person, left out of the attendees")
            return True
        role = " ".join(tokens[k + 2 :])
        self.add_attendee(" ".join(tokens[: k + 2]), role, self.kind, self.organisation)
        return True
