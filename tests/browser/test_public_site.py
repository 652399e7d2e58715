"""Journey 4's pages as a member of the public opens them: every public page passes axe and fits
a phone's 390 px without scrolling sideways, as well as a desktop.

With PROB_SCREENSHOT_DIR set, each page is also saved there as pub-<page>-<viewport>.png,
for a person to look at.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, expect

from meetings.models import Action, Meeting
from tests.browser.axe import assert_no_axe_violations
from tests.conftest import PASSWORD

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}


@pytest.fixture
def public_site(published_meeting: Meeting) -> dict[str, str]:
    """Every kind of page the public may open, with something on each: the next meeting
    announced, the seed's public actions."""
    board = published_meeting.board
    Meeting.objects.create(
        board=board,
        date=timezone.localdate() + datetime.timedelta(days=30),
        start_time=datetime.time(10, 0),
        place="City Hall, Kamal Chunchie Way, London E16 1ZE",
        title="Not yet a record",
        announced=True,
    )
    action = (
        Action.objects.filter(paragraph__section__meeting=published_meeting)
        .order_by("number")
        .first()
    )
    assert action is not None
    return {
        "home": "/",
        "board": board.get_absolute_url(),
        "record": published_meeting.get_absolute_url(),
        "action-log": reverse("board_actions:log", args=[board.slug]),
        "actions": reverse("actions:list"),
        "action": action.get_absolute_url(),
        "search": reverse("search") + "?q=stop+and+search",
        "sign-in": reverse("login"),
    }


def _fits(page: Page) -> bool:
    return page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def _screenshot(page: Page, name: str) -> None:
    folder = os.environ.get("PROB_SCREENSHOT_DIR")
    if folder:
        page.screenshot(path=str(Path(folder) / f"pub-{name}.png"), full_page=True)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_every_public_page_is_accessible_and_fits(
    page: Page, live_server: Any, public_site: dict[str, str], viewport: str
) -> None:
    page.set_viewport_size(VIEWPORTS[viewport])
    for name, path in public_site.items():
        response = page.goto(live_server.url + path)
        assert response is not None and response.status == 200, path
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        _screenshot(page, f"{name}-{viewport}")
        assert_no_axe_violations(page)
        assert _fits(page), f"{path} scrolls sideways at {VIEWPORTS[viewport]['width']} px"


def test_the_public_reader_goes_from_the_boards_to_a_record_and_subscribes(
    page: Page, live_server: Any, public_site: dict[str, str], published_meeting: Meeting
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    board = published_meeting.board
    expect(page.get_by_text("City Hall, Kamal Chunchie Way")).to_be_visible()
    page.get_by_role("link", name=board.name, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(board.name)
    for heading in ("Upcoming meetings", "Meetings", "2023", "Open actions", "Members"):
        expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
    calendar = page.get_by_role("link", name=f"Meetings calendar of {board.name} (iCalendar)")
    expect(calendar).to_have_attribute("href", reverse("meetings:calendar", args=[board.slug]))
    feed = page.get_by_role("link", name=f"Feed of published records of {board.name} (Atom)")
    expect(feed).to_have_attribute("href", reverse("meetings:board_feed", args=[board.slug]))
    expect(page.get_by_text("Not yet a record")).to_have_count(0)
    page.get_by_role("table", name="Meetings of").get_by_role("link").click()
    expect(page).to_have_url(live_server.url + published_meeting.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text(published_meeting.title)


def test_a_member_finds_their_private_calendar_address(
    page: Page, live_server: Any, board_member: Any, published_meeting: Meeting, settings: Any
) -> None:
    settings.SITE_URL = live_server.url
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Email address").fill(board_member.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    page.wait_for_url(lambda url: reverse("login") not in url)
    page.goto(live_server.url + reverse("account"))
    page.get_by_role("button", name="Make a calendar address").click()
    expect(page.get_by_role("status")).to_contain_text("Your calendar address is ready")
    address = page.get_by_label("Your private calendar address")
    first = address.input_value()
    assert first.startswith(live_server.url + "/calendar/") and first.endswith(".ics")
    _screenshot(page, "account-phone")
    assert_no_axe_violations(page)
    assert _fits(page)
    page.get_by_role("button", name="Make a new address").click()
    expect(page.get_by_role("status")).to_contain_text("The old one no longer works")
    assert address.input_value() != first
