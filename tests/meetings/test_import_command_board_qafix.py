"""`manage.py import_minutes --board` takes the board's name as well as its slug (QA F15: the
issue's example gives `--board "…"` with the name, which the command refused)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from meetings.models import Board
from tests.conftest import SEED_PATH, make_user


@pytest.fixture
def harbour_board(db: None) -> Board:
    board = Board.objects.create(name="Harbour Oversight Board", slug="harbour")
    make_user("clerk@harbour.example", person_name="Ros Clerk", board=board, role="secretariat")
    return board


def dry_run(written: str) -> dict[str, object]:
    out = StringIO()
    call_command("import_minutes", str(SEED_PATH), "--board", written, "--dry-run", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize(
    "written", ["harbour", "Harbour Oversight Board", "harbour  oversight board"]
)
def test_the_board_is_found_by_slug_or_name(harbour_board: Board, written: str) -> None:
    assert dry_run(written)["board"] == "Harbour Oversight Board"


def test_a_name_no_board_has_is_refused(harbour_board: Board) -> None:
    with pytest.raises(CommandError, match="no board with that slug or name"):
        dry_run("Harbour Board")


def test_the_secretariat_check_holds_for_a_board_given_by_name(harbour_board: Board) -> None:
    make_user("stranger@example.com", person_name="A Stranger")
    with pytest.raises(CommandError, match="only Harbour Oversight Board's secretariat"):
        call_command(
            "import_minutes",
            str(SEED_PATH),
            "--board",
            "Harbour Oversight Board",
            "--by",
            "stranger@example.com",
            stdout=StringIO(),
        )
