"""Headings without numbers in minutes whose copy lost its blank lines: a short title stands
apart when the line above it is a finished sentence of prose and prose follows it."""

import re
from collections.abc import Callable
from typing import Any

from meetings.minutes.attendance import read_kind_heading
from meetings.minutes.lines import Line
from meetings.minutes.people import read_person
from meetings.minutes.person_names import reads_as_person
from meetings.minutes.references import (
    TITLE_COLON_TEXT,
    Reference,
    composite_heading,
    section_match,
)

_SENTENCE_END = re.compile(r"[a-z)][.?!](?:\s|$)")


def after_prose(lines: list[Line], i: int) -> bool:
    """Whether the line above line i is prose that ends a sentence ("The Chair welcomed all to
    the meeting ... Mr G Walker."), not a name or a label."""
    if i == 0:
        return False
    above = lines[i - 1].text
    if above[-1:] in ".!?" and wrapped_prose(lines, i - 2):
        return True  # a paragraph's short last line ("animal the other was making.")
    return len(above.split()) >= 6 and above[-1:] in ".!?" and not lines[i - 1].cells


def wrapped_prose(lines: list[Line], i: int) -> bool:
    """Whether line i is prose broken at the page's width ("Members were asked to give their
    name, school and year and whether they watched the" / "Great British ..."): a long line of
    words in lower case that stops mid-sentence, the paragraph going on below it."""
    if not 0 <= i < len(lines) - 1:
        return False
    line, below = lines[i], lines[i + 1]
    words = line.text.split()
    return (
        len(words) >= 8
        and sum(w[:1].islower() for w in words) >= 4
        and line.text[-1:] not in ".!?:;"
        and not (below.after_blank or line.cells or below.cells or line.bulleted or below.bulleted)
    )


def marked_sub_heading(line: Line, title: str) -> bool:
    """ "3.1 PSNI Briefing on Legacy Investigation Branch (Item 3.1 of minutes refers)" set as
    a heading (a heading block, a bold line of a PDF): a sub-item's heading over its text, in
    mixed case as well as in capitals, where it is short and no sentence."""
    return (
        line.level is not None
        and bool(title)
        and title[:1].isupper()
        and len(title.split()) <= 16
        and title[-1:] not in ".;:,"
    )


def _title_like(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 12
        and text[:1].isupper()
        and text[-1:] not in ".,;:"
        and "," not in text
        and sum(w[:1].isupper() for w in words) * 2 >= len(words)
    )


# Sentences before item 1 read as an item of their own: a few lines at most.
_PROSE_BEFORE_LINES = 4


def _sentence(line: Line) -> bool:
    """A sentence alone on its line: a capital, words in lower case (a verb among them), a
    full stop; no list, cell, heading or attendance label."""
    words = line.text.split()
    return (
        not (line.cells or line.bulleted or line.marked or line.number)
        and line.text[:1].isupper()
        and line.text[-1:] in ".!?"
        and len(words) >= 6
        and sum(w[:1].islower() for w in words) >= 4
        and "," not in line.text
        and read_kind_heading(line.text, ()) is None
        and section_match(line.text) is None
    )


def _long_sentence(line: Line) -> bool:
    """A sentence with commas in it, six words or more in small letters: no list of people."""
    words = line.text.split()
    return (
        not (line.cells or line.bulleted or line.marked or line.number)
        and line.text[:1].isupper()
        and line.text[-1:] in ".!?"
        and sum(w[:1].islower() for w in words) >= 6
        and read_kind_heading(line.text, ()) is None
        and section_match(line.text) is None
    )


def _over_bullets(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a short title alone after a blank line with '* ' bullets straight
    under it ("Matters arising" / "* Liz and Andy will meet ...")."""
    line, below = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    words = line.text.split()
    return (
        below is not None
        and line.after_blank
        and below.bulleted
        and not below.after_blank
        and not (line.bulleted or line.cells or line.number)
        and 0 < len(words) <= 10
        and line.text[:1].isupper()
        and line.text[-1:] not in ".,;:"
        and "," not in line.text
    )


def _prose(line: Line | None) -> bool:
    return line is not None and len(line.text.split()) >= 8 and line.text[-1:] in ".!?"


class HeadingBeforeItemsReader:
    """Mixed into text._Reader: "Briefing on Protocol for Webcasting of Meetings" between the
    attendees and "1. Apologies for Absence", over a paragraph of its own, is an unnumbered
    section, not a line among the attendees."""

    lines: list[Line]
    stage: str
    attendees: list[Any]
    sections: list[Any]
    add_section: Callable[[int, Line, Reference, bool, int | None], None]
    continuation: Callable[..., None]
    warn: Callable[[Line, str], None]
    colon_layout: Callable[[], bool]

    def heading_over_bullets(self, i: int, line: Line) -> bool:
        """Minutes with no numbers whose every heading stands alone over '* ' bullets
        ("Present" / "* Mark Bains (Chair), ...", "Matters arising" / "* Liz and Andy ...",
        "Correspondence" / "* None"): each heading that is no attendance label is an unnumbered
        item, not a line among the attendees nor a paragraph of the item above."""
        if self.stage not in ("attendees", "body") or not _over_bullets(self.lines, i):
            return False
        if (self.stage == "attendees" and not self.attendees) or not self.bullet_layout():
            return False
        if self.stage == "body" and not all(
            s.line.no in self._bullet_titles for s in self.sections
        ):
            return False  # items read another way: their headings, not these
        text = line.text
        if read_kind_heading(text, ()) or reads_as_person(text):
            return False
        self.add_section(i, line, Reference("", text), False, None)
        self._bullet_titles.add(line.no)
        return True

    _bullet_titles: set[int]
    _bullet_layout: bool | None = None

    def bullet_layout(self) -> bool:
        """Whether the minutes are laid out so: no numbered item, and two headings over bullets
        at least besides the attendance's labels."""
        if self._bullet_layout is None:
            self._bullet_titles = set()
            titles = [
                x
                for k, x in enumerate(self.lines)
                if _over_bullets(self.lines, k) and not read_kind_heading(x.text, ())
            ]
            numbered = any(section_match(x.text) for x in self.lines)
            self._bullet_layout = len(titles) >= 2 and not numbered
        return self._bullet_layout

    def heading_before_items(self, i: int, line: Line) -> bool:
        if self.stage != "attendees" or not self.attendees or not line.after_blank:
            return False
        text = line.text
        if self.colon_layout() and TITLE_COLON_TEXT.fullmatch(text):
            # "Matters Arising from previous Meeting: Nil" over "Secretary's Report: ...": the
            # first of the minutes' "Title: text" items (colon_headings), no heading over prose.
            return False
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        after = self.lines[i + 2 : i + 4]
        if not (_title_like(text) and _prose(below) and not (line.cells or line.bulleted)):
            return False
        # Only where the minutes' first item follows the paragraph, or where the paragraph is
        # long prose of sentences standing apart below it ("Court Issues" over "NVW made the
        # point about ... How long must somebody wait to be sentenced?"), the title no name,
        # right after a line read as people (the attendance ends there, not in prose).
        long_prose = (
            below is not None
            and i > 0
            and self.lines[i - 1].no in getattr(self, "read_from", {})
            and below.after_blank
            and len(below.text.split()) >= 30
            and len(_SENTENCE_END.findall(below.text)) >= 2
            and not reads_as_person(text)
        )
        if (read_person(text) and not long_prose) or read_kind_heading(text, ()):
            return False
        first_below = any((m := section_match(x.text)) and m["number"] == "1" for x in after)
        if not (long_prose or first_below):
            return False
        self.add_section(i, line, Reference("", text), False, None)
        if not first_below:
            return True  # the minutes' first item, its own title over its text
        self.sections[-1].number = 0  # before item 1, which runs on from it
        if not long_prose:  # over a long paragraph standing apart, a heading beyond doubt
            self.warn(line, "A heading without a number before item 1 is taken as a section; check")
        return True

    def prose_before_items(self, i: int, line: Line) -> bool:
        """ "Potential new member Carl has not responded to emails." / "Minutes of the last
        meeting agreed and accepted." between the attendance and "Item 1.": sentences before the
        first item, kept as an item with no number or title before it, not read as people."""
        if self.stage != "attendees" or self.sections:
            return False
        run = self.lines[i : i + _PROSE_BEFORE_LINES + 1]
        ahead = next((k for k, x in enumerate(run) if not _sentence(x)), None)
        if not ahead:
            return False
        if not self.attendees and ahead == 1:
            # "The Chair welcomed A and B, accompanied by ...": a sentence with commas after the
            # first, six words or more in small letters.
            ahead = next((k for k, x in enumerate(run) if k and not _long_sentence(x)), None)
            if not ahead:
                return False
        below = run[ahead]
        if not self.attendees:
            # "The meeting opened at 5.06 pm." / "The Chair welcomed ..." / "08/14 Apologies"
            # (bold) before anyone is listed: two sentences or more opening the minutes, above
            # the first minute, its reference as written, set as a heading.
            if ahead < 2 or not (below.marked and composite_heading(below.text)):
                return False
        # Item 1 set as a heading (a heading block, a Markdown or bold line), right below.
        elif not (below.marked and (m := section_match(below.text)) and m["number"] == "1"):
            return False
        self.add_section(i, line, Reference("", ""), False, None)
        self.sections[-1].number = 0  # before item 1, which runs on from it
        self.continuation(line)
        return True
