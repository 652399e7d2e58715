"""The heading block of minutes: what the reader takes from the lines before the first section
besides the attendees — the board, the date, the place — and the clutter it leaves out (a
document number, a running title such as "Agenda and minutes", a web page's "Media")."""

import datetime
import re
from typing import Any

from meetings.minutes.attendance import (
    board_from_title,
    is_all_caps,
    organisation_name,
    read_kind_heading,
)
from meetings.minutes.dates import date_span, find_date, read_when
from meetings.minutes.lines import Line, Problem
from meetings.minutes.people import (
    is_organisation,
    looks_like_name,
    read_people_sentence,
    read_person,
    split_attendee_line,
    split_caps_surnames,
    split_initialled_run,
    split_name_pairs,
)
from meetings.minutes.references import ACTION, PARAGRAPH, SECTION, TRAILING

TITLE = re.compile(
    r"(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:record|minutes)"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:\S+\s+){0,8}?meeting\b|\s*$|\s*[-\u2013\u2014:]\s"
    r"|\s+of\s+(?:the\s+)?(?:\S+\s+){0,6}?(?:council|board|committee|panel|authority)\b)",
    re.IGNORECASE,
)
# "Louise Casey had sent apologies", "Cllr Lee sent his apologies".
_SENT_APOLOGIES = re.compile(
    r"(?P<people>(?:[A-Z][\w'\u2019.-]*\s+){1,4}?)(?:had\s+|has\s+)?(?:sent|tendered|given)\s+"
    r"(?:(?:her|his|their)\s+)?apolog"
)
# "Alan Yates noted apologies from Judith Smyth, Non-Executive Director."
_APOLOGIES_FROM = re.compile(
    r"(?:noted|received|accepted|reported)\s+(?:the\s+)?apolog(?:ies|y)(?:\s+for\s+absence)?"
    r"\s+(?:from|of)\s+(?P<people>.+?)(?=\.\s+[A-Z][a-z]+\s+[a-z]|\.?\s*$)",
    re.IGNORECASE,
)
_PROSE_APOLOGIES = re.compile(
    r"(?:apolog(?:ies|y)(?:\s+for\s+absence)?)\s+(?:were|was|had\s+been|have\s+been|has\s+been)"
    r"\s+(?:received|submitted|given|noted|tendered)(?:\s+on\s+behalf\s+of|\s+from)\s+"
    # To the end of the sentence, not the full stop of "Cllr." or "K. Evans".
    r"(?P<people>.+?)(?=\.\s+[A-Z][a-z]+\s+[a-z]|\.?\s*$)",
    re.IGNORECASE,
)
# Initials written beside a name, to resolve actions: "AB", "RCp", "MWh".
_INITIALS = re.compile(r"[A-Z]{2,4}|[A-Z]{2,3}[a-z]{1,2}")
_NAME_INITIALS = re.compile(r"(.+?)\s*\(([^()]+)\)")
# A local authority after a name is where the member comes from: "Cllr Dean, Borough Council".
_AUTHORITY = re.compile(
    r"(?:(?:[A-Z][\w&'.-]*|and|of|&)\s+)*(?:Council|Authority|Audit\s+Office|Police|Constabulary)"
)
# A note on someone's attendance, not a role: "(part)", "(items 1-4)", "(left at 11.15am)".
_NOTE = re.compile(
    r"(?:in\s+)?part(?:\s+meeting)?|(?:for\s+|from\s+|until\s+)?items?\s+\d.*"
    r"|(?:left|joined|arrived|attended)\b.*|via\s+\w+.*|remote(?:ly)?|virtual(?:ly)?",
    re.IGNORECASE,
)
_ROLE_WORDS_LINE = re.compile(
    r"\b(?:manager|head|lead|adviser|advisor|governor|consultant|representative|nurse|"
    r"practitioner|coordinator|assistant|minister|commissioner|inspector|superintendent)\b",
    re.IGNORECASE,
)
_SURNAME = re.compile(r"(?:Mc|Mac|O')?[A-Z][A-Za-z'\u2019-]+")
_BRACKETED = re.compile(r"\([^()]{1,60}\)")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_TRAILING_NOTE = re.compile(r".+\(([^()]+)\)")
_LEADING_NOTE = re.compile(r"\(([^()]+)\),\s*([^()]+)|([^()]+?)\s*\(([^()]+)\)")
_ROLE_NOTE = re.compile(
    r"\b(?:chair|chairman|chairperson|vice|deputy|clerk|secretary|mayor|leader|officer"
    r"|director|member|substitute|executive|treasurer)\b",
    re.IGNORECASE,
)
# "Date: Thursday 6 February 2020", "Time: 9.30am", or the date or time on its own.
_WHEN = re.compile(
    r"(?:((?:meeting\s+)?(?:date\s+and\s+time|time\s+and\s+date|date|time))\s*:?\s*)?(.*)",
    re.IGNORECASE,
)
_MEETING = re.compile(r"(?:meeting|board|committee|panel)\s*:\s*(.+)", re.IGNORECASE)
# Lower-case words that belong in names: "Ursula von der Leyen", "Lord Smith of Finsbury".
_NAME_PARTICLES = {
    "al", "ap", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el",
    "la", "le", "of", "van", "von", "y",
}  # fmt: skip
# Attendance lines that list nobody: "None", "There were no absences".
_NOBODY = re.compile(
    r"(?:none|nil|n/a|there\s+were\s+(?:none|no\s+\w+(?:\s+\w+)?)|no\s+(?:apologies|absences))\.?",
    re.IGNORECASE,
)
_PUBLIC_LINE = re.compile(
    r"(?:\d+|one|two|three|four|five|several|no)\s+members?\s+of\s+(?:the\s+)?public\.?",
    re.IGNORECASE,
)
_IN_THE_CHAIR = re.compile(
    r"(?P<who>.+?),?\s+in\s+the\s+chair\b[.)]?\s*(?P<rest>.*)", re.IGNORECASE
)
# Lines that are never part of the record: running titles and a web page's furniture.
_CLUTTER = re.compile(
    r"agenda(?:\s+and\s+minutes)?|(?:full|board\s+meeting|meeting)\s+minutes"
    r"|(?:un)?confirmed|draft|media|items|no\.?\s+item|item\s+no\.?\s+item\s+under\s+discussion"
    r"|agenda\s+part\s+\w+|part\s+(?:one|two|1|2|i|ii)\b.*|share\s+this\s+item"
    r"|additional\s+documents\s*:?|view\s+directions|(?:.*\s)?minutes\s*[-\u2013]\s*(?:final|draft)"
    # A table's header row repeated on each page, and an accessibility notice.
    r"|(?:names?|members?|attendees?)\s*[,|]?\s*(?:roles?|titles?|organisations?|positions?)"
    r"|.*\b(?:available|provided)\s+in\s+(?:large\s+print|braille|other\s+formats|welsh).*"
    r"|.*\b(?:large\s+print|alternative\s+format|easy\s+read)\b.*(?:request|contact|call).*"
    r"|chair(?:man|person)?'?s\s+initials.*|(?:https?://|www\.)\S+|.{0,60}\blogo"
    r"|signed\s*[:.\u2026_]*\s*(?:\(?chair(?:man|person)?\)?)?[\s.\u2026_]*(?:date\s*[:.\u2026_]*)?",
    re.IGNORECASE,
)
_HEADER_CELL = re.compile(
    r"names?|roles?|job\s+titles?|organi[sz]ations?|positions?|designations?", re.IGNORECASE
)
# "MPC(21)M04", "V2.1", "CNPA.Paper.135": one token with a digit, no words round it.
_DOCUMENT_NUMBER = re.compile(r"(?=\S*\d)[A-Z][A-Za-z0-9().\-/_]{1,24}")
_FILE_PATH = re.compile(r"(?:[A-Za-z]:\\|\\\\|\S*[\\/]\S*\.(?:docx?|pdf)\b).*", re.IGNORECASE)
# "Venue: Remote", "Date and Time: ...", "Title of meeting National Policing Board".
_LABEL = re.compile(
    r"(?P<label>title\s+of\s+meeting|name\s+of\s+meeting|meeting\s+title"
    r"|venue(?:\s+for\s+meeting)?|location|place|contact|chair(?:man|person)?)"
    r"\s*(?::-?|\||,|\s)\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
# A heading inside a table of attendees naming a group, not a person: "Board Directors".
_GROUP = re.compile(
    r"(?:[A-Z][\w-]*\s+){0,3}(?:directors|members|officers|others|advisers|observers|governors)",
    re.IGNORECASE,
)
# A kind heading run into the line before it: "... Bob Wilson In Attendance: Jane Hope, ...".
_KIND_INSIDE = re.compile(
    r"\s+(?=(?:in\s+attendance|apologies(?:\s+for\s+absence)?|also\s+present|absent)\s*:)",
    re.IGNORECASE,
)
_OTHERS = re.compile(r"\s+(?=(?i:others)\s+[A-Z])")
_LABEL_KEYS = {
    "title": "board", "name": "board", "meeting": "board", "venue": "place", "location": "place",
}  # fmt: skip
_AT_MEETING = re.compile(
    r"at\s+an?\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?(?P<board>.+?)\s+held\b", re.IGNORECASE
)
_MEETING_OF = re.compile(r"meeting\s+of\s+(?:the\s+)?(?P<board>.+?)\s*$", re.IGNORECASE)
# "Surrey Police and Crime Panel - Tuesday, 15 September 2020 10.30 am",
# "National Policing Board Minutes 4 November 2020", "Derby CCG Governing Body Meeting in Public".
_BOARD_TAIL = re.compile(
    r"(?:\s+[-\u2013\u2014]\s*|\s+)(?:(?:board\s+)?meeting(?:\s+in\s+public)?|minutes)\s*$",
    re.IGNORECASE,
)
_TITLE_INSIDE = re.compile(
    r"\s(?:(?:draft|unconfirmed|confirmed|approved)\s+)?minutes\s+of\b", re.IGNORECASE
)
_PLACE_END = r"(?=\s+(?i:on|from|commencing)\s|\s+(?i:at)\s+\d|\s*[.;]?\s*$)"
_HELD_AT = re.compile(rf"\b(?i:at)\s+(?:(?i:the)\s+)?(?P<place>[A-Z][^.;@]*?){_PLACE_END}")
_VIA = re.compile(rf"\b(?i:via)\s+(?P<place>[A-Z][\w ]*?){_PLACE_END}")
_PDF_ICON = re.compile(r"\s*pdf\s+icon\s+pdf\s+[\d.]+\s*[km]b\s*$", re.IGNORECASE)
_VENUE_TAIL = re.compile(r"\.?\s*view\s+directions\.?\s*$", re.IGNORECASE)


def is_clutter(text: str) -> bool:
    """A running title, a document number, a file path or a web page's furniture."""
    return bool(
        _CLUTTER.fullmatch(text.strip(" :"))
        # A table's header cell on its own line; "NAME" in capitals may be an organisation.
        or (_HEADER_CELL.fullmatch(text) and not text.isupper())
        or (_DOCUMENT_NUMBER.fullmatch(text) and not find_date(text) and " " not in text)
        or _FILE_PATH.fullmatch(text)
    )


def label_line(text: str) -> tuple[str, str] | None:
    """('board' | 'place' | 'contact' | 'chair', value) for a label and value line."""
    m = _LABEL.fullmatch(text)
    if not m:
        return None
    first = m["label"].split()[0].lower()
    key = _LABEL_KEYS.get(first, "chair" if first.startswith("chair") else first)
    value = _VENUE_TAIL.sub("", m["value"]).strip()
    return key, value


def board_from_meeting_sentence(text: str) -> str:
    """'At a MEETING of the DUNDEE ... JOINT BOARD held remotely on ...' -> the board."""
    m = _AT_MEETING.match(text)
    return m["board"].strip() if m else ""


def board_from_meeting_line(text: str) -> str:
    """'MEETING OF POLICE AND CRIME PANEL' -> 'POLICE AND CRIME PANEL'."""
    m = _MEETING_OF.fullmatch(text)
    return m["board"] if m and not find_date(text) else ""


def board_with_date(text: str) -> str:
    """The board's name on a line that also gives the date, or its running title: the text
    before the date, without '- ' and 'Minutes' or 'Meeting in Public' after it."""
    span = date_span(text)
    if span:
        text = text[: span[0]]
        text = re.sub(
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$", "", text, flags=re.IGNORECASE
        )
    text = text.strip(" ,-\u2013\u2014")
    while (m := _BOARD_TAIL.search(text)) and m.start() > 0:
        text = text[: m.start()].strip(" ,-\u2013\u2014")
    return text


def place_from_title(title: str) -> str:
    """Where a title says the meeting was: "... held at 7.00pm on 1 March 2010 at the Parish
    Council Chamber, Groby.", "... held via Zoom on ...", or ""."""
    m = _HELD_AT.search(title) or _VIA.search(title)
    return m["place"].strip(" ,") if m else ""


def title_without_icon(title: str) -> str:
    """A ModernGov title without its 'pdf icon PDF 135 KB' link text."""
    return _PDF_ICON.sub("", title).strip()


class HeadingReader:
    """The reader's part for the heading block and the attendees, and for apologies that only
    the minutes' prose gives. Mixed into the reader in text.py, which holds the state."""

    lines: list[Line]
    problems: list[Problem]
    known: set[str]
    organisations: dict[str, str]
    headings: set[str]
    board: str
    title: str
    place: str
    date: datetime.date | None
    stage: str
    kind: str
    organisation: str | None
    attendees: list[dict[str, Any]]
    sections: list[Any]
    skip: set[int]
    chair: str

    def problem(self, line: Line, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(line.no, line.raw, message, severity))

    def warn(self, line: Line, message: str) -> None:
        self.problem(line, message, "warning")

    def attendance_in_section(self, line: Line) -> bool:
        """Names under a section headed "Present" or "Apologies" are attendees, not a paragraph:
        at its start, or after a sentence that introduces them ("... on behalf of:-")."""
        section = self.sections[-1]
        heading = read_kind_heading(section.title.rstrip(".:"), self.known)
        introduced = (
            bool(section.prose)
            and section.prose[-1].blocks[-1:] != []
            and (section.prose[-1].blocks[-1].endswith((":", ":-")))
        )
        if not heading or section.numbered or (section.prose and not introduced):
            return False
        text = line.text
        if introduced and self.wrapped_cell(text):
            return True
        if (inner := read_kind_heading(text, self.known)) and inner.people:
            heading, text = inner, inner.people
        people = read_people_sentence(text)
        if not people and introduced:
            people = split_attendee_line(text)
        if not people or not all(_is_person(name) for name, _ in people):
            return False
        for name, role in people:
            self.add_attendee(name, role, heading.kind, None)
        return True

    def header(self, i: int, line: Line) -> None:
        text = line.text
        if self.heading_block(i, line) or self.when(line):
            return
        if PARAGRAPH.fullmatch(text) or ACTION.fullmatch(text):
            self.problem(line, "Text before the first section could not be placed")
        elif self.stage in ("start", "board") and TITLE.match(text):
            self.title, joined = text, self.title_lines(i)
            self.date = find_date(joined) or self.date
            self.place = self.place or place_from_title(joined)
            self.board = self.board or board_from_title(text)
            self.stage = "attendees"
        elif (m := _MEETING.fullmatch(text)) and self.board.lower() in ("", m[1].lower()):
            self.board = m[1]
            self.stage = "board" if self.stage == "start" else self.stage
        elif self.stage == "start" and not read_kind_heading(text, self.known):
            # "CAIRNGORMS NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING" on one line.
            m = _TITLE_INSIDE.search(text)
            self.board, self.stage = board_with_date(text[: m.start()] if m else text), "board"
            if m and TITLE.match(title := text[m.start() :].strip()):
                self.title, self.stage = title, "attendees"
                joined = self.title_lines(i)
                self.date, self.place = find_date(joined), place_from_title(joined)
        elif self.stage == "board" and self.title_ahead(i):
            self.problem(line, "Text between the board name and the title could not be placed")
        else:
            self.stage = "attendees"
            self.attendee_line(line)

    def heading_block(self, i: int, line: Line) -> bool:
        """Labelled lines ("Venue: Remote", "Title of meeting X"), "At a MEETING of the X held
        on ...", and a first line that gives the board and the date."""
        text = line.text
        if (label := label_line(text)) and (self.stage != "attendees" or label[0] == "place"):
            key, value = label
            if key == "board":
                self.board, self.stage = value, "board"
            elif key == "place":
                self.place = value
            elif key == "chair":
                self.chair = value  # added to the attendees at the end unless listed there
            else:
                self.warn(line, "Contact details left out of the record")
            return True
        if self.stage in ("start", "board") and (board := board_from_meeting_sentence(text)):
            # The sentence names the board, unless a line above already did ("Groby Parish
            # Council" over "At a meeting of the Parish Council held ...").
            if board.lower() not in self.board.lower():
                self.board = board
            self.title, self.stage = text, "attendees"
            self.date = find_date(text) or self.date
            self.place = self.place or place_from_title(text)
            return True
        if self.stage == "start" and (board := board_from_meeting_line(text)):
            self.board, self.title, self.stage = board, text, "board"
            return True
        date = find_date(text)
        if self.stage == "start" and date and not TITLE.match(text) and not read_when(text)[1]:
            self.board, self.date, self.stage = board_with_date(text), date, "board"
            return True
        if self.stage in ("start", "board") and date and not self.date and not TITLE.match(text):
            # "Held MONDAY 26th October 2020 @ 19.30 via Zoom": the heading's date line.
            self.date = date
            return True
        return False

    def in_the_chair(self, line: Line, who: str, rest: str) -> None:
        """ "Councillor Brown in the chair", "Trudy McLEAY, Vice Chairperson, in the Chair.":
        the chair is present; a sentence after it is not placed."""
        people = split_attendee_line(who) or []
        if people and _is_person(people[0][0]):
            name, role = people[0]
            key = name.split()[-1].lower()
            if all(key not in a["name"].lower() for a in self.attendees):
                self.add_attendee(name, role or "Chair", "present", None)
        else:
            self.problem(line, "Line among the attendees could not be read as 'Name, Role'")
        if rest:
            self.problem(line, "Text after the chair's name could not be placed")

    def chair_attendee(self) -> None:
        """The chair a heading names ("Chair: Cllr Smith") is present, as the chair."""
        person = read_person(self.chair) if self.chair else None
        if person is None:
            return
        name, role = person
        key = name.split()[-1].lower()
        if all(key not in a["name"].lower() for a in self.attendees):
            self.add_attendee(name, role or "Chair", "present", None)

    def title_lines(self, i: int) -> str:
        """The title with the lines that go on from it ("... held at 7.00pm on" / "Monday 1st
        March 2010 at ..."), which are read with it."""
        text = self.lines[i].text
        for j in range(i + 1, min(i + 3, len(self.lines))):
            following = self.lines[j].text
            if not (text.split()[-1].lower() in TRAILING or following[:1].islower()):
                break
            if SECTION.fullmatch(following) and not following[:1].islower():
                break
            text = f"{text} {following}"
            self.skip.add(j)
        return text

    def when(self, line: Line) -> bool:
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
            if (m := SECTION.fullmatch(line.text)) and m["sep"]:
                return False
        return False

    def attendee_line(self, line: Line) -> None:
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
        if self.wrapped_cell(text):
            return
        if "," not in text and (
            line.marked or is_all_caps(text) or text.rstrip(":").strip().lower() in self.known
        ):
            self.organisation_heading(organisation_name(text))
            return
        if _NOBODY.fullmatch(text):
            return  # "There were no absences": nobody to list
        if _PUBLIC_LINE.fullmatch(text):
            self.warn(line, "Members of the public are not recorded by name")
            return
        if m := _IN_THE_CHAIR.fullmatch(text):
            self.in_the_chair(line, m["who"], m["rest"])
            return
        if text[:1].islower() and self.attendees:
            # A table cell wrapped onto the next line: "(not providing primary" / "medical
            # services)".
            last = self.attendees[-1]
            last["role"] = f"{last['role']} {text}".strip()
            return
        self.people(line, text)

    def add_attendee(self, name: str, role: str, kind: str, organisation: str | None) -> None:
        """One attendee; a role in brackets alone is an organisation ("(Powys County Council)")
        or a note ("(part)", "(family commitment)") unless it names a role ("(Chair)")."""
        note = initials = ""
        if (m := _NAME_INITIALS.fullmatch(name)) and _INITIALS.fullmatch(m[2]):
            name, initials = m[1], m[2]  # "Jane Brown (JB), Chair"
        first, _, rest = role.partition(", ")
        if _INITIALS.fullmatch(first) and not is_organisation(first):
            initials, role = first, rest  # "Dr Avi Bhatia, AB, Clinical Chair"
        if role.startswith("(") and role.endswith(")") and role.count("(") == 1:
            inner = role[1:-1].strip()
            if _ROLE_NOTE.search(inner):
                role = inner
            elif is_organisation(inner) and not organisation:
                role, organisation = "", inner
            elif _INITIALS.fullmatch(inner):
                role, initials = "", inner
            else:
                role, note = "", inner
        if m := _LEADING_NOTE.fullmatch(role):
            # "(substitute), Borough Council" or "Borough Council (Chairman)".
            inner, rest = (m[1], m[2]) if m[1] else (m[4], m[3])
            if _ROLE_NOTE.search(inner) and _AUTHORITY.fullmatch(rest) and not organisation:
                role, organisation = inner, rest
        if not organisation and _AUTHORITY.fullmatch(role) and not _ROLE_NOTE.search(role):
            role, organisation = "", role
        head, comma, tail = role.rpartition(", ")
        if comma and ", " not in head and _ACRONYM.fullmatch(tail) and not organisation:
            role, organisation = head, tail  # "Jane Hope, Interim Chief Executive, CNPA"
        if _NOTE.fullmatch(role):
            role, note = "", role  # "Prof Ann Lee (items 1-4)"
        elif (m := _TRAILING_NOTE.fullmatch(role)) and _NOTE.fullmatch(m[1]):
            note = m[1]  # "Public Governor (part)": the role as written, and the note
        person: dict[str, Any] = dict(
            name=name, role=role, organisation=organisation, attendance=kind
        )
        if note:
            person["note"] = note
        if initials:
            person["initials"] = initials
        self.attendees.append(person)

    def organisation_heading(self, name: str) -> None:
        self.organisation = name
        if name.lower() not in self.headings:
            self.headings.add(name.lower())
            self.organisations[name.lower()] = name

    def people(self, line: Line, text: str) -> None:
        if _GROUP.fullmatch(text):
            if text.lower() == "others":
                self.kind = "in_attendance"
            return  # "Board Directors": a group of the table, not a person
        if len(parts := _KIND_INSIDE.split(text)) > 1:
            self.people(line, parts[0])
            for part in parts[1:]:
                self.attendee_line(Line(line.no, line.raw, part, False, False, False))
            return
        if capitals := split_caps_surnames(text):
            for name, role in capitals:
                self.add_attendee(name, role, self.kind, self.organisation)
            return
        if pairs := split_name_pairs(text):
            for name in pairs:
                self.add_attendee(name, "", self.kind, self.organisation)
            return
        if split_initialled_run(text):
            for segment in _OTHERS.split(text):
                if segment.startswith("Others "):
                    self.kind, segment = "in_attendance", segment.removeprefix("Others ")
                for name, initials, role in split_initialled_run(segment) or []:
                    self.add_attendee(f"{name} ({initials})", role, self.kind, self.organisation)
            return
        sentence = text.endswith(".") or " and " in text or ": " in text
        # A sentence: "Councillors Smith (Vice-Chair), Patel and Jones."
        if sentence and (people := read_people_sentence(text)):
            for name, role in people:
                self.add_attendee(name, role, self.kind, self.organisation)
            return
        for part in text.split(";"):
            people = split_attendee_line(part)
            # "Mr W Grosvenor Clerk to the Council": a name, then its role without a comma; or
            # table cells run together, with more people than "Name, Role" finds.
            found = read_people_sentence(part) or []
            more = len(found) > len(people) and all(_is_person(name) for name, _ in found)
            if more or not all(_is_person(name) for name, _ in people):
                people = found or people
            for name, role in people:
                if not role and not looks_like_name(name) and self.cell_below(part):
                    continue
                if _is_person(name):
                    self.add_attendee(name, role, self.kind, self.organisation)
                else:
                    # Prose, dates and "Venue: ..." lines are not people; say so, not guess.
                    message = "Line among the attendees could not be read as 'Name, Role'"
                    self.problem(line, message)

    def wrapped_cell(self, text: str) -> bool:
        """A name cell wrapped onto its own line: "Donald, Nominated by ..." then "McPHERSON"
        is Donald McPHERSON; "(Vice Chairperson)" under a name is a note on it."""
        last = self.attendees[-1] if self.attendees else None
        if last is None:
            return False

        # Where the list writes surnames in capitals, a name without one lost it to the line.
        def capitals(name: str) -> bool:
            return any(t.isupper() and len(t) > 1 for t in name.split())

        style = sum(capitals(a["name"]) for a in self.attendees) >= 3
        wrapped = style and not capitals(last["name"]) and text.isupper()
        if _SURNAME.fullmatch(text) and (" " not in last["name"] or wrapped):
            last["name"] = f"{last['name']} {text}"
            return True
        if _BRACKETED.fullmatch(text) and not last.get("note"):
            last["note"] = text[1:-1].strip()
            return True
        return False

    def cell_below(self, text: str) -> bool:
        """A table whose cells come out one per line: "Jane Smith" then "Chief Executive" is
        her role, taken as written, when it reads as one and she has none yet."""
        last = self.attendees[-1] if self.attendees else None
        if last is None or last["role"] or last.get("note") or "," in text:
            return False
        words = text.split()
        # A role starts with its word or joins words ("Head of Finance", "Chief Executive");
        # "Emma Clerk" is a name that ends in one.
        leads = bool(_ROLE_NOTE.match(text) or _ROLE_WORDS_LINE.match(text)) or words[0] in (
            "Chief",
            "Deputy",
            "Assistant",
            "Interim",
            "Acting",
            "Senior",
            "Executive",
        )
        joined = any(w.islower() for w in words[1:]) and (
            _ROLE_NOTE.search(text) or _ROLE_WORDS_LINE.search(text)
        )
        if not (leads or joined or _AUTHORITY.fullmatch(text)):
            return False
        if _AUTHORITY.fullmatch(text) and not last["organisation"]:
            last["organisation"] = text
        else:
            last["role"] = text
        return True

    def prose_apologies(self, sections: list[dict[str, Any]]) -> None:
        """Apologies given only in the minutes' prose ("Apologies were received from Cllr
        Lindsay.", or names opening the Apologies item) are apologies in the record."""
        for section in sections:
            apologies_item = "apolog" in section["title"].lower()
            for k, paragraph in enumerate(section["paragraphs"]):
                text = paragraph["text"]
                found = [m["people"] for m in _PROSE_APOLOGIES.finditer(text)]
                found += [m["people"] for m in _SENT_APOLOGIES.finditer(text)]
                found += [m["people"] for m in _APOLOGIES_FROM.finditer(text)]
                if apologies_item and k == 0 and not found:
                    found = [re.split(r"(?<=[a-z)])\.\s", text)[0]]
                for names in found:
                    for name, role in read_people_sentence(names) or []:
                        named = looks_like_name(name) or read_person(name) == (name, "")
                        # "Apologies were received from Mr Ross", often listed already.
                        new = all(a["name"].lower() != name.lower() for a in self.attendees)
                        if new and named and _is_person(name):
                            self.add_attendee(name, role, "apologies", None)


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
