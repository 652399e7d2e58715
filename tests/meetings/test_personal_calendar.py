"""Each user's private calendar: the meetings of every board they belong to, at an address with
a secret in it that a calendar program fetches without signing in, and that its owner can
replace from the account page (the old address then answers 404)."""

from __future__ import annotations

import datetime
import re
from typing import Any

import icalendar
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import CalendarToken
from meetings.models import Board, Meeting, Membership
from tests.conftest import client_for, html_for, make_user
from tests.htmlcheck import assert_valid_html_pages

BOARD_NAME = "Performance and Risk Oversight Board"
SITE = "https://prob.example.gov.uk"


# A port in SITE_URL, and another host the site answers to: neither may show in a UID.
pytestmark = pytest.mark.site(f"{SITE}:8443", "other.example")


def _address(user: Any) -> str:
    """The address the account page shows, after making one with its button."""
    client = client_for(user)
    response = client.post(reverse("calendar_address_new"))
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    found = re.search(r'id="calendar-address" type="url" value="([^"]+)"', html)
    assert found is not None
    assert found[1].startswith(f"{SITE}:8443/")
    return found[1].removeprefix(f"{SITE}:8443")


def _calendar(url: str) -> tuple[bytes, icalendar.Calendar]:
    # A calendar program: no cookies, no session.
    response = Client().get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response.content, icalendar.Calendar.from_ical(response.content)


def _summaries(calendar: icalendar.Calendar) -> set[str]:
    return {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}


@pytest.fixture
def other_board(db: None) -> Board:
    board = Board.objects.create(name="Neighbouring Board", slug="neighbouring-board")
    Meeting.objects.create(
        board=board,
        date=timezone.localdate() + datetime.timedelta(days=10),
        title="Neighbouring draft",
        announced=True,
    )
    return board


@pytest.fixture
def announced_in_20_days(seed_meeting: Meeting) -> Meeting:
    return Meeting.objects.create(
        board=seed_meeting.board,
        date=timezone.localdate() + datetime.timedelta(days=20),
        start_time=datetime.time(14, 0),
        place="City Hall",
        title="Next meeting's draft title",
        announced=True,
    )


# --- The account page --------------------------------------------------------------------------


def test_it_offers_to_make_an_address(secretariat: Any) -> None:
    html = html_for(secretariat, reverse("account"))
    assert "Make a calendar address" in html
    assert 'id="calendar-address"' not in html
    assert not CalendarToken.objects.exists()


def test_it_shows_the_address_once_made(secretariat: Any) -> None:
    address = _address(secretariat)
    token = CalendarToken.objects.get(user=secretariat).token
    assert address == f"/calendar/{token}.ics"
    assert len(token) >= 40
    assert "Make a new address" in html_for(secretariat, reverse("account"))


def test_it_makes_a_different_secret_for_each_user(secretariat: Any, board_member: Any) -> None:
    assert _address(secretariat) != _address(board_member)


def test_it_needs_the_csrf_token_to_make_an_address(secretariat: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(secretariat, backend="accounts.backends.EmailBackend")
    assert client.post(reverse("calendar_address_new")).status_code == 403
    page = client.get(reverse("account")).content.decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert csrf is not None
    response = client.post(reverse("calendar_address_new"), {"csrfmiddlewaretoken": csrf[1]})
    assert response.status_code == 302
    assert CalendarToken.objects.filter(user=secretariat).exists()


def test_it_refuses_get_on_the_button_address(secretariat: Any) -> None:
    assert client_for(secretariat).get(reverse("calendar_address_new")).status_code == 405
    assert not CalendarToken.objects.exists()


def test_it_serves_a_valid_account_page_with_the_address(secretariat: Any) -> None:
    _address(secretariat)
    client = client_for(secretariat)
    assert_valid_html_pages({"/accounts/": client.get(reverse("account")).content})


# --- Revoking ----------------------------------------------------------------------------------


def test_a_new_address_retires_the_old_one(secretariat: Any) -> None:
    old = _address(secretariat)
    assert Client().get(old).status_code == 200
    new = _address(secretariat)
    assert new != old
    assert Client().get(old).status_code == 404
    assert Client().get(new).status_code == 200
    assert CalendarToken.objects.filter(user=secretariat).count() == 1


def test_making_and_retiring_addresses_is_in_the_history_without_the_secret(
    secretariat: Any,
) -> None:
    old = _address(secretariat)
    _address(secretariat)
    rows = CalendarToken.history.filter(user=secretariat).order_by("history_id")
    assert [(r.history_type, r.history_user, r.history_change_reason) for r in rows] == [
        ("+", secretariat, "New calendar address"),
        ("-", secretariat, "Replaced by a new address"),
        ("+", secretariat, "New calendar address"),
    ]
    secret = old.removeprefix("/calendar/").removesuffix(".ics")
    assert not any(secret in str(vars(row).values()) for row in rows)
    assert not hasattr(rows[0], "token")


def test_it_answers_404_to_an_unknown_token(db: None) -> None:
    response = Client().get(reverse("personal_calendar", args=["x" * 43]))
    assert response.status_code == 404


def test_it_answers_404_once_the_account_is_deactivated(secretariat: Any) -> None:
    address = _address(secretariat)
    secretariat.is_active = False
    secretariat.save()
    assert Client().get(address).status_code == 404


# --- What the calendar holds -------------------------------------------------------------------


def test_it_parses_with_icalendar(secretariat: Any, announced_in_20_days: Meeting) -> None:
    raw, calendar = _calendar(_address(secretariat))
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    event = events[f"meeting-{announced_in_20_days.pk}@prob.example.gov.uk"]
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    start = event.decoded("DTSTART")
    assert (start.date(), start.time()) == (announced_in_20_days.date, datetime.time(14, 0))
    assert str(event["URL"]) == f"{SITE}:8443{announced_in_20_days.get_absolute_url()}"
    assert str(event["LOCATION"]) == "City Hall"


def test_it_shows_the_secretariat_its_drafts_with_their_titles(
    secretariat: Any, announced_in_20_days: Meeting, seed_meeting: Meeting
) -> None:
    _, calendar = _calendar(_address(secretariat))
    assert _summaries(calendar) == {
        f"{BOARD_NAME}: {seed_meeting.title}",
        f"{BOARD_NAME}: Next meeting's draft title",
    }


def test_it_shows_a_board_member_only_announcements_of_drafts(
    board_member: Any, announced_in_20_days: Meeting, seed_meeting: Meeting
) -> None:
    raw, calendar = _calendar(_address(board_member))
    # The seed draft is not announced, so not there; the announced one without its title.
    assert _summaries(calendar) == {f"{BOARD_NAME} meeting"}
    assert b"draft title" not in raw
    (event,) = calendar.walk("VEVENT")
    assert str(event["URL"]) == f"{SITE}:8443{announced_in_20_days.board.get_absolute_url()}"


def test_it_shows_a_board_member_a_circulated_record(
    board_member: Any, circulated_meeting: Meeting
) -> None:
    _, calendar = _calendar(_address(board_member))
    assert _summaries(calendar) == {f"{BOARD_NAME}: {circulated_meeting.title}"}


def test_it_holds_only_the_boards_the_user_belongs_to(
    board_member: Any, announced_in_20_days: Meeting, other_board: Board
) -> None:
    other_board.is_public = True
    other_board.save()
    _, calendar = _calendar(_address(board_member))
    assert "Neighbouring Board meeting" not in _summaries(calendar)
    Membership.objects.create(
        person=board_member.person, board=other_board, role=Membership.Role.BOARD_MEMBER
    )
    _, calendar = _calendar(_address(board_member))
    assert "Neighbouring Board meeting" in _summaries(calendar)
    assert "Neighbouring draft" not in str(_summaries(calendar))


def test_it_drops_a_board_once_the_membership_ends(
    board_member: Any, announced_in_20_days: Meeting
) -> None:
    address = _address(board_member)
    Membership.objects.filter(person__user=board_member).update(
        end_date=timezone.localdate() - datetime.timedelta(days=1)
    )
    _, calendar = _calendar(address)
    assert calendar.walk("VEVENT") == []


def test_it_is_empty_for_someone_on_no_board(outsider: Any, announced_in_20_days: Meeting) -> None:
    _, calendar = _calendar(_address(outsider))
    assert calendar.walk("VEVENT") == []


def test_it_answers_the_token_not_the_session(
    secretariat: Any, board_member: Any, announced_in_20_days: Meeting
) -> None:
    address = _address(board_member)
    # Opened by someone else signed in, it is still the board member's calendar.
    response = client_for(secretariat).get(address)
    calendar = icalendar.Calendar.from_ical(response.content)
    assert _summaries(calendar) == {f"{BOARD_NAME} meeting"}


def test_it_is_never_kept_in_a_shared_cache(secretariat: Any) -> None:
    response = Client().get(_address(secretariat))
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "private" in cache_control and "public" not in cache_control
    assert not response.cookies


def test_it_shares_uids_with_the_board_calendar(
    secretariat: Any, announced_in_20_days: Meeting
) -> None:
    _, personal = _calendar(_address(secretariat))
    board = client_for(secretariat).get(
        reverse("meetings:calendar", args=[announced_in_20_days.board.slug])
    )
    board_calendar = icalendar.Calendar.from_ical(board.content)
    uids = {str(event["UID"]) for event in personal.walk("VEVENT")}
    assert uids == {str(event["UID"]) for event in board_calendar.walk("VEVENT")}


def test_it_shows_the_address_on_the_site_url_whatever_the_host(secretariat: Any) -> None:
    _address(secretariat)
    html = client_for(secretariat).get(reverse("account"), headers={"host": "other.example"})
    token = CalendarToken.objects.get(user=secretariat).token
    assert f'value="{SITE}:8443/calendar/{token}.ics"' in html.content.decode()


def test_it_answers_the_same_uids_whatever_the_host(
    secretariat: Any, announced_in_20_days: Meeting
) -> None:
    address = _address(secretariat)
    there = Client().get(address, headers={"host": "other.example:8000"})
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(there.content).walk("VEVENT")}
    assert uids == {str(e["UID"]) for e in _calendar(address)[1].walk("VEVENT")}
    assert f"meeting-{announced_in_20_days.pk}@prob.example.gov.uk" in uids


def test_it_makes_an_address_for_a_user_with_no_person(db: None) -> None:
    user = make_user("lonely@prob.example")
    _, calendar = _calendar(_address(user))
    assert calendar.walk("VEVENT") == []
