"""The editor with the keyboard, in Chromium, after an outside tester's findings (QA report
items 9, 12, 14, 15, 16): the address bar never shows a change's post-only address, and a
reload there leads back to the editor; Undo puts the focus in the restored paragraph's box;
the Options button is a disclosure (no menu role); long attendee roles are read whole at 390
and 1280 px; and the form restored after signing in again saves without a Content Security
Policy violation. Axe-checked in each state."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.conf import settings
from playwright.sync_api import Page, expect

from meetings.models import Attendance, Meeting, Paragraph
from meetings.services import editing
from tests.addresses import editor_url
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_undo import open_editor, paragraph_4_3
from tests.conftest import PASSWORD, import_record
from tests.meetings.test_references_as_written import MINUTES

# Every violation on every page the test visits, reported to the test as it happens (the
# binding outlives navigations, which a list kept in the page does not).
REPORT_CSP = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__reportCsp(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber} ` +
    `${event.sample}`);
});
"""


def watch_csp(page: Page) -> list[str]:
    violations: list[str] = []
    page.expose_function("__reportCsp", lambda text: violations.append(text))
    page.add_init_script(REPORT_CSP)
    return violations


def ref(number: str) -> re.Pattern[str]:
    """A paragraph's label ("Paragraph 4.2", its first word for screen readers only)."""
    return re.compile(rf"\b{re.escape(number)}\s*$")


def resize(page: Page, field: Any) -> None:
    """Drags the box's resize handle down, as a clerk makes a box taller."""
    field.scroll_into_view_if_needed()
    area = field.bounding_box()
    assert area is not None
    right, bottom = area["x"] + area["width"] - 3, area["y"] + area["height"] - 3
    page.mouse.move(right, bottom)
    page.mouse.down()
    page.mouse.move(right, bottom + 60, steps=4)
    page.mouse.up()
    assert field.get_attribute("style"), "the box was not resized"


def box(page: Page, paragraph: Paragraph) -> Any:
    return page.locator(f"#text-{paragraph.pk}")


def test_moves_keep_the_editors_address_and_a_reload_there_is_the_editor(
    page: Page,
    live_server: Any,
    seed_meeting: Meeting,
    secretariat: Any,
    console_errors: list[str],
) -> None:
    target = paragraph_4_3(seed_meeting)
    open_editor(page, live_server, seed_meeting, secretariat)
    editor = re.compile(re.escape(live_server.url + editor_url(seed_meeting)) + r"(\?.*)?$")
    box(page, target).focus()
    page.keyboard.press("Alt+Shift+ArrowUp")
    expect(box(page, target)).to_be_focused()
    expect(page.locator(f"#paragraph-{target.pk} .ref").first).to_have_text(ref("4.2"))
    box(page, target).focus()
    page.keyboard.press("Alt+Shift+ArrowUp")
    expect(page.locator(f"#paragraph-{target.pk} .ref").first).to_have_text(ref("4.1"))
    # The first paragraph moved up once more: refused (400), and still the editor's address.
    box(page, target).focus()
    page.keyboard.press("Alt+Shift+ArrowUp")
    expect(page.locator("#editor-root .alert-danger")).to_be_visible()
    expect(page).to_have_url(editor)
    # (The browser logs the refusal's status, as for any 400.)
    console_errors[:] = [e for e in console_errors if "status of 400" not in e]
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Editing: {seed_meeting.title}")
    # A change's own address opened as a page: the editor, saying why.
    move = editor_url(seed_meeting) + "paragraph-move/"
    page.goto(live_server.url + move)
    expect(page).to_have_url(editor)
    expect(page.locator(".messages")).to_contain_text("not a page of its own")
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", [1280, 390])
def test_undo_by_the_keyboard_focuses_the_restored_paragraph(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    target = paragraph_4_3(seed_meeting)
    open_editor(page, live_server, seed_meeting, secretariat)
    options = page.get_by_role("button", name="Options for paragraph 4.3", exact=True)
    options.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    while not page.evaluate("() => document.activeElement.textContent.startsWith('Delete')"):
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    undo = page.get_by_role("button", name="Undo the deletion of paragraph 4.3")
    expect(undo).to_be_visible()
    # Deleted: the focus is on its Undo.
    expect(undo).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".messages [role=status]")).to_contain_text("is back where it was")
    expect(box(page, target)).to_be_focused()
    page.wait_for_load_state("networkidle")
    expect(box(page, target)).to_be_focused()
    assert_no_axe_violations(page)


def test_the_options_button_is_a_disclosure(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    open_editor(page, live_server, seed_meeting, secretariat)
    assert page.locator("[role=menu], [role=menuitem], [aria-haspopup]").count() == 0
    options = page.get_by_role("button", name="Options for paragraph 4.3", exact=True)
    expect(options).to_have_attribute("aria-expanded", "false")
    move_up = page.get_by_role("button", name="Move up paragraph 4.3", exact=True)
    expect(move_up).to_be_hidden()
    options.focus()
    page.keyboard.press("Enter")
    expect(options).to_have_attribute("aria-expanded", "true")
    # Its buttons come next in the Tab order, as a disclosure's do.
    page.keyboard.press("Tab")
    expect(move_up).to_be_focused()
    page.keyboard.press("Escape")
    expect(options).to_have_attribute("aria-expanded", "false")
    expect(options).to_be_focused()
    # Its help speaks of a list of buttons, not a menu.
    expect(page.locator("#editor-root")).not_to_contain_text("Options menu")
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", [1280, 390])
def test_long_attendee_roles_are_read_whole(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any, width: int
) -> None:
    roles = ["Deputy Mayor for Policing and Crime (DMPC)", "Police and Crime Commissioner"]
    attendances = list(
        Attendance.objects.filter(meeting=seed_meeting).select_related("meeting").order_by("pk")
    )[:2]
    for attendance, role in zip(attendances, roles, strict=True):
        editing.attendance_update(
            attendance=attendance,
            by=secretariat,
            role=role,
            kind=attendance.kind,
            organisation=attendance.organisation,
        )
    page.set_viewport_size({"width": width, "height": 900})
    open_editor(page, live_server, seed_meeting, secretariat)
    for attendance, role in zip(attendances, roles, strict=True):
        field = page.locator(f"#attendee-role-{attendance.pk}")
        expect(field).to_have_value(role)
        cut = field.evaluate("(e) => e.scrollWidth > e.clientWidth")
        assert not cut, f"{role!r} is cut at {width} px"
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert_no_axe_violations(page)


def test_the_form_restored_after_signing_in_again_saves_without_a_policy_violation(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    """Editor, the session cookie gone, typing, "sign in again", sign in, Save: no CSP
    violation on any page on the way (the tester saw 14 inline-style ones), nor after a move
    and a delete and its Undo."""
    violations = watch_csp(page)
    target = paragraph_4_3(seed_meeting)
    open_editor(page, live_server, seed_meeting, secretariat)
    cookies = page.context.cookies()
    page.context.clear_cookies()
    page.context.add_cookies([c for c in cookies if c["name"] != settings.SESSION_COOKIE_NAME])
    box(page, target).fill("Typed after the session ended.")
    box(page, target).blur()
    prompt = page.get_by_role("alert").filter(has_text="You were signed out")
    expect(prompt).to_be_visible()
    prompt.get_by_role("link", name="sign in again").click()
    page.get_by_label("Email address").fill(secretariat.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    expect(page).to_have_url(re.compile(re.escape(editor_url(seed_meeting))))
    page.get_by_role("button", name="Save paragraph 4.3").first.click()
    expect(page.locator(".messages [role=status]")).to_contain_text("The paragraph is saved")
    assert Paragraph.objects.get(pk=target.pk).text == "Typed after the session ended."
    # Then, the box made taller (Chromium keeps its height in its style attribute, which
    # htmx's settling used to copy onto the new page's box), a move by the keys, a delete and
    # its Undo, in place.
    resize(page, box(page, target))
    box(page, target).focus()
    page.keyboard.press("Alt+Shift+ArrowDown")
    expect(page.locator(f"#paragraph-{target.pk} .ref").first).to_have_text(ref("4.4"))
    page.get_by_role("button", name="Options for paragraph 4.4", exact=True).click()
    page.get_by_role("button", name="Delete paragraph 4.4", exact=True).click()
    page.get_by_role("button", name="Undo the deletion of paragraph 4.4").click()
    expect(box(page, target)).to_be_focused()
    assert_no_axe_violations(page)
    assert violations == []


def test_an_imported_draft_says_its_numbers_are_as_written_and_renumbers_them(
    page: Page, live_server: Any, secretariat: Any
) -> None:
    page.set_viewport_size({"width": 390, "height": 900})
    board = secretariat.person.memberships.get().board
    meeting = import_record(MINUTES, board=board)
    open_editor(page, live_server, meeting, secretariat)
    note = page.locator(".written-references")
    expect(note).to_contain_text("as written in the imported minutes")
    expect(page.get_by_label("Paragraph (a)", exact=True)).to_be_visible()
    assert_no_axe_violations(page)
    note.get_by_role("button", name="Renumber in order").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("Renumbered in order")
    expect(note).to_have_count(0)
    first = meeting.sections.order_by("position").first()
    expect(page.locator(f"#section-title-{first.pk}")).to_be_focused()
    expect(page.get_by_label("Paragraph (a)", exact=True)).to_have_count(0)
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert_no_axe_violations(page)
