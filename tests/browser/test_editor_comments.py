"""Comments in view in the editor (issue 17), in Chromium: a draft returned from circulation
shows the board member's comment beside its paragraph; the clerk follows the header's count to
it and resolves it with the keyboard in one step, in place (the focus on the comment, the count
following, no reload), and without JavaScript by an ordinary post back to the editor; axe-clean
at 1280 and 390 px."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.axe import assert_no_axe_violations
from tests.browser.conftest import signed_in
from tests.browser.test_comments import tab_to
from tests.browser.test_writing_surface import open_editor
from tests.meetings.test_editor_comments import returned_with_comments


@pytest.mark.parametrize("width", [1280, 390])
def test_the_clerk_resolves_a_comment_beside_its_paragraph_with_the_keyboard(
    page: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    board_member: Any,
    secretariat: Any,
    width: int,
) -> None:
    meeting, (first, second) = returned_with_comments(circulated_meeting, board_member, secretariat)
    page.set_viewport_size({"width": width, "height": 900})
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, meeting)
    header = page.locator("#comments-to-resolve")
    expect(header).to_have_text("2 comments to resolve")
    row = page.locator(f"#paragraph-{first.paragraph_id}")
    item = row.locator(f"#comment-{first.pk}")
    expect(item).to_contain_text("Pat Member")
    expect(item).to_contain_text("Which month?")
    assert_no_axe_violations(page)
    page.evaluate("() => { window.__marker = 1; }")

    # From the header's count to the comment, and its button, with the keyboard.
    tab_to(page, header.get_by_role("link"))
    page.keyboard.press("Enter")
    expect(item).to_be_in_viewport()
    button = item.get_by_role("button", name="Mark resolved")
    tab_to(page, button, limit=5)
    page.keyboard.press("Enter")

    expect(item).to_contain_text("Resolved by Sam Clerk")
    expect(item).to_be_focused()
    expect(item.get_by_role("button")).to_have_count(0)
    expect(header).to_have_text("1 comment to resolve")
    expect(header.get_by_role("link")).to_have_attribute("href", f"#comment-{second.pk}")
    assert page.evaluate("() => window.__marker") == 1, "resolving reloaded the page"
    first.refresh_from_db()
    assert first.resolved_by == secretariat
    # The next Tab carries on in the same paragraph, past the comment resolved.
    page.keyboard.press("Tab")
    assert row.evaluate("row => row.contains(document.activeElement)")
    assert_no_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_without_javascript_the_clerk_comes_back_to_the_editor_at_the_paragraph(
    page_without_js: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    board_member: Any,
    secretariat: Any,
) -> None:
    page = page_without_js
    meeting, (first, second) = returned_with_comments(circulated_meeting, board_member, secretariat)
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, meeting)
    page.locator(f"#comment-{first.pk}").get_by_role("button", name="Mark resolved").click()
    assert page.url.endswith(f"#paragraph-{first.paragraph_id}")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Editing: {meeting.title}")
    expect(page.locator("#editor-root")).to_contain_text("The comment on 4.3 is marked resolved.")
    expect(page.locator(f"#comment-{first.pk}")).to_have_count(0)
    expect(page.locator(f"#comment-{second.pk}")).to_have_count(1)
    expect(page.locator("#comments-to-resolve")).to_have_text("1 comment to resolve")
