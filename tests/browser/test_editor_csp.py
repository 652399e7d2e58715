"""The editor stays quiet while the secretariat saves in place: no console error, and nothing
the Content Security Policy blocks (htmx's indicator styles are the project's CSS, not an
inline <style> it adds)."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.test_editor import (
    NEW_TEXT,
    open_editor,
    open_paragraph,
    paragraph,
    signed_in,
)

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
