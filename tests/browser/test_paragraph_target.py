"""A link to a paragraph (a search result, a reference sent by email) lands on it, and the
paragraph stands out from its neighbours so the reader sees at once which one was meant."""

from typing import Any

from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.axe import assert_no_axe_violations

BACKGROUND = "(element) => getComputedStyle(element).backgroundColor"


def test_it_marks_the_paragraph_a_link_leads_to(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    page.goto(live_server.url + published_meeting.get_absolute_url() + "#paragraph-4.3")
    target = page.locator("#paragraph-4\\.3")
    expect(target).to_be_in_viewport()
    marked = target.evaluate(BACKGROUND)
    plain = page.locator("#paragraph-4\\.2").evaluate(BACKGROUND)
    assert marked != plain
    assert marked not in ("rgba(0, 0, 0, 0)", "transparent")
    # The marked paragraph's text and links keep their contrast.
    assert_no_axe_violations(page)
