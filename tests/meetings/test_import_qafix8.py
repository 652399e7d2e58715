"""The outside tester's findings on the import's own words (issue 15): import_minutes' lines to
check give the line numbers the import page gives (F11); one listed twice is said once, at the
lines the reader found, not again at a line found by the name alone (F9)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from meetings.models import Board, Membership
from meetings.services.imports import Document, minutes_read
from tests.conftest import make_user
from tests.meetings.test_import_archive import CLERK, run_import, write_minutes


@pytest.fixture(autouse=True)
def boards(db: None) -> list[Board]:
    made = [Board.objects.create(name="Audit Panel", slug="audit-panel")]
    clerk = make_user(CLERK, person_name="Sam Clerk", board=made[0], role="secretariat")
    Membership.objects.filter(person=clerk.person).update(start_date=datetime.date(2020, 1, 1))
    return made


def test_the_lines_to_check_give_their_numbers(tmp_path: Path) -> None:
    # F11: the page says "Not placed, line 5: ..."; the command said the line without its number.
    stray = tmp_path / "stray.txt"
    stray.write_text(
        "Audit Panel\nRecord of Meeting 5 March 2024\n\n"
        "1. Minutes\nStray words here\n1.1. Agreed.\n"
    )
    out, _, _ = run_import(stray, write_minutes(tmp_path, "b.txt", 6))
    details = out.split("Lines to check in stray.txt:\n", 1)[1].splitlines()

    assert details[0].startswith("  error: line 5: ")
    assert details[0].endswith('"Stray words here"')


def test_a_documents_lines_are_those_of_its_text(tmp_path: Path) -> None:
    # A Word file's or a PDF's numbers count the lines of its text, as the import page shows it.
    import docx

    document = docx.Document()
    for text in ("Audit Panel", "Record of Meeting 5 March 2024", "1. Minutes", "Stray words"):
        document.add_paragraph(text)
    document.add_paragraph("1.1. Agreed.")
    path = tmp_path / "stray.docx"
    document.save(str(path))
    out, _, _ = run_import(path, write_minutes(tmp_path, "b.txt", 6))

    assert "Lines to check in stray.docx (lines of its text):\n  error: line " in out


MINUTES = (
    "Harbour Forum\nRecord of Meeting 2 December 2011\n\n"
    "In attendance\n"
    "Licensed Boatmen's Association, Fishermen's Association\n"
    "Fishermen's Association, Harbour Trust\n"
    "West Bay Fishermen's Association\n\n"
    "1. Minutes\n\n1.1. The minutes were agreed.\n"
)


def test_one_listed_twice_is_said_once_where_the_reader_said_it(boards: list[Board]) -> None:
    # F9: "... is listed twice among the attendees: the draft lists them once ..." was said
    # again, at a line holding the name inside another's ("West Bay Fishermen's Association").
    outcome = minutes_read(board=boards[0], document=Document(text=MINUTES))
    twice = [p for p in outcome.problems if "listed twice" in p.message]

    assert [a["name"] for a in outcome.record["attendees"]].count("Fishermen's Association") == 1
    assert twice
    assert not any("not written separately" in p.message for p in twice)
