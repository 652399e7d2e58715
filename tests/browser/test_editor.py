"""Journey 1 in the editor: the secretariat fixes a draft in place, with the mouse, with the
keyboard alone, with and without JavaScript, and the numbers follow by themselves."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from meetings.models import Meeting
from tests.addresses import editor_url
from tests.browser.axe import assert_no_axe_violations
from tests.browser.conftest import signed_in

NEW_TEXT = "The MPS agreed to share the handcuffing data with MOPAC by the end of October."

PARAGRAPH_4_2 = "The MPS's paper outlined its processes"
PARAGRAPH_4_3 = "The DMPC noted that MOPAC had not yet received"
PARAGRAPH_4_4 = "The DMPC noted that in 50% of cases"
PARAGRAPH_4_5 = "The MPS advised that it had rolled out"
PARAGRAPH_4_6 = "The DMPC noted that the MPS had accepted"
ACTION_1 = "MPS to share with MOPAC as soon as possible"
ACTION_2 = "MPS to advise MOPAC whether it reviewed"
ACTION_3 = "MPS to provide an update to the London Policing Ethics Panel"

# Every control a keyboard user reaches draws this ring (static/css/prob.css).
FOCUS_OUTLINE = "3px"


# --- Helpers ---------------------------------------------------------------------------------


def open_record(page: Page, live_server: Any, meeting: Meeting) -> None:
    page.goto(live_server.url + meeting.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text(meeting.title)


def open_editor(page: Page, live_server: Any, meeting: Meeting) -> None:
    """From the record page, as the secretariat would get there."""
    open_record(page, live_server, meeting)
    page.get_by_role("link", name="Edit this record").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Editing: {meeting.title}")
    # The heading is there before the editor's deferred script has run (it shows the Options
    # menus and hides what they hold): wait for it, so a test sees the page a user would.
    page.wait_for_load_state("load")


def paragraph(page: Page, ref: str) -> Locator:
    """Paragraph `ref` as it reads on the record page (the list item that offers to edit it)
    or in the editor (the list item with its text box)."""
    # Not an item of a paragraph's Options menu, whose Edit link has the same name.
    return page.locator("li:not(.menu-list li)").filter(
        has=page.get_by_role("link", name=f"Edit paragraph {ref}", exact=True).or_(
            page.get_by_role("textbox", name=f"Paragraph {ref}", exact=True)
        )
    )


def open_menu(page: Page, label: str) -> None:
    """Opens the editor's Options menu of the item `label` ("paragraph 4.3")."""
    page.get_by_role("button", name=f"Options for {label}", exact=True).click()


def open_paragraph(page: Page, ref: str) -> Locator:
    """Follows paragraph `ref`'s Edit link (in the editor, in its Options menu); returns its
    text box."""
    options = page.get_by_role("button", name=f"Options for paragraph {ref}", exact=True)
    if options.count():
        options.click()
    page.get_by_role("link", name=f"Edit paragraph {ref}", exact=True).click()
    expect(page.get_by_role("button", name=f"Save paragraph {ref}")).to_be_visible()
    return page.get_by_role("textbox", name="Paragraph text")


def record_json(page: Page, live_server: Any, meeting: Meeting) -> dict[str, Any]:
    path = meeting.get_absolute_url().rstrip("/") + ".json"
    response = page.request.get(live_server.url + path)
    assert response.ok, response.status
    return response.json()


def refs_and_texts(data: dict[str, Any], section: int) -> list[tuple[str, str, list[int]]]:
    """Section `section`'s paragraphs in the JSON: ref, first words, action numbers."""
    paragraphs = data["sections"][section - 1]["paragraphs"]
    return [(p["ref"], p["text"][:30], [a["number"] for a in p["actions"]]) for p in paragraphs]


def add_section_form(page: Page) -> Locator:
    """The form under "Add a section" at the foot of the editor."""
    return page.locator("form").filter(has=page.get_by_role("button", name="Add section"))


def focused_outline(page: Page) -> str:
    return page.evaluate("() => getComputedStyle(document.activeElement).outlineWidth")


def focused_description(page: Page) -> str:
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return `${e.tagName} ${e.id} ${(e.textContent || '').trim().slice(0, 40)}`; }"
    )


def press_until_focused(page: Page, key: str, target: Locator, limit: int = 120) -> None:
    """Presses `key` (Tab or Shift+Tab) until `target` has the focus, checking on the way that
    every control reached shows the focus ring."""
    for _ in range(limit):
        page.keyboard.press(key)
        assert focused_outline(page) == FOCUS_OUTLINE, (
            f"No visible focus outline on {focused_description(page)}"
        )
        if target.evaluate("(element) => element === document.activeElement"):
            return
    pytest.fail(f"{key} never reached {target}")


def new_context(browser: Browser, **options: Any) -> BrowserContext:
    context = browser.new_context(locale="en-GB", timezone_id="Europe/London", **options)
    context.set_default_timeout(5_000)
    return context


@pytest.fixture
def second_page(browser: Browser) -> Iterator[Page]:
    """Another browser, as a second member of the secretariat would have."""
    context = new_context(browser)
    yield context.new_page()
    context.close()


# --- Editing a paragraph ---------------------------------------------------------------------


def test_any_paragraph_is_edited_in_two_interactions_from_the_record_page(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_record(page, live_server, seed_meeting)

    textbox = open_paragraph(page, "4.3")  # 1: the paragraph opens as a form
    expect(textbox).to_have_value(re.compile("^" + re.escape(PARAGRAPH_4_3)))
    textbox.fill(NEW_TEXT)
    page.get_by_role("button", name="Save paragraph 4.3").click()  # 2

    expect(paragraph(page, "4.3")).to_contain_text(NEW_TEXT)
    expect(page.locator("#editor-root").get_by_role("status")).to_contain_text(
        "The paragraph is saved."
    )
    page.get_by_role("link", name="Back to the record").click()
    expect(paragraph(page, "4.3")).to_contain_text(NEW_TEXT)
    expect(paragraph(page, "4.3")).not_to_contain_text(PARAGRAPH_4_3)
    expect(paragraph(page, "4.3")).to_contain_text(ACTION_1)


def test_following_edit_on_the_record_page_puts_the_focus_in_the_text_box(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    # The editor asks for it (autofocus, "with or without JavaScript"), so that the clerk
    # types straight away instead of first clicking into the box: a third interaction.
    signed_in(page, live_server, secretariat)
    open_record(page, live_server, seed_meeting)
    textbox = open_paragraph(page, "4.3")
    expect(
        textbox,
        "After following 'Edit 4.3' from the record page the focus is not in the paragraph's "
        "text box: the link's #paragraph-<id> fragment makes Chromium skip the autofocus "
        "(HTML spec, 'flush autofocus candidates').",
    ).to_be_focused()


def test_it_saves_in_place_with_javascript_and_keeps_the_focus_on_the_paragraph(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    page.evaluate("() => { window.__marker = 1; }")

    textbox = open_paragraph(page, "4.3")
    textbox.fill(NEW_TEXT)
    page.get_by_role("button", name="Save paragraph 4.3").click()

    saved = paragraph(page, "4.3")
    expect(saved).to_contain_text(NEW_TEXT)
    assert page.evaluate("() => window.__marker") == 1, "saving reloaded the page"
    expect(saved.locator(":focus")).to_have_count(1)
    assert page.evaluate("() => document.activeElement !== document.body")


def test_after_adding_a_paragraph_the_focus_is_on_the_new_paragraph(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    page.get_by_role("link", name="Add a paragraph to section 5").click()
    page.get_by_role("textbox", name="Paragraph text").fill("The board thanked the MPS.")
    page.get_by_role("button", name="Add paragraph").click()

    expect(paragraph(page, "5.2")).to_contain_text("The board thanked the MPS.")
    expect(
        page.get_by_role("textbox", name="Paragraph 5.2", exact=True),
        "After adding paragraph 5.2 the focus is not on it",
    ).to_be_focused()


def test_after_adding_an_action_the_focus_is_on_the_new_action(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    open_menu(page, "paragraph 4.4")
    page.get_by_role("link", name="Add an action to paragraph 4.4").click()
    text = "MPS to improve the recording of victims' ethnicity."
    page.get_by_role("textbox", name="Action").fill(text)
    page.get_by_role("button", name="Add action").click()

    expect(paragraph(page, "4.4")).to_contain_text(f"Action 2: {text}")
    expect(paragraph(page, "4.5")).to_contain_text(f"Action 3: {ACTION_2}")
    expect(
        paragraph(page, "4.4").get_by_role(
            "button", name=re.compile("^Options for " + re.escape(text[:20]))
        ),
        "After adding Action 2 the focus is not on it",
    ).to_be_focused()


# --- Numbers follow --------------------------------------------------------------------------


def test_moving_a_paragraph_up_renumbers_it_in_place(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)

    open_menu(page, "paragraph 4.3")
    page.get_by_role("button", name="Move up paragraph 4.3", exact=True).click()
    expect(paragraph(page, "4.2")).to_contain_text(PARAGRAPH_4_3)
    expect(paragraph(page, "4.2")).to_contain_text(f"Action 1: {ACTION_1}")
    expect(paragraph(page, "4.3")).to_contain_text(PARAGRAPH_4_2)

    # 4.6 (Action 3) moves above 4.5 (Action 2): the actions change numbers with them.
    open_menu(page, "paragraph 4.6")
    page.get_by_role("button", name="Move up paragraph 4.6", exact=True).click()
    expect(paragraph(page, "4.5")).to_contain_text(PARAGRAPH_4_6)
    expect(paragraph(page, "4.5")).to_contain_text(f"Action 2: {ACTION_3}")
    expect(paragraph(page, "4.6")).to_contain_text(PARAGRAPH_4_5)
    expect(paragraph(page, "4.6")).to_contain_text(f"Action 3: {ACTION_2}")

    assert refs_and_texts(record_json(page, live_server, seed_meeting), 4) == [
        ("4.1", "The use of intrusive powers wa", []),
        ("4.2", PARAGRAPH_4_3[:30], [1]),
        ("4.3", PARAGRAPH_4_2[:30], []),
        ("4.4", PARAGRAPH_4_4[:30], []),
        ("4.5", PARAGRAPH_4_6[:30], [2]),
        ("4.6", PARAGRAPH_4_5[:30], [3]),
    ]


def test_a_blank_line_splits_a_paragraph_in_two_and_the_numbers_follow(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)

    textbox = open_paragraph(page, "4.4")
    first, second = "The first half stays as 4.4.", "The second half becomes 4.5."
    textbox.fill(f"{first}\n\n{second}")
    page.get_by_role("button", name="Save paragraph 4.4").click()

    expect(paragraph(page, "4.4")).to_contain_text(first)
    expect(paragraph(page, "4.4")).not_to_contain_text(second)
    expect(paragraph(page, "4.5")).to_contain_text(second)
    expect(paragraph(page, "4.6")).to_contain_text(PARAGRAPH_4_5)
    expect(paragraph(page, "4.6")).to_contain_text(f"Action 2: {ACTION_2}")
    expect(paragraph(page, "4.7")).to_contain_text(f"Action 3: {ACTION_3}")

    assert [
        ref for ref, _, _ in refs_and_texts(record_json(page, live_server, seed_meeting), 4)
    ] == [f"4.{n}" for n in range(1, 8)]


# --- The keyboard ----------------------------------------------------------------------------


def test_a_paragraph_is_edited_and_saved_with_the_keyboard_alone(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    page.goto(live_server.url + editor_url(seed_meeting))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Editing: {seed_meeting.title}")

    # From the top of the page, backwards to the last paragraph's text box, written in place.
    textbox = page.get_by_role("textbox", name="Paragraph 5.1", exact=True)
    press_until_focused(page, "Shift+Tab", textbox)
    assert focused_outline(page) == FOCUS_OUTLINE
    page.keyboard.press("Control+End")
    page.keyboard.type(" Typed at the keyboard.")
    expect(page.locator("#save-status")).to_have_text("Saved")
    data = record_json(page, live_server, seed_meeting)
    assert data["sections"][4]["paragraphs"][0]["text"].endswith("Typed at the keyboard.")
    expect(textbox).to_be_focused()
    # The keyboard user carries on from there.
    press_until_focused(
        page, "Tab", page.get_by_role("link", name="Add a paragraph to section 5"), limit=10
    )


# --- Two editors -----------------------------------------------------------------------------


def test_a_stale_save_is_refused_showing_both_texts_and_keeping_what_was_typed(
    page: Page,
    second_page: Page,
    live_server: Any,
    seed_meeting: Meeting,
    secretariat: Any,
) -> None:
    for each in (page, second_page):
        signed_in(each, live_server, secretariat)
        open_record(each, live_server, seed_meeting)
    first_box = open_paragraph(page, "4.3")
    second_box = open_paragraph(second_page, "4.3")

    first_box.fill("Saved first, by the first editor.")
    page.get_by_role("button", name="Save paragraph 4.3").click()
    expect(paragraph(page, "4.3")).to_contain_text("Saved first, by the first editor.")

    typed = "Typed meanwhile by the second editor."
    second_box.fill(typed)
    second_page.get_by_role("button", name="Save paragraph 4.3").click()
    # Said in full in the paragraph; the page's summary of what to put right only links to it.
    summary = second_page.locator("#editor-root .messages [role=alert]")
    expect(summary.get_by_role("link", name="Someone else saved this meanwhile")).to_be_visible()
    expect(summary).not_to_contain_text("while you were editing it")
    open_paragraph_form = second_page.locator(".editor-paragraph form")
    expect(open_paragraph_form.get_by_text("Someone else saved this paragraph")).to_be_visible()
    expect(second_page.get_by_text("Saved meanwhile by someone else")).to_be_visible()
    expect(second_page.get_by_text("Saved first, by the first editor.")).to_be_visible()
    expect(second_page.get_by_role("textbox", name="Paragraph text")).to_have_value(typed)


# --- Accessibility and small screens ---------------------------------------------------------


def test_the_editor_is_accessible(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    assert_no_axe_violations(page)


def test_the_editor_is_accessible_with_a_paragraph_open(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    open_paragraph(page, "4.3")
    assert_no_axe_violations(page)


def test_the_editor_is_accessible_with_an_action_form_open(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    open_menu(page, "paragraph 4.3")
    page.get_by_role("link", name="Add an action to paragraph 4.3").click()
    expect(page.get_by_role("textbox", name="Action")).to_be_focused()
    assert_no_axe_violations(page)


def test_the_new_meeting_page_is_accessible(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    page.goto(live_server.url + reverse("meetings:new_meeting", args=[seed_meeting.board.slug]))
    expect(page.get_by_role("heading", level=1)).to_contain_text("New meeting")
    assert_no_axe_violations(page)


@pytest.mark.parametrize("opened", ["nothing", "paragraph"])
def test_the_editor_fits_a_phone_without_scrolling_sideways(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any, opened: str
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    if opened == "paragraph":
        open_paragraph(page, "4.3")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, f"the editor is {width}px wide at 390px"


def test_every_box_in_the_editor_has_its_own_label(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    signed_in(page, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    open_paragraph(page, "4.3")
    duplicates = page.evaluate(
        """() => [...document.querySelectorAll("[id]")].map((e) => e.id)
            .filter((id, i, ids) => ids.indexOf(id) !== i)"""
    )
    form = add_section_form(page)
    names = {
        "section title box": form.get_by_role("textbox").evaluate(
            "(e) => [...e.labels].map((l) => l.textContent.trim()).join(' ')"
        ),
        "restricted box": form.get_by_role("checkbox").evaluate(
            "(e) => [...e.labels].map((l) => l.textContent.trim()).join(' ')"
        ),
    }
    assert not duplicates and names == {
        "section title box": "Section title*",
        "restricted box": "Restricted: withhold from publication",
    }, (
        f"The editor repeats the ids {duplicates}: a label's for= names only the first, so "
        f"the add-section form's boxes are labelled {names} and clicking 'Section title' "
        "goes to the meeting details' Title box."
    )


# --- Without JavaScript ----------------------------------------------------------------------


def test_without_javascript_a_section_and_a_paragraph_are_added_by_ordinary_posts(
    page_without_js: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    page = signed_in(page_without_js, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)

    # By the form, not by its label: see test_every_box_in_the_editor_has_its_own_label.
    add_section_form(page).get_by_role("textbox").fill("Any Other Business")
    page.get_by_role("button", name="Add section").click()
    expect(page.get_by_role("textbox", name="Section 6 title")).to_have_value("Any Other Business")
    expect(page).to_have_url(re.compile(r"\?saved=section-\d+#section-\d+$"))

    page.get_by_role("link", name="Add a paragraph to section 6").click()
    page.get_by_label("Paragraph text").fill("There was no other business.")
    page.get_by_role("button", name="Add paragraph").click()
    expect(paragraph(page, "6.1")).to_contain_text("There was no other business.")


def test_without_javascript_the_page_comes_back_at_the_paragraph_added(
    page_without_js: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any
) -> None:
    page = signed_in(page_without_js, live_server, secretariat)
    open_editor(page, live_server, seed_meeting)
    page.get_by_role("link", name="Add a paragraph to section 5").click()
    page.get_by_label("Paragraph text").fill("The board thanked the MPS.")
    page.get_by_role("button", name="Add paragraph").click()
    expect(paragraph(page, "5.2")).to_contain_text("The board thanked the MPS.")
    target = page.evaluate(
        "() => document.querySelector(':target')?.textContent.trim() ?? '(no element)'"
    )
    assert "The board thanked the MPS." in target, (
        f"The page comes back at {page.url.split('/edit/')[1]!r}, whose #fragment names "
        f"{target[:60]!r}, not the new paragraph 5.2"
    )
    expect(page).to_have_url(re.compile(r"\?saved=paragraph-\d+#paragraph-\d+$"))
