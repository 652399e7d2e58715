"""Importing minutes: a document read into a draft record of a board the clerk chose (or into
an empty draft made with New meeting), all of it or nothing, with the clerk and the file named
in the history of every row it writes.

A record is created by the same core as New meeting (`editing.meeting_draft_create`), under the
same rules. People and organisations the minutes name are found among the board's people and
the organisations PROB knows; one it does not know is created only where the clerk confirmed it
(`people`, `organisations`: the names ticked on the preview, or every one with the command's
`--create-people`). An attendee or owner left unconfirmed is not written, and said as a line
left out."""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, router, transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import ngettext
from simple_history.utils import get_history_model_for_model

from meetings.minutes import MinutesError, Problem, format_date, read_minutes
from meetings.minutes.action_lines import names_no_person
from meetings.minutes.doubts import about_the_board
from meetings.minutes.held import held, held_on_date_line
from meetings.minutes.person_names import honorific, reads_as_person
from meetings.models import (
    Action,
    Attendance,
    Board,
    Meeting,
    Organisation,
    Paragraph,
    Person,
    Section,
)
from meetings.numbering import displayed
from meetings.records import RecordView
from meetings.revisions import record_changed
from meetings.services.editing import (
    MeetingExists,
    board_people,
    delete_with_history,
    meeting_draft_create,
)
from meetings.services.numbers import record_renumber
from prob import limits
from prob.characters import shown_as_stored
from prob.history import save_with_history


@dataclass(frozen=True)
class Document:
    """Minutes to import: their text and, where they were read from a file, its name."""

    text: str
    name: str = ""
    # The file's text as the clerk changed it at the preview, not as it was read (QA F8).
    edited: bool = False

    def __post_init__(self) -> None:
        # Whatever it was read from: no control character, nor one that shows text in another
        # order than stored.
        object.__setattr__(self, "text", shown_as_stored(self.text))

    @property
    def reason(self) -> str:
        """What the history says of every row the import writes."""
        if self.name and self.edited:
            return f"Imported from edited text of {self.name}"
        return f"Imported from {self.name}" if self.name else "Imported from text pasted in"


@dataclass(frozen=True)
class NewPerson:
    """Someone the minutes name who is not among the board's people."""

    name: str
    organisation: str = ""
    # Named only as an action's owner, and by no attendee (QA F8: "Ann", "Beckie"): listed
    # for the clerk to check, never ticked at first.
    owner_only: bool = False

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    @property
    def confident(self) -> bool:
        """Whether the name reads plainly as a person's: only then is its box ticked at first
        ("Chairman's Announcements" read among the attendees is listed, not ticked)."""
        return reads_as_person(self.name) and not self.owner_only


def organisation_confident(name: str) -> bool:
    """Whether a new organisation's name reads plainly as one: only then is its box ticked at
    first. One word that is not an acronym of three letters or more ("Ann", "Beckie", "JC",
    "Beckie (Democratic Services)": a first name or initials, as an action's owner or beside an
    attendee) is listed for the clerk to check, not ticked (QA F8); "LFB", "OPCC" are ticked."""
    head = re.sub(r"\([^()]*\)", " ", name).split()
    return len(head) > 1 or (len(head) == 1 and head[0].isupper() and len(head[0]) >= 3)


@dataclass
class ImportOutcome:
    record: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    meeting: Meeting | None = None
    # Pasted into a draft: the minutes' date, where it is not the draft's (also a problem).
    other_date: Problem | None = None
    # What the import would create, for the clerk to confirm (or created, where confirmed).
    new_people: list[NewPerson] = field(default_factory=list)
    new_organisations: list[str] = field(default_factory=list)
    # Named in the minutes, not confirmed, so not written.
    left_out: list[str] = field(default_factory=list)
    # The body the minutes name ("Northshire Police and Crime Panel"), before the record is
    # made the importing board's: the page says so where they differ.
    board_written: str = ""


class RecordExists(MinutesError):
    """The board already has a record of the minutes' date: nothing is imported, and the page
    that asked can link to the record."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        super().__init__(
            f"{meeting.board} already has a record for {meeting.date.isoformat()}; "
            "nothing was imported."
        )


def counted(n: int, one: str, many: str) -> str:
    """ "1 action", "4 sections": a count with its noun in the right number."""
    return f"{n} {ngettext(one, many, n)}"


def _key(name: str) -> str:
    return " ".join(name.split()).lower()


class _Cast:
    """The people and organisations a record names, read once: the board's people and every
    organisation, found by name regardless of case; a name PROB does not know is noted as new,
    and created (with `by` and `reason` in its history) only if it is among those confirmed."""

    def __init__(
        self,
        board: Board,
        *,
        people: Collection[str] = (),
        organisations: Collection[str] = (),
        by: Any = None,
        reason: str = "",
        write: bool = False,
    ) -> None:
        self.people: dict[str, list[Person]] = {}
        for person in board_people(board).order_by("pk"):
            self.people.setdefault(_key(person.name), []).append(person)
        self.organisations: dict[str, Organisation] = {}
        for organisation in Organisation.objects.all():
            self.organisations.setdefault(_key(organisation.name), organisation)
        # A short name wins over another organisation's full name, as it always has.
        for organisation in self.organisations.copy().values():
            self.organisations[_key(organisation.short_name)] = organisation
        self.confirmed_people = {_key(name) for name in people}
        self.confirmed_organisations = {_key(name) for name in organisations}
        self.by, self.reason, self.write = by, reason, write
        self.new_people: dict[str, NewPerson] = {}
        self.new_organisations: dict[str, str] = {}

    def organisation(self, written: str | None) -> Organisation | None:
        """The organisation of that name, or None where it is new and not made."""
        if not written or not written.strip():
            return None
        written, key = " ".join(written.split()), _key(written)
        if key in self.organisations:
            return self.organisations[key]
        self.new_organisations.setdefault(key, written)
        if not (self.write and key in self.confirmed_organisations):
            return None
        # The short name holds fewer characters than the name: a long name's is cut to fit,
        # told apart from every other organisation's (QA F3).
        short = short_name(
            written,
            _length(Organisation, "short_name"),
            taken=lambda name: _key(name) in self.organisations,
        )
        organisation = Organisation(name=written, short_name=short)
        organisation.full_clean()
        save_with_history(organisation, by=self.by, reason=self.reason)
        self.organisations[key] = self.organisations[_key(short)] = organisation
        return organisation

    def person(
        self, written: str, organisation_written: str | None = None, *, owner: bool = False
    ) -> Person | None:
        """The board's person of that name (of that organisation first), or None where they
        are new and not made. Never someone tied only to other boards: a namesake there could
        be made an owner of this board's actions and emailed about them."""
        name, key = " ".join(written.split()), _key(written)
        if not name:
            return None
        organisation = self.organisation(organisation_written)
        if key in self.people:
            found = self.people[key]
            organisation_id = organisation.pk if organisation else None
            return next((p for p in found if p.organisation_id == organisation_id), found[0])
        written_organisation = " ".join((organisation_written or "").split())
        self.new_people.setdefault(key, NewPerson(name, written_organisation, owner_only=owner))
        if not (self.write and key in self.confirmed_people):
            return None
        person = Person(name=name, organisation=organisation)
        person.full_clean()
        save_with_history(person, by=self.by, reason=self.reason)
        self.people[key] = [person]
        return person

    def note(self, outcome: ImportOutcome) -> None:
        outcome.new_people = list(self.new_people.values())
        outcome.new_organisations = list(self.new_organisations.values())


def _read(text: str, board: Board) -> ImportOutcome:
    organisations = list(Organisation.objects.all())
    parsed = read_minutes(
        text, known_organisations=[organisation.short_name for organisation in organisations]
    )
    record = parsed.record
    written = record["board"] or ""
    # The board is the clerk's choice, whatever the minutes call it.
    record["board"] = board.name
    # "... held on 14 March 2024 at 10.00am, County Hall, Northtown": the meeting's time and
    # place, the title without them.
    when = held(record["title"] or "")
    # A time the heading writes but that could not be read for sure is a line to check.
    doubt = (record["title"] or "", when.doubt)
    record["title"] = when.title
    start_time, place = when.start_time, when.place
    if record["date"] and not (start_time and (place or record.get("place"))):
        # "Tuesday 25 April 2017 10:15 \u2013 12:30", "Thursday 25 October 2012, County Hall,
        # Hertford": the heading's date line, where the title says no time or place.
        line = held_on_date_line(text, datetime.date.fromisoformat(record["date"]))
        start_time, place = start_time or line.start_time, place or line.place
        doubt = doubt if doubt[1] else (line.title, line.doubt)
    if start_time is None and doubt[1]:
        number, found_line = _line_of(text, doubt[0])
        parsed.problems.append(Problem(number, found_line, doubt[1], "warning"))
    if start_time is not None:
        record["start_time"] = start_time.isoformat(timespec="minutes")
    if place and not record.get("place"):
        record["place"] = place
    outcome = ImportOutcome(record=record, problems=parsed.problems, board_written=written)
    _known_organisations(record, board, organisations)
    _owners(record, organisations)
    _one_each(outcome, text)
    _fit(outcome, text)
    return outcome


def _known_organisations(
    record: dict[str, Any], board: Board, organisations: list[Organisation]
) -> None:
    """An attendee the minutes give no organisation is given the one PROB knows, so that the
    preview and the record list them under it (QA F16): a role that is an organisation's
    short name or name and nothing else ("Alexis Boon, MPS") is that organisation, not a
    role; else the organisation of the board's person of that name, where the board has one
    person of that name, with an organisation. Two queries, whatever the record's size."""
    attendees = [a for a in record["attendees"] if not (a.get("organisation") or "").strip()]
    if not attendees:
        return
    by_short = {o.short_name: o for o in organisations}
    by_name = {_key(o.name): o for o in organisations}
    people: dict[str, list[Person]] = {}
    for person in board_people(board).select_related("organisation"):
        people.setdefault(_key(person.name), []).append(person)
    for attendee in attendees:
        role = " ".join((attendee.get("role") or "").split())
        if found := by_short.get(role) or by_name.get(_key(role)):
            attendee["organisation"], attendee["role"] = str(found), ""
            continue
        namesakes = people.get(_key(attendee["name"]), [])
        if len(namesakes) == 1 and namesakes[0].organisation is not None:
            attendee["organisation"] = str(namesakes[0].organisation)


# An action's owner that is everyone present ("Action ALL", "Everyone to ..."): no one owner.
_EVERYONE = re.compile(
    r"(?:all|everyone|everybody|all members|all attendees|all present|all board members"
    r"|all trustees|all councillors|all governors|whole (?:board|group|committee))",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"[A-Z]{2,4}")


def _bare(name: str) -> list[str]:
    """A name's words without honorifics or full stops: "Cllr. Jean Cass" -> Jean, Cass."""
    words = [w.strip(".,") for w in name.split()]
    return [w for w in words if w and not honorific(w)]


def _attendee_named(owner: str, attendees: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one attendee an action's owner names: by full name, else by first name, else by
    initials ("JC": Jean Cass), each only where one attendee has it."""
    words = _bare(owner)
    if not words:
        return None
    named = [
        a for a in attendees if [w.lower() for w in _bare(a["name"])] == [w.lower() for w in words]
    ]
    if not named and len(words) == 1 and not _INITIALS.fullmatch(words[0]):
        named = [a for a in attendees if (_bare(a["name"]) or [""])[0].lower() == words[0].lower()]
    if not named and len(words) == 1 and _INITIALS.fullmatch(words[0]):
        named = [
            a
            for a in attendees
            if a.get("initials") == words[0]
            or "".join(w[0] for w in _bare(a["name"])).upper() == words[0]
        ]
    return named[0] if len(named) == 1 else None


def _owners(record: dict[str, Any], organisations: list[Organisation]) -> None:
    """An action's owner as written is read as a person before it is taken for an
    organisation (QA F8: "Ann", "JC", "Beckie" were offered as new organisations, ticked, and
    an attendee owning an action as both: "Owner: Bob Jones (Bob Jones)"). An organisation PROB
    knows stays one; an owner that is an attendee's full name, first name or initials is that
    attendee (under their organisation); everyone ("ALL") is no owner, the text saying so;
    a person's name, or one first name, is a new person to check (never ticked at first)."""
    known = {_key(o.name) for o in organisations} | {_key(o.short_name) for o in organisations}
    attendees = record["attendees"]
    for section in record["sections"]:
        for paragraph in section["paragraphs"]:
            for action in paragraph["actions"]:
                owner = " ".join((action.get("owner") or "").split())
                if not owner or action.get("owner_post") or _key(owner) in known:
                    continue
                people = action.get("owner_people") or []
                if _EVERYONE.fullmatch(owner):
                    action["owner"] = None
                    continue
                if any(_key(name) == _key(owner) for name in people):
                    # The reader found the attendee: the owner is them, not a namesake body.
                    found = next((a for a in attendees if _key(a["name"]) == _key(owner)), None)
                    action["owner"] = (found or {}).get("organisation")
                    continue
                named = _attendee_named(owner, attendees) if people else None
                if named is not None and named["name"] in people:
                    # "Action Ryan", which the reader found to be Ryan F: them, not a body.
                    action["owner"] = named.get("organisation")
                    continue
                if people:
                    continue
                if (attendee := _attendee_named(owner, attendees)) is not None:
                    action["owner"] = attendee.get("organisation")
                    action["owner_people"] = [attendee["name"]]
                elif _a_persons_name(owner):
                    action["owner"], action["owner_people"] = None, [owner]


def _a_persons_name(owner: str) -> bool:
    """Whether an action's owner no attendee has reads as a person's name: a full name that
    names no body or post ("Bob Smith"), or one capitalised first name ("Ann")."""
    if names_no_person(owner):
        return False
    words = owner.split()
    if len(words) == 1:
        word = words[0]
        return word[:1].isupper() and word[1:].islower() and word.isalpha()
    return reads_as_person(owner)


_KINDS = {kind.value: kind.label.lower() for kind in Attendance.Kind}


def _one_each(outcome: ImportOutcome, text: str) -> None:
    """One person listed twice among the attendees ("North Lanarkshire Council" under
    present and under in attendance) is one attendee, as the record holds each person once:
    the first listing kept, given the role and organisation of the later one where it has
    none, and the later one said as a line to check, quoting it, so that nothing is lost and
    the preview shows what the draft will hold (QA F2: the preview offered "Create draft",
    then Create refused "listed twice")."""
    kept: dict[str, dict[str, Any]] = {}
    seen: dict[str, int] = {}
    attendees = []
    for attendee in outcome.record["attendees"]:
        key = _key(attendee["name"])
        seen[key] = seen.get(key, 0) + 1
        first = kept.get(key)
        if first is None:
            kept[key] = attendee
            attendees.append(attendee)
            continue
        for part in ("role", "organisation"):
            if not first.get(part) and attendee.get(part):
                first[part] = attendee[part]
        written = ", ".join(
            v for v in (attendee["name"], attendee.get("role"), attendee.get("organisation")) if v
        )
        kinds = (_KINDS.get(first["attendance"], ""), _KINDS.get(attendee["attendance"], ""))
        listed = f"as {kinds[0]} and as {kinds[1]}" if kinds[0] != kinds[1] else "twice"
        said = f"{attendee['name']} is listed twice as "
        if kinds[0] == kinds[1] and any(p.message.startswith(said) for p in outcome.problems):
            # The reader said it at both lines ("... is listed twice as present; check which is
            # right"): not said again at a line found by the name alone, which may be another's.
            continue
        number, line = _line_of(text, attendee["name"], nth=seen[key])
        outcome.problems.append(
            Problem(
                number,
                line,
                f"{first['name']} is listed {listed} among the attendees: the draft keeps the "
                f"first listing, as {kinds[0]}; this listing ('{written}') is not written "
                "separately; check that both name the same person",
                "warning",
            )
        )
    outcome.record["attendees"] = attendees


def _length(model: type[Model], name: str) -> int:
    return model._meta.get_field(name).max_length


def _cut(value: str, limit: int) -> str:
    """`value` cut at a word to hold `limit` characters with its ellipsis."""
    if len(value) <= limit:
        return value
    head = value[: limit - 1]
    # At a word: the last one is dropped unless it ends where the cut falls.
    if not value[limit - 1].isspace() and " " in head[limit // 2 :]:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:-\u2013") + "\u2026"


def short_name(name: str, limit: int, *, taken: Callable[[str], bool]) -> str:
    """A new organisation's short name: its name, cut at a word to `limit` characters with an
    ellipsis where longer; where that is `taken` (two long names that share their first 40
    characters, "Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services" and
    "... of Constabulary in Scotland"), its start and its last words ("Her Majesty's
    Inspectorate of… Scotland"), else its start and a number ("… (2)"): never one taken."""
    first = _cut(name, limit)
    if not taken(first):
        return first
    words = name.split()
    for count in range(1, len(words)):
        end = " ".join(words[-count:])
        room = limit - len(end) - 1
        start = " ".join(words[:-count])
        if room < limit // 3 or len(start) <= room:
            break
        candidate = f"{_cut(start, room)} {end}"
        if not taken(candidate):
            return candidate
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = _cut(name, limit - len(suffix)).rstrip() + suffix
        if not taken(candidate):
            return candidate
        number += 1


def _line_of(text: str, value: str, nth: int = 1) -> tuple[int, str]:
    """The line of `text` that holds the start of `value` (its `nth` such line, else its
    first), and its text, for a line to check."""
    lines = text.splitlines()
    start = " ".join(value.split())[:40]
    found = [
        (number, line)
        for number, line in enumerate(lines, start=1)
        if start and start in " ".join(line.split())
    ][:nth]
    if found:
        return found[-1]
    return 1, lines[0] if lines else value


def _fit(outcome: ImportOutcome, text: str) -> None:
    """Every value the record would write made to fit its field: a longer one is cut at a word
    and said as a line to check (a section's whole title kept at the start of its first
    paragraph), so that the clerk sees it at the preview and the database is never handed
    more than it holds. A paragraph or action too long to keep whole refuses the file."""
    record = outcome.record

    def fitted(value: str | None, limit: int, what: str) -> str | None:
        if not value or len(value) <= limit:
            return value
        number, line = _line_of(text, value)
        message = (
            f"{what} is {len(value)} characters, more than the {limit} it can hold: "
            "cut to fit; check"
        )
        outcome.problems.append(Problem(number, line, message, "warning"))
        return _cut(value, limit)

    record["title"] = fitted(record.get("title"), _length(Meeting, "title"), "The title")
    record["place"] = fitted(record.get("place"), _length(Meeting, "place"), "The place")
    names, roles = _length(Person, "name"), _length(Attendance, "role")
    organisations = _length(Organisation, "name")
    for attendee in record["attendees"]:
        who = " ".join(attendee["name"].split()[:4])
        attendee["name"] = fitted(attendee["name"], names, f"The name of {who}")
        attendee["role"] = fitted(attendee.get("role"), roles, f"The role of {who}") or ""
        attendee["organisation"] = fitted(
            attendee.get("organisation"), organisations, f"The organisation of {who}"
        )
    titles = _length(Section, "title")
    for index, section in enumerate(record["sections"], start=1):
        item = section.get("ref") or section.get("number") or index
        title = section.get("title") or ""
        if len(title) > titles:
            number, line = _line_of(text, title)
            section["title"] = _cut(title, titles)
            paragraphs = section["paragraphs"]
            if paragraphs:
                first = paragraphs[0]
                first["text"] = f"{title}\n\n{first['text']}".strip()
            else:
                paragraphs.append(
                    {"ref": "", "text": title, "restricted": section["restricted"], "actions": []}
                )
            message = (
                f"The title of item {item} is {len(title)} characters, more than the {titles} "
                "a title can hold: cut to fit, the whole title kept at the start of its first "
                "paragraph; check"
            )
            outcome.problems.append(Problem(number, line, message, "warning"))
        section["paragraphs"] = [
            piece
            for paragraph in section["paragraphs"]
            for piece in _split_longer(outcome, text, paragraph, f"A paragraph of item {item}")
        ]
        for paragraph in section["paragraphs"]:
            _refuse_longer(paragraph["text"], limits.PARAGRAPH, f"A paragraph of item {item}")
            for action in paragraph["actions"]:
                _refuse_longer(action["text"], limits.ACTION, f"An action of item {item}")
                action["owner"] = fitted(
                    action.get("owner"), organisations, f"The owner of an action of item {item}"
                )
                if action.get("owner_people"):
                    action["owner_people"] = [
                        fitted(name, names, f"An owner of an action of item {item}")
                        for name in action["owner_people"]
                    ]
    outcome.problems.sort(key=lambda p: p.line)


def _split_longer(
    outcome: ImportOutcome, text: str, paragraph: dict[str, Any], what: str
) -> list[dict[str, Any]]:
    """A paragraph longer than a paragraph holds (a table of thousands of rows read into the
    paragraph it follows) kept whole as several, each within the limit, cut at a line (a row),
    else at a sentence's end, else at a word: the first keeps its reference and actions, the
    rest follow it unnumbered; said as a line to check. Nothing is lost or refused."""
    value, limit = paragraph["text"], limits.PARAGRAPH
    if len(value) <= limit:
        return [paragraph]
    pieces = []
    while len(value) > limit:
        window = value[:limit]
        cut = max(window.rfind("\n"), window.rfind(". ") + 1, limit // 2)
        if cut == limit // 2:
            cut = window.rfind(" ") if window.rfind(" ") > limit // 2 else limit
        pieces.append(value[:cut].strip())
        value = value[cut:].strip()
    pieces.append(value)
    number, line = _line_of(text, paragraph["text"])
    message = (
        f"{what} is {len(paragraph['text']):,} characters, more than the {limit:,} one holds: "
        f"kept whole as {len(pieces)} paragraphs, split at rows or sentences; check"
    )
    outcome.problems.append(Problem(number, line, message, "warning"))
    rest = [
        {"ref": "", "text": piece, "restricted": paragraph["restricted"], "actions": []}
        for piece in pieces[1:]
    ]
    return [{**paragraph, "text": pieces[0]}, *rest]


def _refuse_longer(value: str, limit: int, what: str) -> None:
    if len(value) > limit:
        raise MinutesError(
            f"{what} is {len(value):,} characters; one holds at most {limit:,}. Split it in "
            "the minutes, and try again. Nothing was imported."
        )


def _names(outcome: ImportOutcome, board: Board) -> None:
    """Lists the people and organisations the record names that PROB does not know."""
    cast = _Cast(board)
    for attendee in outcome.record["attendees"]:
        cast.person(attendee["name"], attendee["organisation"])
    for section in outcome.record["sections"]:
        for paragraph in section["paragraphs"]:
            for action in paragraph["actions"]:
                cast.organisation(_owner_organisation(action))
                for name in action.get("owner_people") or []:
                    cast.person(name, owner=True)
    cast.note(outcome)


def _owner_organisation(action: dict[str, Any]) -> str | None:
    """The organisation an action's owner names: none where the owner is a post as written
    ("Director of Public Health to ..."), which is never made an organisation; the post is
    listed as an owner not written, for the clerk to check, and stays in the action's text."""
    return None if action.get("owner_post") else action["owner"]


def _dated(outcome: ImportOutcome) -> datetime.date:
    if not outcome.record["date"]:
        raise MinutesError(
            "No meeting date was found. The date is looked for only in the lines above the "
            "first item, with its day, month and year: in the title ('Minutes of the meeting "
            "held on 1 March 2018'), on a line of its own under the body's name ('1 March "
            "2018'), or after 'Date:' on any of those lines ('Date: 1 March 2018'). Add it "
            "there as the minutes give it, or make the meeting first and paste the minutes into "
            "its draft."
        )
    date = datetime.date.fromisoformat(outcome.record["date"])
    try:
        limits.validate_meeting_date(date)
    except ValidationError as exc:
        raise MinutesError(f"The minutes are dated {format_date(date)}. {exc.messages[0]}") from exc
    return date


def minutes_read(*, board: Board, document: Document) -> ImportOutcome:
    """The record `document` would make for `board`, with its lines to check and the people
    and organisations it would create: nothing is written. Raises MinutesError on input it
    cannot use."""
    outcome = _read(document.text, board)
    _dated(outcome)
    _names(outcome, board)
    return outcome


@transaction.atomic
def meeting_import(
    *,
    board: Board,
    document: Document,
    by: Any,
    people: Collection[str] = (),
    organisations: Collection[str] = (),
    read: ImportOutcome | None = None,
) -> ImportOutcome:
    """Creates `board`'s draft record from `document`, by `by`, all of it or nothing: the
    meeting by the same core as New meeting (one per board and date: `RecordExists`), and every
    row with `by` and "Imported from <file>" in its history. Only the new `people` and
    `organisations` named (confirmed by the clerk) are created. The caller checks that `by` may
    write to `board` (`scoping.get_board_for_secretariat`). Raises MinutesError or
    ValidationError, writing nothing, on input it cannot use. `read` is what minutes_read
    found in the same document for the same board, where the caller has it: not read again
    (a long text takes a second or so)."""
    outcome = read if read is not None else _read(document.text, board)
    _dated(outcome)
    return meeting_import_record(
        board=board,
        outcome=outcome,
        text=document.text,
        by=by,
        reason=document.reason,
        people=people,
        organisations=organisations,
    )


class _Undone(Exception):
    """Raised to undo a trial import's transaction."""


def meeting_import_trial(
    *,
    board: Board,
    document: Document,
    outcome: ImportOutcome,
    by: Any,
    people: Collection[str] = (),
    organisations: Collection[str] = (),
) -> ImportOutcome:
    """What `meeting_import` would make of `outcome` (read from `document`), made and then
    undone, in a transaction rolled back: a dry run meets every refusal the real run would
    (QA F13: `import_minutes --dry-run` said "would create" for files the real run refused),
    and its lines to check are the real run's. Raises what `meeting_import` raises; `outcome`
    is left as it was."""
    trial = copy.deepcopy(outcome)
    try:
        with transaction.atomic():
            trial = meeting_import(
                board=board,
                document=document,
                by=by,
                people=people,
                organisations=organisations,
                read=trial,
            )
            raise _Undone
    except _Undone:
        pass
    trial.meeting = None
    return trial


@transaction.atomic
def meeting_import_record(
    *,
    board: Board,
    outcome: ImportOutcome,
    by: Any,
    reason: str,
    text: str = "",
    people: Collection[str] = (),
    organisations: Collection[str] = (),
) -> ImportOutcome:
    """Creates `board`'s draft record from a record in the JSON form, read from `text`, as
    `meeting_import` does: its meeting by the one creation core, its rows with `by` and
    `reason` in their history, and only the new people and organisations confirmed."""
    date = datetime.date.fromisoformat(outcome.record["date"])
    try:
        meeting = meeting_draft_create(
            board=board,
            date=date,
            by=by,
            reason=reason,
            title=outcome.record["title"] or "",
            start_time=_time(outcome.record.get("start_time")),
            place=(outcome.record.get("place") or "")[:PLACE_LENGTH],
        )
    except MeetingExists as exc:
        raise RecordExists(exc.meeting) from exc
    cast = _Cast(
        board, people=people, organisations=organisations, by=by, reason=reason, write=True
    )
    _write_record(meeting, outcome, cast, text, by=by, reason=reason)
    outcome.meeting = meeting
    return outcome


PLACE_LENGTH = Meeting._meta.get_field("place").max_length


def _time(value: str | None) -> datetime.time | None:
    return datetime.time.fromisoformat(value) if value else None


def everyone_new(outcome: ImportOutcome) -> dict[str, list[str]]:
    """Every new person and organisation `outcome` lists, confirmed: for the command's
    --create-people, which a clerk gives knowing the minutes."""
    return {
        "people": [person.name for person in outcome.new_people],
        "organisations": list(outcome.new_organisations),
    }


def _paragraph_number(ref: str | None) -> int | None:
    """The paragraph's own number in a reference as written ("4.3" → 3)."""
    if not ref:
        return None
    _, _, number = ref.rpartition(".")
    return int(number) if number.isdigit() else None


def _label(written: str | None, derived: str) -> str:
    """What a section or paragraph keeps of its reference as the minutes wrote it: nothing
    where PROB would number it the same (so a record numbered 1, 2, 3 renumbers as it is
    edited), else the reference as written, which readers cite ("Minute 41/17")."""
    written = (written or "").strip()
    if written == derived or len(written) > Section._meta.get_field("label").max_length:
        return ""
    return written


@dataclass(frozen=True)
class Placed:
    """A section's or paragraph's number and reference as the import stores them, and the
    reference the record then shows (`numbering.displayed`): the preview shows this."""

    number: int
    label: str
    ref: str


def record_references(
    record: dict[str, Any], *, in_order: bool = False
) -> list[tuple[Placed, list[Placed]]]:
    """Each section of `record` (the JSON form) placed, with its paragraphs placed: the one
    rule by which an import stores numbers and references, and the preview shows them, so
    that the preview shows the reference the draft will show. `in_order`: the numbers are the
    order's, as a draft's are once renumbered (minutes pasted into a draft), references as
    written kept."""
    placed = []
    for s_position, section in enumerate(record["sections"], start=1):
        label = _label(section.get("ref"), displayed("", s_position))
        number = s_position if in_order else section.get("number") or s_position
        paragraphs = []
        for p_position, paragraph in enumerate(section["paragraphs"], start=1):
            written = paragraph.get("ref")
            p_label = _label(written, displayed("", s_position, p_position))
            p_number = p_position if in_order else _paragraph_number(written) or p_position
            paragraphs.append(
                Placed(p_number, p_label, displayed(p_label, number, p_number, label))
            )
        placed.append((Placed(number, label, displayed(label, number)), paragraphs))
    return placed


def _created(model: type[Model], rows: list[Any], *, by: Any, reason: str | None) -> list[Any]:
    """`rows` of `model` written at once, each with a history row saying `by` and `reason`,
    as `save_with_history` writes one: a few queries whatever their number, so that a record
    of ten thousand paragraphs is written in seconds, not minutes (outside tester's finding 8).
    Their keys are set, for the rows that point at them. The history rows are the library's
    (`bulk_create_with_history`, column for column: tests/meetings/test_import_write_speed.py),
    but copied by the database from the rows just written, in one query, rather than made again
    in Python as a second model instance a row, each field prepared: that took two thirds of
    the time ten thousand lines took to write."""
    with transaction.atomic(savepoint=False):
        model._default_manager.bulk_create(rows, batch_size=_BATCH)
        _history_copied(model, [row.pk for row in rows], by=by, reason=reason)
    return rows


def _history_copied(model: type[Model], keys: list[int], *, by: Any, reason: str | None) -> None:
    """Writes the history row of each of `model`'s rows `keys` ('+', `by`, `reason`, now) with
    INSERT ... SELECT from the rows themselves, in the order of their keys: one query for keys
    in a run (a bulk insert's), more only for keys in more than a few hundred runs."""
    if not keys or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = get_history_model_for_model(model)
    database = connections[router.db_for_write(history)]
    quote = database.ops.quote_name
    user = by or history.get_default_history_user(None)
    given = {
        "history_date": timezone.now(),
        "history_user_id": user.pk if user is not None else None,
        "history_change_reason": reason,
        "history_type": "+",
    }
    columns, selected, constants = [], [], []
    tracked = {each.attname: each for each in history.tracked_fields}
    for column in history._meta.concrete_fields:
        if column.primary_key:
            continue
        columns.append(quote(column.column))
        if column.attname in tracked:
            selected.append(quote(tracked[column.attname].column))
        else:
            selected.append("%s")
            constants.append(column.get_db_prep_save(given.pop(column.attname), database))
    assert not given, f"{history.__name__} has no column for {sorted(given)}"
    key = quote(model._meta.pk.column)
    runs = _runs(sorted(keys))
    for start in range(0, len(runs), _RUNS):
        batch = runs[start : start + _RUNS]
        where = " OR ".join([f"{key} BETWEEN %s AND %s"] * len(batch))
        # Names the models' own tables and columns, quoted; every value is a parameter.
        sql = (
            f"INSERT INTO {quote(history._meta.db_table)} ({', '.join(columns)}) "  # noqa: S608
            f"SELECT {', '.join(selected)} FROM {quote(model._meta.db_table)} "
            f"WHERE {where} ORDER BY {key}"
        )
        with database.cursor() as cursor:
            cursor.execute(sql, [*constants, *(end for run in batch for end in run)])


# Runs of keys a query: two parameters each, well within SQLite's limit on a statement's.
_RUNS = 400


def _runs(keys: list[int]) -> list[tuple[int, int]]:
    """Sorted `keys` as runs of consecutive keys, each (first, last)."""
    runs: list[tuple[int, int]] = []
    for key in keys:
        if runs and runs[-1][1] == key - 1:
            runs[-1] = (runs[-1][0], key)
        else:
            runs.append((key, key))
    return runs


# Rows a query: as many as the database takes in one statement, all of them on PostgreSQL
# and on SQLite as many as its limit on a statement's parameters allows (thousands), so that
# the queries do not grow with the record.
_BATCH = None


class _LeftOut:
    """Attendees and owners not written, as the clerk did not confirm them: each a line left
    out, quoted from the minutes where it can be found. The text is split into lines once and
    each name looked for once, however many actions name it."""

    def __init__(self, outcome: ImportOutcome, text: str) -> None:
        self.outcome, self.text = outcome, text
        self.lines: list[str] | None = None
        self.found: dict[str, int] = {}

    def __call__(self, name: str, what: str, read_with: str = "") -> None:
        if self.lines is None:
            self.lines = self.text.splitlines()
        lines = self.lines
        if name not in self.found:
            self.found[name] = next((n for n, line in enumerate(lines, start=1) if name in line), 1)
        number = self.found[name]
        self.outcome.left_out.append(f"{name} ({what})")
        self.outcome.problems.append(
            Problem(
                line=number,
                text=lines[number - 1] if lines else name,
                message=f"{name} was not confirmed as new, so is not written in as {what}"
                # What was read with the name (its post, its body) goes with it: said, so that
                # no words of the minutes leave the record unlisted (QA F8: "The Mayor
                # apologised for the late start of the meeting." read as a councillor's post).
                + (f"; read with it and left out too: '{read_with}'" if read_with else ""),
                severity="error",
            )
        )


def _write_record(
    meeting: Meeting,
    outcome: ImportOutcome,
    cast: _Cast,
    text: str,
    *,
    by: Any,
    reason: str | None,
) -> None:
    """Writes the record's attendees, sections, paragraphs and actions into `meeting`, with
    `by` and `reason` in the history of each row: each kind of row at once (`_created`), so
    that the queries do not grow with the record (only with the new people and organisations
    confirmed, each made on its own)."""
    record = outcome.record
    left_out = _LeftOut(outcome, text)
    attendances: list[Attendance] = []
    attending: set[int] = set()
    for attendee in record["attendees"]:
        person = cast.person(attendee["name"], attendee["organisation"])
        if person is None:
            with_it = (attendee.get("role"), attendee.get("organisation"))
            left_out(attendee["name"], "an attendee", ", ".join(x for x in with_it if x))
            continue
        if person.pk in attending:
            # Two names read as one person (`_one_each` has joined the same name written
            # twice): the record holds each person once; the later listing is a line to check.
            number, line = _line_of(text, attendee["name"], nth=2)
            outcome.problems.append(
                Problem(
                    number,
                    line,
                    f"{attendee['name']} is {person} again, listed already among the "
                    "attendees: written once; check",
                    "warning",
                )
            )
            continue
        attending.add(person.pk)
        attendances.append(
            Attendance(
                meeting=meeting,
                person=person,
                organisation=cast.organisation(attendee["organisation"]),
                role=attendee["role"],
                kind=attendee["attendance"],
                position=len(attendances) + 1,
            )
        )
    _created(Attendance, attendances, by=by, reason=reason)
    # Numbers are kept as the text wrote them, so that historical references stay valid;
    # where the text has none, they follow the order (`record_references`, as the preview).
    references = record_references(record)
    sections = [
        Section(
            meeting=meeting,
            position=s_position,
            title=section_data["title"],
            restricted=section_data["restricted"],
            number=placed.number,
            label=placed.label,
        )
        for s_position, (section_data, (placed, _)) in enumerate(
            zip(record["sections"], references, strict=True), start=1
        )
    ]
    _created(Section, sections, by=by, reason=reason)
    paragraphs: list[tuple[Paragraph, dict[str, Any]]] = []
    for section, section_data, (_, placed_paragraphs) in zip(
        sections, record["sections"], references, strict=True
    ):
        for p_position, (paragraph_data, placed) in enumerate(
            zip(section_data["paragraphs"], placed_paragraphs, strict=True), start=1
        ):
            paragraph = Paragraph(
                section=section,
                position=p_position,
                text=paragraph_data["text"],
                restricted=paragraph_data["restricted"],
                number=placed.number,
                label=placed.label,
                decision=bool(paragraph_data.get("decision")),
            )
            paragraphs.append((paragraph, paragraph_data))
    _created(Paragraph, [paragraph for paragraph, _ in paragraphs], by=by, reason=reason)
    actions: list[tuple[Action, list[Person]]] = []
    for paragraph, paragraph_data in paragraphs:
        for a_position, action_data in enumerate(paragraph_data["actions"], start=1):
            number = action_data.get("number") or len(actions) + 1
            owner = cast.organisation(_owner_organisation(action_data))
            if owner is None and action_data["owner"]:
                left_out(action_data["owner"], f"the owner of action {number}")
            owners = []
            for name in action_data.get("owner_people") or []:
                if (person := cast.person(name, owner=True)) is None:
                    left_out(name, f"an owner of action {number}")
                else:
                    owners.append(person)
            action = Action(
                paragraph=paragraph,
                position=a_position,
                number=number,
                text=action_data["text"],
                owner=owner,
                due=datetime.date.fromisoformat(action_data["due"]) if action_data["due"] else None,
            )
            actions.append((action, owners))
    _created(Action, [action for action, _ in actions], by=by, reason=reason)
    through = Action.owner_people.through
    through.objects.bulk_create(
        [
            through(action_id=action.pk, person_id=person.pk)
            for action, owners in actions
            for person in dict.fromkeys(owners)
        ],
        batch_size=_BATCH,
    )
    cast.note(outcome)
    record_changed(meeting, content=True)


# --- Pasting minutes into a draft made with New meeting -----------------------------------------

PASTED = "Minutes pasted into the draft"


def paste_refusal(meeting: Meeting, *, has_paragraphs: bool | None = None) -> str:
    """Why minutes may not be pasted into `meeting`, or "" when they may: only into a draft
    with nothing written in it yet. Its sections without paragraphs (the standing ones New
    meeting adds) and its attendees are replaced by the minutes'; a paragraph is someone's
    work, and is never overwritten. Pages that have the record read pass `has_paragraphs`."""
    if meeting.status != Meeting.Status.DRAFT:
        return (
            f"The record of {format_date(meeting.date)} is "
            f"{meeting.get_status_display().lower()}, so no minutes are pasted into it; "
            "nothing was changed."
        )
    if has_paragraphs is None:
        has_paragraphs = Paragraph.objects.filter(section__meeting=meeting).exists()
    if has_paragraphs:
        return (
            f"The draft of {format_date(meeting.date)} already has paragraphs, so no minutes "
            "are pasted into it; nothing was changed. Edit it in the editor instead."
        )
    return ""


def takes_pasted_minutes(record: RecordView) -> bool:
    """Whether the record, as a page has already read it, takes pasted minutes: for the
    link to the paste page, at no extra query."""
    has_paragraphs = any(section.paragraphs for section in record.sections)
    return not paste_refusal(record.meeting, has_paragraphs=has_paragraphs)


def _date_to_check(outcome: ImportOutcome, meeting: Meeting, text: str) -> None:
    """A date in the minutes other than the draft's is a line to check: the draft keeps its
    own, which the secretariat chose."""
    written = outcome.record["date"]
    if not written or written == meeting.date.isoformat():
        return
    title = outcome.record["title"] or ""
    lines = text.splitlines()
    number = next((n for n, line in enumerate(lines, start=1) if title and title in line), 1)
    outcome.other_date = Problem(
        line=number,
        text=lines[number - 1] if lines else "",
        message=(
            f"The minutes are dated {format_date(datetime.date.fromisoformat(written))}, "
            f"the draft {format_date(meeting.date)}: the draft keeps its date (change it "
            "under Meeting details if the minutes are right)"
        ),
        severity="warning",
    )
    outcome.problems.insert(0, outcome.other_date)


def meeting_import_into(
    *,
    meeting: Meeting,
    text: str,
    by: Any,
    dry_run: bool = False,
    people: Collection[str] = (),
    organisations: Collection[str] = (),
) -> ImportOutcome:
    """Reads minutes text into `meeting`, an empty draft: its sections and, where the minutes
    list any, its attendees are replaced by the minutes', all of it or nothing. New people and
    organisations are created only where confirmed, as `meeting_import` does. Raises
    `ValidationError` (the draft takes no minutes) or `MinutesError` (the text is unusable)."""
    if refusal := paste_refusal(meeting):
        raise ValidationError(refusal, code="not_empty")
    outcome = _read(text, meeting.board)
    # The draft keeps its heading: what the minutes' heading names is not read into it.
    outcome.problems = [p for p in outcome.problems if not about_the_board(p)]
    _date_to_check(outcome, meeting, text)
    if dry_run:
        _names(outcome, meeting.board)
        return outcome
    with transaction.atomic():
        locked = Meeting.objects.select_for_update().select_related("board").get(pk=meeting.pk)
        # Checked again under the lock: a paragraph may have been written since the preview.
        if refusal := paste_refusal(locked):
            raise ValidationError(refusal, code="not_empty")
        # The record's own history says who pasted the minutes in, and when.
        save_with_history(locked, by=by, reason=PASTED, update_fields=["updated"])
        replaced = [*locked.sections.all()]
        if outcome.record["attendees"]:
            replaced += locked.attendances.all()
        for row in replaced:
            delete_with_history(row, by=by, reason=f"Replaced: {PASTED.lower()}")
        cast = _Cast(
            locked.board,
            people=people,
            organisations=organisations,
            by=by,
            reason=PASTED,
            write=True,
        )
        _write_record(locked, outcome, cast, text, by=by, reason=PASTED)
        record_renumber(locked)
        outcome.meeting = locked
    return outcome
