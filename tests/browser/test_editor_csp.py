"""The editor stays quiet while the secretariat saves in place: no console error, and nothing
the Content Security Policy blocks (htmx's indicator styles are the project's CSS, not an
inline <style> it adds)."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from playwright.sync_api import Locator, Page, expect

from meetings.models import Meeting, Paragraph
from meetings.services import editing
from tests.addresses import editor_url
from tests.browser.conftest import signed_in
from tests.browser.test_editor import NEW_TEXT, open_editor, open_paragraph, paragraph
from tests.meetings.test_editor_comments import returned_with_comments

# Run before the page's own scripts, so that a violation at start-up is caught too.
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


def test_an_in_place_save_logs_no_console_error(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.add_init_script(WATCH_CSP)
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)

    open_paragraph(page, "4.3").fill(NEW_TEXT)
    page.get_by_role("button", name="Save paragraph 4.3").click()
    expect(paragraph(page, "4.3")).to_contain_text(NEW_TEXT)

    assert (errors, page.evaluate("() => window.__cspViolations")) == ([], [])


def test_the_indicator_styles_come_from_the_stylesheet(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    hidden = page.evaluate(
        """() => {
          const el = document.createElement("span");
          el.className = "htmx-indicator";
          document.body.append(el);
          return getComputedStyle(el).opacity;
        }"""
    )
    assert hidden == "0"


def test_making_an_action_and_the_record_after_editing_break_no_policy(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    """Making an action of selected words (the form swapped in by htmx, then sent), and the
    clerk's draft record page after editing: nothing the policy blocks, no console error."""
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.add_init_script(WATCH_CSP)
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)

    box = page.get_by_role("textbox", name="Paragraph 4.3", exact=True)
    box.fill(NEW_TEXT)
    expect(page.locator("#save-status")).to_have_text("Saved")
    box.press("Control+a")
    page.keyboard.press("Alt+a")
    form = page.locator("form[id^=action-add-]")
    expect(form.get_by_role("textbox", name="Action")).to_have_value(NEW_TEXT)
    form.get_by_role("button", name="Add action").click()
    expect(page.locator("#editor-root")).to_contain_text("The action is added.")
    violations = page.evaluate("() => window.__cspViolations")

    page.get_by_role("link", name="Back to the record").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(seed_meeting.title)
    violations += page.evaluate("() => window.__cspViolations")
    assert (errors, violations) == ([], [])


# Every violation on every page the test visits, reported to the test as it happens (the
# binding outlives navigations, which a list kept in the page does not).
REPORT_CSP = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__reportCsp(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:` +
    `${event.lineNumber} ${event.sample}`);
});
"""


def resize(page: Page, box: Locator) -> None:
    """Drags the box's resize handle down, as a clerk makes a box taller (Chromium keeps the
    new height in the box's style attribute)."""
    box.scroll_into_view_if_needed()
    area = box.bounding_box()
    assert area is not None
    page.mouse.move(area["x"] + area["width"] - 3, area["y"] + area["height"] - 3)
    page.mouse.down()
    page.mouse.move(area["x"] + area["width"] - 3, area["y"] + area["height"] + 60, steps=4)
    page.mouse.up()
    assert box.get_attribute("style"), "the box was not resized"


def menu_item(page: Page, label: str, name: str) -> None:
    page.get_by_role("button", name=f"Options for {label}", exact=True).click()
    page.get_by_role("button", name=f"{name} {label}", exact=True).click()


def test_the_editing_flows_and_the_pages_after_them_break_no_policy(
    page: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    board_member: Any,
    secretariat: Any,
    console_errors: list[str],
) -> None:
    """Every way the clerk changes a draft in place (a paragraph opened and saved, typing saved
    by itself, a box resized, moves by the menu and by the keys, a new paragraph, an action of
    selected words, a delete and its Undo, a comment resolved, an edit conflict, the sign-in
    prompt after the session ended), then the draft's record page and the board page: no
    Content Security Policy violation and no console error (the `page` fixture fails on one)."""
    meeting, _comments = returned_with_comments(circulated_meeting, board_member, secretariat)
    violations: list[str] = []
    page.expose_function("__reportCsp", lambda seen: violations.append(seen))
    page.add_init_script(REPORT_CSP)
    signed_in(page, live_server, secretariat)
    page.goto(live_server.url + editor_url(meeting))
    status = page.locator("#save-status")

    def quiet(step: str) -> None:
        assert violations == [], f"after {step}"

    def box(ref: str) -> Locator:
        return page.get_by_role("textbox", name=f"Paragraph {ref}", exact=True)

    # A paragraph opened as a form, and saved.
    open_paragraph(page, "4.1").fill(NEW_TEXT)
    page.get_by_role("button", name="Save paragraph 4.1").click()
    expect(box("4.1")).to_have_value(NEW_TEXT)
    quiet("a paragraph opened and saved")

    # Typed, saved by itself; the box made taller; moved down by the menu, up by the keys.
    box("4.2").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Typed in place.")
    expect(status).to_have_text("Saved")
    resize(page, box("4.2"))
    menu_item(page, "paragraph 4.2", "Move down")
    expect(box("4.3")).to_have_value(re.compile("Typed in place.$"))
    box("4.3").focus()
    page.keyboard.press("Alt+Shift+ArrowUp")
    expect(box("4.2")).to_have_value(re.compile("Typed in place.$"))
    quiet("typing saved, a box resized, moves")

    # A new paragraph after it, and an action made of words in it.
    box("4.2").focus()
    page.keyboard.press("Control+Enter")
    page.keyboard.type("The Board asked for more. MPS to report by 31 March 2025.")
    expect(box("4.3")).to_have_value("The Board asked for more. MPS to report by 31 March 2025.")
    box("4.3").focus()
    page.keyboard.press("Control+End")
    for _ in "MPS to report by 31 March 2025.":
        page.keyboard.press("Shift+ArrowLeft")
    page.keyboard.press("Alt+a")
    page.locator("form[id^=action-add-]").get_by_role("textbox", name="Action").press(
        "Control+Enter"
    )
    expect(page.locator("#moved-message")).to_contain_text("its words are taken out")
    expect(box("4.3")).to_have_value("The Board asked for more.")
    quiet("a new paragraph, an action of words")

    # Deleted, and put back.
    menu_item(page, "paragraph 4.3", "Delete")
    page.get_by_role("button", name="Undo the deletion of paragraph 4.3").click()
    expect(box("4.3")).to_have_value("The Board asked for more.")
    quiet("a delete and its undo")

    # A board member's comment resolved in place.
    page.get_by_role("button", name="Mark resolved").first.click()
    expect(page.get_by_text("Resolved by Sam Clerk")).to_be_visible()
    quiet("a comment resolved")

    # An edit conflict: paragraph 4.1 saved meanwhile in another browser.
    other = Paragraph.objects.select_related("section__meeting").get(
        section__meeting=meeting, section__number=4, number=1
    )
    editing.paragraph_update(
        paragraph=other,
        by=secretariat,
        text="Saved elsewhere.",
        restricted=False,
        version=other.version,
    )
    box("4.1").fill(NEW_TEXT + " Mine.")
    box("4.1").blur()
    expect(page.get_by_text("Saved meanwhile by someone else")).to_be_visible()
    # The refusal is a 400, which Chromium logs as a failed load: that one, and nothing else.
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    )
    quiet("an edit conflict")

    # The session ends; a save brings the sign-in prompt in place.
    cookies = page.context.cookies()
    page.context.clear_cookies()
    page.context.add_cookies([c for c in cookies if c["name"] != settings.SESSION_COOKIE_NAME])
    box("4.2").fill("Typed after the session ended.")
    box("4.2").blur()
    expect(page.get_by_role("alert").filter(has_text="You were signed out")).to_be_visible()
    quiet("the sign-in prompt")

    # Signed in again, the draft's record page and the board's page.
    signed_in(page, live_server, secretariat)
    page.goto(live_server.url + editor_url(meeting))
    page.get_by_role("link", name="Back to the record").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(meeting.title)
    page.get_by_role("link", name=meeting.board.name).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(meeting.board.name)
    quiet("the record page and the board page")
