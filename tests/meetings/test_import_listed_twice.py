"""One person listed twice among the attendees (present and in attendance; or an organisation
heading read as a person in two lists) is one attendee: the preview shows them once with a line
to check that quotes the second listing, and Create makes the draft the preview showed (QA F2:
the preview offered "Create draft", then Create refused "… is listed twice among the
attendees", said as "The minutes could not be read")."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.urls import reverse

from meetings.models import Attendance, Board, Meeting
from meetings.services.imports import Document, everyone_new, meeting_import, minutes_read
from tests.conftest import client_for, make_user

MINUTES = (
    "Justice Board\nRecord of Meeting 2 December 2011\n\n"
    "Present\nNorth Lanarkshire, Council\nAnn Able, Chair\n\n"
    "In attendance\nNorth Lanarkshire, Council Officer\nBob Baker, Clerk\n\n"
    "1. Minutes\n\n1.1. The minutes were agreed.\n"
)


@pytest.fixture
def justice(db: None) -> Board:
    return Board.objects.create(name="Justice Board", slug="justice")


@pytest.fixture
def justice_clerk(justice: Board) -> Any:
    return make_user(
        "clerk@justice.example", person_name="Sam Clerk", board=justice, role="secretariat"
    )


def test_the_preview_lists_them_once_with_a_line_to_check(justice: Board) -> None:
    outcome = minutes_read(board=justice, document=Document(text=MINUTES))
    names = [a["name"] for a in outcome.record["attendees"]]
    assert names.count("North Lanarkshire") == 1
    (said,) = [p for p in outcome.problems if "not written separately" in p.message]
    assert said.severity == "warning"
    assert said.message.startswith("North Lanarkshire is listed as present and as in attendance")
    # The second listing is quoted, so nothing it said is lost.
    assert said.text == "North Lanarkshire, Council Officer"
    assert "North Lanarkshire, Council Officer" in said.message


def test_create_makes_the_draft_the_preview_showed(justice: Board, justice_clerk: Any) -> None:
    document = Document(text=MINUTES, name="minutes.txt")
    read = minutes_read(board=justice, document=document)
    meeting = meeting_import(
        board=justice, document=document, by=justice_clerk, **everyone_new(read)
    ).meeting
    assert meeting is not None
    attendances = Attendance.objects.filter(meeting=meeting).order_by("position")
    assert [(a.person.name, a.kind) for a in attendances] == [
        ("North Lanarkshire", "present"),
        ("Ann Able", "present"),
        ("Bob Baker", "in_attendance"),
    ]


def test_the_first_listing_takes_the_role_the_second_gives(justice: Board) -> None:
    text = MINUTES.replace("North Lanarkshire, Council\n", "North Lanarkshire\n")
    outcome = minutes_read(board=justice, document=Document(text=text))
    (first,) = [a for a in outcome.record["attendees"] if a["name"] == "North Lanarkshire"]
    assert first["role"] == "Council Officer"


def test_through_the_page_create_is_not_refused(justice: Board, justice_clerk: Any) -> None:
    client = client_for(justice_clerk)
    url = reverse("meetings:import_minutes", args=[justice.slug])
    preview = client.post(url, {"action": "preview", "text": MINUTES})
    assert preview.status_code == 200
    assert "could not be read" not in preview.content.decode()
    names = {
        "shown_people": ["North Lanarkshire", "Ann Able", "Bob Baker"],
        "new_people": ["North Lanarkshire", "Ann Able", "Bob Baker"],
        "shown_organisations": ["Council"],
        "new_organisations": ["Council"],
    }
    created = client.post(url, {"action": "create", "text": MINUTES, **names})
    assert created.status_code == 302
    meeting = Meeting.objects.get(board=justice, date=datetime.date(2011, 12, 2))
    assert meeting.attendances.count() == 3
