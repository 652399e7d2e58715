"""Journey 4's search: a member of the public searches from the header and opens the record."""

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.axe import assert_no_axe_violations

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def test_it_finds_the_record_from_the_header_and_opens_it_at_the_paragraph(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/")
    page.get_by_role("search", name="Site").get_by_label("Search records").fill("stop and search")
    page.keyboard.press("Enter")
    # The results list exists only on the search page, so this waits for the search to land
    # (the home page also lists the record, without a paragraph anchor).
    results = page.get_by_role("list", name="Results")
    expect(results).to_be_visible()
    first = results.get_by_role("heading").get_by_role("link").first
    href = first.get_attribute("href") or ""
    assert "#paragraph-" in href, href
    first.click()
    # Both 4.1 and 4.2 say "stop and search" twice; the databases may order them either way.
    expect(page).to_have_url(
        re.compile(re.escape(published_meeting.get_absolute_url()) + "#paragraph-4\\.[12]$")
    )
    anchored = page.locator("#" + href.split("#")[1].replace(".", "\\."))
    expect(anchored).to_contain_text(re.compile("stop and search", re.IGNORECASE))
    expect(anchored).to_be_in_viewport()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_it_has_an_accessible_search_page(
    page: Page, live_server: Any, published_meeting: Meeting, viewport: dict
) -> None:
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/search/?q=stop+and+search")
    expect(page.get_by_role("heading", name="Results")).to_be_visible()
    assert_no_axe_violations(page)
