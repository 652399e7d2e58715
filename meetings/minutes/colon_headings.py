"""Minutes with no numbers at all whose items are lines "Title: text" ("Ashes Wall: Currently
awaiting quotes ...", "Any Other Business: ..."), as small bodies' clerks write them: each such
title is an unnumbered section with its text as the first paragraph. Only where several lines
read so, so that one "Note: ..." in prose stays prose; labels of the heading and of decisions
("Venue:", "Signed:", "Resolved:", "Action:") are never titles.

And in such minutes, a short line between blank lines over a paragraph of prose is a heading
even before any "Present:" list ("Appointment of Chairman", "Chairman's Announcements", "To
receive apologies for absence."), unless it reads plainly as a person's name: a loose reading
would take "Appointment of, Chairman" for an attendee."""

import re
from collections.abc import Callable
from typing import Any

from meetings.minutes.attendance import read_kind_heading
from meetings.minutes.dates import read_when
from meetings.minutes.held import TIMES_LINE
from meetings.minutes.lines import Line
from meetings.minutes.people import split_attendee_line
from meetings.minutes.person_names import reads_as_person
from meetings.minutes.references import (
    TITLE_COLON_TEXT,
    Reference,
    composite_heading,
    section_match,
)

_LABELS = {
    "action", "agreed", "attendees", "chair", "chairman", "clerk", "contact", "date", "dated",
    "decision", "email", "location", "note", "phone", "place", "proposed", "resolved",
    "seconded", "signed", "tel", "time", "venue", "vote", "voting",
}  # fmt: skip
_HONORIFICS = {"cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "prof", "rev", "revd", "sir"}
_LEAST = 3  # lines of the layout before any is read as a heading
# "Treasurer : £50K reserve / £20K current ...": a treasurer's report opens with a sum.
_MONEY_TEXT = re.compile(r"(?P<title>[A-Z][^:]{2,120}?):\s+(?P<text>[£$€]\s?\d.*)")
# "Minutes of the June Meeting; These had been circulated ...", "Finance; Statement from the
# Treasurer ...": a semicolon where other clerks type a colon, a few words before it.
_SEMICOLON_TEXT = re.compile(r"(?P<title>[A-Z][^:;,]{2,60}?);\s+(?P<text>[A-Z].*)")
_VERBS = {"was", "were", "is", "are", "had", "has", "have", "will", "would", "said", "asked"}
# "Hon. Secretary : Tony Clough, Roxwell House, ... Tel :01245 248553, e-mail : ...": an
# officer's address over the minutes, a telephone or e-mail label in the line's text.
_CONTACT = re.compile(r"\b(?:tel(?:ephone)?|phone|fax|e-?mail)\s*:", re.IGNORECASE)
# "Lead: Chair", "Presented by: Director of Finance": who presents an item, on an agenda.
_PRESENTER_LABEL = re.compile(r"lead(?:\s+officer)?|presenter|presented\s+by|report\s+author", re.I)
# "To receive apologies for absence.": an agenda's wording kept as the item's heading.
_TO_VERB = re.compile(r"To [a-z]+\b[^.:;]{0,80}\.?")
# "The Forum resolved:-", "It was noted that:-": a colon and a dash, as Scottish councils' minutes
# close the words that introduce a decision or a list; never a title, and prose that goes on.
COLON_DASH = re.compile(r".*:\s?[-\u2013\u2014]")


def text_under_headings(line: Line, sections: list[Any]) -> bool:
    """Whether `line`, no heading of the document's, is text under items that the document
    all sets as headings ("Budget and strategic plan" under "Finance Subgroup"): no item of
    its own when minutes without numbers are read for their headings."""
    return not line.marked and bool(sections) and all(set_apart(s.line) for s in sections)


def set_apart(line: Line) -> bool:
    """Whether an item's heading line is one the document sets apart: a heading, or a bullet
    over the item's text (sections.bulleted_heading)."""
    return line.marked or line.bulleted


def colon_title(text: str, known: set[str]) -> tuple[str, str] | None:
    """("Ashes Wall", "Currently awaiting quotes ...") for a line of the layout, else None."""
    m = TITLE_COLON_TEXT.fullmatch(text) or _MONEY_TEXT.fullmatch(text)
    if (
        not m
        and (m := _SEMICOLON_TEXT.fullmatch(text))
        and any(w.lower() in _VERBS for w in m["title"].split())
    ):
        return None  # "The Chairman was thanked; Eagley ...": a sentence, no title
    if not m:
        return None
    title = m["title"].strip()
    words = title.split()
    if not 0 < len(words) <= 6 or words[0].lower().rstrip(".") in _LABELS or "," in title:
        return None
    if section_match(title) or read_kind_heading(text, known) or read_kind_heading(title, known):
        return None  # "Present: ...", "Absent: ..." are attendance
    if read_when(title)[1] or words[0].lower().rstrip(".") in _HONORIFICS:
        return None  # "Date: ...", or "Cllr Smith: ..." (who spoke)
    return title, m["text"]


# "MATTERS ARISING  SMc reported that ...": a heading in capitals run into its text, two spaces or
# more between them where another clerk types a colon (a bowls club's minutes).
_CAPITALS_RUN_IN = re.compile(
    r"(?P<title>[A-Z][A-Z'\u2019&]+(?: [A-Z][A-Z'\u2019&]+){0,4})\s{2,}(?P<text>\S+\s+\S.*)"
)


def capitals_title(raw: str, known: set[str]) -> tuple[str, str] | None:
    """("MATTERS ARISING", "SMc reported ...") for a line of that layout, else None: never a
    label of the heading ("DATE  ...") or of attendance ("PRESENT  ..."), nor a number."""
    m = _CAPITALS_RUN_IN.fullmatch(raw.strip())
    if not m or m["title"].split()[0].lower() in _LABELS:
        return None
    if read_kind_heading(m["title"], known) or read_when(m["title"])[1]:
        return None
    return m["title"], " ".join(m["text"].split())


def line_title(line: Line, known: set[str]) -> tuple[str, str] | None:
    """A line's title and text, 'Title: text' or 'TITLE  text'."""
    return colon_title(line.text, known) or capitals_title(line.raw, known)


class ColonHeadingReader:
    """Mixed into text._Reader, for its third reading (`plain`: nothing numbered)."""

    lines: list[Line]
    known: set[str]
    stage: str
    plain: bool
    add_section: Callable[[int, Line, Reference, bool, int | None], None]
    continuation: Callable[..., None]
    warn: Callable[[Line, str], None]
    leave_out: Callable[[Line, str], None]
    attendees: list[Any]
    sections: list[Any]
    date: Any
    _colon_layout: bool | None = None

    def colon_layout(self) -> bool:
        """Whether the minutes' items are lines "Title: text" (three such lines or more)."""
        if self._colon_layout is None:
            found = [x for x in self.lines if line_title(x, self.known)]
            self._colon_layout = len(found) >= _LEAST
        return self._colon_layout

    def colon_item(self, i: int, line: Line) -> bool:
        if not self.plain or self.stage == "start" or line.cells or line.bulleted:
            return False
        split = self.colon_layout() and line_title(line, self.known)
        if not split:
            return False
        if self.stage == "body" and _PRESENTER_LABEL.fullmatch(split[0].strip()):
            # "Lead: Chair" under an item's title (a ModernGov agenda): who presents the item,
            # no item of its own.
            self.leave_out(line, "Who presents the item (the agenda's) left out of the record")
            return True
        if self.stage == "attendees" and reads_as_person(split[1].strip()):
            return False  # "Independent mentor (and note-taker): Sue Farrant": who was there
        if self.stage != "body" and _CONTACT.search(split[1]):
            self.warn(line, "Contact details left out of the record")
            return True
        first = self.stage != "body"
        self.add_section(i, line, Reference("", split[0]), False, None)
        self.continuation(line, split[1])
        if first and colon_title(line.text, self.known):
            # A title in capitals set apart from its text by a gap ("MATTERS ARISING  SMc ...")
            # is plainly a heading: only a colon's title could be a label in prose.
            self.warn(line, "Lines 'Title: text' read as unnumbered items (no numbers); check")
        return True

    def heading_over_prose(self, i: int, line: Line) -> bool:
        """Also, in numbered minutes, such a heading between the attendees and the first item
        ("Public Participation" / "There were no speakers." / "01/21/BC Apologies")."""
        before_items = self.stage == "attendees" and bool(self.attendees) and self.item_below(i)
        titled = self.stage in ("attendees", "body") or (self.stage == "board" and self.date)
        if not (self.plain or before_items) or not titled:
            return False  # the title's lines, up to its date, are the heading's to read
        if line.cells or line.bulleted or (self.plain and text_under_headings(line, self.sections)):
            return False
        text, words = line.text, line.text.split()
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        above = self.lines[i - 1].text if i else ""
        apart = below is not None and line.after_blank and below.after_blank
        if below is None or not (apart or self.no_blank_lines()) or above.endswith(":"):
            return False
        # "Preliminary issues:" set as a heading (a document's heading or bold line): its
        # colon closes the title, as "Apologies:" closes a label, over the item's prose.
        closed = line.marked and text.endswith(":") and ":" not in text[:-1]
        title_like = (
            0 < len(words) <= 10
            and text[:1].isupper()
            and (text[-1:] not in ".,;:" or closed)
            and "," not in text
            and not COLON_DASH.fullmatch(text)
        )
        if not (title_like or _TO_VERB.fullmatch(text)) or reads_as_person(text):
            return False
        if self.stage == "attendees" and _person_and_body(text) and _person_and_body(below.text):
            return False  # "Peter Wright - Hertfordshire PCT" over the list's last, stopped line
        if TIMES_LINE.match(text):
            return False  # "Time Started: 09:30 ...": when the meeting ran
        prose = below.text.split()
        ends = below.text[-1:] in ".!?" or bool(COLON_DASH.fullmatch(below.text))
        if len(prose) < 4 or not ends or read_kind_heading(text, self.known):
            return False
        if read_when(text)[1] or section_match(text) or TITLE_COLON_TEXT.fullmatch(text):
            return False
        self.add_section(i, line, Reference("", text.rstrip(".:")), False, None)
        return True

    def item_below(self, i: int) -> bool:
        """Whether a numbered item's heading starts within the three lines after the one below."""
        for x in self.lines[i + 2 : i + 5]:
            m = section_match(x.text)
            if (m and m["title"] and not m["title"].endswith(".")) or composite_heading(x.text):
                return True  # "1. Information relating to an individual." is a list's item
        return False

    def no_blank_lines(self) -> bool:
        """A copy that lost every blank line: headings cannot stand apart."""
        return not any(x.after_blank for x in self.lines[1:])


def _person_and_body(text: str) -> bool:
    """Whether a line is one person and what they come from after a dash ("Chris Fagan \u2013
    Three Rivers District Council."), as an attendance list's lines are."""
    pair = split_attendee_line(text.rstrip("."))
    return len(pair) == 1 and bool(pair[0][1]) and reads_as_person(pair[0][0])
