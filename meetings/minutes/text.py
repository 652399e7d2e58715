"""Reading the plain-text record of a board meeting. Pure Python, so the importer, the exporter
and the tests share it without a database. The text usually comes out of a PDF or Word, in the
layout of whichever body wrote it: the reader tolerates markup, page furniture and merged lines,
keeps numbers as written, and reports what it cannot place."""

import datetime
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from meetings.minutes.attendance import (
    board_from_title,
    is_all_caps,
    organisation_name,
    read_kind_heading,
)
from meetings.minutes.dates import BY_DATE, find_date, parse_date, read_when
from meetings.minutes.people import split_attendee_line


class MinutesError(ValueError):
    """The text cannot be used at all; the message is meant for the user."""


@dataclass(frozen=True)
class Problem:
    """A line the reader could not place ("error") or read with a doubt ("warning")."""

    line: int
    text: str
    message: str
    severity: str


@dataclass
class ParseResult:
    record: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)


# --- Line patterns -----------------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_HEADING_MARK = re.compile(r"#{1,6}(?=\s|\*|$)\s*")
_BULLET = re.compile(r"(?:[-*\u2013\u2014]\s+|[•▪●◦]\s*)")
_NOISE = re.compile(
    r"[-\u2013]?\s*\d{1,4}\s*[-\u2013]?|page\s+\d+(?:\s+of\s+\d+)?"
    r"|official(?:\s*[-\u2013]?\s*sensitive)?|not\s+protectively\s+marked",
    re.IGNORECASE,
)
TITLE = re.compile(
    r"(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:record|minutes)"
    r"(?:\s+of\s+(?:the\s+)?(?:\S+\s+){0,8}?meeting\b|\s*$|\s*[-\u2013\u2014:]\s)",
    re.IGNORECASE,
)
# "Date: Thursday 6 February 2020", "Time: 9.30am", or the date or time on its own.
_WHEN = re.compile(
    r"(?:((?:meeting\s+)?(?:date\s+and\s+time|time\s+and\s+date|date|time))\s*:?\s*)?(.*)",
    re.IGNORECASE,
)
_MEETING = re.compile(r"(?:meeting|board|committee|panel)\s*:\s*(.+)", re.IGNORECASE)
# "4. Title", "4 Title", "Item 4: Title", "4 - Title"; never "4.1" or "10:00".
_SECTION = re.compile(
    r"(?P<item>(?:agenda\s+)?item\s+)?(?P<number>\d{1,3})"
    r"(?:(?P<sep>\.|\s*[:\u2013\u2014]|\s+-)(?!\d)\s*|\s+|$)(?P<title>.*)",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"(\d{1,3})\.(\d{1,3})(\.?)(?:\s+(.*))?")
# "Action 3: ...", "Action 3 - ...", "Action point 2: ...", "ACTION: ..."; without a number the
# separator must be a colon or a dash set apart, so that "Action-oriented" stays prose.
_ACTION = re.compile(
    r"action(?:\s+point)?(?:\s*(\d{1,3})\s*[:.\-\u2013\u2014]|\s*[:\u2013\u2014]|\s+-)\s*(.*)",
    re.IGNORECASE,
)
# A footnote at the foot of a page: "¹ Attended remotely", "[2] Left after item 4". Matched on
# the raw line, before NFKC turns the superscript into a digit.
_FOOTNOTE_LINE = re.compile(
    r"(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|[\u2020\u2021]|\[\d{1,2}\])\s*\w"
)
# Words a heading does not end with; a line that does is prose wrapped after a number.
_TRAILING = {
    "a", "an", "and", "as", "at", "be", "by", "for", "from", "had", "has", "in", "is", "of",
    "on", "or", "that", "the", "to", "was", "were", "with",
}  # fmt: skip
# Lower-case words that belong in names: "Ursula von der Leyen", "Lord Smith of Finsbury".
_NAME_PARTICLES = {
    "al", "ap", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el",
    "la", "le", "of", "van", "von", "y",
}  # fmt: skip
WITHHELD_TEXT = "[Withheld from publication]"
_MARKER = (
    r"(?:\(restricted\)|\[restricted\]|\(not for publication\)"
    r"|[-\u2013\u2014]\s*not for publication)"
)
_MARKER_START = re.compile(rf"{_MARKER}[\s:]*", re.IGNORECASE)
_MARKER_END = re.compile(rf"\s*{_MARKER}$", re.IGNORECASE)
_META = re.compile(r"\s*\[([^\[\]]*)\]\s*$")
_META_KEYS = ("owner", "people", "due")


def _take_marker(text: str) -> tuple[str, bool]:
    """Text without a restricted marker at its start or end, and whether there was one."""
    found = False
    if m := _MARKER_START.match(text):
        text, found = text[m.end() :], True
    if m := _MARKER_END.search(text):
        text, found = text[: m.start()], True
    return text.strip(), found


def owner_from_text(text: str, organisations: dict[str, str]) -> str | None:
    m = re.match(r"(?:the\s+)?(.+?)\s+to\s", text, re.IGNORECASE)
    if not m:
        return None
    lead = m[1].strip()
    if lead.lower() in organisations:
        return organisations[lead.lower()]
    return lead if re.fullmatch(r"[A-Z][A-Z0-9&]+", lead) else None


def due_from_text(text: str) -> str | None:
    due = find_date(text, BY_DATE)
    return due.isoformat() if due else None


def split_meta(text: str) -> tuple[str, dict[str, str]]:
    """An action's text without its trailing '[owner: ...; due: ...]' group, and the group."""
    m = _META.search(text)
    if not m:
        return text, {}
    meta: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in m[1].split(";"))):
        key, colon, value = part.partition(":")
        if not colon or key.strip().lower() not in _META_KEYS:
            # Only a group made wholly of our keys is metadata; "[see annex]" is text.
            return text, {}
        meta[key.strip().lower()] = value.strip()
    return (text[: m.start()].rstrip(), meta) if meta else (text, {})


# --- Reading -----------------------------------------------------------------------------------


@dataclass
class _Line:
    no: int
    raw: str
    text: str
    marked: bool
    bulleted: bool
    after_blank: bool


def _clean(raw: str) -> tuple[str, bool, bool]:
    s = unicodedata.normalize("NFKC", raw).translate(_INVISIBLE).strip()
    marked = bulleted = False
    if m := _HEADING_MARK.match(s):
        marked, s = True, s[m.end() :]
    if m := _BULLET.match(s):
        bulleted, s = True, s[m.end() :]
    if len(s) > 4 and s.startswith("**") and s.endswith("**") and "**" not in s[2:-2]:
        marked = True
    s = s.replace("**", "").rstrip("#").strip()
    return " ".join(s.split()), marked, bulleted


def _prepare(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = noise = False
    for no, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        clean, marked, bulleted = _clean(raw)
        if not clean:
            blank = True
        elif _NOISE.fullmatch(clean):
            noise = True
        else:
            # A sentence that resumes in lower case after a page break is the same block.
            gap = blank and not (noise and clean[0].islower())
            lines.append(_Line(no, raw.strip(), clean, marked, bulleted, gap))
            blank = noise = False
    return lines


def _check_text(text: str) -> None:
    if not text.strip():
        raise MinutesError("The file is empty")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r")
    if "\x00" in text or controls > len(text) / 10:
        raise MinutesError("This looks like a binary file, not minutes text")


@dataclass
class _Action:
    written: int | None  # the number in the text, if it gave one
    parts: list[str]
    lines: list[_Line]


@dataclass
class _Paragraph:
    written: tuple[int, int] | None  # (4, 3) for "4.3"; None for an unnumbered paragraph
    blocks: list[str]
    lines: list[_Line]
    actions: list[_Action] = field(default_factory=list)


@dataclass
class _Section:
    number: int  # as written
    title: str
    restricted: bool
    withheld: bool
    line: _Line
    numbered: list[_Paragraph] = field(default_factory=list)
    # Paragraphs without numbers; they are the section's paragraphs only when it has no
    # numbered ones, which is known only at its end.
    prose: list[_Paragraph] = field(default_factory=list)


class _Reader:
    def __init__(self, lines: list[_Line], known: Iterable[str]) -> None:
        self.lines, known = lines, list(known)  # may be a one-shot iterator
        self.known = {k.lower() for k in known}
        # Owners come back in the spelling of the attendee headings where there is one.
        self.organisations = {k.lower(): k for k in known}
        self.headings: set[str] = set()
        self.problems: list[Problem] = []
        self.board = self.title = ""
        self.date: datetime.date | None = None
        self.stage = "start"  # start -> board -> attendees -> body
        self.kind, self.organisation = "present", None
        self.attendees: list[dict[str, Any]] = []
        self.sections: list[_Section] = []
        self.paragraph: _Paragraph | None = None
        self.action: _Action | None = None
        self.list_item: int | None = None  # an "N." line just read as a list item, not a heading
        self.action_count = 0

    def problem(self, line: _Line, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(line.no, line.raw, message, severity))

    def warn(self, line: _Line, message: str) -> None:
        self.problem(line, message, "warning")

    def run(self) -> None:
        for i, line in enumerate(self.lines):
            list_item, self.list_item = self.list_item, None
            if _FOOTNOTE_LINE.match(line.raw):
                # Before sections: NFKC makes "¹ Attended remotely" "1 Attended remotely".
                self.warn(line, "Footnote left out of the record")
            elif self.section(i, line, list_item):
                continue
            elif self.stage != "body":
                self.header(i, line)
            elif not (self.new_paragraph(line) or self.new_action(line)):
                self.continuation(line)

    # Header: board, title, date, attendees.

    def header(self, i: int, line: _Line) -> None:
        text = line.text
        if self.when(line):
            return
        if _PARAGRAPH.fullmatch(text) or _ACTION.fullmatch(text):
            self.problem(line, "Text before the first section could not be placed")
        elif self.stage in ("start", "board") and TITLE.match(text):
            self.title, self.date = text, find_date(text) or self.date
            self.board = self.board or board_from_title(text)
            self.stage = "attendees"
        elif (m := _MEETING.fullmatch(text)) and self.board.lower() in ("", m[1].lower()):
            self.board = m[1]
            self.stage = "board" if self.stage == "start" else self.stage
        elif self.stage == "start" and not read_kind_heading(text, self.known):
            self.board, self.stage = text, "board"
        elif self.stage == "board" and self.title_ahead(i):
            self.problem(line, "Text between the board name and the title could not be placed")
        else:
            self.stage = "attendees"
            self.attendee_line(line)

    def when(self, line: _Line) -> bool:
        """Reads a line that says when the meeting was ("Date: Thursday 6 February 2020",
        "Time: 9.30am"); the time is not kept."""
        m = _WHEN.fullmatch(line.text)
        if not m:
            return False
        label, value = m[1], m[2]
        date, only = read_when(value)
        if not (only or (label and date) or (label and not value)):
            return False
        if date:
            if self.date and date != self.date:
                self.warn(line, "This date differs from the title's; the title's is used")
            self.date = self.date or date
        return True

    def title_ahead(self, i: int) -> bool:
        for line in self.lines[i + 1 :]:
            if TITLE.match(line.text):
                return True
            if (m := _SECTION.fullmatch(line.text)) and m["sep"]:
                return False
        return False

    def attendee_line(self, line: _Line) -> None:
        text = line.text
        if text.lower() in (self.board.lower(), self.title.lower()):
            return  # a running page header repeated by the PDF
        if heading := read_kind_heading(text, self.known):
            self.kind, self.organisation = heading.kind, None
            if heading.organisation:
                self.organisation_heading(heading.organisation)
            if heading.people:
                self.people(line, heading.people)
            return
        if "," not in text and (
            line.marked or is_all_caps(text) or text.rstrip(":").strip().lower() in self.known
        ):
            self.organisation_heading(organisation_name(text))
            return
        self.people(line, text)

    def organisation_heading(self, name: str) -> None:
        self.organisation = name
        if name.lower() not in self.headings:
            self.headings.add(name.lower())
            self.organisations[name.lower()] = name

    def people(self, line: _Line, text: str) -> None:
        for part in text.split(";"):
            for name, role in split_attendee_line(part):
                if _is_person(name):
                    organisation, kind = self.organisation, self.kind
                    self.attendees.append(
                        dict(name=name, role=role, organisation=organisation, attendance=kind)
                    )
                else:
                    # Prose, dates and "Venue: ..." lines are not people; say so, not guess.
                    message = "Line among the attendees could not be read as 'Name, Role'"
                    self.problem(line, message)

    # Body: sections, paragraphs, actions.

    def section(self, i: int, line: _Line, list_item: int | None) -> bool:
        m = _SECTION.fullmatch(line.text)
        if not m:
            return False
        number, (title, restricted) = int(m["number"]), _take_marker(m["title"])
        explicit = bool(m["item"] or m["sep"])
        if not line.marked and (
            list_item == number - 1 or not self.plausible_section(i, number, title, explicit)
        ):
            self.list_item = number
            return False
        withheld = title.lower() == WITHHELD_TEXT.lower()
        if withheld:
            title, restricted = "", True
        self.sections.append(_Section(number, title, restricted, withheld, line))
        self.paragraph, self.action, self.stage = None, None, "body"
        return True

    def plausible_section(self, i: int, number: int, title: str, explicit: bool) -> bool:
        # "2. Something" may be a numbered list inside a paragraph, and "12 Members" a wrapped
        # line: a heading's number rises, and it is followed by its own first paragraph or
        # reads like a heading and is not far from the one before.
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        m = _PARAGRAPH.fullmatch(following.text) if following else None
        next_no = int(m[1]) if m else None
        previous = self.sections[-1].number if self.sections else None
        if previous is not None and (next_no == previous or number <= previous):
            return False
        if next_no == number:
            return True
        if len(title.split()) > 15 or title.endswith("."):
            return False
        if not explicit and not self.heading_like(i, title):
            return False
        if previous is None:
            return explicit or number == 1
        return number - previous <= (5 if explicit else 3) or is_all_caps(title)

    def heading_like(self, i: int, title: str) -> bool:
        """Whether "N Title", without a dot after the number, reads as a section heading."""
        line, words = self.lines[i], title.split()
        if not title[:1].isupper() or len(words) > 12 or words[-1].lower() in _TRAILING:
            return False
        if read_when(line.text)[1] or (self.stage != "body" and "," in title):
            return False  # "6 February 2020", "2 Marsham Street, London"
        previous = self.lines[i - 1].text if i else ""
        # A line that goes on from prose ending mid-sentence is the sentence's next line.
        return line.after_blank or self.paragraph is None or previous[-1:] in ".:;!?)\"'"

    def new_paragraph(self, line: _Line) -> bool:
        m = _PARAGRAPH.fullmatch(line.text)
        if not m:
            return False
        first, second, dot, text = int(m[1]), int(m[2]), m[3], m[4] or ""
        section = self.sections[-1]
        if not (line.marked or line.bulleted or dot) and (
            first != section.number or text[:1].islower()
        ):
            return False  # "3.5 million ..." wrapped onto the start of a line
        self.paragraph = _Paragraph((first, second), [text] if text else [], [line])
        section.numbered.append(self.paragraph)
        self.action = None
        return True

    def new_action(self, line: _Line) -> bool:
        m = _ACTION.fullmatch(line.text)
        if not m:
            return False
        if self.paragraph is None:
            number = self.sections[-1].number
            message = f"Action before the first paragraph of section {number} could not be placed"
            self.problem(line, message)
            return True
        self.action = _Action(int(m[1]) if m[1] else None, [m[2]], [line])
        self.paragraph.actions.append(self.action)
        return True

    def continuation(self, line: _Line) -> None:
        text = line.text
        if text.lower() in (self.board.lower(), self.title.lower()):
            return  # a running page header repeated by the PDF
        section, paragraph = self.sections[-1], self.paragraph
        if self.action is not None and not line.after_blank:
            self.action.parts.append(text)
            self.action.lines.append(line)
            return
        # After a blank line the text belongs to the paragraph again, not to its action.
        self.action = None
        if paragraph is None or (paragraph.written is None and line.after_blank):
            # Without numbers, a blank line starts the section's next paragraph; with them, it
            # starts the next block of the same paragraph.
            paragraph = self.paragraph = _Paragraph(None, [], [])
            section.prose.append(paragraph)
        if line.after_blank or not paragraph.blocks:
            paragraph.blocks.append(text)
        else:
            paragraph.blocks[-1] += " " + text
        paragraph.lines.append(line)

    # The record: numbers as written, with warnings where they do not run on.

    def record(self) -> dict[str, Any]:
        sections = [self.finish_section(s, i) for i, s in enumerate(self.sections)]
        return {
            "board": self.board,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "status": "draft",
            "attendees": self.attendees,
            "sections": sections,
        }

    def finish_section(self, section: _Section, index: int) -> dict[str, Any]:
        number = section.number
        if index and number != (previous := self.sections[index - 1].number) + 1:
            message = f"Section {number} follows section {previous}; numbers are kept as written"
            self.warn(section.line, message)
        data: dict[str, Any] = dict(
            number=number, title=section.title, restricted=section.restricted, paragraphs=[]
        )
        if section.withheld:
            data["withheld"] = True
        if section.numbered:
            self.unplaced(section)
            self.check_refs(section)
            paragraphs = [(_ref(p.written), p) for p in section.numbered if p.written]
        else:
            paragraphs = [(_ref((number, k)), p) for k, p in enumerate(section.prose, 1)]
        data["paragraphs"] = [self.finish_paragraph(ref, p) for ref, p in paragraphs]
        return data

    def unplaced(self, section: _Section) -> None:
        """Unnumbered text before the first numbered paragraph of a section is not a paragraph
        of its own, and belongs to none."""
        where = f"the first paragraph of section {section.number} could not be placed"
        for paragraph in section.prose:
            for line in paragraph.lines:
                self.problem(line, f"Text before {where}")
            for action in paragraph.actions:
                self.problem(action.lines[0], f"Action before {where}")
                for line in action.lines[1:]:
                    self.problem(line, f"Text before {where}")

    def check_refs(self, section: _Section) -> None:
        seen: set[tuple[int, int]] = set()
        previous: tuple[int, int] | None = None
        for paragraph in section.numbered:
            written = paragraph.written
            assert written is not None
            ref, line = _ref(written), paragraph.lines[0]
            if written[0] != section.number:
                message = f"Paragraph {ref} is in section {section.number}"
            elif written in seen:
                message = f"Paragraph {ref} appears twice in section {section.number}"
            elif previous is None and written[1] != 1:
                message = f"Section {section.number} begins at paragraph {ref}"
            elif previous is not None and written[1] != previous[1] + 1:
                message = f"Paragraph {ref} follows paragraph {_ref(previous)}"
            else:
                message = ""
            if message:
                self.warn(line, f"{message}; numbers are kept as written")
            seen.add(written)
            previous = written

    def finish_paragraph(self, ref: str, paragraph: _Paragraph) -> dict[str, Any]:
        text = "\n\n".join(paragraph.blocks)
        if text.lower() == WITHHELD_TEXT.lower() and not paragraph.actions:
            return {"ref": ref, "text": "", "restricted": True, "actions": [], "withheld": True}
        text, restricted = _take_marker(text)
        actions = [self.finish_action(a) for a in paragraph.actions]
        return dict(ref=ref, text=text, restricted=restricted, actions=actions)

    def finish_action(self, action: _Action) -> dict[str, Any]:
        # Action numbers run through the meeting in order, whether or not the text gave them.
        self.action_count += 1
        number = self.action_count
        if action.written is not None and action.written != number:
            self.warn(
                action.lines[0], f"Action {action.written} in the text is action {number} in order"
            )
        text, meta = split_meta(" ".join(action.parts).strip())
        owner = owner_from_text(text, self.organisations)
        due = due_from_text(text)
        if "owner" in meta:
            owner = None if meta["owner"].lower() in ("", "none") else meta["owner"]
        if "due" in meta:
            value = meta["due"]
            parsed = parse_date(value)
            due = parsed.isoformat() if parsed else None
            if not parsed and value.lower() not in ("", "none"):
                self.warn(action.lines[0], f"Due date '{value}' could not be read")
        people = [p.strip() for p in meta.get("people", "").split(",") if p.strip()]
        fields = dict(text=text, owner=owner, owner_people=people, due=due, status="open")
        return {"number": number, **fields}


def _ref(written: tuple[int, int]) -> str:
    return f"{written[0]}.{written[1]}"


def _is_person(name: str) -> bool:
    words = name.split()
    return (
        0 < len(words) <= 6
        and name[:1].isupper()
        and not name.endswith(".")
        and not re.search(r"[\d:]", name)
        # "Attended remotely" is a footnote, not a person; "d'Souza" and "van Dyke" are names.
        and all(w in _NAME_PARTICLES or any(c.isupper() for c in w) for w in words)
    )


def parse_minutes(text: str, *, known_organisations: Iterable[str] = ()) -> ParseResult:
    """Reads minutes text into the interchange dict; raises MinutesError when there is nothing
    usable. Section and paragraph numbers are kept as written, with a warning where they do
    not run on; unnumbered paragraphs are numbered in order. Lines it could not place are
    listed as problems with their line numbers."""
    _check_text(text)
    reader = _Reader(_prepare(text), known_organisations)
    reader.run()
    if not reader.sections:
        raise MinutesError("No numbered sections were found; sections look like '1. Minutes'")
    record = reader.record()
    return ParseResult(record, sorted(reader.problems, key=lambda p: p.line))
