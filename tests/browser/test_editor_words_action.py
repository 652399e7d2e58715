"""Words made into an action move out of their paragraph (issue 17), in Chromium with the
keyboard alone: words selected with Shift+arrows, the paragraph's Options menu, "Make an
action of the selected words", the form confirmed with Ctrl+Enter; the words leave the
paragraph, the action shows with the focus on it, and Undo puts the words back and removes the
action. Axe-checked in each state, no console error or policy violation, and nothing scrolls
sideways on a phone."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Action, Meeting, Paragraph
from meetings.services import editing
from tests.addresses import editor_url
from tests.browser.axe import assert_no_axe_violations
from tests.browser.conftest import signed_in
from tests.browser.test_editor_csp import WATCH_CSP

BEFORE = "The Board noted the figures."
WORDS = "MPS to report on robbery hot-spots by 31 March 2025."
AFTER = "The Chair thanked officers."
TEXT = f"{BEFORE} {WORDS} {AFTER}"


@pytest.fixture
def row(seed_meeting: Meeting, secretariat: Any) -> Paragraph:
    """Paragraph 4.3 of the seed record, written as three sentences, the middle one an action."""
    paragraph = Paragraph.objects.select_related("section__meeting").get(
        section__meeting=seed_meeting, section__number=4, number=3
    )
    return editing.paragraph_update(
        paragraph=paragraph,
        by=secretariat,
        text=TEXT,
        restricted=paragraph.restricted,
        version=paragraph.version,
    )


def tab_to(page: Page, name: str) -> None:
    """Presses Tab until the focus is on the control named `name` (at most 12 times)."""
    for _ in range(12):
        page.keyboard.press("Tab")
        here = page.evaluate(
            "() => { const e = document.activeElement;"
            " return e ? (e.getAttribute('aria-label') || e.textContent || '').trim() : ''; }"
        )
        if " ".join(here.split()) == name:
            return
    pytest.fail(f"Tab never reached {name!r}")


def fits(page: Page, width: int) -> None:
    scrolled = page.evaluate("() => document.documentElement.scrollWidth")
    assert scrolled <= width, f"the editor is {scrolled}px wide at {width}px"


def select_the_words(page: Page, row: Paragraph) -> None:
    """In paragraph 4.3's box, the middle sentence selected from its end, with Shift+←."""
    page.get_by_role("textbox", name="Paragraph 4.3", exact=True).focus()
    page.keyboard.press("Control+End")
    for _ in range(len(AFTER) + 1):
        page.keyboard.press("ArrowLeft")
    for _ in WORDS:
        page.keyboard.press("Shift+ArrowLeft")
    selected = page.evaluate(
        f"""() => {{ const box = document.getElementById("text-{row.pk}");
        return box.value.slice(box.selectionStart, box.selectionEnd); }}"""
    )
    assert selected == WORDS


@pytest.mark.parametrize("width", [1280, 390])
def test_selected_words_move_into_an_action_and_undo_puts_them_back(
    page: Page,
    live_server: Any,
    seed_meeting: Meeting,
    secretariat: Any,
    row: Paragraph,
    width: int,
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.add_init_script(WATCH_CSP)
    signed_in(page, live_server, secretariat)
    page.goto(live_server.url + editor_url(seed_meeting))
    box = page.get_by_role("textbox", name="Paragraph 4.3", exact=True)
    expect(box).to_have_value(TEXT)

    select_the_words(page, row)
    tab_to(page, "Options for paragraph 4.3")
    page.keyboard.press("Enter")
    tab_to(page, "Make an action of the selected words")
    page.keyboard.press("Enter")

    form = page.locator(f"form#action-add-{row.pk}")
    expect(form.get_by_role("textbox", name="Action")).to_be_focused()
    expect(form.get_by_role("textbox", name="Action")).to_have_value(WORDS)
    expect(form).to_contain_text("Read from the words: owner MPS and due 31 March 2025.")
    expect(
        form.get_by_role("checkbox", name="Take these words out of paragraph 4.3")
    ).to_be_checked()
    # Until the action is added, the paragraph keeps its words.
    expect(box).to_have_value(TEXT)
    assert_no_axe_violations(page)
    fits(page, width)

    page.keyboard.press("Control+Enter")
    expect(box).to_have_value(f"{BEFORE} {AFTER}")
    action = Action.objects.get(paragraph=row, text=WORDS)
    shown = page.locator(f"#action-{action.pk}")
    expect(shown).to_contain_text(f"Action {action.number}: {WORDS}")
    expect(shown.get_by_role("button", name=f"Options for {WORDS[:39]}…")).to_be_focused()
    expect(page.locator("#save-status")).to_have_text(
        f"Action {action.number} is added, due 31 March 2025, and its words are taken out of "
        "paragraph 4.3."
    )
    assert Paragraph.objects.get(pk=row.pk).text == f"{BEFORE} {AFTER}"
    assert_no_axe_violations(page)
    fits(page, width)

    # The notice is the next stop after the new action: Undo.
    page.keyboard.press("Tab")
    undo = page.get_by_role(
        "button",
        name=f"Undo moving the words of paragraph 4.3 into action {action.number}",
    )
    expect(undo).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#editor-root")).to_contain_text(
        "The words are back in paragraph 4.3, and the action made of them is removed."
    )
    expect(box).to_have_value(TEXT)
    expect(box).to_be_focused()
    expect(page.locator(f"#action-{action.pk}")).to_have_count(0)
    assert Paragraph.objects.get(pk=row.pk).text == TEXT
    assert not Action.objects.filter(pk=action.pk).exists()
    assert_no_axe_violations(page)
    fits(page, width)
    assert page.evaluate("() => window.__cspViolations") == []


def test_cancelling_the_form_leaves_the_paragraph_as_it_was(
    page: Page, live_server: Any, seed_meeting: Meeting, secretariat: Any, row: Paragraph
) -> None:
    signed_in(page, live_server, secretariat)
    page.goto(live_server.url + editor_url(seed_meeting))
    select_the_words(page, row)
    page.keyboard.press("Alt+a")
    form = page.locator(f"form#action-add-{row.pk}")
    expect(form.get_by_role("textbox", name="Action")).to_have_value(WORDS)
    form.get_by_role("link", name="Cancel").focus()
    page.keyboard.press("Enter")
    expect(form).to_have_count(0)
    expect(page.get_by_role("textbox", name="Paragraph 4.3", exact=True)).to_have_value(TEXT)
    assert Paragraph.objects.get(pk=row.pk).text == TEXT
    assert not Action.objects.filter(paragraph=row, text=WORDS).exists()
