"""Journey 1's first step: the clerk pastes the notes and gets a structured draft."""

from typing import Any

from playwright.sync_api import Page, expect

from meetings.models import Board
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in
from tests.conftest import NEW_TITLE


def open_import_page(page: Page, live_server: Any, board: Board, user: Any) -> None:
    sign_in(page, live_server, user.email)
    page.goto(live_server.url + board.get_absolute_url())
    page.get_by_role("link", name="Import minutes").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import minutes")


def test_it_turns_pasted_minutes_into_a_draft(
    page: Page, live_server: Any, board: Board, secretariat: Any, new_text: str
) -> None:
    open_import_page(page, live_server, board, secretariat)
    page.get_by_label("Minutes text").fill(new_text)
    page.get_by_role("button", name="Preview").click()
    preview = page.get_by_role("region", name="Preview of the draft")
    expect(preview.get_by_role("heading", name="4. Use of Intrusive Powers")).to_be_visible()
    page.get_by_role("button", name="Create draft", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NEW_TITLE)
    expect(page.locator("#paragraph-4\\.3")).to_contain_text("4.3")
    # The first message; the lines the preview listed as left out follow, quoted, in another.
    expect(page.get_by_role("status").first).to_contain_text("The draft record is made")


def test_it_has_an_accessible_preview_with_problems(
    page: Page, live_server: Any, board: Board, secretariat: Any, new_text: str
) -> None:
    open_import_page(page, live_server, board, secretariat)
    heading = "# 2. 2023-24 Q1 MPS Performance Oversight\n"
    page.get_by_label("Minutes text").fill(new_text.replace(heading, f"{heading}\nStray.\n"))
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("alert")).to_contain_text("1 line could not be placed")
    expect(page.get_by_text("Not placed, line 26:").first).to_be_visible()
    assert_no_axe_violations(page)


def test_it_has_an_accessible_refusal(
    page: Page, live_server: Any, board: Board, secretariat: Any, console_errors: list[str]
) -> None:
    open_import_page(page, live_server, board, secretariat)
    page.get_by_role("button", name="Create draft").click()
    expect(page.get_by_role("alert")).to_contain_text("Paste the minutes text")
    expect(page.get_by_label("Minutes text")).to_be_visible()
    assert_no_axe_violations(page)
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    )


def _focused(page: Page) -> str:
    return page.evaluate(
        "() => document.activeElement.id || document.activeElement.textContent.trim()"
    )


def test_it_reaches_every_control_with_the_keyboard(
    page: Page, live_server: Any, board: Board, secretariat: Any
) -> None:
    open_import_page(page, live_server, board, secretariat)
    reached = []
    for _ in range(30):
        page.keyboard.press("Tab")
        reached.append(_focused(page))
        if reached[-1] == "Create draft":
            break
    controls = [name for name in reached if name in ("id_text", "id_upload", "Preview")]
    assert controls + reached[-1:] == ["id_text", "id_upload", "Preview", "Create draft"]


def test_it_creates_a_draft_with_the_keyboard_alone(
    page: Page, live_server: Any, board: Board, secretariat: Any, new_text: str
) -> None:
    open_import_page(page, live_server, board, secretariat)
    for _ in range(30):
        page.keyboard.press("Tab")
        if _focused(page) == "id_text":
            break
    page.keyboard.insert_text(new_text)
    for _ in range(3):  # the file input, Preview, Create draft
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(NEW_TITLE)


def test_the_one_step_paste_marks_the_line_joined_to_an_action(
    page: Page, live_server: Any, board: Board, secretariat: Any
) -> None:
    """QA J1-1: New meeting → Paste minutes into this draft → "Paste into the draft", with no
    preview: the stray line glued onto the action's text is shown, quoted, as the preview
    shows it, on the page the clerk lands on."""
    from meetings.services.editing import meeting_new
    from tests.meetings.test_import_into_draft import DRAFT_DATE, J1_NOTES, into_url

    draft = meeting_new(board=board, date=DRAFT_DATE, by=secretariat, copy_previous=True)
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + into_url(draft))
    page.get_by_label("Minutes text").fill(J1_NOTES)
    page.get_by_role("button", name="Paste into the draft").click()
    expect(page.get_by_role("status").first).to_contain_text("pasted into the draft")
    lines = page.locator(".lines-to-check-message")
    expect(lines).to_contain_text("Warning, line 7: Joined to the action above")
    expect(lines.locator("samp")).to_have_text("Some stray line the parser may not place ???")
    assert_no_axe_violations(page)


def test_an_upload_over_the_limit_gets_an_accessible_page_with_a_way_back(
    page: Page,
    live_server: Any,
    board: Board,
    secretariat: Any,
    settings: Any,
    console_errors: list[str],
) -> None:
    """QA H-2: over the request limit, a page in the site's layout (not bare text) that says
    the limit, points a whole archive at `manage.py import_minutes`, and leads back."""
    settings.MAX_REQUEST_BYTES = 100_000
    open_import_page(page, live_server, board, secretariat)
    expect(page.get_by_text("Up to 97.7\xa0KB can be sent at once")).to_be_visible()
    page.get_by_label("Or upload").set_input_files(
        files=[{"name": "big.txt", "mimeType": "text/plain", "buffer": b"x\n" * 100_000}]
    )
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What you sent is too large")
    expect(page.get_by_role("main")).to_contain_text("manage.py import_minutes")
    assert_no_axe_violations(page)
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 413 "
        "(Request Entity Too Large)"
    )
    page.get_by_role("link", name="Go back to the page you were on").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import minutes")


def test_the_preview_shows_the_references_the_draft_will_show(
    page: Page, live_server: Any, board: Board, secretariat: Any
) -> None:
    # Outside tester (import A): the preview said "2. Apologies", the draft "Cou/286/07-08".
    from tests.meetings.test_import_preview_as_draft import GROBY

    open_import_page(page, live_server, board, secretariat)
    page.get_by_label("Minutes text").fill(GROBY)
    page.get_by_role("button", name="Preview").click()
    preview = page.get_by_role("region", name="Preview of the draft")
    heading = "Cou/286/07-08 Apologies for Absence"
    expect(preview.get_by_role("heading", name=heading)).to_be_visible()
    expect(preview.locator(".ref").first).to_have_text("Cou/286/07-08.1")
    page.get_by_role("button", name="Create draft", exact=True).click()
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    expect(page.locator("#paragraph-2\\.1 .ref")).to_have_text("Cou/286/07-08.1")
