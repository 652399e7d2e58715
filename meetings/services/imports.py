"""Importing minutes: text in, a draft record out (or an empty draft filled), all of it or
nothing."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils.text import slugify

from actions.models import Action
from meetings.minutes import MinutesError, Problem, format_date, read_minutes
from meetings.models import (
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
from meetings.services.editing import _delete, person_for_name
from meetings.services.lifecycle import save_with_history
from meetings.services.numbers import record_renumber


@dataclass
class ImportOutcome:
    record: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    meeting: Meeting | None = None
    # Pasted into a draft: the minutes' date, where it is not the draft's (also a problem).
    other_date: Problem | None = None


class RecordExists(MinutesError):
    """The board already has a record of the minutes' date: nothing is imported, and the page
    that asked can link to the record."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        super().__init__(
            f"{meeting.board} already has a record for {meeting.date.isoformat()}; "
            "nothing was imported."
        )


def _board_for(name: str) -> Board:
    board = Board.objects.filter(name__iexact=name).first()
    if board is None:
        board = Board(name=name, slug=_free_slug(name))
        board.full_clean()
        board.save()
    return board


def _free_slug(name: str) -> str:
    base = slugify(name)[:70] or "board"
    slug, n = base, 1
    while Board.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _organisation_for(
    short_name: str | None, cache: dict[str, Organisation]
) -> Organisation | None:
    if not short_name:
        return None
    key = short_name.lower()
    if key not in cache:
        organisation = Organisation.objects.filter(short_name__iexact=short_name).first()
        if organisation is None:
            organisation = Organisation.objects.filter(name__iexact=short_name).first()
        if organisation is None:
            organisation = Organisation.objects.create(name=short_name, short_name=short_name)
        cache[key] = organisation
    return cache[key]


def _person_for(
    name: str, organisation: Organisation | None, board: Board, cache: dict[str, Person]
) -> Person:
    if name not in cache:
        cache[name] = person_for_name(board=board, name=name, organisation=organisation)
    return cache[name]


def _read(text: str, board_name: str | None) -> ImportOutcome:
    parsed = read_minutes(
        text, known_organisations=Organisation.objects.values_list("short_name", flat=True)
    )
    record = parsed.record
    if board_name:
        record["board"] = board_name
    return ImportOutcome(record=record, problems=parsed.problems)


def meeting_import(
    *, text: str, board_name: str | None = None, dry_run: bool = False
) -> ImportOutcome:
    """Creates a draft meeting from minutes text; raises MinutesError and writes nothing on
    input it cannot use."""
    outcome = _read(text, board_name)
    record = outcome.record
    if not record["board"]:
        raise MinutesError("No board name was found; give one with --board.")
    if not record["date"]:
        raise MinutesError(
            "No meeting date was found; the title should read like "
            "'Record of Meeting 31 August 2023'."
        )
    if dry_run:
        return outcome
    with transaction.atomic():
        outcome.meeting = meeting_create(record=record)
    return outcome


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


@transaction.atomic
def meeting_create(*, record: dict[str, Any]) -> Meeting:
    """Creates a draft meeting from a record in the JSON form, all of it or nothing."""
    board = _board_for(record["board"])
    date = datetime.date.fromisoformat(record["date"])
    existing = Meeting.objects.filter(board=board, date=date).first()
    if existing is not None:
        raise RecordExists(existing)
    meeting = Meeting(board=board, date=date, title=record["title"] or f"Record of Meeting {date}")
    meeting.full_clean()
    meeting.save()
    _write_record(meeting, record, by=None, reason=None)
    return meeting


def _create(model: type[Model], *, by: Any, reason: str | None, **fields: Any) -> Any:
    instance = model(**fields)
    save_with_history(instance, by=by, reason=reason)
    return instance


def _write_record(meeting: Meeting, record: dict[str, Any], *, by: Any, reason: str | None) -> None:
    """Writes the record's attendees, sections, paragraphs and actions into `meeting`, with
    `by` and `reason` in the history of each row."""
    board = meeting.board
    organisations: dict[str, Organisation] = {}
    people: dict[str, Person] = {}
    for position, attendee in enumerate(record["attendees"], start=1):
        organisation = _organisation_for(attendee["organisation"], organisations)
        person = _person_for(attendee["name"], organisation, board, people)
        if Attendance.objects.filter(meeting=meeting, person=person).exists():
            raise MinutesError(f"{person} is listed twice among the attendees.")
        _create(
            Attendance,
            by=by,
            reason=reason,
            meeting=meeting,
            person=person,
            organisation=organisation,
            role=attendee["role"],
            kind=attendee["attendance"],
            position=position,
        )
    action_count = 0
    # Numbers are kept as the text wrote them, so that historical references stay valid;
    # where the text has none, they follow the order.
    for s_position, section_data in enumerate(record["sections"], start=1):
        section = _create(
            Section,
            by=by,
            reason=reason,
            meeting=meeting,
            position=s_position,
            title=section_data["title"],
            restricted=section_data["restricted"],
            number=section_data.get("number") or s_position,
            label=_label(section_data.get("ref"), displayed("", s_position)),
        )
        for p_position, paragraph_data in enumerate(section_data["paragraphs"], start=1):
            paragraph = _create(
                Paragraph,
                by=by,
                reason=reason,
                section=section,
                position=p_position,
                text=paragraph_data["text"],
                restricted=paragraph_data["restricted"],
                number=_paragraph_number(paragraph_data.get("ref")) or p_position,
                label=_label(paragraph_data.get("ref"), displayed("", s_position, p_position)),
                decision=bool(paragraph_data.get("decision")),
            )
            for a_position, action_data in enumerate(paragraph_data["actions"], start=1):
                action_count += 1
                action = _create(
                    Action,
                    by=by,
                    reason=reason,
                    paragraph=paragraph,
                    position=a_position,
                    number=action_data.get("number") or action_count,
                    text=action_data["text"],
                    owner=_organisation_for(action_data["owner"], organisations),
                    due=datetime.date.fromisoformat(action_data["due"])
                    if action_data["due"]
                    else None,
                )
                names = action_data.get("owner_people") or []
                if names:
                    action.owner_people.set([_person_for(n, None, board, people) for n in names])
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
    *, meeting: Meeting, text: str, by: Any, dry_run: bool = False
) -> ImportOutcome:
    """Reads minutes text into `meeting`, an empty draft: its sections and, where the minutes
    list any, its attendees are replaced by the minutes', all of it or nothing. Raises
    `ValidationError` (the draft takes no minutes) or `MinutesError` (the text is unusable)."""
    if refusal := paste_refusal(meeting):
        raise ValidationError(refusal, code="not_empty")
    outcome = _read(text, meeting.board.name)
    _date_to_check(outcome, meeting, text)
    if dry_run:
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
            _delete(row, by=by, reason=f"Replaced: {PASTED.lower()}")
        _write_record(locked, outcome.record, by=by, reason=PASTED)
        record_renumber(locked)
        outcome.meeting = locked
    return outcome
