"""A draft being typed survives a closed tab (issue 17): what the clerk types in a paragraph's
box and has not saved yet is kept in the browser, under the clerk, the record, the paragraph
and its version, and put back and saved when the editor is opened again; once saved, it is
no longer kept."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Meeting, Paragraph
from meetings.services import editing
from tests.browser.axe import assert_no_axe_violations
from tests.browser.conftest import signed_in
from tests.browser.test_writing_surface import (
    PARAGRAPH_4_4,
    box,
    eventually,
    open_editor,
    status,
    text_of,
)

SAVES = re.compile(r"/edit/paragraph-(update|add)/$")
KEPT = "() => Object.keys(localStorage).filter(k => k.startsWith('prob-draft:'))"


def typed_then_closed(page: Page, what: Any, errors: list[str]) -> None:
    """Types with `what(page)`, then closes the tab before the save (which, were it sent
    first, would not reach the server)."""
    page.route(SAVES, lambda route: route.abort())
    what(page)
    assert page.evaluate(KEPT), "nothing kept in the browser"
    page.close()
    errors[:] = [e for e in errors if "ERR_FAILED" not in e]


def reopened(page: Page, live_server: Any, meeting: Meeting, errors: list[str]) -> Page:
    again = page.context.new_page()
    again.on("console", lambda message: message.type == "error" and errors.append(message.text))
    again.on("pageerror", lambda error: errors.append(str(error)))
    open_editor(again, live_server, meeting)
    return again


@pytest.mark.parametrize("width", [1280, 390])
def test_text_typed_in_a_paragraph_comes_back_and_is_saved_after_the_tab_is_closed(
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
    typed = "Typed before the tab closed, not yet saved."
    typed_then_closed(page, lambda p: box(p, "4.4").fill(typed), console_errors)
    assert text_of(seed_meeting, 4, 4).startswith(PARAGRAPH_4_4)

    again = reopened(page, live_server, seed_meeting, console_errors)
    expect(box(again, "4.4")).to_have_value(typed)
    expect(status(again)).to_have_text("Saved")
    eventually(again, lambda: text_of(seed_meeting, 4, 4) == typed, "4.4")
    assert again.evaluate(KEPT) == []  # saved: no longer kept
    assert_no_axe_violations(again)
    # Opened once more, nothing is put back: the box holds what is saved.
    again.reload()
    expect(box(again, "4.4")).to_have_value(typed)
    expect(status(again)).to_have_text("")


def test_a_new_paragraph_typed_with_the_keyboard_comes_back_where_it_was_and_is_saved(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any, console_errors: list[str]
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)

    def new_paragraph(p: Page) -> None:
        box(p, "4.3").press("Control+Enter")
        new = p.get_by_role("textbox", name="New paragraph after 4.3")
        expect(new).to_be_focused()
        p.keyboard.insert_text("A new paragraph, typed and the tab closed.")

    typed_then_closed(page, new_paragraph, console_errors)
    again = reopened(page, live_server, seed_meeting, console_errors)
    expect(status(again)).to_have_text("Saved")
    eventually(
        again,
        lambda: text_of(seed_meeting, 4, 4) == "A new paragraph, typed and the tab closed.",
        "the new 4.4",
    )
    assert text_of(seed_meeting, 4, 5).startswith(PARAGRAPH_4_4)
    expect(box(again, "4.4")).to_have_value("A new paragraph, typed and the tab closed.")
    assert again.evaluate(KEPT) == []


def test_a_kept_draft_of_a_paragraph_saved_meanwhile_shows_both_texts(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any, console_errors: list[str]
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    typed_then_closed(page, lambda p: box(p, "4.4").fill("Mine, typed offline."), console_errors)
    paragraph = Paragraph.objects.get(section__meeting=seed_meeting, section__number=4, number=4)
    editing.paragraph_update(
        paragraph=paragraph,
        by=secretariat,
        text="Theirs, saved meanwhile.",
        restricted=False,
        version=paragraph.version,
    )
    again = reopened(page, live_server, seed_meeting, console_errors)
    expect(status(again)).to_have_text("Not saved — see the message on the page")
    root = again.locator("#editor-root")
    expect(root).to_contain_text("Someone else saved this paragraph while you were editing it")
    expect(root).to_contain_text("Theirs, saved meanwhile.")
    expect(again.get_by_role("textbox", name="Paragraph text")).to_have_value(
        "Mine, typed offline."
    )
    assert text_of(seed_meeting, 4, 4) == "Theirs, saved meanwhile."
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    )


def test_signing_out_leaves_no_draft_in_the_browser(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any, console_errors: list[str]
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    page.route(SAVES, lambda route: route.abort())
    box(page, "4.4").fill("Typed on a shared computer.")
    assert page.evaluate(KEPT)
    page.locator("body").click(position={"x": 5, "y": 5})  # leaving the box saves (refused)
    expect(status(page)).to_have_text("Not saved — try again")
    page.get_by_role("button", name="Sign out").click()
    expect(page).not_to_have_url(re.compile(r"/edit/"))
    assert page.evaluate(KEPT) == []
    console_errors[:] = [e for e in console_errors if "ERR_FAILED" not in e]
