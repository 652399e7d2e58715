"""A meeting's date is bounded (`prob.limits.validate_meeting_date`), in one place used by New
meeting, the meeting's details, the services under them and the import; and whatever date is
already stored, the calendars and feeds still answer (the outside tester's 9999-12-31 gave a
500 on the signed-in calendar)."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from meetings.minutes import MinutesError
from meetings.models import Board, Meeting
from meetings.services import editing
from meetings.services.imports import Document, minutes_read
from prob import limits
from tests.conftest import client_for

ODD = ["9999-12-31", "0001-01-01", "1899-12-31"]


@pytest.mark.parametrize("date", ODD)
def test_new_meeting_refuses_an_unreasonable_date(clerk: Client, board: Board, date: str) -> None:
    response = clerk.post(
        reverse("meetings:new_meeting", args=[board.slug]),
        {"date": date, "start_time": "10:00", "title": "QA odd"},
    )
    assert "check the year" in response.content.decode()
    assert not Meeting.objects.filter(date=datetime.date.fromisoformat(date)).exists()


def test_the_services_refuse_it_too(seed_meeting: Meeting, secretariat: object) -> None:
    with pytest.raises(ValidationError, match="check the year"):
        editing.meeting_new(board=seed_meeting.board, by=secretariat, date=datetime.date.max)
    with pytest.raises(ValidationError, match="check the year"):
        editing.meeting_update(
            meeting=seed_meeting,
            by=secretariat,
            date=datetime.date.min,
            start_time=None,
            place="",
            title="",
        )
    assert limits.meeting_date_in_range(datetime.date.today())


def test_the_import_refuses_minutes_dated_out_of_range(board: Board, seed_text: str) -> None:
    text = seed_text.replace("31 August 2023", "31 August 9999")
    with pytest.raises(MinutesError, match="check the year"):
        minutes_read(board=board, document=Document(text=text))


@pytest.mark.parametrize("date", [datetime.date.max, datetime.date.min])
def test_calendars_and_feeds_cope_with_a_date_already_stored(
    board: Board, secretariat: object, date: datetime.date
) -> None:
    Meeting.objects.create(
        board=board, date=date, start_time=datetime.time(23, 30), title="Odd", announced=True
    )
    client = client_for(secretariat)
    for url in (
        reverse("meetings:calendar", args=[board.slug]),
        reverse("meetings:board", args=[board.slug]),
        reverse("meetings:board_feed", args=[board.slug]),
        reverse("site_feed"),
    ):
        assert client.get(url).status_code == 200, url
    assert Client().get(reverse("meetings:calendar", args=[board.slug])).status_code in (200, 404)
