"""Focus follows the work after a page comes back from a post (static/js/focus.js): to the
message after saving an update, to the paragraph after sending a comment, to the error summary
after a partly refused "update all"."""

import re
from typing import Any

from django.urls import reverse
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.test_owner_journey import sign_in as sign_in_to
from tests.browser.test_sign_in import sign_in


def active(page: Page) -> str:
    """The focused element: its tag, id and first words."""
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return `${e.tagName} ${e.id} ${(e.textContent || '').trim().slice(0, 60)}`; }"
    )


def on_action_2(page: Page, live_server: Any, meeting: Meeting, owner: Any) -> None:
    action = meeting.sections.get(number=4).paragraphs.get(number=5).actions.get()
    sign_in_to(page, live_server, owner.email, action.get_absolute_url())


def test_saving_an_update_puts_the_focus_on_the_message(
    page: Page, live_server: Any, circulated_meeting: Meeting, action_owner: Any
) -> None:
    on_action_2(page, live_server, circulated_meeting, action_owner)
    page.get_by_label("Progress update").fill("Every incident is being reviewed.")
    page.get_by_role("button", name="Save update").click()
    expect(page.get_by_text("Your update on action 2 is saved.")).to_be_visible()
    page.wait_for_function("() => document.activeElement !== document.body")
    assert "Your update on action 2 is saved." in active(page)


def test_sending_a_comment_puts_the_focus_in_its_paragraph(
    page: Page, live_server: Any, circulated_meeting: Meeting, board_member: Any
) -> None:
    sign_in(page, live_server, board_member.email)
    page.goto(live_server.url + circulated_meeting.get_absolute_url())
    paragraph = page.locator("#paragraph-4\\.3")
    paragraph.get_by_text("Comment on 4.3", exact=True).click()
    paragraph.get_by_label("Your comment on 4.3").fill("Which month?")
    paragraph.get_by_role("button", name="Send comment on 4.3").click()
    expect(paragraph).to_contain_text("Which month?")
    # On the paragraph's own "added" status, so a screen reader says what happened, where.
    added = paragraph.get_by_role("status")
    expect(added).to_have_text("Your comment on 4.3 is added.")
    expect(added).to_be_focused()


def test_a_partly_refused_update_all_puts_the_focus_on_the_error_summary(
    page: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    action_owner: Any,
    console_errors: list[str],
) -> None:
    sign_in_to(page, live_server, action_owner.email, reverse("actions:mine_update"))
    page.get_by_label("Update on action 1 (31 August 2023, 4.3)").fill("Data shared.")
    row = page.get_by_role("group", name="Action 2 (31 August 2023, 4.5)")
    row.get_by_role("radio", name="Propose closure").check()
    page.get_by_role("button", name="Save all updates").click()
    summary = page.locator("[data-error-summary]")
    expect(summary).to_contain_text("1 update could not be saved")
    expect(summary).to_be_focused()
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    )


def test_an_empty_update_puts_the_focus_on_the_error_summary(
    page: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    action_owner: Any,
    console_errors: list[str],
) -> None:
    """QA finding 6: the refusal is at the top of the page, focused, and the title says so."""
    on_action_2(page, live_server, circulated_meeting, action_owner)
    page.get_by_role("button", name="Save update").click()
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile(r"^Error: "))
    summary.get_by_role("link", name="Progress update").click()
    expect(page.get_by_label("Progress update")).to_be_focused()
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    )
