"""Importing minutes: text in, a draft record out, all of it or nothing."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.text import slugify

from actions.models import Action
from meetings.minutes import MinutesError, Problem, parse_minutes
from meetings.models import (
    Attendance,
    Board,
    Meeting,
    Organisation,
    Paragraph,
    Person,
    Section,
)
from meetings.services.editing import person_for_name


@dataclass
class ImportOutcome:
    record: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    meeting: Meeting | None = None


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


def meeting_import(
    *, text: str, board_name: str | None = None, dry_run: bool = False
) -> ImportOutcome:
    """Creates a draft meeting from minutes text; raises MinutesError and writes nothing on
    input it cannot use."""
    parsed = parse_minutes(
        text, known_organisations=Organisation.objects.values_list("short_name", flat=True)
    )
    record = parsed.record
    if board_name:
        record["board"] = board_name
    if not record["board"]:
        raise MinutesError("No board name was found; give one with --board.")
    if not record["date"]:
        raise MinutesError(
            "No meeting date was found; the title should read like "
            "'Record of Meeting 31 August 2023'."
        )
    outcome = ImportOutcome(record=record, problems=parsed.problems)
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


@transaction.atomic
def meeting_create(*, record: dict[str, Any]) -> Meeting:
    """Creates a draft meeting from a record in the JSON form, all of it or nothing."""
    board = _board_for(record["board"])
    date = datetime.date.fromisoformat(record["date"])
    if Meeting.objects.filter(board=board, date=date).exists():
        raise MinutesError(
            f"{board} already has a record for {record['date']}; nothing was imported."
        )
    meeting = Meeting(board=board, date=date, title=record["title"] or f"Record of Meeting {date}")
    meeting.full_clean()
    meeting.save()
    organisations: dict[str, Organisation] = {}
    people: dict[str, Person] = {}
    for position, attendee in enumerate(record["attendees"], start=1):
        organisation = _organisation_for(attendee["organisation"], organisations)
        person = _person_for(attendee["name"], organisation, board, people)
        if Attendance.objects.filter(meeting=meeting, person=person).exists():
            raise MinutesError(f"{person} is listed twice among the attendees.")
        Attendance.objects.create(
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
        section = Section.objects.create(
            meeting=meeting,
            position=s_position,
            title=section_data["title"],
            restricted=section_data["restricted"],
            number=section_data.get("number") or s_position,
        )
        for p_position, paragraph_data in enumerate(section_data["paragraphs"], start=1):
            paragraph = Paragraph.objects.create(
                section=section,
                position=p_position,
                text=paragraph_data["text"],
                restricted=paragraph_data["restricted"],
                number=_paragraph_number(paragraph_data.get("ref")) or p_position,
            )
            for a_position, action_data in enumerate(paragraph_data["actions"], start=1):
                action_count += 1
                action = Action.objects.create(
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
    return meeting
