"""An item with no title, its number before its one sentence: "3.  The minutes of the meeting
held on 3rd February 2016, having previously been circulated, were taken as read and signed."
between items 2 and 4. It is the next item, not a list inside item 2, where it stands apart
between blank lines, no list was started in the item above and no line introduced one."""

import re
from collections.abc import Callable
from typing import Any

from meetings.minutes.lines import Line, Problem
from meetings.minutes.references import Reference


class UntitledItemReader:
    """Mixed into text._Reader; called where "N. Sentence." was not read as a heading."""

    lines: list[Line]
    sections: list[Any]
    problems: list[Problem]
    add_section: Callable[..., None]
    continuation: Callable[..., None]
    warn: Callable[[Line, str], None]

    def untitled_item(self, i: int, line: Line, ref: str, text: str, explicit: bool) -> bool:
        section = self.sections[-1] if self.sections else None
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        above = self.lines[i - 1].text if i else ""
        number = int(ref.removesuffix(".0"))
        # "2.0 The minutes ..." / "3.0 Matters arising: ..." one to a line, no blank between:
        # items numbered "N.0" where each line's number runs on from the item above to the
        # line below ("2." so may be a list's).
        one_a_line = (
            ref.endswith(".0") and section is not None and self.one_a_line(i, number, section)
        )
        if section is None or not (
            explicit and (line.after_blank or one_a_line) and not line.bulleted
        ):
            return False
        if line.number and section.line.marked:
            return False  # Word's list numbers running on under headings: paragraphs
        if number != section.number + 1 or (
            following is not None and not following.after_blank and not one_a_line
        ):
            return False
        if any((p.ref or "").isdigit() for p in section.prose) or above.endswith((":", ":-")):
            return False  # "1. ..." / "2. ..." / "3. ...": a list in the item above
        if not (
            text[:1].isupper() and text.endswith(".") and len(text.split()) >= 6 - 3 * one_a_line
        ):
            return False
        # One to a line, the line below is the next item's or the end, never this one's title.
        self.add_section(i, line, Reference(ref, ""), False, number, untitled=one_a_line)
        self.continuation(line, text)
        apart = line.after_blank and (following is None or following.after_blank)
        # The next of untitled items ("3. The Chair welcomed ..." after "2. Apologies for
        # absence received from ...") is read as surely as the one above it was: unsaid where
        # that one's reading went unsaid.
        runs_on = (
            not section.title
            and section.number == number - 1
            and not any(
                p.line == section.line.no and p.message.startswith(f"Item {section.ref} has no")
                for p in self.problems
            )
        )
        if apart and len(text.split()) >= 8 and not runs_on:
            # Said where it stands apart as a long sentence, which a paragraph may be too; one
            # read only as one of items one to a line, each number running on from the item
            # above to the line below, is read so surely: not each said.
            self.warn(line, f"Item {ref} has no title: its sentence is taken as its text; check")
        return True

    def one_a_line(self, i: int, number: int, section: Any) -> bool:
        """Whether the item numbered `number` on line `i` is one of items written one to a
        line: the item above is the one before it, with no paragraph of its own numbered, and
        the line below starts the next number (or the item above was read so, and no numbered
        line follows: the last of them)."""
        if (
            not section.ref  # "1." under "Court Issues": a list in an unnumbered heading's part
            or section.number != number - 1
            or any((p.ref or "").isdigit() for p in section.prose)
        ):
            return False
        below = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        if (m := re.match(r"(\d{1,3})(?:\.0)?[.)]?\s", below)) and int(m[1]) == number + 1:
            return True
        return not section.title and not re.match(r"\d", below)

    def lone_list_numbers(self, section: Any) -> None:
        """ "1.  Information relating to an individual." quoted inside an item whose other
        paragraphs have no numbers: kept with its number as written, between 6.1 and 6.3, and
        shown, since it reads as neither a paragraph of its own nor a list."""
        listed = [p for p in section.prose if p.ref]
        # One number alone between unnumbered paragraphs; "a)", "b)" under a heading are a list;
        # "RESOLVED/-" over "1. That ...", a resolution numbered alone, is what was resolved.
        if (
            len(listed) == 1
            and listed[0].ref.isdigit()
            and section.prose.index(listed[0]) > 0
            and not listed[0].decided
        ):
            for paragraph in listed:
                where = f"item {section.ref or section.number}"
                message = (
                    f"Numbered '{paragraph.ref}' among unnumbered paragraphs of {where}; check"
                )
                self.warn(paragraph.lines[0], message)
