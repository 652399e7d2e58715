"""The board's dashboard: records awaiting agreement, actions by owner, the overdue list and the
chart of open and overdue actions over time, with the same figures in a table."""

import datetime
import re
from typing import Any

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actions.services import action_update_post
from meetings.models import Action, Meeting, Organisation
from tests.conftest import client_for, html_for
from tests.factories import build_record
from tests.htmlcheck import assert_valid_html

TODAY = datetime.date(2024, 2, 15)


def url_for(meeting: Meeting) -> str:
    return reverse("board_actions:dashboard", args=[meeting.board.slug])


@pytest.fixture(autouse=True)
def _frozen() -> Any:
    with time_machine.travel(datetime.datetime(2024, 2, 15, 12), tick=False):
        yield


@pytest.fixture
def overdue_meeting(circulated_meeting: Meeting) -> Meeting:
    """The seed circulated; Action 2 fell due on 1 February 2024, Action 3 on 10 February."""
    actions = Action.objects.filter(paragraph__section__meeting=circulated_meeting)
    actions.filter(number=2).update(due=datetime.date(2024, 2, 1))
    actions.filter(number=3).update(due=datetime.date(2024, 2, 10))
    return circulated_meeting


def section(html: str, heading_id: str) -> str:
    match = re.search(rf'aria-labelledby="{heading_id}">(.*?)</section>', html, re.S)
    assert match is not None, heading_id
    return match[1]


def test_it_lists_records_awaiting_agreement(overdue_meeting: Meeting, board_member: Any) -> None:
    html = section(html_for(board_member, url_for(overdue_meeting)), "awaiting-heading")
    link = f'<a href="{overdue_meeting.get_absolute_url()}">Record of Meeting 31 August 2023</a>'
    assert link in html


def test_it_counts_open_overdue_and_proposed_by_owner(
    overdue_meeting: Meeting, board_member: Any, action_owner: Any
) -> None:
    action = Action.objects.get(paragraph__section__meeting=overdue_meeting, number=1)
    action_update_post(
        action=action, author=action_owner, text="Data shared.", status_to=Action.Status.PROPOSED
    )
    html = section(html_for(board_member, url_for(overdue_meeting)), "owners-heading")
    assert re.search(
        r'<th scope="row">MPS</th><td data-label="Open">3</td><td data-label="Overdue">2</td>'
        r'<td data-label="Proposed for closure">1</td>',
        html,
    )


def test_it_lists_overdue_actions_longest_overdue_first(
    overdue_meeting: Meeting, board_member: Any
) -> None:
    html = section(html_for(board_member, url_for(overdue_meeting)), "overdue-heading")
    rows = re.findall(r'Action (\d)<span.*?<td data-label="Days overdue">(\d+)</td>', html, re.S)
    assert rows == [("2", "14"), ("3", "5")]
    assert "31 August 2023 · 4.5" in html


def test_it_draws_the_chart_with_a_title_and_a_description(
    overdue_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, url_for(overdue_meeting))
    svg = re.search(r"<svg .*?</svg>", html, re.S)[0]
    assert 'role="img" aria-labelledby="trend-chart-title trend-chart-desc"' in svg
    assert '<title id="trend-chart-title">Open and overdue actions over the last 12 months' in svg
    assert "Open actions: 0 at the end of March 2023, 3 today, 15 February 2024" in svg


def test_it_puts_the_charts_figures_in_the_table(
    overdue_meeting: Meeting, board_member: Any
) -> None:
    html = section(html_for(board_member, url_for(overdue_meeting)), "trend-heading")
    rows = re.findall(r"</th><td>(\d+)</td><td>(\d+)</td></tr>", html)
    opened = re.findall(r'<circle [^>]*data-value="(\d+)"', html)
    overdue = re.findall(r'<rect [^>]*data-value="(\d+)"', html)
    assert rows == list(zip(opened, overdue, strict=True))
    assert rows[-2:] == [("3", "0"), ("3", "2")]


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _more_actions(meeting: Meeting, date: datetime.date, paragraphs: int) -> None:
    mps = Organisation.objects.get(short_name="MPS")
    built = build_record(
        board=meeting.board,
        date=date,
        sections=3,
        paragraphs_per_section=paragraphs,
        status=Meeting.Status.CIRCULATED,
        owner=mps,
    )
    Action.objects.filter(paragraph__section__meeting=built).update(due=date)


def test_it_reads_in_a_constant_number_of_queries(
    overdue_meeting: Meeting, board_member: Any, action_owner: Any, django_assert_num_queries: Any
) -> None:
    client = client_for(board_member)
    url = url_for(overdue_meeting)
    _more_actions(overdue_meeting, datetime.date(2023, 10, 5), paragraphs=3)
    expected = _queries(client, url)
    _more_actions(overdue_meeting, datetime.date(2023, 11, 5), paragraphs=60)
    for action in Action.objects.filter(paragraph__section__meeting__date="2023-11-05")[:20]:
        action_update_post(
            action=action, author=action_owner, text="Done.", status_to=Action.Status.PROPOSED
        )
    with django_assert_num_queries(expected):
        client.get(url)


@pytest.mark.parametrize(
    ("who", "expected"), [("action_owner", 403), ("outsider", 403), ("board_member", 200)]
)
def test_it_is_for_the_board_only(
    published_meeting: Meeting, who: str, expected: int, request: pytest.FixtureRequest
) -> None:
    client = client_for(request.getfixturevalue(who))
    assert client.get(url_for(published_meeting)).status_code == expected


def test_it_answers_404_outside_a_board_not_yet_public(
    circulated_meeting: Meeting, outsider: Any
) -> None:
    assert client_for(outsider).get(url_for(circulated_meeting)).status_code == 404


def test_it_sends_anonymous_users_to_sign_in(published_meeting: Meeting) -> None:
    response = client_for(None).get(url_for(published_meeting))
    assert response["Location"].startswith(reverse("login"))


def test_it_links_the_board_page_to_the_dashboard(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, circulated_meeting.board.get_absolute_url())
    assert f'href="{url_for(circulated_meeting)}"' in html


def test_it_serves_valid_html(overdue_meeting: Meeting, board_member: Any) -> None:
    assert_valid_html(html_for(board_member, url_for(overdue_meeting)).encode())
