"""A board member sends an empty comment (QA report item 13), with the keyboard: the form's
own error comes back in its place, the error summary focused, the address unchanged; at 390
and 1280 px, axe-checked."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Comment, Meeting
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_comments import tab_to
from tests.browser.test_sign_in import sign_in


@pytest.mark.parametrize("width", [1280, 390])
def test_an_empty_comment_is_refused_in_place_with_the_focus_on_why(
    page: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    board_member: Any,
    console_errors: list[str],
    width: int,
) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    sign_in(page, live_server, board_member.email)
    record = live_server.url + circulated_meeting.get_absolute_url()
    page.goto(record)
    paragraph = page.locator("#paragraph-4\\.3")
    tab_to(page, paragraph.get_by_text("Comment on 4.3", exact=True))
    page.keyboard.press("Enter")
    box = paragraph.get_by_label("Your comment on 4.3")
    tab_to(page, box)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Send comment on 4.3")).to_be_focused()
    page.keyboard.press("Enter")
    summary = page.get_by_role("alert").filter(has_text="Your comment on 4.3 was not sent.")
    expect(summary).to_be_focused()
    expect(page).to_have_url(record)
    assert not Comment.objects.exists()
    # (The browser logs the refusal's status, as for any 400.)
    console_errors[:] = [e for e in console_errors if "status of 400" not in e]
    assert_no_axe_violations(page)
    # The error's link leads to the box; what is then typed is sent.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(box).to_be_focused()
    box.fill("Paragraph 4.3 names the wrong date.")
    page.get_by_role("button", name="Send comment on 4.3").click()
    added = paragraph.get_by_role("status")
    expect(added).to_have_text("Your comment on 4.3 is added.")
    expect(added).to_be_focused()
    expect(paragraph).to_contain_text("Paragraph 4.3 names the wrong date.")
    assert Comment.objects.get().text == "Paragraph 4.3 names the wrong date."
    assert_no_axe_violations(page)
