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
    first = page.get_by_role("list").filter(has_text="31 August 2023").get_by_role("link").first
    href = first.get_attribute("href") or ""
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
