"""The public site: the home page, a board's page, and what programs subscribe to (the board's
calendar, read back with `icalendar`; the Atom feeds, read back with `feedparser`)."""

from __future__ import annotations

import datetime
import re
from typing import Any

import feedparser
import icalendar
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from meetings.models import Action, Board, Meeting, Membership, Organisation, Person
from tests.conftest import client_for, html_for, import_record, publish
from tests.htmlcheck import assert_valid_html_pages
from tests.test_restricted import RESTRICTED_RECORD, SECRETS

BOARD_NAME = "Performance and Risk Oversight Board"


def _soon(days: int = 30) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


# Calendars and feeds link and name things on SITE_URL, whatever the request's host.
pytestmark = pytest.mark.site("http://testserver")


@pytest.fixture
def announced_soon(published_meeting: Meeting) -> Meeting:
    """The board's next meeting, announced with its date, time and place; its record a draft
    whose title must not show."""
    return Meeting.objects.create(
        board=published_meeting.board,
        date=_soon(),
        start_time=datetime.time(10, 30),
        place="City Hall, Committee Room 5",
        title="Secret draft title",
        announced=True,
    )


# --- The home page -----------------------------------------------------------------------------


def test_it_shows_each_board_with_its_latest_record(published_meeting: Meeting) -> None:
    html = html_for(None, "/")
    assert f'href="{published_meeting.board.get_absolute_url()}"' in html
    assert f'href="{published_meeting.get_absolute_url()}"' in html
    assert published_meeting.title in html


def test_it_shows_the_next_announced_meeting_on_the_home_page(announced_soon: Meeting) -> None:
    html = html_for(None, "/")
    assert announced_soon.date.strftime("%-d %B %Y") in html
    assert "10:30" in html and "City Hall, Committee Room 5" in html
    assert "Secret draft title" not in html
    assert announced_soon.get_absolute_url() not in html


def test_it_links_each_board_to_its_feed_and_calendar(published_meeting: Meeting) -> None:
    slug = published_meeting.board.slug
    html = html_for(None, "/")
    assert f'href="{reverse("meetings:board_feed", args=[slug])}"' in html
    assert f'href="{reverse("meetings:calendar", args=[slug])}"' in html
    assert f'href="{reverse("site_feed")}"' in html


def test_it_keeps_drafts_off_the_home_page(published_meeting: Meeting) -> None:
    # `publish` left the meeting at which the seed was agreed as a draft.
    draft = Meeting.objects.get(board=published_meeting.board, status=Meeting.Status.DRAFT)
    html = html_for(None, "/")
    assert draft.get_absolute_url() not in html
    assert draft.title not in html


def test_it_says_when_nothing_is_announced(published_meeting: Meeting) -> None:
    assert "None announced" in html_for(None, "/")


# --- The board page ----------------------------------------------------------------------------


def test_it_lists_members_by_organisation_with_names_and_roles_never_emails(
    published_meeting: Meeting, secretariat: Any, board_member: Any, action_owner: Any
) -> None:
    html = html_for(None, published_meeting.board.get_absolute_url())
    members = html.split('id="members-heading"')[1]
    mopac, mps = (
        members.index('<h3 class="h5">MOPAC</h3>'),
        members.index('<h3 class="h5">MPS</h3>'),
    )
    assert mopac < members.index("Pat Member</a>, board member") < mps
    assert mopac < members.index("Sam Clerk</a>, secretariat") < mps
    assert mps < members.index("Olu Officer</a>, action owner")
    assert "@" not in members
    for user in (secretariat, board_member, action_owner):
        assert user.email not in html


def test_it_leaves_out_memberships_that_ended(
    published_meeting: Meeting, board_member: Any
) -> None:
    Membership.objects.filter(person__user=board_member).update(
        start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2021, 1, 1)
    )
    assert "Pat Member" not in html_for(None, published_meeting.board.get_absolute_url())


def test_it_heads_the_meetings_by_year(published_meeting: Meeting) -> None:
    board = published_meeting.board
    Meeting.objects.create(
        board=board,
        date=datetime.date(2021, 5, 6),
        title="Record of Meeting 6 May 2021",
        status=Meeting.Status.PUBLISHED,
    )
    html = html_for(None, board.get_absolute_url())
    years = re.findall(r'<h3 class="h4 mt-3" id="year-(\d{4})">', html)
    assert years == ["2023", "2021"]
    assert html.index("Record of Meeting 31 August 2023") < html.index("6 May 2021")


def test_it_lists_the_open_public_actions_and_links_the_action_log(
    published_meeting: Meeting,
) -> None:
    board = published_meeting.board
    actions = Action.objects.filter(paragraph__section__meeting=published_meeting)
    first, *_ = actions.order_by("number")
    Action.objects.filter(pk=first.pk).update(
        status=Action.Status.CLOSED, closed_at_meeting=published_meeting
    )
    html = html_for(None, board.get_absolute_url())
    section = html.split('id="actions-heading"')[1]
    assert f'href="{reverse("board_actions:log", args=[board.slug])}"' in section
    for action in actions.exclude(pk=first.pk):
        assert f'href="{action.get_absolute_url()}"' in section
    assert f'href="{first.get_absolute_url()}"' not in section


def test_it_offers_the_feed_and_calendar_in_the_head(published_meeting: Meeting) -> None:
    slug = published_meeting.board.slug
    html = html_for(None, published_meeting.board.get_absolute_url())
    head = html.split("</head>")[0]
    feed = reverse("meetings:board_feed", args=[slug])
    atom = re.search(r'<link rel="alternate" type="application/atom\+xml" [^>]*>', head)
    assert atom is not None
    assert f'href="{feed}"' in atom[0] and f'title="{BOARD_NAME}: published records"' in atom[0]
    assert 'type="text/calendar"' in head
    assert f'href="{reverse("meetings:calendar", args=[slug])}"' in html.split("</head>")[1]


def test_it_lists_the_announced_meeting_with_its_time_and_place(announced_soon: Meeting) -> None:
    html = html_for(None, announced_soon.board.get_absolute_url())
    upcoming = html.split('id="upcoming-heading"')[1].split("</section>")[0]
    assert announced_soon.date.strftime("%-d %B %Y") in upcoming
    assert "10:30" in upcoming and "City Hall, Committee Room 5" in upcoming
    assert "Secret draft title" not in html
    assert announced_soon.get_absolute_url() not in html


def test_it_shows_the_secretariat_its_drafts_on_the_board_page(
    announced_soon: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, announced_soon.board.get_absolute_url())
    assert announced_soon.get_absolute_url() in html
    assert "Secret draft title" in html


@pytest.mark.parametrize("page", ["home", "board"])
def test_it_withholds_restricted_text_from_the_public_pages(db: None, page: str) -> None:
    meeting = import_record(RESTRICTED_RECORD)
    assert meeting is not None
    publish(meeting)
    url = "/" if page == "home" else meeting.board.get_absolute_url()
    html = html_for(None, url)
    assert [word for word in SECRETS if word in html] == []
    assert "MPS to publish the quarterly figures" in html or page == "home"


# --- A fixed number of queries, however much there is ------------------------------------------


def _grow(board: Board, size: int) -> None:
    """`size` more boards, each with published records over several years, an announced
    meeting, members of two organisations, and open actions; and as much on `board`."""
    mps = Organisation.objects.get(short_name="MPS")
    mopac = Organisation.objects.get(short_name="MOPAC")
    boards = [board] + [
        Board.objects.create(name=f"Board {n}", slug=f"board-{n}", is_public=True)
        for n in range(size)
    ]
    text = RESTRICTED_RECORD
    for n, each in enumerate(boards):
        for year in range(size):
            Meeting.objects.create(
                board=each,
                date=datetime.date(2000 + year, 1 + n % 12, 1),
                title=f"Record {n}-{year}",
                status=Meeting.Status.PUBLISHED,
            )
        Meeting.objects.create(
            board=each, date=_soon(n + 1), title=f"Draft {n}", announced=True, place="Hall"
        )
        for m in range(size):
            person = Person.objects.create(name=f"Person {n}-{m}", organisation=(mps, mopac)[m % 2])
            Membership.objects.create(person=person, board=each, role="board_member")
    for year in range(size):
        # Records with actions on the seed's board, from the restricted record's text.
        imported = import_record(text.replace("30 November 2023", f"30 November {2030 + year}"))
        assert imported is not None
        Meeting.objects.filter(pk=imported.pk).update(board=board)
        publish(Meeting.objects.get(pk=imported.pk))


# Anonymous: the boards, their latest records, their next meetings.
HOME_QUERIES = 3
# Anonymous: the board, its records, its announcements, its members, its open actions.
BOARD_QUERIES = 5


@pytest.mark.parametrize("size", [1, 4])
def test_it_builds_the_home_page_in_a_fixed_number_of_queries(
    published_meeting: Meeting, django_assert_num_queries: Any, size: int
) -> None:
    _grow(published_meeting.board, size)
    client = Client()
    with django_assert_num_queries(HOME_QUERIES):
        response = client.get("/")
    assert response.content.decode().count('class="board-summary ') == size + 1


@pytest.mark.parametrize("size", [1, 4])
def test_it_builds_the_board_page_in_a_fixed_number_of_queries(
    published_meeting: Meeting, django_assert_num_queries: Any, size: int
) -> None:
    _grow(published_meeting.board, size)
    client = Client()
    with django_assert_num_queries(BOARD_QUERIES):
        response = client.get(published_meeting.board.get_absolute_url())
    html = response.content.decode()
    assert html.count("Person 0-") == size


@pytest.mark.parametrize("size", [1, 4])
def test_it_builds_both_pages_for_a_member_in_a_fixed_number_of_queries(
    published_meeting: Meeting, board_member: Any, django_assert_num_queries: Any, size: int
) -> None:
    _grow(published_meeting.board, size)
    client = client_for(board_member)
    client.get("/")  # the session's first use
    # Signed in, add the session and the user with their person and organisation (the name
    # in the header), memberships and whether an action names them (the navigation's roles),
    # in one statement (accounts.backends); on the board page the secretariat check reads the
    # memberships the navigation reads (once for the request). No session write: its last
    # activity moved under a minute ago.
    with django_assert_num_queries(HOME_QUERIES + 2):
        client.get("/")
    with django_assert_num_queries(BOARD_QUERIES + 2):
        client.get(published_meeting.board.get_absolute_url())


# --- The board's calendar, read back with icalendar --------------------------------------------


def _ical(client: Client, url: str) -> tuple[bytes, icalendar.Calendar]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response.content, icalendar.Calendar.from_ical(response.content)


def test_the_board_calendar_parses_with_icalendar(
    announced_soon: Meeting, published_meeting: Meeting
) -> None:
    board = announced_soon.board
    raw, calendar = _ical(Client(), reverse("meetings:calendar", args=[board.slug]))
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert set(events) == {
        f"meeting-{published_meeting.pk}@testserver",
        f"meeting-{announced_soon.pk}@testserver",
    }
    event = events[f"meeting-{announced_soon.pk}@testserver"]
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    start = event.decoded("DTSTART")
    assert (start.date(), start.time()) == (announced_soon.date, datetime.time(10, 30))
    assert str(start.tzinfo) in {"Europe/London", "BST", "GMT"} or start.utcoffset() in {
        datetime.timedelta(0),
        datetime.timedelta(hours=1),
    }
    assert str(event["URL"]) == f"http://testserver{board.get_absolute_url()}"
    assert str(event["LOCATION"]) == "City Hall, Committee Room 5"
    assert str(event["SUMMARY"]) == f"{BOARD_NAME} meeting"
    record = events[f"meeting-{published_meeting.pk}@testserver"]
    assert str(record["URL"]) == f"http://testserver{published_meeting.get_absolute_url()}"
    assert str(record["SUMMARY"]) == published_meeting.title
    assert b"Secret draft title" not in raw


# --- The Atom feeds, read back with feedparser -------------------------------------------------


@pytest.mark.parametrize("feed", ["site", "board"])
def test_the_atom_feeds_parse_with_feedparser(published_meeting: Meeting, feed: str) -> None:
    board = published_meeting.board
    url = (
        reverse("site_feed")
        if feed == "site"
        else reverse("meetings:board_feed", args=[board.slug])
    )
    response = Client().get(url)
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert [entry.link for entry in parsed.entries] == [
        f"http://testserver{published_meeting.get_absolute_url()}"
    ]
    assert parsed.entries[0].title.endswith(published_meeting.title)


def test_the_atom_feeds_hold_no_restricted_text(db: None) -> None:
    meeting = import_record(RESTRICTED_RECORD)
    assert meeting is not None
    publish(meeting)
    for url in (reverse("site_feed"), reverse("meetings:board_feed", args=[meeting.board.slug])):
        content = Client().get(url).content.decode()
        assert feedparser.parse(content).bozo == 0
        assert [word for word in SECRETS if word in content] == []


# --- Valid HTML --------------------------------------------------------------------------------


def test_it_serves_valid_html_on_the_public_pages(
    announced_soon: Meeting, secretariat: Any, board_member: Any, action_owner: Any
) -> None:
    board = announced_soon.board
    assert_valid_html_pages(
        {
            "/": Client().get("/").content,
            board.get_absolute_url(): Client().get(board.get_absolute_url()).content,
            board.get_absolute_url() + "?as=secretariat": client_for(secretariat)
            .get(board.get_absolute_url())
            .content,
        }
    )
