"""import(export(record)) == record, for any record, through the database."""

from typing import Any

from django.db import transaction
from hypothesis import HealthCheck, given, settings

from meetings.models import Board, Meeting
from meetings.records import record_as_dict, record_as_text, record_view
from meetings.services import Document, meeting_import
from meetings.services.imports import ImportOutcome, meeting_import_record
from tests import tiers
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


def _named(record: dict[str, Any]) -> dict[str, list[str]]:
    """Everyone and every organisation the record names, confirmed to be created."""
    actions = [a for s in record["sections"] for p in s["paragraphs"] for a in p["actions"]]
    people = [a["name"] for a in record["attendees"]]
    people += [name for action in actions for name in action["owner_people"]]
    organisations = [a["organisation"] for a in record["attendees"] if a["organisation"]]
    organisations += [action["owner"] for action in actions if action["owner"]]
    return {"people": people, "organisations": organisations}


def exported(meeting: Meeting) -> tuple[dict[str, Any], str]:
    loaded = record_view(Meeting.objects.get(pk=meeting.pk), public=False)
    return record_as_dict(loaded), record_as_text(loaded)


# 30 records under `bin/test --all` (CI); 5 in the change tier, each one a full import, export
# and import again through the database (tests/tiers.py).
@settings(
    max_examples=tiers.examples(change=5, every=30),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)
@given(record=records().filter(storable).map(as_stored))
def test_it_imports_any_record_from_its_own_export(db: None, record: dict[str, Any]) -> None:
    with transaction.atomic():
        board = Board.objects.create(name=record["board"], slug="board")
        everyone = _named(record)
        made = meeting_import_record(
            board=board, outcome=ImportOutcome(record=record), by=None, reason="", **everyone
        )
        stored, text = exported(made.meeting)
        Meeting.objects.all().delete()
        document = Document(text=text)
        again, _ = exported(
            meeting_import(board=board, document=document, by=None, **everyone).meeting
        )
        transaction.set_rollback(True)
    assert stored == record
    assert again == stored
