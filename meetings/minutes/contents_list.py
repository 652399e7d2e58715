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
_PAGE_HEAD = re.compile(r"pages?(?:\s*(?:no\.?|number))?", re.IGNORECASE)
# A page or a range of pages ("2", "2 - 10", an en dash too), or nothing ("AUGUST | No Meeting* |").
_PAGES = re.compile(r"(?:\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?)?")


class ContentsReader:
    """Mixed into text._Reader; asked of each line before it is read as anything else."""

    sections: list[Any]
    lines: list[Line]
    leave_out: Callable[[Line, str], None]
    # Under a "Contents" heading, before the minutes: True, then "listed" once its first entry
    # is found given again below (the list's later entries follow it, though a record cut short
    # may not repeat them).
    in_contents: bool | str = False

    def contents_line(self, line: Line) -> bool:
        """Whether the line is a table of contents' heading or one of its entries (a number
        and a short title), left out of the record; anything else ends the list."""
        if not self.sections and len(line.cells) >= 2 and _PAGE_HEAD.fullmatch(line.cells[-1]):
            self.in_contents = "pages"
            self.leave_out(line, "Left out of the record as page furniture")
            return True
        if self.in_contents == "pages":
            if len(line.cells) >= 2 and _PAGES.fullmatch(line.cells[-1].strip()):
                self.leave_out(line, "The minutes' table of contents left out of the record")
                return True
            self.in_contents = False
            return False
        if not self.sections and _CONTENTS.fullmatch(line.text.strip(" :")):
            self.in_contents = True
            self.leave_out(line, "Left out of the record as page furniture")
            return True
        if not self.in_contents:
            return False
        m = section_match(line.text)
        if (
            m
            and not self.sections
            and 0 < len(m["title"].split()) <= 20
            and (self.in_contents == "listed" or self.repeated(line, m))
        ):
            self.in_contents = "listed"
            self.leave_out(line, "The minutes' table of contents left out of the record")
            return True
        self.in_contents = False
        return False

    def repeated(self, entry: Line, m: re.Match[str]) -> bool:
        """Whether the minutes below give the entry's item again (its number, its title's first
        word): only then is the list under "Contents" a table of contents. "Contents" over the
        only "1. Apologies" is page clutter over the minutes' first item."""
        number, word = m["number"], _first_word(m)
        later = False
        for line in self.lines:
            again = later and section_match(line.text)
            if again and again["number"] == number and _first_word(again) == word:
                return True
            later = later or line is entry
        return False


def _first_word(m: re.Match[str]) -> str:
    return (m["title"].split() or [""])[0].casefold()
