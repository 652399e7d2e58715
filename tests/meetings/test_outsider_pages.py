"""The secretariat's pages of a board (import, new meeting, the action dashboard) answer a
user of no board 404 while the board is not public, as its records do: they do not tell an
outsider the board is there. A member without the right, who may see the board, gets 403 (QA
F11, by design: the read helper's 404 for outsiders, the write helper's 403 for members)."""

from typing import Any

import pytest
from django.urls import reverse

from meetings.models import Board
from tests.conftest import client_for

PAGES = ["meetings:import_minutes", "meetings:new_meeting", "board_actions:dashboard"]


@pytest.mark.parametrize("page", PAGES)
def test_an_outsider_gets_404_from_a_board_not_yet_public(
    board: Board, outsider: Any, page: str
) -> None:
    assert not board.is_public and not board.meetings.filter(status="published").exists()
    client = client_for(outsider)
    url = reverse(page, args=[board.slug])
    assert client.get(url).status_code == 404
    if page != "board_actions:dashboard":
        assert client.post(url, {"action": "preview", "text": "Minutes"}).status_code == 404


@pytest.mark.parametrize("page", PAGES[:2])
def test_a_member_without_the_right_gets_403(board: Board, board_member: Any, page: str) -> None:
    assert client_for(board_member).get(reverse(page, args=[board.slug])).status_code == 403


@pytest.mark.parametrize("page", PAGES)
def test_an_outsider_gets_403_once_the_board_is_public(
    board: Board, outsider: Any, page: str
) -> None:
    board.is_public = True
    board.save(update_fields=["is_public"])
    assert client_for(outsider).get(reverse(page, args=[board.slug])).status_code == 403
