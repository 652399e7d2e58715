"""An announced meeting: its date, time and place are public, its record is not."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.test import Client, RequestFactory

from meetings.models import Board, Meeting
from meetings.scoping import announced_meetings_for, meetings_for
from meetings.views.calendars import upcoming_announcements
from tests.conftest import client_for
from tests.htmlcheck import assert_valid_html_pages


@pytest.fixture
def announced_on_public_board(board: Board) -> Meeting:
    board.is_public = True
    board.save()
    return Meeting.objects.create(
        board=board,
        date=datetime.date.today() + datetime.timedelta(days=30),
        start_time=datetime.time(10, 0),
        place="City Hall",
        title="Record of Meeting to come",
        announced=True,
    )


@pytest.mark.django_db
def test_it_keeps_the_announced_record_404_to_the_public(
    announced_on_public_board: Meeting,
) -> None:
    response = Client().get(announced_on_public_board.get_absolute_url())
    assert response.status_code == 404


@pytest.mark.django_db
def test_it_does_not_make_the_record_readable(announced_on_public_board: Meeting) -> None:
    assert not meetings_for(AnonymousUser()).filter(pk=announced_on_public_board.pk).exists()


@pytest.mark.django_db
def test_it_shows_the_announcement_as_unreadable_to_the_public(
    announced_on_public_board: Meeting, seed_meeting: Meeting
) -> None:
    found = {m.pk: m.readable for m in announced_meetings_for(AnonymousUser())}
    # The unannounced draft is not there at all.
    assert found == {announced_on_public_board.pk: False}


@pytest.mark.django_db
def test_it_shows_the_announcement_as_readable_to_the_secretariat(
    announced_on_public_board: Meeting, secretariat: Any
) -> None:
    found = {m.pk: m.readable for m in announced_meetings_for(secretariat)}
    assert found[announced_on_public_board.pk] is True


@pytest.mark.django_db
def test_it_hides_announcements_of_a_board_not_yet_public(
    announced_on_public_board: Meeting,
) -> None:
    Board.objects.filter(pk=announced_on_public_board.board_id).update(is_public=False)
    assert not announced_meetings_for(AnonymousUser()).exists()


@pytest.mark.django_db
def test_it_lists_only_upcoming_announcements(
    announced_on_public_board: Meeting, board: Board
) -> None:
    Meeting.objects.create(
        board=board, date=datetime.date(2020, 1, 1), title="Long ago", announced=True
    )
    assert upcoming_announcements(AnonymousUser(), board) == [announced_on_public_board]


@pytest.mark.django_db
def test_it_links_the_calendar_and_feed_from_the_board_page(
    announced_on_public_board: Meeting, board: Board, secretariat: Any
) -> None:
    html = client_for(secretariat).get(board.get_absolute_url()).content.decode()
    assert f"/boards/{board.slug}/calendar.ics" in html
    assert 'type="application/atom+xml"' in html


@pytest.mark.django_db
def test_it_writes_valid_html_with_announcements(
    announced_on_public_board: Meeting, published_meeting: Meeting, rf: RequestFactory
) -> None:
    # The board view passes `announcements` once wired (upcoming_announcements); until then
    # the template's block is rendered here with the context it will receive.
    request = rf.get(announced_on_public_board.board.get_absolute_url())
    request.user = AnonymousUser()
    board = announced_on_public_board.board
    html = render_to_string(
        "meetings/board.html",
        {
            "board": board,
            "meetings": Meeting.objects.filter(pk=published_meeting.pk),
            "announcements": upcoming_announcements(AnonymousUser(), board),
        },
        request=request,
    )
    assert "City Hall" in html and announced_on_public_board.get_absolute_url() not in html
    assert_valid_html_pages({"board": html, "home": Client().get("/").content})
