"""The agenda editor and the public agenda page in a browser: axe at desktop width (1280 px)
and on a phone (390 px), with nothing scrolling sideways on the phone."""

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.agenda.conftest import agenda_url, agenda_with_papers, upcoming
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in

__all__ = ["agenda_with_papers", "upcoming"]  # fixtures used here

SIZES = [{"width": 1280, "height": 900}, {"width": 390, "height": 844}]


@pytest.mark.parametrize("size", SIZES, ids=["desktop", "phone"])
def test_the_public_agenda_page_passes_axe(
    page: Page, live_server: Any, agenda_with_papers: dict[str, Any], size: Any
) -> None:
    page.set_viewport_size(size)
    page.goto(live_server.url + agenda_url(agenda_with_papers["meeting"]))
    expect(page.get_by_role("link", name="Budget paper")).to_be_visible()
    assert_no_axe_violations(page)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= size["width"], f"the agenda is {width}px wide at {size['width']}px"


@pytest.mark.parametrize("size", SIZES, ids=["desktop", "phone"])
def test_the_agenda_editor_passes_axe(
    page: Page,
    live_server: Any,
    agenda_with_papers: dict[str, Any],
    secretariat: Any,
    size: Any,
) -> None:
    page.set_viewport_size(size)
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + agenda_url(agenda_with_papers["meeting"], "agenda:editor"))
    # With an item's edit form and an upload form open, as a secretary works in them.
    page.get_by_text("Edit item 2").click()
    page.get_by_text("Add a paper to item 2").click()
    expect(page.get_by_role("button", name="Save item 2")).to_be_visible()
    assert_no_axe_violations(page)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= size["width"], f"the editor is {width}px wide at {size['width']}px"


def test_a_secretary_adds_an_item_with_the_keyboard(
    page: Page, live_server: Any, agenda_with_papers: dict[str, Any], secretariat: Any
) -> None:
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + agenda_url(agenda_with_papers["meeting"], "agenda:editor"))
    page.get_by_text("Add an item").click()
    page.locator("#id_add-title").fill("Any other business")
    page.locator("#id_add-title").press("Enter")
    expect(page.get_by_role("heading", name="4. Any other business")).to_be_visible()
