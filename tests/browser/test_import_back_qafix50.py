"""Back after the import page's Preview and Create draft lands on the import page, not on
Chromium's "Confirm Form Resubmission" (issue 15, the outside tester's UX finding 5: the
preview is the answer to a POST, so Back from the draft made (or from a refused re-import)
asked to send the form again, ERR_CACHE_MISS). The page the POST answered replaces its own
history entry with the page's address (static/js/no-resubmit.js): going back to it, or
reloading it, asks for the import page afresh."""

from typing import Any

from playwright.sync_api import Page, expect

from meetings.models import Board
from tests.browser.test_import_page import open_import_page
from tests.conftest import NEW_TITLE


def previewed(page: Page, live_server: Any, board: Board, user: Any, text: str) -> None:
    """The import page's preview of `text`, the answer to its POST."""
    open_import_page(page, live_server, board, user)
    page.get_by_label("Minutes text").fill(text)
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("region", name="Preview of the draft")).to_be_visible()


def test_back_after_create_draft_is_the_import_page_not_a_resubmission(
    page: Page, live_server: Any, board: Board, secretariat: Any, new_text: str
) -> None:
    previewed(page, live_server, board, secretariat, new_text)
    page.get_by_role("button", name="Create draft", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NEW_TITLE)
    response = page.go_back()
    assert response is not None and response.request.method == "GET"
    expect(page.get_by_role("heading", level=1)).to_have_text("Import minutes")
    # Reloaded afresh, not sent again: still one draft of that date.
    assert board.meetings.filter(date="2023-11-30").count() == 1


def test_reloading_a_preview_asks_for_the_page_not_the_form_again(
    page: Page, live_server: Any, board: Board, secretariat: Any, new_text: str
) -> None:
    previewed(page, live_server, board, secretariat, new_text)
    response = page.reload()
    assert response is not None and response.request.method == "GET"
    expect(page.get_by_role("heading", level=1)).to_have_text("Import minutes")
