"""Which actions count as open: not closed, of a record past draft. A draft's actions are not
yet anyone's to answer for, so the board page, the dashboard and the action log agree that the
secretariat's draft has none open; once circulated, they are."""

from typing import Any

import pytest
from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Action, Meeting
from meetings.services import record_circulate
from tests.conftest import html_for


def action_links(html: str, xpath: str) -> set[str]:
    """The links to actions inside the part of the page that `xpath` finds."""
    page = lxml_html.fromstring(html)
    return {
        href
        for part in page.xpath(xpath)
        for href in part.xpath(".//a/@href")
        if href.startswith("/actions/")
    }


def on_board_page(user: Any, meeting: Meeting) -> set[str]:
    """The actions under the board page's "Open actions" heading."""
    html = html_for(user, meeting.board.get_absolute_url())
    return action_links(html, '//section[@aria-labelledby="actions-heading"]')


def in_log(user: Any, meeting: Meeting, **query: str) -> set[str]:
    url = reverse("board_actions:log", args=[meeting.board.slug])
    html = html_for(user, url + ("?" + "&".join(f"{k}={v}" for k, v in query.items())))
    return action_links(html, "//table//tbody")


def dashboard_open(user: Any, meeting: Meeting) -> str:
    """The dashboard's total of open actions, as its table of owners says it."""
    url = reverse("board_actions:dashboard", args=[meeting.board.slug])
    section = lxml_html.fromstring(html_for(user, url)).xpath(
        '//section[@aria-labelledby="owners-heading"]'
    )[0]
    total = section.xpath('.//tr[th[normalize-space()="All owners"]]/td[1]')
    if total:
        return total[0].text_content().strip()
    return "0" if "No actions are open." in section.text_content() else "not said"


@pytest.fixture
def draft_links(seed_meeting: Meeting) -> set[str]:
    actions = Action.objects.filter(paragraph__section__meeting=seed_meeting)
    return {action.get_absolute_url() for action in actions}


def test_it_lists_no_action_of_a_draft_on_the_board_page(
    seed_meeting: Meeting, secretariat: Any, draft_links: set[str]
) -> None:
    assert on_board_page(secretariat, seed_meeting) & draft_links == set()


def test_it_lists_the_actions_of_a_circulated_record_on_the_board_page(
    seed_meeting: Meeting, secretariat: Any, draft_links: set[str]
) -> None:
    record_circulate(meeting=seed_meeting, by=None)
    assert on_board_page(secretariat, seed_meeting) == draft_links


def test_it_lists_no_action_of_a_draft_in_the_log(
    seed_meeting: Meeting, secretariat: Any, draft_links: set[str]
) -> None:
    listed = in_log(secretariat, seed_meeting) | in_log(secretariat, seed_meeting, status="open")
    assert listed & draft_links == set()


def test_it_lists_the_actions_of_a_circulated_record_in_the_log(
    seed_meeting: Meeting, secretariat: Any, draft_links: set[str]
) -> None:
    record_circulate(meeting=seed_meeting, by=None)
    assert in_log(secretariat, seed_meeting, status="open") == draft_links


def test_it_lists_no_action_of_a_draft_in_the_list_of_actions(
    seed_meeting: Meeting, secretariat: Any, draft_links: set[str]
) -> None:
    html = html_for(secretariat, reverse("actions:list"))
    assert action_links(html, "//main") & draft_links == set()


def test_it_counts_no_action_of_a_draft_on_the_dashboard(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    assert dashboard_open(secretariat, seed_meeting) == "0"


def test_it_counts_the_actions_of_a_circulated_record_on_the_dashboard(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    record_circulate(meeting=seed_meeting, by=None)
    assert dashboard_open(secretariat, seed_meeting) == "3"


def test_it_counts_as_open_what_is_not_closed_and_past_draft(
    seed_meeting: Meeting, draft_links: set[str]
) -> None:
    assert Action.objects.open().count() == 0
    record_circulate(meeting=seed_meeting, by=None)
    assert Action.objects.open().count() == 3
