"""The import page with a board's archive: several files previewed, the ticked ones made."""

from typing import Any

from playwright.sync_api import Page, expect

from meetings.models import Board, Meeting
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_import_page import open_import_page


def minutes(board: Board, day: int) -> dict[str, Any]:
    text = (
        f"{board.name}\nRecord of Meeting {day} March 2024\n\n"
        "1. Minutes\n\n1.1. Agreed.\n\nStray remark.\n\n"
        "2. Estates\n\n2.1. The panel noted the report.\n"
    )
    return {"name": f"2024-03-{day:02}.txt", "mimeType": "text/plain", "buffer": text.encode()}


def test_it_previews_several_files_and_makes_the_ticked_ones(
    page: Page, live_server: Any, board: Board, secretariat: Any
) -> None:
    open_import_page(page, live_server, board, secretariat)
    page.get_by_label("Or upload").set_input_files([minutes(board, 5), minutes(board, 7)])
    page.get_by_role("button", name="Preview").click()
    files = page.get_by_role("region", name="2 files read")
    expect(files.get_by_role("region", name="2024-03-05.txt")).to_contain_text("2 sections")
    assert_no_axe_violations(page)
    files.get_by_role("checkbox", name="Create this record from 2024-03-07.txt").uncheck()
    page.get_by_role("button", name="Create the ticked records").click()
    statuses = page.get_by_role("status")
    expect(statuses.first).to_contain_text("1 draft record made: 5 March 2024.")
    # The file left unticked is named, after the records made, with why.
    expect(statuses.nth(1)).to_contain_text("One file was not created: 2024-03-07.txt")
    expect(statuses.nth(1)).to_contain_text("not ticked")
    made = Meeting.objects.filter(date__year=2024).values_list("date", flat=True)
    assert [str(date) for date in made] == ["2024-03-05"]
