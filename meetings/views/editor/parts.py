"""The parts of a record an editor change names, looked up within the record the view fetched
through the write helper (`scoping.get_meeting_for_secretariat`): a part of another record is a
404, never changed.

Each part leads back to the view's own copy of the meeting (`part.section.meeting is
meeting`), so that the service that changes it brings that copy's revisions up to date
(`revisions.record_changed`) and the page answered after it is rendered from them, with no
reading of the meeting again.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, QuerySet
from django.db.models.query import ModelIterable
from django.http import Http404, HttpRequest

from meetings.models import Action, Attendance, Meeting, Organisation, Paragraph, Person, Section


def _in_record(parts: QuerySet, meeting: Meeting, *path: str) -> QuerySet:
    class InRecord(ModelIterable):
        def __iter__(self) -> Any:
            for row in super().__iter__():
                owner: Model = row
                for name in path:
                    owner = getattr(owner, name)
                owner.meeting = meeting  # type: ignore[attr-defined]
                yield row

    parts._iterable_class = InRecord  # kept by every queryset made from this one
    return parts


def sections_of(meeting: Meeting) -> QuerySet[Section]:
    return _in_record(Section.objects.filter(meeting=meeting), meeting)


def paragraphs_of(meeting: Meeting) -> QuerySet[Paragraph]:
    parts = Paragraph.objects.filter(section__meeting=meeting).select_related("section")
    return _in_record(parts, meeting, "section")


def actions_of(meeting: Meeting) -> QuerySet[Action]:
    parts = Action.objects.filter(paragraph__section__meeting=meeting).select_related(
        "paragraph__section"
    )
    return _in_record(parts, meeting, "paragraph", "section")


def attendances_of(meeting: Meeting) -> QuerySet[Attendance]:
    return _in_record(Attendance.objects.filter(meeting=meeting), meeting)


def posted_part(parts: QuerySet, request: HttpRequest) -> Any:
    """The part named by the posted `target`: 404 for anything not of this record."""
    value = request.POST.get("target", "")
    row = parts.filter(pk=value).first() if value.isdecimal() else None
    if row is None:
        raise Http404("Not part of this record")
    return row


def organisation(value: str) -> Organisation | None:
    return Organisation.objects.filter(pk=value).first() if value else None


def people(ids: list[str]) -> list[Person]:
    return list(Person.objects.filter(pk__in=ids))
