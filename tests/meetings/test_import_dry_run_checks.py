"""`import_minutes --dry-run` runs the checks the real run does: each record is made by the real
service and undone, so a file the real run would refuse is refused by the dry run, and nothing
is written (QA F13: the dry run said "would create" for files the real run then refused)."""

from __future__ import annotations

import datetime
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from meetings.minutes import MinutesError
from meetings.models import Board, Meeting, Organisation, Person
from meetings.services import imports
from tests.conftest import make_user

CLERK = "clerk@dry.example"


def minutes(day: int) -> str:
    return (
        f"Dry Board\nRecord of Meeting {day} March 2024\n\n"
        "Present\nAnn Able, Chair, Northshire Fire and Rescue Service\n\n"
        "1. Estates\n\n1.1. The board noted the report.\n"
    )


@pytest.fixture
def dry(db: None) -> Board:
    board = Board.objects.create(name="Dry Board", slug="dry-board")
    make_user(CLERK, person_name="Sam Clerk", board=board, role="secretariat")
    return board


def run(*args: object, by: bool = False) -> tuple[str, str, CommandError | None]:
    out, err = StringIO(), StringIO()
    options = ["--board", "dry-board", "--dry-run", "--create-people"]
    options += ["--by", CLERK] if by else []
    try:
        call_command("import_minutes", *map(str, args), *options, stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), exc
    return out.getvalue(), err.getvalue(), None


def written() -> tuple[int, int, int]:
    return Meeting.objects.count(), Person.objects.count(), Organisation.objects.count()


@pytest.mark.parametrize("by", [False, True])
def test_a_refusal_of_the_real_service_refuses_the_dry_run(
    dry: Board, tmp_path: Path, monkeypatch: Any, by: bool
) -> None:
    good, bad = tmp_path / "2024-03-05.txt", tmp_path / "2024-03-07.txt"
    good.write_text(minutes(5), encoding="utf-8")
    bad.write_text(minutes(7), encoding="utf-8")
    real = imports._write_record

    def refusing(meeting: Meeting, *args: Any, **kwargs: Any) -> None:
        if meeting.date == datetime.date(2024, 3, 7):
            raise MinutesError("Refused by the record's writer.")
        real(meeting, *args, **kwargs)

    monkeypatch.setattr(imports, "_write_record", refusing)
    before = written()
    out, _, error = run(good, bad, by=by)
    assert error is not None and "1 of 2 files would not be imported" in str(error)
    assert "refused: Refused by the record's writer." in out
    assert "would create" in out
    assert written() == before


def test_the_dry_run_of_one_file_refuses_a_date_the_board_has(dry: Board, tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(minutes(5), encoding="utf-8")
    Meeting.objects.create(board=dry, date=datetime.date(2024, 3, 5), title="Made before")
    before = written()
    out, _, error = run(path)
    assert error is not None and "already has a record for 2024-03-05" in str(error)
    # QA F14: what the file would make is shown all the same (test_import_dry_run_taken_qafix).
    assert '"date": "2024-03-05"' in out
    assert written() == before


def test_the_dry_run_creates_nothing_it_would_create(dry: Board, tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(minutes(5), encoding="utf-8")
    before = written()
    out, err, error = run(path)
    assert error is None and '"Ann Able"' in out
    assert "new organisations it would create: Northshire Fire and Rescue Service" in err
    assert written() == before
