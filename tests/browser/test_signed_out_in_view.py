"""The "You were signed out" prompt is focused and in view wherever the clerk was on the page
when the save failed (QA #18: focused, it sat 320 px above the top of the window)."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.test_undo import open_editor, paragraph_4_3


@pytest.mark.parametrize("width", [390, 1280])
def test_the_signed_out_prompt_is_focused_in_view(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 700})
    target = paragraph_4_3(seed_meeting)
    open_editor(page, live_server, seed_meeting, secretariat)
    cookies = page.context.cookies()
    page.context.clear_cookies()
    page.context.add_cookies([c for c in cookies if c["name"] != settings.SESSION_COOKIE_NAME])
    field = page.locator(f"#text-{target.pk}")
    field.scroll_into_view_if_needed()
    field.fill("Typed after the session ended.")
    field.blur()  # saved as typed: the save is refused, the session having ended
    prompt = page.get_by_role("alert").filter(has_text="You were signed out")
    expect(prompt).to_be_focused()
    page.wait_for_timeout(300)  # whatever scrolls after the request has done so
    top, bottom, height = prompt.evaluate(
        "(e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; }"
    )
    assert top >= 0 and bottom <= height, f"the prompt is at {top}..{bottom} of {height}"
