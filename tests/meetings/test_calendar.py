"""The board's meetings as iCalendar, read back with the icalendar library."""

from __future__ import annotations

import datetime
from typing import Any

import icalendar
import pytest
from django.test import Client
from django.urls import reverse

from meetings import ical
from meetings.models import Board, Meeting
from tests.conftest import client_for

UTC = datetime.UTC
LONDON = ical.ZONE
SITE = "https://prob.example.gov.uk"


# A port in SITE_URL, and another host the site answers to: neither may show in a UID.
pytestmark = pytest.mark.site(f"{SITE}:8443", "other.example")


@pytest.fixture
def announced_4_july_2024(board: Board) -> Meeting:
    return Meeting.objects.create(
        board=board,
        date=datetime.date(2024, 7, 4),
        start_time=datetime.time(10, 30),
        place="City Hall, Kamal Chunchie Way, London E16 1ZE; Committee Room 5, second floor",
        title="Secret draft title",
        announced=True,
    )


def _calendar(client: Client, board: Board, **headers: str) -> icalendar.Calendar:
    response = client.get(reverse("meetings:calendar", args=[board.slug]), headers=headers)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def _events(calendar: icalendar.Calendar) -> dict[str, Any]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


# --- The writer --------------------------------------------------------------------------------


def _event(**changes: Any) -> ical.Event:
    values: dict[str, Any] = {
        "uid": "meeting-1@example.org",
        "summary": "Record of Meeting 31 August 2023",
        "date": datetime.date(2023, 8, 31),
        "start_time": datetime.time(14, 0),
        "length": datetime.timedelta(hours=2),
        "location": "City Hall",
        "url": "https://example.org/boards/b/2023-08-31/",
        "stamp": datetime.datetime(2023, 9, 1, 12, 0, tzinfo=UTC),
    }
    return ical.Event(**(values | changes))


def _written(*events: ical.Event) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(ical.calendar(events, name="Board"))


def test_it_ends_every_line_with_crlf_within_75_octets() -> None:
    raw = ical.calendar([_event(summary="Écoute " * 40)], name="Board")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))


def test_it_writes_london_time_with_the_zone_it_names() -> None:
    calendar = _written(_event())
    (event,) = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.decoded("DTSTART") == datetime.datetime(2023, 8, 31, 14, tzinfo=LONDON)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/London"]


def test_it_names_the_right_offset_in_its_vtimezone() -> None:
    # August is summer time: the VTIMEZONE must say so for programs without a zone database.
    (zone,) = _written(_event()).walk("VTIMEZONE")
    offset = zone.to_tz().utcoffset(datetime.datetime(2023, 8, 31, 14))
    assert offset == datetime.timedelta(hours=1)


def test_it_ends_a_timed_meeting_after_its_length() -> None:
    (event,) = _written(_event(length=datetime.timedelta(minutes=90))).walk("VEVENT")
    assert event.decoded("DTEND") - event.decoded("DTSTART") == datetime.timedelta(minutes=90)


def test_it_writes_an_all_day_event_without_a_start_time() -> None:
    (event,) = _written(_event(start_time=None)).walk("VEVENT")
    assert event.decoded("DTSTART") == datetime.date(2023, 8, 31)
    assert "DTEND" not in event  # a DATE start alone lasts the day (RFC 5545 3.6.1)


def test_it_keeps_text_with_commas_semicolons_and_new_lines() -> None:
    summary = "Risk, finance; and\nthe rest \\ more"
    (event,) = _written(_event(summary=summary)).walk("VEVENT")
    assert str(event["SUMMARY"]) == summary


# --- The board's calendar ----------------------------------------------------------------------


@pytest.mark.django_db
def test_it_lists_the_announced_meeting_for_the_public(
    announced_4_july_2024: Meeting, public_board: Board
) -> None:
    (event,) = _calendar(Client(), public_board).walk("VEVENT")
    assert event.decoded("DTSTART") == datetime.datetime(2024, 7, 4, 10, 30, tzinfo=LONDON)
    assert str(event["URL"]) == f"{SITE}:8443{public_board.get_absolute_url()}"


@pytest.mark.django_db
def test_it_gives_a_timed_meeting_two_hours_by_default(
    announced_4_july_2024: Meeting, public_board: Board
) -> None:
    (event,) = _calendar(Client(), public_board).walk("VEVENT")
    assert event.decoded("DTEND") == datetime.datetime(2024, 7, 4, 12, 30, tzinfo=LONDON)


@pytest.mark.django_db
def test_it_gives_a_timed_meeting_its_boards_length(
    announced_4_july_2024: Meeting, public_board: Board
) -> None:
    Board.objects.filter(pk=public_board.pk).update(meeting_length=45)
    (event,) = _calendar(Client(), public_board).walk("VEVENT")
    assert event.decoded("DTEND") - event.decoded("DTSTART") == datetime.timedelta(minutes=45)


@pytest.mark.django_db
def test_it_holds_no_draft_content(announced_4_july_2024: Meeting, public_board: Board) -> None:
    response = Client().get(reverse("meetings:calendar", args=[public_board.slug]))
    assert b"Secret draft title" not in response.content
    assert b"Record of Meeting 31 August 2023" not in response.content  # the seed, unannounced


@pytest.mark.django_db
def test_it_keeps_each_uid_and_dtstamp_across_requests(
    announced_4_july_2024: Meeting, board: Board, secretariat: Any
) -> None:
    client = client_for(secretariat)
    first, second = _events(_calendar(client, board)), _events(_calendar(client, board))
    assert {uid: e["DTSTAMP"].dt for uid, e in first.items()} == {
        uid: e["DTSTAMP"].dt for uid, e in second.items()
    }


@pytest.mark.django_db
def test_it_makes_uids_from_the_site_host_without_its_port(
    announced_4_july_2024: Meeting, public_board: Board
) -> None:
    assert set(_events(_calendar(Client(), public_board))) == {
        f"meeting-{announced_4_july_2024.pk}@prob.example.gov.uk"
    }


@pytest.mark.django_db
def test_it_answers_the_same_uids_and_links_whatever_the_host(
    announced_4_july_2024: Meeting, public_board: Board
) -> None:
    here = _calendar(Client(), public_board)
    there = _calendar(Client(), public_board, host="other.example:8000")
    assert _events(here).keys() == _events(there).keys()
    assert [str(e["URL"]) for e in there.walk("VEVENT")] == [
        str(e["URL"]) for e in here.walk("VEVENT")
    ]


@pytest.mark.django_db
def test_it_links_a_readable_record_to_its_page(published_meeting: Meeting, board: Board) -> None:
    found = {str(e["URL"]) for e in _calendar(Client(), board).walk("VEVENT")}
    assert f"{SITE}:8443{published_meeting.get_absolute_url()}" in found


@pytest.mark.django_db
def test_it_is_404_for_a_board_not_yet_public(announced_4_july_2024: Meeting, board: Board) -> None:
    response = Client().get(reverse("meetings:calendar", args=[board.slug]))
    assert response.status_code == 404


@pytest.mark.django_db
def test_it_stamps_an_announcement_without_saying_when_its_draft_was_edited(
    announced_4_july_2024: Meeting, public_board: Board
) -> None:
    before = _calendar(Client(), public_board).walk("VEVENT")[0]["DTSTAMP"].dt
    announced_4_july_2024.title = "Secret draft title, edited"
    announced_4_july_2024.save()
    assert _calendar(Client(), public_board).walk("VEVENT")[0]["DTSTAMP"].dt == before
