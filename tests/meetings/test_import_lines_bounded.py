"""A paste with thousands of lines to check is previewed in a page of bounded size (the outside
tester's 1 MB paste: 11,669 lines to check in a 6.7 MB page, 13 s): the first LINES_LISTED are
listed, the rest counted, and all of them can be downloaded as a text file. A long paste is read
in the sandbox, under the same time and memory bound as a file."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from meetings.minutes import files
from meetings.models import Board
from meetings.views.imports import LINES_LISTED, lines_to_check_message
from tests.conftest import NEW_TITLE, client_for

PAGES = 900


def paged_minutes(pages: int = PAGES) -> str:
    """Minutes followed by `pages` page numbers, each a line left out, to check."""
    furniture = "".join(f"Page {n} of {pages}\n\n" for n in range(1, pages + 1))
    heading = f"Performance and Risk Oversight Board\n{NEW_TITLE}\n\n"
    return f"{heading}1. Item\n\n1.1. Noted.\n\n{furniture}"


def _post(board: Board, user: Any, **data: str) -> Any:
    url = reverse("meetings:import_minutes", args=[board.slug])
    return client_for(user).post(url, data)


def test_the_preview_lists_the_first_lines_to_check_and_counts_the_rest(
    board: Board, secretariat: Any
) -> None:
    response = _post(board, secretariat, action="preview", text=paged_minutes())
    assert response.status_code == 200
    page = lxml.html.fromstring(response.content)
    assert len(page.xpath("//ol[contains(@class, 'lines-to-check')]/li")) == LINES_LISTED
    # The summary at the top too, with a link to the count.
    summary = page.xpath("//div[contains(@class, 'import-summary')]//li")
    assert len(summary) == LINES_LISTED + 1
    assert " ".join(summary[-1].text_content().split()) == (
        f"And {PAGES - LINES_LISTED} more lines to check"
    )
    more = " ".join(page.get_element_by_id("problems-more").text_content().split())
    assert more.startswith(f"And {PAGES - LINES_LISTED} more lines to check, not listed here")
    assert f"Download all {PAGES} lines to check" in more
    # Bounded: the page is the pasted text (echoed in its box) and a few tens of kilobytes.
    assert len(response.content) < len(paged_minutes()) + 80_000


def test_all_the_lines_to_check_download_as_a_text_file(board: Board, secretariat: Any) -> None:
    meetings = board.meetings.count()
    response = _post(board, secretariat, action="lines", text=paged_minutes())
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="lines-to-check.txt"'
    lines = response.content.decode().splitlines()
    assert len(lines) == PAGES
    assert lines[-1] == (
        f"Left out, line {8 + 2 * (PAGES - 1)}: Left out of the record as a page number, "
        f"protective marking or rule: Page {PAGES} of {PAGES}"
    )
    assert board.meetings.count() == meetings


def test_the_message_after_create_draft_lists_the_first_lines_and_counts_the_rest(
    board: Board, secretariat: Any
) -> None:
    response = _post(board, secretariat, action="create", text=paged_minutes())
    assert response.status_code == 302
    message = [str(m) for m in get_messages(response.wsgi_request)][-1]
    page = lxml.html.fromstring(message)
    assert len(page.xpath("//ol[contains(@class, 'lines-to-check')]/li")) == LINES_LISTED
    assert f"{PAGES} lines to check" in page.xpath("//summary")[0].text_content()
    assert f"And {PAGES - LINES_LISTED} more, not listed here" in page.text_content()
    assert len(message) < 40_000


def test_the_message_of_few_lines_lists_them_all() -> None:
    from meetings.minutes import Problem

    problems = [Problem(n, f"Page {n}", "Left out", "warning", True) for n in range(3)]
    assert "more, not listed" not in lines_to_check_message(problems)


def test_a_long_paste_is_read_in_the_sandbox_as_a_file_is(
    board: Board, secretariat: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    bounds: list[tuple[float, int]] = []

    def parse_in_child(text: str, known: Any, *, seconds: float, memory_mb: int) -> Any:
        bounds.append((seconds, memory_mb))
        return files.parse_minutes(text, known_organisations=known)

    from meetings.minutes import sandbox

    monkeypatch.setattr(sandbox, "parse_in_child", parse_in_child)
    text = paged_minutes(pages=8_000)
    assert len(text) > files.PARSE_HERE_CHARACTERS
    response = _post(board, secretariat, action="preview", text=text)
    assert response.status_code == 200
    assert bounds == [(files.READ_SECONDS, files.READ_MEMORY_MB)]
