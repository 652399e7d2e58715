"""The editor keeps the focus where the clerk has gone on typing: a change sent in place (a
paragraph added) moves the focus to the part saved once its answer is in place, unless the
clerk has meanwhile gone into another box and typed there (editor.js, htmx:afterSettle)."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page, Route, expect

from meetings.models import Meeting, Paragraph
from tests.browser.test_journey_secretariat import settled
from tests.browser.test_undo import open_editor


def test_the_focus_stays_in_the_box_the_clerk_went_on_to_type_in(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    open_editor(page, live_server, seed_meeting, secretariat)
    title = (
        page.locator("form")
        .filter(has=page.get_by_role("button", name="Add section"))
        .get_by_role("textbox")
    )

    def type_elsewhere_while_it_is_sent(route: Route) -> None:
        # The answer is on its way: the clerk goes on to the next section's title.
        title.focus()
        page.keyboard.type("Any other business")
        route.continue_()

    page.route(
        lambda url: url.rstrip("/").endswith("paragraph-add"), type_elsewhere_while_it_is_sent
    )
    page.get_by_role("link", name="Add a paragraph to section 1", exact=True).click()
    form = page.locator("form").filter(has=page.get_by_role("button", name="Add paragraph"))
    form.get_by_role("textbox", name="Paragraph text").fill("Added while the clerk typed on.")
    form.get_by_role("button", name="Add paragraph").click()
    expect(page.get_by_text("Added while the clerk typed on.")).to_be_visible()
    settled(page)
    assert Paragraph.objects.filter(text="Added while the clerk typed on.").exists()
    expect(title).to_be_focused()
    expect(title).to_have_value("Any other business")


def test_without_typing_elsewhere_the_focus_goes_to_the_part_saved(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    open_editor(page, live_server, seed_meeting, secretariat)
    page.get_by_role("link", name="Add a paragraph to section 1", exact=True).click()
    form = page.locator("form").filter(has=page.get_by_role("button", name="Add paragraph"))
    form.get_by_role("textbox", name="Paragraph text").fill("Added, then carried on from.")
    form.get_by_role("button", name="Add paragraph").click()
    expect(page.get_by_text("Added, then carried on from.")).to_be_visible()
    settled(page)
    focused = page.evaluate("() => document.activeElement.closest('[id^=section-]')?.id")
    section = seed_meeting.sections.get(number=1)
    assert focused == f"section-{section.pk}"
