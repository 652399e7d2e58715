"""After Preview, the keyboard starts at what the import page answers: the summary of lines to
check, or of the refusal (the QA report's item 13), with and without JavaScript, and the
minutes of another body are said to be so."""

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Board
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_import_page import open_import_page

DATA = Path(__file__).resolve().parent.parent / "data" / "synthetic"


def _lines_to_check_take_the_focus(page: Page, live_server: Any, board: Board, user: Any) -> None:
    """(axe runs where scripts do: the page with JavaScript.)"""
    open_import_page(page, live_server, board, user)
    page.get_by_label("Or upload").set_input_files(str(DATA / "northshire.docx"))
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("#summary-heading")).to_be_focused()
    expect(page.get_by_role("alert").filter(has_text="These minutes are headed")).to_contain_text(
        f"\u2018Northshire Police and Crime Panel\u2019; they will be added to {board.name}"
    )


@pytest.mark.usefixtures("media_root")
def test_the_lines_to_check_take_the_focus_after_preview(
    page: Page, live_server: Any, board: Board, secretariat: Any
) -> None:
    _lines_to_check_take_the_focus(page, live_server, board, secretariat)
    assert_no_axe_violations(page)


@pytest.mark.usefixtures("media_root")
def test_the_lines_to_check_take_the_focus_without_javascript(
    page_without_js: Page, live_server: Any, board: Board, secretariat: Any
) -> None:
    _lines_to_check_take_the_focus(page_without_js, live_server, board, secretariat)


@pytest.mark.usefixtures("media_root")
def test_an_empty_file_gets_one_error_and_the_focus(
    page: Page,
    live_server: Any,
    board: Board,
    secretariat: Any,
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    open_import_page(page, live_server, board, secretariat)
    page.get_by_label("Or upload").set_input_files(str(empty))
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("#summary-heading")).to_be_focused()
    summary = page.locator(".import-summary li")
    expect(summary).to_have_count(1)
    expect(summary).to_contain_text("The file chosen is empty")
    assert_no_axe_violations(page)
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    )
