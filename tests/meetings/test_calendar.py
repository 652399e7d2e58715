"""The board's meetings as iCalendar: parsed here by hand (unfolding, CRLF), no library."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from meetings import ical
from meetings.models import Board, Meeting
from tests.conftest import client_for

UTC = datetime.UTC


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def events(text: str) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for line in unfold(text):
        if line == "BEGIN:VEVENT":
            found.append({})
        elif found and line != "END:VEVENT" and ":" in line:
            name, value = line.split(":", 1)
            found[-1].setdefault(name, value)
    return found


@pytest.fixture
def announced(board: Board) -> Meeting:
    return Meeting.objects.create(
        board=board,
        date=datetime.date(2024, 7, 4),
        start_time=datetime.time(10, 30),
        place="City Hall, Kamal Chunchie Way, London E16 1ZE; Committee Room 5, second floor",
        title="Secret draft title",
        announced=True,
    )


def _calendar(client: Client, board: Board) -> str:
    response = client.get(reverse("meetings:calendar", args=[board.slug]))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response.content.decode("utf-8")


# --- The pure writer ---------------------------------------------------------------------------


def _event(**changes: Any) -> ical.Event:
    values: dict[str, Any] = {
        "uid": "meeting-1@example.org",
        "summary": "Record of Meeting 31 August 2023",
        "date": datetime.date(2023, 8, 31),
        "start_time": datetime.time(14, 0),
        "location": "City Hall",
        "url": "https://example.org/boards/b/2023-08-31/",
        "stamp": datetime.datetime(2023, 9, 1, 12, 0, tzinfo=UTC),
    }
    return ical.Event(**(values | changes))


def test_it_ends_every_line_with_crlf() -> None:
    text = ical.calendar([_event()], name="Board")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")


def test_it_folds_lines_at_75_octets_without_splitting_characters() -> None:
    summary = "Écoute " * 40
    text = ical.calendar([_event(summary=summary)], name="Board")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert f"SUMMARY:{summary}" in unfold(text)


def test_it_writes_london_time_with_its_timezone() -> None:
    text = ical.calendar([_event()], name="Board")
    assert "DTSTART;TZID=Europe/London:20230831T140000" in unfold(text)
    assert "BEGIN:VTIMEZONE" in text and "TZNAME:BST" in text


def test_it_writes_an_all_day_event_without_a_start_time() -> None:
    text = ical.calendar([_event(start_time=None)], name="Board")
    assert "DTSTART;VALUE=DATE:20230831" in unfold(text)


def test_it_escapes_text() -> None:
    assert ical.escape("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne"


# --- The feed ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_it_lists_the_announced_meeting_for_the_public(announced: Meeting, board: Board) -> None:
    board.is_public = True
    board.save()
    (event,) = events(_calendar(Client(), board))
    assert event["DTSTART;TZID=Europe/London"] == "20240704T103000"
    assert event["URL"] == f"http://testserver{board.get_absolute_url()}"


@pytest.mark.django_db
def test_it_holds_no_draft_content(announced: Meeting, board: Board) -> None:
    board.is_public = True
    board.save()
    text = _calendar(Client(), board)
    assert "Secret draft title" not in text
    assert "Record of Meeting 31 August 2023" not in text  # the seed draft, not announced


@pytest.mark.django_db
def test_it_keeps_each_uid_and_dtstamp_across_requests(
    announced: Meeting, board: Board, secretariat: Any
) -> None:
    client = client_for(secretariat)
    first, second = events(_calendar(client, board)), events(_calendar(client, board))
    assert [(e["UID"], e["DTSTAMP"]) for e in first] == [(e["UID"], e["DTSTAMP"]) for e in second]
    assert f"meeting-{announced.pk}@testserver" in {e["UID"] for e in first}


@pytest.mark.django_db
def test_it_links_a_readable_record_to_its_page(published_meeting: Meeting, board: Board) -> None:
    found = {e["URL"] for e in events(_calendar(Client(), board))}
    assert f"http://testserver{published_meeting.get_absolute_url()}" in found


@pytest.mark.django_db
def test_it_is_404_for_a_board_not_yet_public(announced: Meeting, board: Board) -> None:
    response = Client().get(reverse("meetings:calendar", args=[board.slug]))
    assert response.status_code == 404
