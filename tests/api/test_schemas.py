"""The API's documents against the standards they name: Popolo's person, organization and
membership schemas, and Open Civic Data's event schema (pupa's), copied unchanged into
tests/data/schemas/ (see its README). Both are JSON Schema draft 3, and validated as such."""

from __future__ import annotations

import datetime
import importlib.util
import json
import sys
import types
from importlib.machinery import SourceFileLoader
from pathlib import Path
from typing import Any
from unittest import mock

import jsonschema
import pytest
from django.test import Client
from django.urls import reverse
from referencing import Registry, Resource

from meetings.models import Meeting, Organisation
from tests.api.test_api import crawl, json_of

SCHEMAS = Path(__file__).parent.parent / "data" / "schemas"
POPOLO = "http://www.popoloproject.com/schemas/"


def _popolo_validator(name: str) -> jsonschema.Draft3Validator:
    schemas = [json.loads(path.read_text()) for path in (SCHEMAS / "popolo").glob("*.json")]
    registry = Registry().with_resources(
        (schema["id"].rstrip("#"), Resource.from_contents(schema)) for schema in schemas
    )
    [schema] = [s for s in schemas if s["id"] == f"{POPOLO}{name}.json#"]
    return jsonschema.Draft3Validator(schema, registry=registry)


def _load(name: str, path: Path) -> types.ModuleType:
    loader = SourceFileLoader(name, str(path))
    spec = importlib.util.spec_from_loader(name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


def _ocd_event_validator() -> jsonschema.Draft3Validator:
    """pupa's event schema, loaded as pupa has it: a package whose `common` module imports
    `opencivicdata.common` (for contact types only, which the event never uses)."""
    package = types.ModuleType("pupa_schemas")
    package.__path__ = []
    stub = types.ModuleType("opencivicdata.common")
    stub.CONTACT_TYPES = []  # type: ignore[attr-defined]
    parent = types.ModuleType("opencivicdata")
    parent.common = stub  # type: ignore[attr-defined]
    modules = {"pupa_schemas": package, "opencivicdata": parent, "opencivicdata.common": stub}
    with mock.patch.dict(sys.modules, modules):
        _load("pupa_schemas.common", SCHEMAS / "pupa" / "common.py.txt")
        schema = _load("pupa_schemas.event", SCHEMAS / "pupa" / "event.py.txt").schema
    # pupa's own two types are Python objects, which a JSON document never holds.
    checker = jsonschema.Draft3Validator.TYPE_CHECKER.redefine_many(
        {
            "datetime": lambda _, value: isinstance(value, datetime.datetime),
            "date": lambda _, value: isinstance(value, datetime.date),
        }
    )
    validator = jsonschema.validators.extend(jsonschema.Draft3Validator, type_checker=checker)
    return validator(schema)


def _errors(validator: jsonschema.Draft3Validator, document: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def _resources(client: Client, collection: str) -> list[Any]:
    """Every item of the collection, as its own resource."""
    prefix = f"http://testserver/api/{collection}/"
    pages = crawl(client)
    return [
        json.loads(body)
        for url, body in pages.items()
        if url.startswith(prefix) and url != prefix and "?" not in url
    ]


# --- Popolo ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("collection", "schema"),
    [("organizations", "organization"), ("people", "person"), ("memberships", "membership")],
)
def test_it_writes_valid_popolo(
    client: Client, world: Meeting, collection: str, schema: str
) -> None:
    validator = _popolo_validator(schema)
    resources = _resources(client, collection)
    assert resources
    assert {r["id"]: _errors(validator, r) for r in resources if _errors(validator, r)} == {}


def test_it_names_an_actions_owner_as_its_organisation_does(client: Client, world: Meeting) -> None:
    Organisation.objects.filter(short_name="MPS").update(name="Metropolitan Police Service")
    [action] = json_of(client, reverse("api:actions"))["results"]
    owner = action["owner"]
    assert _errors(_popolo_validator("organization"), owner) == []
    organisation = json_of(client, owner["id"])
    assert (owner["name"], owner["other_names"]) == (
        organisation["name"],
        organisation["other_names"],
    )
    assert owner["name"] == "Metropolitan Police Service"
    assert owner["other_names"] == [{"name": "MPS", "note": "abbreviation"}]


def test_it_names_an_attendees_organisation_as_the_organisation_does(
    client: Client, world: Meeting
) -> None:
    event = json_of(client, reverse("api:event", args=[world.pk]))
    named = {p["organization"]["name"] for p in event["participants"] if p.get("organization")}
    assert named <= set(Organisation.objects.values_list("name", flat=True))


# --- Open Civic Data events -------------------------------------------------------------------


def test_it_writes_every_event_as_a_valid_ocd_event(
    client: Client, world: Meeting, announced: Meeting
) -> None:
    # One with no place, and one with a time: the announcement gets both in turn.
    Meeting.objects.filter(pk=announced.pk).update(place="")
    validator = _ocd_event_validator()
    events = _resources(client, "events")
    assert len(events) == 2
    assert {e["id"]: _errors(validator, e) for e in events if _errors(validator, e)} == {}


def test_it_gives_every_event_a_description_sources_and_an_end(
    client: Client, world: Meeting, announced: Meeting
) -> None:
    for event in _resources(client, "events"):
        assert event["description"] and event["sources"], event["id"]
        assert "end_date" in event


def test_it_ends_a_timed_meeting_after_its_boards_length(
    client: Client, world: Meeting, announced: Meeting
) -> None:
    event = json_of(client, reverse("api:event", args=[announced.pk]))
    assert (event["start_date"], event["end_date"]) == (
        "2030-05-01T10:00:00+01:00",
        "2030-05-01T12:00:00+01:00",
    )


def test_it_types_participants_as_the_schema_names_them(client: Client, world: Meeting) -> None:
    event = json_of(client, reverse("api:event", args=[world.pk]))
    assert [p["type"] for p in event["participants"]] == ["organization", "person", "person"]


def test_it_describes_a_withheld_agenda_item(client: Client, world: Meeting) -> None:
    event = json_of(client, reverse("api:event", args=[world.pk]))
    [withheld] = [item for item in event["agenda"] if item.get("withheld")]
    assert withheld["description"] == "Withheld from publication"


def test_it_classifies_the_record_as_minutes(client: Client, world: Meeting) -> None:
    event = json_of(client, reverse("api:event", args=[world.pk]))
    assert [document["classification"] for document in event["documents"]] == ["minutes"]
