"""axe on the public pages not covered by a journey test, and focus a keyboard user can see."""

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.axe import assert_no_axe_violations


@pytest.mark.parametrize(
    "path", ["/", "/boards/performance-and-risk-oversight-board/", "/actions/"]
)
def test_it_has_no_accessibility_violations_on_public_pages(
    page: Page, live_server: Any, published_meeting: Meeting, path: str
) -> None:
    page.goto(live_server.url + path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_no_axe_violations(page)


def test_it_has_an_accessible_not_found_page(
    page: Page, live_server: Any, console_errors: list[str]
) -> None:
    response = page.goto(live_server.url + "/nowhere/")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    assert_no_axe_violations(page)
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 404 (Not Found)"
    )


def test_it_draws_a_visible_outline_round_the_focused_link(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
