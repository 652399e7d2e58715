"""The board's action log in a real browser: on a phone, with the keyboard, and with axe."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from actions.models import ActionUpdate
from meetings.models import Action, Meeting, Person
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_site_chrome import tab_to

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture
def log_path(published_meeting: Meeting) -> str:
    """The seed's log with an action of each kind: overdue and named owners, in progress with a
    long update, and closed."""
    one, two, three = Action.objects.filter(paragraph__section__meeting=published_meeting).order_by(
        "number"
    )
    Action.objects.filter(pk=one.pk).update(due=datetime.date(2024, 4, 30))
    one.owner_people.add(Person.objects.create(name="Detective Chief Superintendent Named"))
    Action.objects.filter(pk=two.pk).update(status=Action.Status.IN_PROGRESS)
    ActionUpdate.objects.create(
        action=two,
        text="Every incident was reviewed; a summary of the reviews and of what changed "
        "afterwards goes to MOPAC with https://example.org/a/very/long/unbroken/address/to/it",
    )
    Action.objects.filter(pk=three.pk).update(
        status=Action.Status.CLOSED, closed_at_meeting=published_meeting
    )
    return f"/boards/{published_meeting.board.slug}/actions/"


def test_it_reads_without_sideways_scrolling_on_a_phone(
    page: Page, live_server: Any, log_path: str
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + log_path)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the log is {width}px wide at 390px"


def test_it_shows_each_row_as_a_card_on_a_phone(
    page: Page, live_server: Any, log_path: str
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + log_path)
    status = page.locator('td[data-label="Status"]').first
    label = status.evaluate("el => getComputedStyle(el, '::before').content")
    assert label == '"Status: "'


def test_it_filters_by_status_with_the_keyboard(
    page: Page, live_server: Any, log_path: str
) -> None:
    page.goto(live_server.url + log_path)
    # The filters are folded until asked for: open them from the keyboard first.
    summary = page.locator("summary", has_text="Filter and sort")
    tab_to(page, summary)
    page.keyboard.press("Enter")
    status = page.get_by_label("Status")
    tab_to(page, status)
    # On a closed select, the arrow keys choose the next option: "Open", then "In progress".
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(status).to_have_value("in_progress")
    tab_to(page, page.get_by_role("button", name="Apply filters"))
    page.keyboard.press("Enter")
    expect(page.locator("#log-count")).to_have_text("1 action")
    assert "status=in_progress" in page.url


def test_it_keeps_the_chosen_status_in_the_form(
    page: Page, live_server: Any, log_path: str
) -> None:
    page.goto(live_server.url + log_path + "?status=closed")
    expect(page.get_by_label("Status")).to_have_value("closed")
    expect(page.get_by_role("cell", name="Closed", exact=True)).to_be_visible()


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_it_has_no_accessibility_violations(
    page: Page, live_server: Any, log_path: str, size: dict[str, int]
) -> None:
    page.set_viewport_size(size)
    page.goto(live_server.url + log_path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_no_axe_violations(page)


def test_it_has_no_accessibility_violations_with_ignored_filters(
    page: Page, live_server: Any, log_path: str
) -> None:
    page.goto(live_server.url + log_path + "?due_before=2024-02-30&sort=due")
    expect(page.get_by_text("was ignored")).to_be_visible()
    assert_no_axe_violations(page)
