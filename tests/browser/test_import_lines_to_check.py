"""QA F7 (issue 15): each of the import page's "Lines to check" takes the clerk to that line in
the minutes text box, selected, to fix it: by mouse or keyboard, said to a screen reader, on a
phone's width; without JavaScript each is quoted with its number and links to the box."""

from typing import Any

from playwright.sync_api import Page, expect

from meetings.models import Board
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_import_page import open_import_page

PHONE = {"width": 390, "height": 844}
_HEADING = "# 2. 2023-24 Q1 MPS Performance Oversight\n"


def _selected(page: Page) -> tuple[str, str]:
    """The focused element's id and the text selected in it."""
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return [e.id, e.value ? e.value.slice(e.selectionStart, e.selectionEnd) : '']; }"
    )


def _preview_with_a_stray_line(page: Page, live_server: Any, board: Board, user: Any, text: str):
    open_import_page(page, live_server, board, user)
    page.get_by_label("Minutes text").fill(text.replace(_HEADING, f"{_HEADING}\nStray.\n"))
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("alert")).to_contain_text("1 line could not be placed")


def test_a_line_to_check_selects_its_line_in_the_text_box(
    page: Page, live_server: Any, board: Board, secretariat: Any, new_text: str
) -> None:
    page.set_viewport_size(PHONE)
    _preview_with_a_stray_line(page, live_server, board, secretariat, new_text)
    # By keyboard, from the list of lines to check.
    link = page.get_by_role("link", name="Go to line 26 in the minutes text")
    link.focus()
    page.keyboard.press("Enter")
    assert _selected(page) == ["id_text", "Stray."]
    expect(page.locator("#line-status")).to_have_text(
        "Line 26 is selected in the minutes text: Stray."
    )
    # The box is scrolled to the line, and the box is in view.
    box = page.get_by_label("Minutes text")
    assert box.evaluate("e => e.scrollTop") > 0
    expect(box).to_be_in_viewport()
    # By mouse, from the summary at the top: the same line.
    page.evaluate("() => document.getElementById('id_text').setSelectionRange(0, 0)")
    page.get_by_role("alert").get_by_role("link", name="Not placed, line 26").click()
    assert _selected(page) == ["id_text", "Stray."]
    assert_no_axe_violations(page)


def test_without_javascript_each_line_is_quoted_and_links_to_the_box(
    page_without_js: Page, live_server: Any, board: Board, secretariat: Any, new_text: str
) -> None:
    page = page_without_js
    _preview_with_a_stray_line(page, live_server, board, secretariat, new_text)
    item = page.locator("#problem-1")
    expect(item).to_contain_text("Not placed, line 26:")
    expect(item.locator("samp")).to_have_text("Stray.")
    link = item.get_by_role("link", name="Go to line 26 in the minutes text")
    expect(link).to_have_attribute("href", "#id_text")
