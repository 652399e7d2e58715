"""Deleting in the editor, in Chromium: the page says what went and offers Undo (focused), Undo
puts it back where it was; a section's delete first says what goes with it, in place with
JavaScript and as a page without; a save after the session ended shows a sign-in prompt in
place and the text comes back after signing in. Axe-checked in each state."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from playwright.sync_api import Page, expect

from meetings.models import Meeting, Paragraph, Section
from tests.addresses import editor_url
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in
from tests.conftest import PASSWORD

TYPED = "Typed after the session ended, and not lost."


def open_editor(page: Page, live_server: Any, meeting: Meeting, user: Any) -> None:
    sign_in(page, live_server, user.email)
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    page.goto(live_server.url + editor_url(meeting))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Editing: {meeting.title}")


def choose(page: Page, label: str, name: str) -> None:
    """Presses `name` ("Delete") in the item's menu, opening the menu first where JavaScript
    made one ("Options for paragraph 4.3")."""
    options = page.get_by_role("button", name=f"Options for {label}", exact=True)
    if options.count() and options.is_visible():
        options.click()
    page.get_by_role("button", name=f"{name} {label}", exact=True).click()


def focused(page: Page) -> str:
    """The focused element's id, or its nearest ancestor's with one."""
    return page.evaluate(
        "() => { let e = document.activeElement;"
        " while (e && !e.id) { e = e.parentElement; } return e ? e.id : ''; }"
    )


def paragraph_4_3(meeting: Meeting) -> Paragraph:
    return Paragraph.objects.get(section__meeting=meeting, section__number=4, number=3)


def test_a_deleted_paragraph_comes_back_with_undo(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    target = paragraph_4_3(seed_meeting)
    open_editor(page, live_server, seed_meeting, secretariat)
    choose(page, "paragraph 4.3", "Delete")
    message = page.locator("#deleted-message")
    expect(message).to_contain_text("Paragraph 4.3 deleted")
    assert focused(page) == "deleted-message"
    # Where the paragraph was (after 4.2), in view: the page did not jump to its top.
    before = Paragraph.objects.get(section__meeting=seed_meeting, section__number=4, number=2)
    expect(page.locator(f"#paragraph-{before.pk} + li #deleted-message")).to_be_visible()
    expect(message).to_be_in_viewport()
    assert page.evaluate("() => window.scrollY") > 0
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Undo the deletion of paragraph 4.3").click()
    expect(page.locator(".messages [role=status]")).to_contain_text(
        "Paragraph 4.3 is back where it was"
    )
    assert Paragraph.objects.get(pk=target.pk).ref == "4.3"
    expect(page.locator(f"#paragraph-{target.pk}")).to_be_visible()
    assert focused(page).startswith(f"paragraph-{target.pk}") or focused(page).endswith(
        f"-{target.pk}"
    )
    # The first paragraph of a section: the notice goes first in the section's paragraphs (not
    # into the section's hidden Options list, with the view left at the page's bottom).
    first = Paragraph.objects.get(section__meeting=seed_meeting, section__number=3, number=1)
    choose(page, "paragraph 3.1", "Delete")
    expect(
        page.locator(f"#section-{first.section_id} ol.paragraphs > li:first-child")
    ).to_contain_text("Paragraph 3.1 deleted")
    expect(message).to_be_in_viewport()


def test_a_section_delete_first_says_what_goes_with_it_in_place(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    section = Section.objects.get(meeting=seed_meeting, number=2)
    open_editor(page, live_server, seed_meeting, secretariat)
    choose(page, f"section {section.title}", "Delete")
    heading = page.get_by_role("heading", name=f"Delete section 2, {section.title}?")
    expect(heading).to_be_focused()
    expect(page.locator("#editor-root")).to_contain_text("These go with it:")
    # In place: the address is still the editor's.
    expect(page).to_have_url(re.compile(re.escape(editor_url(seed_meeting))))
    assert_no_axe_violations(page)
    page.get_by_role("button", name=re.compile(r"^Delete section 2")).click()
    expect(page.locator("#deleted-message")).to_contain_text(f"Section 2, {section.title} deleted")
    assert not Section.objects.filter(pk=section.pk).exists()
    page.get_by_role("button", name=re.compile(r"^Undo the deletion of section 2")).click()
    expect(page.locator(".messages [role=status]")).to_contain_text("is back where it was")
    assert Section.objects.get(pk=section.pk).number == 2


def test_without_javascript_a_section_delete_is_confirmed_on_a_page_and_undone(
    page_without_js: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    page = page_without_js
    section = Section.objects.get(meeting=seed_meeting, number=2)
    open_editor(page, live_server, seed_meeting, secretariat)
    choose(page, f"section {section.title}", "Delete")
    expect(page.get_by_role("heading", name=f"Delete section 2, {section.title}?")).to_be_visible()
    # (axe runs on the same content with JavaScript on, above: it needs JavaScript itself.)
    page.get_by_role("button", name=re.compile(r"^Delete section 2")).click()
    expect(page.locator("#deleted-message")).to_contain_text("deleted")
    expect(page).to_have_url(re.compile(r"#deleted-message$"))
    page.get_by_role("button", name=re.compile(r"^Undo the deletion of section 2")).click()
    expect(page.locator(".messages [role=status]")).to_contain_text("is back where it was")
    assert Section.objects.get(pk=section.pk).number == 2


def test_a_save_after_the_session_ended_signs_in_in_place_and_keeps_the_text(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    target = paragraph_4_3(seed_meeting)
    open_editor(page, live_server, seed_meeting, secretariat)
    # The session ends: the browser no longer has its cookie.
    cookies = page.context.cookies()
    page.context.clear_cookies()
    page.context.add_cookies([c for c in cookies if c["name"] != settings.SESSION_COOKIE_NAME])

    box = page.locator(f"#paragraph-{target.pk} textarea").first
    box.fill(TYPED)
    box.blur()
    prompt = page.get_by_role("alert").filter(has_text="You were signed out")
    expect(prompt).to_be_visible()
    expect(prompt).to_be_focused()
    # The editor is still there, with the text typed.
    expect(box).to_have_value(TYPED)
    assert_no_axe_violations(page)

    prompt.get_by_role("link", name="sign in again").click()
    page.get_by_label("Email address").fill(secretariat.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    expect(page).to_have_url(re.compile(re.escape(editor_url(seed_meeting))))
    expect(page.locator("textarea").filter(has_text=TYPED).first).to_be_visible()
    page.get_by_role("button", name="Save paragraph 4.3").first.click()
    expect(page.locator(".messages [role=status]")).to_contain_text("The paragraph is saved")
    assert Paragraph.objects.get(pk=target.pk).text == TYPED


def test_a_save_after_every_cookie_went_signs_in_in_place_and_is_saved_after(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    """Cookies cleared (the CSRF cookie with the session's): the save is refused by the CSRF
    check before any view runs; that too is answered with the sign-in prompt, the status says
    so, and after signing in the text typed (kept in the browser) is saved and the status says
    Saved."""
    target = paragraph_4_3(seed_meeting)
    open_editor(page, live_server, seed_meeting, secretariat)
    page.context.clear_cookies()

    box = page.locator(f"#paragraph-{target.pk} textarea").first
    box.fill(TYPED)
    box.blur()
    prompt = page.get_by_role("alert").filter(has_text="You were signed out")
    expect(prompt).to_be_visible()
    expect(prompt).to_be_focused()
    expect(page.locator("#save-status")).to_contain_text("you were signed out")
    expect(box).to_have_value(TYPED)

    prompt.get_by_role("link", name="sign in again").click()
    page.get_by_label("Email address").fill(secretariat.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    expect(page).to_have_url(re.compile(re.escape(editor_url(seed_meeting))))
    expect(page.locator("#save-status")).to_have_text("Saved")
    assert Paragraph.objects.get(pk=target.pk).text == TYPED


def test_without_javascript_a_save_after_the_session_ended_comes_back_after_signing_in(
    page_without_js: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    """The same case with JavaScript off: the save leads to sign-in, and the editor comes back
    with the text typed in its form, focused, to be saved."""
    page = page_without_js
    target = paragraph_4_3(seed_meeting)
    open_editor(page, live_server, seed_meeting, secretariat)
    cookies = page.context.cookies()
    page.context.clear_cookies()
    page.context.add_cookies([c for c in cookies if c["name"] != settings.SESSION_COOKIE_NAME])

    page.locator(f"#text-{target.pk}").fill(TYPED)
    page.get_by_role("button", name="Save paragraph 4.3").first.click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.get_by_label("Email address").fill(secretariat.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    expect(page).to_have_url(re.compile(re.escape(editor_url(seed_meeting))))
    expect(page.locator(".messages")).to_contain_text("You were signed out before your change")
    kept = page.locator("textarea").filter(has_text=TYPED).first
    expect(kept).to_be_focused()
    page.get_by_role("button", name="Save paragraph 4.3").first.click()
    expect(page.locator(".messages [role=status]")).to_contain_text("The paragraph is saved")
    assert Paragraph.objects.get(pk=target.pk).text == TYPED
