"""Reading and writing the plain-text record of a board meeting. Pure Python, so the importer,
the exporter and the tests share it without a database. The text usually comes out of a PDF: the
reader tolerates markup, page furniture and merged lines, and reports what it cannot place."""

import datetime
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from meetings.minutes.dates import BY_DATE, find_date, format_date, parse_date
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
_TITLE = re.compile(r"(?:record|minutes)\s+of\s+(?:the\s+)?(?:\S+\s+){0,8}?meeting\b", re.I)
_DATE_LINE = re.compile(r"(?:meeting\s+)?date\s*:?\s*(.+)", re.IGNORECASE)
_SECTION = re.compile(r"(\d{1,3})\.(?:\s+(.*))?")
_PARAGRAPH = re.compile(r"(\d{1,3})\.(\d{1,3})(\.?)(?:\s+(.*))?")
_ACTION = re.compile(r"action\s*(\d{1,3})\s*[:.\-\u2013\u2014]\s*(.*)", re.IGNORECASE)
_KIND = re.compile(
    r"(present|members present|attendees|attendance|also present|attending|in attendance"
    r"|also in attendance|apologies(?: for absence)?|apologies received)\s*(?::\s*(.*))?",
    re.IGNORECASE,
)
_WITHHELD_TEXT = "[Withheld from publication]"
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


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _owner_from_text(text: str, organisations: dict[str, str]) -> str | None:
    m = re.match(r"(?:the\s+)?(.+?)\s+to\s", text, re.IGNORECASE)
    if not m:
        return None
    lead = m[1].strip()
    if lead.lower() in organisations:
        return organisations[lead.lower()]
    return lead if re.fullmatch(r"[A-Z][A-Z0-9&]+", lead) else None


def _due_from_text(text: str) -> str | None:
    due = find_date(text, BY_DATE)
    return due.isoformat() if due else None


def _split_meta(text: str) -> tuple[str, dict[str, str]]:
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


_KINDS = {"in attendance": "in_attendance", "also in attendance": "in_attendance"}


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
        self.sections: list[dict[str, Any]] = []
        self.section_no: int | None = None  # as written in the text
        self.paragraph: dict[str, Any] | None = None
        self.action: dict[str, Any] | None = None
        self.actions = 0
        self.list_item: int | None = None  # an "N." line just read as a list item, not a heading

    def problem(self, line: _Line, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(line.no, line.raw, message, severity))

    def warn(self, line: _Line, message: str) -> None:
        self.problem(line, message, "warning")

    def run(self) -> None:
        for i, line in enumerate(self.lines):
            list_item, self.list_item = self.list_item, None
            if self.section(i, line, list_item):
                continue
            if self.stage != "body":
                self.header(i, line)
            elif not (self.new_paragraph(line) or self.new_action(line)):
                self.continuation(line)

    # Header: board, title, attendees.

    def header(self, i: int, line: _Line) -> None:
        text = line.text
        m = _DATE_LINE.fullmatch(text)
        if m and (date := parse_date(m[1])):
            if self.date and date != self.date:
                self.warn(line, "This date differs from the title's; the title's is used")
            self.date = self.date or date
        elif _PARAGRAPH.fullmatch(text) or _ACTION.fullmatch(text):
            self.problem(line, "Text before the first section could not be placed")
        elif self.stage in ("start", "board") and _TITLE.match(text):
            self.title, self.date = text, find_date(text) or self.date
            self.stage = "attendees"
        elif self.stage == "start" and not _KIND.fullmatch(text):
            self.board, self.stage = text, "board"
        elif self.stage == "board" and self.title_ahead(i):
            self.problem(line, "Text between the board name and the title could not be placed")
        else:
            self.stage = "attendees"
            self.attendee_line(line)

    def title_ahead(self, i: int) -> bool:
        for line in self.lines[i + 1 :]:
            if _TITLE.match(line.text):
                return True
            if _SECTION.match(line.text):
                return False
        return False

    def attendee_line(self, line: _Line) -> None:
        text = line.text
        if text.lower() in (self.board.lower(), self.title.lower()):
            return  # a running page header repeated by the PDF
        if m := _KIND.fullmatch(text):
            kind = m[1].lower()
            self.kind = "apologies" if kind.startswith("apologies") else _KINDS.get(kind, "present")
            self.organisation = None
            if m[2]:
                self.people(line, m[2])
            return
        heading = text.rstrip(":").strip()
        if "," not in text and (
            line.marked or _is_all_caps(heading) or heading.lower() in self.known
        ):
            # "Mayor's Office for Policing and Crime (MOPAC)" is known by its short name.
            if m := re.search(r"\(([A-Z][A-Z0-9&]+)\)$", heading):
                heading = m[1]
            self.organisation = heading
            if heading.lower() not in self.headings:
                self.headings.add(heading.lower())
                self.organisations[heading.lower()] = heading
            return
        self.people(line, text)

    def people(self, line: _Line, text: str) -> None:
        for name, role in split_attendee_line(text):
            # Prose, dates and "Venue: ..." lines are not people; say so rather than guess.
            if len(name.split()) > 6 or name.endswith(".") or re.search(r"[\d:]", name):
                self.problem(line, "Line among the attendees could not be read as 'Name, Role'")
            else:
                organisation, kind = self.organisation, self.kind
                self.attendees.append(
                    dict(name=name, role=role, organisation=organisation, attendance=kind)
                )

    # Body: sections, paragraphs, actions.

    def section(self, i: int, line: _Line, list_item: int | None) -> bool:
        m = _SECTION.fullmatch(line.text)
        if not m:
            return False
        number, (title, restricted) = int(m[1]), _take_marker(m[2] or "")
        if not line.marked and (
            list_item == number - 1 or not self.plausible_section(i, number, title)
        ):
            self.list_item = number
            return False
        derived = len(self.sections) + 1
        if number != derived:
            self.warn(line, f"Section {number} in the text is section {derived} in order")
        section = dict(number=derived, title=title, restricted=restricted, paragraphs=[])
        if title.lower() == _WITHHELD_TEXT.lower():
            section.update(title="", restricted=True, withheld=True)
        self.sections.append(section)
        self.section_no, self.paragraph, self.action, self.stage = number, None, None, "body"
        return True

    def plausible_section(self, i: int, number: int, title: str) -> bool:
        # Unmarked "2. Something" may be a numbered list inside a paragraph; only the next
        # number in sequence, or a line followed by its own first paragraph, is a heading.
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        m = _PARAGRAPH.fullmatch(following.text) if following else None
        next_no = int(m[1]) if m else None
        previous = self.section_no
        if previous is not None and next_no == previous:
            return False
        fits = len(title.split()) <= 15 and not title.endswith(".")
        if fits and (previous is None or number == previous + 1):
            return True
        return next_no == number and (previous is None or number > previous)

    def new_paragraph(self, line: _Line) -> bool:
        m = _PARAGRAPH.fullmatch(line.text)
        if not m:
            return False
        first, second, dot, text = int(m[1]), int(m[2]), m[3], m[4] or ""
        section = self.sections[-1]
        if not (line.marked or line.bulleted or dot) and (
            first not in (self.section_no, section["number"]) or text[:1].islower()
        ):
            return False  # "3.5 million ..." wrapped onto the start of a line
        derived = f"{section['number']}.{len(section['paragraphs']) + 1}"
        if f"{first}.{second}" != derived:
            self.warn(line, f"Paragraph {first}.{second} in the text is {derived} in order")
        self.paragraph = {"ref": derived, "blocks": [text] if text else [], "actions": []}
        section["paragraphs"].append(self.paragraph)
        self.action = None
        return True

    def new_action(self, line: _Line) -> bool:
        m = _ACTION.fullmatch(line.text)
        if not m:
            return False
        if self.paragraph is None:
            number = self.sections[-1]["number"]
            message = f"Action before the first paragraph of section {number} could not be placed"
            self.problem(line, message)
            return True
        self.actions += 1
        if int(m[1]) != self.actions:
            self.warn(line, f"Action {m[1]} in the text is action {self.actions} in order")
        self.action = {"number": self.actions, "parts": [m[2]], "line": line}
        self.paragraph["actions"].append(self.action)
        return True

    def continuation(self, line: _Line) -> None:
        text = line.text
        if text.lower() in (self.board.lower(), self.title.lower()):
            return  # a running page header repeated by the PDF
        if self.action is not None and not line.after_blank:
            self.action["parts"].append(text)
        elif self.paragraph is not None:
            # After a blank line the text belongs to the paragraph again, not to its action.
            self.action = None
            blocks = self.paragraph["blocks"]
            if line.after_blank or not blocks:
                blocks.append(text)
            else:
                blocks[-1] += " " + text
        else:
            number = self.sections[-1]["number"]
            self.problem(
                line, f"Text before the first paragraph of section {number} could not be placed"
            )

    def record(self) -> dict[str, Any]:
        return {
            "board": self.board,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "status": "draft",
            "attendees": self.attendees,
            "sections": [
                {**s, "paragraphs": [self.finish_paragraph(p) for p in s["paragraphs"]]}
                for s in self.sections
            ],
        }

    def finish_paragraph(self, paragraph: dict[str, Any]) -> dict[str, Any]:
        text = "\n\n".join(paragraph["blocks"])
        if text.lower() == _WITHHELD_TEXT.lower() and not paragraph["actions"]:
            ref = paragraph["ref"]
            return {"ref": ref, "text": "", "restricted": True, "actions": [], "withheld": True}
        text, restricted = _take_marker(text)
        actions = [self.finish_action(a) for a in paragraph["actions"]]
        return dict(ref=paragraph["ref"], text=text, restricted=restricted, actions=actions)

    def finish_action(self, action: dict[str, Any]) -> dict[str, Any]:
        text, meta = _split_meta(" ".join(action["parts"]).strip())
        owner = _owner_from_text(text, self.organisations)
        due = _due_from_text(text)
        if "owner" in meta:
            owner = None if meta["owner"].lower() in ("", "none") else meta["owner"]
        if "due" in meta:
            value = meta["due"]
            parsed = parse_date(value)
            due = parsed.isoformat() if parsed else None
            if not parsed and value.lower() not in ("", "none"):
                self.warn(action["line"], f"Due date '{value}' could not be read")
        people = [p.strip() for p in meta.get("people", "").split(",") if p.strip()]
        fields = dict(text=text, owner=owner, owner_people=people, due=due, status="open")
        return {"number": action["number"], **fields}


def parse_minutes(text: str, *, known_organisations: Iterable[str] = ()) -> ParseResult:
    """Reads minutes text into the interchange dict; raises MinutesError when there is nothing
    usable. Numbers are derived from order; lines it could not place are listed as problems."""
    _check_text(text)
    reader = _Reader(_prepare(text), known_organisations)
    reader.run()
    if not reader.sections:
        raise MinutesError("No numbered sections were found; sections look like '1. Minutes'")
    record = reader.record()
    return ParseResult(record, sorted(reader.problems, key=lambda p: p.line))


# --- Writing -----------------------------------------------------------------------------------

_LABELS = {"present": "Present:", "in_attendance": "In attendance:", "apologies": "Apologies:"}


type _Groups = list[tuple[str | None, list[dict[str, Any]]]]


def _attendee_blocks(attendees: list[dict[str, Any]]) -> list[tuple[str | None, _Groups]]:
    """Attendees by kind (no kind heading when everyone was present), then by organisation in
    order of first appearance, those without an organisation first."""
    all_present = all(a.get("attendance", "present") == "present" for a in attendees)
    blocks: list[tuple[str | None, _Groups]] = []
    for kind, heading in _LABELS.items():
        people = [a for a in attendees if all_present or a.get("attendance") == kind]
        if not people:
            continue
        groups: dict[str | None, list[dict[str, Any]]] = {None: []}
        for person in people:
            groups.setdefault(person.get("organisation") or None, []).append(person)
        blocks.append((None if all_present else heading, [(k, v) for k, v in groups.items() if v]))
        if all_present:
            break
    return blocks


def _iso_date(value: str | datetime.date) -> datetime.date:
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


def _action_meta(action: dict[str, Any], organisations: dict[str, str]) -> str:
    text = action.get("text") or ""
    owner, due = action.get("owner") or None, action.get("due") or None
    people = action.get("owner_people") or []
    parts = []
    # Without an explicit group, a text that itself ends in one would lose it on reading.
    if owner != _owner_from_text(text, organisations) or _split_meta(text)[1]:
        parts.append(f"owner: {owner or 'none'}")
    if people:
        parts.append("people: " + ", ".join(people))
    if due != _due_from_text(text):
        parts.append(f"due: {due or 'none'}")
    return f" [{'; '.join(parts)}]" if parts else ""


def render_minutes(record: dict[str, Any], *, known_organisations: Iterable[str] = ()) -> str:
    """The record as plain text in the layout of the board's own records; parse_minutes reads
    it back to the same record (given the same known_organisations)."""
    out: list[str] = []

    def block(text: str) -> None:
        out.extend([text, ""])

    if record.get("board"):
        block(record["board"])
    title, date = " ".join((record.get("title") or "").split()), record.get("date")
    if date and not (_TITLE.match(title) and find_date(title) == _iso_date(date)):
        # Only a title that reads back with the record's date keeps the date in the text.
        title = f"Record of Meeting {format_date(_iso_date(date))}"
    if title:
        block(title)
    organisations = {k.lower(): k for k in known_organisations}
    headings: set[str] = set()
    for kind_heading, groups in _attendee_blocks(record.get("attendees") or []):
        if kind_heading:
            block(kind_heading)
        for organisation, people in groups:
            if organisation:
                block(organisation)
                if organisation.lower() not in headings:
                    headings.add(organisation.lower())
                    organisations[organisation.lower()] = organisation
            lines = [f"{p['name']}, {p['role']}" if p.get("role") else p["name"] for p in people]
            block("\n".join(lines))
    for section in record.get("sections") or []:
        if section.get("withheld"):
            block(f"{section['number']}. {_WITHHELD_TEXT}")
            continue
        marker = " (restricted)" if section.get("restricted") else ""
        title = " ".join((section.get("title") or "").split())
        block(f"{section['number']}. {title}{marker}".rstrip())
        for paragraph in section.get("paragraphs") or []:
            if paragraph.get("withheld"):
                block(f"{paragraph['ref']}. {_WITHHELD_TEXT}")
                continue
            blocks = re.split(r"\n\s*\n", paragraph.get("text") or "")
            text = "\n\n".join(" ".join(b.split()) for b in blocks if b.strip())
            marker = "(restricted) " if paragraph.get("restricted") else ""
            block(f"{paragraph['ref']}. {marker}{text}".rstrip())
            for action in paragraph.get("actions") or []:
                text = " ".join((action.get("text") or "").split())
                meta = _action_meta({**action, "text": text}, organisations)
                block(f"Action {action['number']}: {text}{meta}".rstrip())
    return "\n".join(line.rstrip() for line in out).strip("\n") + "\n"
