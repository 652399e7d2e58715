"""A table of contents before the minutes: "Contents" over the items' numbers and titles
("1. Chair's introduction", "2. Apologies for absence", ...), each with nothing under it, then
the attendance and the minutes, whose items repeat those numbers and titles. Read as items, the
list took the minutes' place (their own "1 Chair's introduction" then came after item 11) and the
attendance under it became item 11's text. The list is left out, each line said so."""

import re
from collections.abc import Callable
from typing import Any

from meetings.minutes.lines import Line
from meetings.minutes.references import section_match

_CONTENTS = re.compile(r"(?:table\s+of\s+)?contents", re.IGNORECASE)


class ContentsReader:
    """Mixed into text._Reader; asked of each line before it is read as anything else."""

    sections: list[Any]
    leave_out: Callable[[Line, str], None]
    in_contents = False  # under a "Contents" heading, before the minutes

    def contents_line(self, line: Line) -> bool:
        """Whether the line is a table of contents' heading or one of its entries (a number
        and a short title), left out of the record; anything else ends the list."""
        if not self.sections and _CONTENTS.fullmatch(line.text.strip(" :")):
            self.in_contents = True
            self.leave_out(line, "Left out of the record as page furniture")
            return True
        if not self.in_contents:
            return False
        m = section_match(line.text)
        if m and not self.sections and 0 < len(m["title"].split()) <= 20:
            self.leave_out(line, "The minutes' table of contents left out of the record")
            return True
        self.in_contents = False
        return False
