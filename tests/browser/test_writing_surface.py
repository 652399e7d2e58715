"""The secretariat's writing surface (issue 17): every paragraph of a draft a text box saved
as the clerk types, new paragraphs where the clerk is, one menu per item, keyboard
shortcuts, actions made of a paragraph's words; and without JavaScript the same page as
ordinary forms."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from meetings.models import Action, Attendance, Meeting, Organisation, Paragraph, Section
from meetings.services import editing
from tests.addresses import editor_url
from tests.browser.axe import assert_no_axe_violations
from tests.browser.conftest import signed_in
from tests.browser.test_editor import record_json, refs_and_texts

PARAGRAPH_4_3 = "The DMPC noted that MOPAC had not yet received"
PARAGRAPH_4_4 = "The DMPC noted that in 50% of cases"


def open_editor(page: Page, live_server: Any, meeting: Meeting) -> None:
    page.goto(live_server.url + editor_url(meeting))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Editing: {meeting.title}")


def box(page: Page, ref: str) -> Locator:
    return page.get_by_role("textbox", name=f"Paragraph {ref}", exact=True)


def status(page: Page) -> Locator:
    return page.locator("#save-status")


def eventually(page: Page, check: Any, what: str) -> None:
    """Waits (up to 5 s) for `check()` to hold: a save in place lands a moment after typing."""
    for _ in range(50):
        if check():
            return
        page.wait_for_timeout(100)
    pytest.fail(f"Never saved: {what}")


def text_of(meeting: Meeting, section: int, number: int) -> str:
    return Paragraph.objects.get(
        section__meeting=meeting, section__number=section, number=number
    ).text


# --- Writing in place ---------------------------------------------------------------------------


def test_a_paragraph_is_saved_a_moment_after_typing_stops_without_reloading(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    page.evaluate("() => { window.__marker = 1; }")
    expect(status(page)).to_have_attribute("role", "status")

    # Every text the status takes, however briefly ("Saving…" lasts only as long as the save).
    page.evaluate(
        """() => {
          const el = document.getElementById("save-status");
          window.__statuses = [];
          new MutationObserver(() => window.__statuses.push(el.textContent.trim()))
            .observe(el, {childList: true, characterData: true, subtree: true});
        }"""
    )
    textbox = box(page, "4.3")
    textbox.click()
    textbox.press("End")
    textbox.press("Control+End")
    page.keyboard.type(" Typed in place.")
    expect(status(page)).to_have_text("Saved", timeout=5_000)
    statuses = page.evaluate("() => window.__statuses")
    assert "Saving…" in statuses, statuses
    assert statuses.index("Saving…") < statuses.index("Saved"), statuses
    eventually(page, lambda: text_of(seed_meeting, 4, 3).endswith("Typed in place."), "4.3")
    # Saved again, with the version the first save returned: no conflict with itself.
    page.keyboard.type(" And more.")
    page.keyboard.press("Tab")  # leaving it saves at once
    expect(status(page)).to_have_text("Saved")
    eventually(
        page, lambda: text_of(seed_meeting, 4, 3).endswith("Typed in place. And more."), "4.3"
    )
    assert page.evaluate("() => window.__marker") == 1, "saving reloaded the page"
    expect(textbox).to_have_value(re.compile(r"Typed in place\. And more\.$"))


def test_an_edit_conflict_still_keeps_both_texts_and_says_who_saved(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any, console_errors: list[str]
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    # Someone else saves 4.3 meanwhile.
    paragraph = Paragraph.objects.get(section__meeting=seed_meeting, section__number=4, number=3)
    editing.paragraph_update(
        paragraph=paragraph, by=secretariat, text="Their text.", restricted=False, version=1
    )
    box(page, "4.3").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Mine.")
    expect(status(page)).to_have_text("Not saved — see the message on the page")
    expect(page.locator("#editor-root")).to_contain_text(
        "Someone else saved this paragraph while you were editing it: Sam Clerk"
    )
    expect(page.get_by_text("Their text.")).to_be_visible()
    mine = page.get_by_role("textbox", name="Paragraph text")
    expect(mine).to_have_value(re.compile(r"Mine\.$"))
    # The status is shown in the flow below the form, not over the box (1280 px wide).
    page.set_viewport_size({"width": 1280, "height": 800})
    note = page.locator(".save-note")
    expect(note).to_have_text("Not saved — see the message on the page")
    at, said = mine.bounding_box(), note.bounding_box()
    assert at and said and said["y"] >= at["y"] + at["height"]
    assert text_of(seed_meeting, 4, 3) == "Their text."
    # The refusal is answered 400, which the browser reports; it is expected here.
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    )


def test_a_blank_line_splits_the_paragraph_and_the_clerk_writes_on_in_the_new_one(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    box(page, "5.1").click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.type("A second paragraph.")
    expect(box(page, "5.2")).to_be_focused()
    page.keyboard.type(" Still typing.")
    expect(box(page, "5.2")).to_have_value("A second paragraph. Still typing.")
    eventually(
        page,
        lambda: text_of(seed_meeting, 5, 2) == "A second paragraph. Still typing.",
        "what was typed in the new paragraph while the split was saved",
    )
    expect(status(page)).to_have_text("Saved")


def test_a_new_paragraph_starts_where_the_clerk_is(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    box(page, "4.3").click()
    page.keyboard.press("Control+Enter")
    new = page.get_by_role("textbox", name="New paragraph after 4.3")
    expect(new).to_be_focused()
    page.keyboard.type("Inserted after 4.3.")
    expect(box(page, "4.4")).to_be_focused()
    expect(box(page, "4.4")).to_have_value("Inserted after 4.3.")
    expect(box(page, "4.5")).to_have_value(re.compile("^" + re.escape(PARAGRAPH_4_4)))
    # Alt+N does the same, from the new paragraph.
    page.keyboard.press("Alt+n")
    expect(page.get_by_role("textbox", name="New paragraph after 4.4")).to_be_focused()
    page.keyboard.type("And another.")
    expect(box(page, "4.5")).to_have_value("And another.")
    expect(status(page)).to_have_text("Saved")
    assert [text_of(seed_meeting, 4, n)[:20] for n in (3, 4, 5, 6)] == [
        PARAGRAPH_4_3[:20],
        "Inserted after 4.3.",
        "And another.",
        PARAGRAPH_4_4[:20],
    ]
    # And with the button after a paragraph.
    page.get_by_role("link", name="New paragraph after 1.1").click()
    expect(page.get_by_role("textbox", name="New paragraph after 1.1")).to_be_focused()


def test_section_titles_and_attendees_are_edited_the_same_way(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    title = page.get_by_role("textbox", name="Section 5 title")
    title.fill("Cyber Security")
    title.press("Tab")
    expect(status(page)).to_have_text("Saved")
    assert Section.objects.get(meeting=seed_meeting, number=5).title == "Cyber Security"

    attendance = Attendance.objects.filter(meeting=seed_meeting).order_by("position").first()
    name = attendance.person.name
    organisation = attendance.organisation_id
    role = page.get_by_role("textbox", name=f"Role of {name}", exact=True)
    role.fill("Chair")
    expect(status(page)).to_have_text("Saved")
    # The status already says "Saved" from the role: wait for this change's own save (its
    # "Saving…" can come and go between two looks, as it did once in CI), then its "Saved".
    with page.expect_response(lambda r: r.request.method == "POST"):
        page.get_by_role("combobox", name=f"Attendance of {name}", exact=True).select_option(
            label="Apologies"
        )
    expect(status(page)).to_have_text("Saved")
    attendance.refresh_from_db()
    assert (attendance.role, attendance.kind) == ("Chair", Attendance.Kind.APOLOGIES)
    assert attendance.organisation_id == organisation, "the organisation stays as it was"


# --- One menu per item, and the shortcuts -----------------------------------------------------


def test_each_item_has_one_menu_that_opens_and_closes_with_the_keyboard(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    options = page.get_by_role("button", name="Options for paragraph 4.3", exact=True)
    # Its buttons are hidden until it opens: one tab stop, from the text box.
    expect(page.get_by_role("button", name="Move up paragraph 4.3")).to_be_hidden()
    box(page, "4.3").focus()
    page.keyboard.press("Tab")
    expect(options).to_be_focused()
    expect(options).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(options).to_have_attribute("aria-expanded", "true")
    move_up = page.get_by_role("button", name="Move up paragraph 4.3", exact=True)
    expect(move_up).to_be_visible()
    for name in ("Move down paragraph 4.3", "Delete paragraph 4.3"):
        expect(page.get_by_role("button", name=name, exact=True)).to_be_visible()
    for name in ("Add an action to paragraph 4.3", "Edit paragraph 4.3"):
        expect(page.get_by_role("link", name=name, exact=True)).to_be_visible()
    page.keyboard.press("Tab")
    expect(move_up).to_be_focused()
    page.keyboard.press("Escape")
    expect(options).to_be_focused()
    expect(options).to_have_attribute("aria-expanded", "false")
    expect(move_up).to_be_hidden()
    # Opened again, Move up moves it, and the clerk stays with the paragraph.
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(box(page, "4.2")).to_have_value(re.compile("^" + re.escape(PARAGRAPH_4_3)))
    expect(box(page, "4.2")).to_be_focused()


def test_shortcuts_move_items_and_jump_between_sections(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    help_ = page.locator("#shortcuts")
    help_.get_by_text("Keyboard shortcuts").click()
    expect(help_).to_contain_text("Alt+Shift+↑")
    box(page, "4.4").click()
    page.keyboard.press("Alt+Shift+ArrowUp")
    expect(box(page, "4.3")).to_have_value(re.compile("^" + re.escape(PARAGRAPH_4_4)))
    expect(box(page, "4.3")).to_be_focused()
    page.keyboard.press("Alt+Shift+ArrowDown")
    expect(box(page, "4.4")).to_have_value(re.compile("^" + re.escape(PARAGRAPH_4_4)))
    expect(box(page, "4.4")).to_be_focused()
    assert (
        refs_and_texts(record_json(page, live_server, seed_meeting), 4)[3][1]
        == (PARAGRAPH_4_4[:30])
    )
    page.keyboard.press("Alt+PageDown")
    expect(page.get_by_role("textbox", name="Section 5 title")).to_be_focused()
    page.keyboard.press("Alt+PageUp")
    page.keyboard.press("Alt+PageUp")
    expect(page.get_by_role("textbox", name="Section 3 title")).to_be_focused()


# --- Turning words into an action -------------------------------------------------------------


def test_selected_words_become_an_action_with_owner_and_due_date_read_from_them(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    sentence = "MPS to report on robbery hot-spots by 31 March 2025."
    textbox = box(page, "2.2")
    textbox.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" " + sentence)
    expect(status(page)).to_have_text("Saved")
    # Select the sentence with the keyboard (Shift+Home selects to the line's start, and the
    # line wraps, so by characters) and make an action of it.
    for _ in sentence:
        page.keyboard.press("Shift+ArrowLeft")
    page.keyboard.press("Alt+a")
    form = page.locator(
        "form#action-add-"
        + str(Paragraph.objects.get(section__meeting=seed_meeting, section__number=2, number=2).pk)
    )
    expect(form.get_by_role("textbox", name="Action")).to_have_value(sentence)
    expect(form.get_by_role("textbox", name="Action")).to_be_focused()
    expect(form.get_by_role("combobox", name="Owner organisation")).to_have_value(
        str(Organisation.objects.get(short_name="MPS").pk)
    )
    expect(form.get_by_label("Due date")).to_have_value("2025-03-31")
    expect(form).to_contain_text("Read from the words: owner MPS and due 31 March 2025.")
    form.get_by_role("button", name="Add action").click()
    expect(page.locator("#editor-root")).to_contain_text(f"Action 1: {sentence}")
    added = Action.objects.get(paragraph__section__meeting=seed_meeting, text=sentence)
    assert added.due == datetime.date(2025, 3, 31)
    assert added.owner.short_name == "MPS"


def test_make_an_action_from_the_menu_asks_for_words_when_none_are_selected(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    page.get_by_role("button", name="Options for paragraph 2.2", exact=True).click()
    page.get_by_role("button", name="Make an action of the selected words").first.click()
    expect(status(page)).to_contain_text("Select the words of the action")


# --- Without JavaScript ---------------------------------------------------------------------


def test_without_javascript_the_same_page_works_as_ordinary_forms(
    page_without_js: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    page = page_without_js
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    box(page, "4.3").fill("Saved with its button.")
    page.get_by_role("button", name="Save paragraph 4.3").click()
    expect(page.get_by_text("The paragraph is saved.")).to_be_visible()
    assert text_of(seed_meeting, 4, 3) == "Saved with its button."
    # The menu's buttons are shown as they are.
    page.get_by_role("button", name="Move up paragraph 4.3", exact=True).click()
    expect(box(page, "4.2")).to_have_value("Saved with its button.")
    # A new paragraph where the clerk is.
    page.get_by_role("link", name="New paragraph after 4.2").click()
    page.get_by_role("textbox", name="New paragraph after 4.2").fill("Added after 4.2.")
    page.get_by_role("button", name="Add paragraph").click()
    expect(box(page, "4.3")).to_have_value("Added after 4.2.")


# --- Quiet, valid, accessible -------------------------------------------------------------------


@pytest.mark.parametrize("width", [1280, 390])
def test_the_writing_surface_is_accessible_at_both_widths(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Options for paragraph 4.3", exact=True).click()
    page.locator("#shortcuts summary").click()
    box(page, "4.3").press("Control+Enter")
    expect(page.get_by_role("textbox", name="New paragraph after 4.3")).to_be_focused()
    assert_no_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
