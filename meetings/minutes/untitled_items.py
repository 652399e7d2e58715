"""An item with no title, its number before its one sentence: "3.  The minutes of the meeting
held on 3rd February 2016, having previously been circulated, were taken as read and signed."
between items 2 and 4. It is the next item, not a list inside item 2, where it stands apart
between blank lines, no list was started in the item above and no line introduced one."""

from collections.abc import Callable
from typing import Any

from meetings.minutes.lines import Line
from meetings.minutes.references import Reference


class UntitledItemReader:
    """Mixed into text._Reader; called where "N. Sentence." was not read as a heading."""

    lines: list[Line]
    sections: list[Any]
    add_section: Callable[[int, Line, Reference, bool, int | None], None]
    continuation: Callable[..., None]
    warn: Callable[[Line, str], None]

    def untitled_item(self, i: int, line: Line, ref: str, text: str, explicit: bool) -> bool:
        section = self.sections[-1] if self.sections else None
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        above = self.lines[i - 1].text if i else ""
        if section is None or not (explicit and line.after_blank and not line.bulleted):
            return False
        if line.number and section.line.marked:
            return False  # Word's list numbers running on under headings: paragraphs
        if int(ref) != section.number + 1 or (following is not None and not following.after_blank):
            return False
        if any((p.ref or "").isdigit() for p in section.prose) or above.endswith((":", ":-")):
            return False  # "1. ..." / "2. ..." / "3. ...": a list in the item above
        if not (text[:1].isupper() and text.endswith(".") and len(text.split()) >= 8):
            return False
        self.add_section(i, line, Reference(ref, ""), False, int(ref))
        self.continuation(line, text)
        self.warn(line, f"Item {ref} has no title: its sentence is taken as its text; check")
        return True

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
