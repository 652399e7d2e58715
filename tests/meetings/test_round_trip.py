"""import(export(record)) == record, for any record, through the database."""

from typing import Any

from django.db import transaction
from hypothesis import HealthCheck, given, settings

from meetings.models import Meeting
from meetings.records import record_as_dict, record_as_text, record_view
from meetings.services import meeting_create, meeting_import
from tests.strategies import records


def storable(record: dict[str, Any]) -> bool:
    """A record the database can hold: dated, each attendee listed once."""
    names = [a["name"] for a in record["attendees"]]
    return record["date"] is not None and len(names) == len(set(names))


def as_stored(record: dict[str, Any]) -> dict[str, Any]:
    """People named on an action are a set, listed by name."""
    for section in record["sections"]:
        for paragraph in section["paragraphs"]:
            for action in paragraph["actions"]:
                action["owner_people"] = sorted(set(action["owner_people"]))
    return record


def exported(meeting: Meeting) -> tuple[dict[str, Any], str]:
    loaded = record_view(Meeting.objects.get(pk=meeting.pk), public=False)
    return record_as_dict(loaded), record_as_text(loaded)


@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)
@given(record=records().filter(storable).map(as_stored))
def test_it_imports_any_record_from_its_own_export(db: None, record: dict[str, Any]) -> None:
    with transaction.atomic():
        stored, text = exported(meeting_create(record=record))
        Meeting.objects.all().delete()
        again, _ = exported(meeting_import(text=text).meeting)
        transaction.set_rollback(True)
    assert stored == record
    assert again == stored
