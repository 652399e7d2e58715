"""The board's dashboard in a browser: accessible at desktop width and on a phone."""

import datetime
from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from meetings.models import Action, Meeting
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def dashboard_url(circulated_meeting: Meeting) -> str:
    actions = Action.objects.filter(paragraph__section__meeting=circulated_meeting)
    actions.filter(number=2).update(due=datetime.date(2023, 10, 31))
    return reverse("board_actions:dashboard", args=[circulated_meeting.board.slug])


def test_it_shows_the_chart_as_an_image_with_its_title(
    page: Page, live_server: Any, dashboard_url: str, board_member: Any
) -> None:
    sign_in(page, live_server, board_member.email)
    page.goto(live_server.url + dashboard_url)
    chart = page.get_by_role("img", name="Open and overdue actions over the last 12 months")
    expect(chart).to_be_visible()
    expect(page.get_by_role("table", name="The figures in the chart")).to_be_visible()


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_it_passes_axe(
    page: Page, live_server: Any, dashboard_url: str, board_member: Any, size: Any
) -> None:
    if size:
        page.set_viewport_size(size)
    sign_in(page, live_server, board_member.email)
    page.goto(live_server.url + dashboard_url)
    expect(page.get_by_role("heading", name="Overdue actions", exact=True)).to_be_visible()
    assert_no_axe_violations(page)


def test_it_fits_a_phone_without_sideways_scrolling(
    page: Page, live_server: Any, dashboard_url: str, board_member: Any
) -> None:
    page.set_viewport_size(PHONE)
    sign_in(page, live_server, board_member.email)
    page.goto(live_server.url + dashboard_url)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the dashboard is {width}px wide at 390px"
