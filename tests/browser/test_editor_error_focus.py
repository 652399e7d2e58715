"""Focus follows the work after an error (issue 17), in Chromium with the keyboard: a refused
form in the editor comes back with its first field in error focused and a summary of its
errors linking to the fields, with JavaScript (in place) and without; axe-clean at 1280 and
390 px."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.axe import assert_no_axe_violations
from tests.browser.conftest import signed_in
from tests.browser.test_writing_surface import box, open_editor


@pytest.mark.parametrize("width", [1280, 390])
def test_a_refused_section_focuses_its_title_with_a_summary_linking_to_it(
    page: Page,
    live_server: Any,
    seed_meeting: Meeting,
    secretariat: Any,
    console_errors: list[str],
    width: int,
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    page.evaluate("() => { window.__marker = 1; }")
    box(page, "4.3").focus()
    page.keyboard.press("Alt+s")  # to "Add a section"
    title = page.locator("#new-section-title")
    expect(title).to_be_focused()
    page.keyboard.press("Control+Enter")  # sent empty: refused

    summary = page.locator("#editor-root .messages [role=alert]")
    expect(summary).to_contain_text("Not saved: 1 problem to put right.")
    expect(summary.get_by_role("link", name="Section title")).to_have_attribute(
        "href", "#new-section-title"
    )
    expect(page.locator("#new-section-title")).to_be_focused()
    assert page.evaluate("() => window.__marker") == 1, "the page was reloaded"
    assert_no_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # The refusal is answered 400, which the browser reports; it is expected here.
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    )


def test_without_javascript_a_refused_action_focuses_its_due_date(
    page_without_js: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    page = page_without_js
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    page.get_by_role("link", name="Add an action to paragraph 2.1").click()
    page.locator("#edit-text").fill("MPS to report.")
    page.locator("#edit-due").fill("2020-01-01")
    page.get_by_role("button", name="Add action").click()
    summary = page.locator("#editor-root .messages [role=alert]")
    expect(summary.get_by_role("link", name="Due date")).to_be_visible()
    expect(page.locator("#edit-due")).to_be_focused()
