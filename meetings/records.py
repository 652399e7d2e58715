"""Selectors that read a whole record: one fixed set of queries, numbering applied in memory.

A record's numbers are derived from order while it is a draft and read from the stored
(frozen) numbers once agreed; `load_record` puts the number to show on every object as
`display_number` (sections, actions) and `ref` (paragraphs, "4.3") so that pages and
exports never compute them twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Prefetch, prefetch_related_objects

from actions.models import Action
from meetings.minutes import render_minutes
from meetings.models import Attendance, Meeting, Organisation, Paragraph, Section


def load_record(meeting: Meeting, *, public: bool) -> Meeting:
    """Loads attendees, sections, paragraphs and actions of `meeting` in five queries.

    With `public`, restricted sections and paragraphs are marked `withheld` and their
    content is blanked in memory, so no later layer can leak it by mistake.
    """
    actions = Action.objects.select_related("owner").prefetch_related("owner_people")
    paragraphs = Paragraph.objects.order_by("position").prefetch_related(
        Prefetch("actions", queryset=actions.order_by("position"))
    )
    sections = Section.objects.order_by("position").prefetch_related(
        Prefetch("paragraphs", queryset=paragraphs)
    )
    prefetch_related_objects(
        [meeting],
        Prefetch(
            "attendances",
            queryset=Attendance.objects.select_related("person", "organisation").order_by(
                "position"
            ),
        ),
        Prefetch("sections", queryset=sections),
    )
    number_record(meeting)
    if public:
        _withhold(meeting)
    return meeting


def number_record(meeting: Meeting) -> None:
    """Puts the number to show on each section, paragraph and action of a prefetched record."""
    action_number = 0
    for s_index, section in enumerate(meeting.sections.all(), start=1):
        section.display_number = section.number or s_index
        for p_index, paragraph in enumerate(section.paragraphs.all(), start=1):
            paragraph.ref = f"{section.display_number}.{paragraph.number or p_index}"
            paragraph.section_number = section.display_number
            for action in paragraph.actions.all():
                action_number += 1
                action.display_number = action.number or action_number
                action.paragraph_ref = paragraph.ref


def _withhold(meeting: Meeting) -> None:
    for section in meeting.sections.all():
        section.withheld = section.restricted
        if section.restricted:
            section.title = ""
        for paragraph in section.paragraphs.all():
            paragraph.withheld = section.restricted or paragraph.restricted
            if paragraph.withheld:
                paragraph.text = ""
                # Dropping the prefetched actions keeps their text out of every output.
                paragraph._prefetched_objects_cache["actions"] = Action.objects.none()


def record_as_text(meeting: Meeting) -> str:
    """The record in the published plain-text layout; `meeting` comes from `load_record`."""
    # The writer must know every organisation the importer will, or an owner could change
    # on the way back in.
    known = Organisation.objects.values_list("short_name", flat=True)
    return render_minutes(record_as_dict(meeting), known_organisations=list(known))


def record_as_dict(meeting: Meeting) -> dict[str, Any]:
    """The record in the JSON schema of the export; `meeting` comes from `load_record`."""
    return {
        "board": meeting.board.name,
        "title": meeting.title,
        "date": meeting.date.isoformat(),
        "status": meeting.status,
        "attendees": [
            {
                "name": attendance.person.name,
                "role": attendance.role,
                "organisation": attendance.organisation.short_name
                if attendance.organisation
                else None,
                "attendance": attendance.kind,
            }
            for attendance in meeting.attendances.all()
        ],
        "sections": [_section_dict(section) for section in meeting.sections.all()],
    }


def _section_dict(section: Section) -> dict[str, Any]:
    data: dict[str, Any] = {
        "number": section.display_number,
        "title": section.title,
        "restricted": section.restricted,
        "paragraphs": [],
    }
    if getattr(section, "withheld", False):
        data["withheld"] = True
        return data
    for paragraph in section.paragraphs.all():
        item: dict[str, Any] = {
            "ref": paragraph.ref,
            "text": paragraph.text,
            "restricted": paragraph.restricted,
            "actions": [],
        }
        if getattr(paragraph, "withheld", False):
            item["withheld"] = True
        else:
            item["actions"] = [_action_dict(action) for action in paragraph.actions.all()]
        data["paragraphs"].append(item)
    return data


def _action_dict(action: Action) -> dict[str, Any]:
    return {
        "number": action.display_number,
        "text": action.text,
        "owner": action.owner.short_name if action.owner else None,
        "owner_people": [person.name for person in action.owner_people.all()],
        "due": action.due.isoformat() if action.due else None,
        "status": action.status,
    }


def attendee_groups(meeting: Meeting) -> list[tuple[str, list[tuple[str, list[Attendance]]]]]:
    """Attendees as the record lists them: by kind (present first), then by organisation in
    order of first appearance."""
    groups: list[tuple[str, list[tuple[str, list[Attendance]]]]] = []
    for kind in Attendance.Kind:
        by_organisation: dict[str, list[Attendance]] = {}
        for attendance in meeting.attendances.all():
            if attendance.kind == kind:
                name = attendance.organisation.short_name if attendance.organisation else ""
                by_organisation.setdefault(name, []).append(attendance)
        if by_organisation:
            groups.append((kind.label, list(by_organisation.items())))
    return groups


def number_actions(actions: Iterable[Action]) -> None:
    """Numbers actions drawn from any meetings, with three queries whatever their number."""
    actions = list(actions)
    meetings = Meeting.objects.filter(
        pk__in={action.paragraph.section.meeting_id for action in actions}
    ).prefetch_related(
        Prefetch(
            "sections",
            Section.objects.order_by("position")
            .only("pk", "number", "position", "meeting_id")
            .prefetch_related(
                Prefetch(
                    "paragraphs",
                    Paragraph.objects.order_by("position")
                    .only("pk", "number", "position", "section_id")
                    .prefetch_related(
                        Prefetch(
                            "actions",
                            Action.objects.order_by("position").only(
                                "pk", "number", "position", "paragraph_id"
                            ),
                        )
                    ),
                )
            ),
        )
    )
    numbers: dict[int, Action] = {}
    for meeting in meetings:
        number_record(meeting)
        for section in meeting.sections.all():
            for paragraph in section.paragraphs.all():
                numbers.update({numbered.pk: numbered for numbered in paragraph.actions.all()})
    for action in actions:
        action.display_number = numbers[action.pk].display_number
        action.paragraph_ref = numbers[action.pk].paragraph_ref
