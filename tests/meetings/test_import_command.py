import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from meetings.models import (
    Action,
    Attendance,
    Board,
    Meeting,
    Organisation,
    Paragraph,
    Person,
    Section,
)
from tests.conftest import SEED_PATH, make_user

CLERK = "clerk@mopac.example"
SLUG = "performance-and-risk-oversight-board"


@pytest.fixture(autouse=True)
def import_board(db: None) -> Board:
    """The board, made as an administrator makes it (an import never makes one), and its
    clerk, who imports its minutes."""
    board = Board.objects.create(name="Performance and Risk Oversight Board", slug=SLUG)
    make_user(CLERK, person_name="Sam Clerk", board=board, role="secretariat")
    return board


def run_import(*args: str, by: str = CLERK, confirm: bool = True) -> tuple[str, str]:
    """The file imported by `by` into the board, new people and organisations confirmed."""
    out, err = StringIO(), StringIO()
    options = ["--board", SLUG, "--by", by] + (["--create-people"] if confirm else [])
    call_command("import_minutes", *args, *options, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def imported(db: None) -> Meeting:
    run_import(str(SEED_PATH))
    return Meeting.objects.get()


def test_it_imports_the_seed_as_a_draft(imported: Meeting) -> None:
    assert imported.status == "draft"
    assert imported.board.name == "Performance and Risk Oversight Board"
    assert imported.date.isoformat() == "2023-08-31"


def test_it_imports_ten_attendees_six_mopac_four_mps(imported: Meeting) -> None:
    attendances = Attendance.objects.filter(meeting=imported)
    assert attendances.count() == 10
    assert attendances.filter(organisation__short_name="MOPAC").count() == 6
    assert attendances.filter(organisation__short_name="MPS").count() == 4


def test_it_splits_the_merged_mps_line(imported: Meeting) -> None:
    mps = Attendance.objects.filter(meeting=imported, organisation__short_name="MPS")
    assert [(a.person.name, a.role) for a in mps.order_by("position")] == [
        ("Sir Mark Rowley", "Commissioner"),
        ("Dame Lynne Owens", "Deputy Commissioner"),
        ("Alexis Boon", "Deputy Assistant Commissioner"),
        ("Martin Tunstall", "Chief of Staff"),
    ]


def test_it_imports_five_sections_and_seventeen_paragraphs(imported: Meeting) -> None:
    assert Section.objects.filter(meeting=imported).count() == 5
    assert Paragraph.objects.filter(section__meeting=imported).count() == 17


def test_it_attaches_three_mps_actions_to_their_paragraphs(imported: Meeting) -> None:
    actions = Action.objects.filter(paragraph__section__meeting=imported).order_by(
        "paragraph__section__position", "paragraph__position"
    )
    places = [(a.paragraph.section.position, a.paragraph.position) for a in actions]
    assert places == [(4, 3), (4, 5), (4, 6)]
    assert {a.owner.short_name for a in actions} == {"MPS"}


def test_it_prints_the_new_meetings_id_and_address(db: None) -> None:
    out, _ = run_import(str(SEED_PATH))
    meeting = Meeting.objects.get()
    assert f"Imported meeting {meeting.pk}" in out
    assert "/boards/performance-and-risk-oversight-board/2023-08-31/" in out


def test_it_writes_nothing_on_a_dry_run_and_prints_json(db: None) -> None:
    out, err = run_import(str(SEED_PATH), "--dry-run")
    assert (Meeting.objects.count(), Organisation.objects.count()) == (0, 0)
    assert "new organisations it would create: MOPAC, MPS" in err
    assert len(json.loads(out)["sections"]) == 5


def test_it_puts_the_record_in_the_board_chosen_whatever_the_minutes_say(
    import_board: Board, tmp_path: Path
) -> None:
    minutes = tmp_path / "m.txt"
    minutes.write_text(
        "Audit Panel\nRecord of Meeting 5 March 2024\n\n1. Minutes\n\n1.1. Agreed.\n"
    )
    run_import(str(minutes))
    assert Meeting.objects.get().board == import_board
    assert not Board.objects.filter(name="Audit Panel").exists()


def test_it_refuses_a_board_that_is_not_there(db: None) -> None:
    with pytest.raises(CommandError, match="--board audit: there is no board with that slug"):
        call_command("import_minutes", str(SEED_PATH), "--board", "audit", "--by", CLERK)
    assert (Board.objects.count(), Meeting.objects.count()) == (1, 0)


def test_it_needs_by(db: None) -> None:
    with pytest.raises(CommandError, match="--by EMAIL is needed"):
        call_command("import_minutes", str(SEED_PATH), "--board", SLUG)


def test_it_refuses_someone_not_of_the_board_s_secretariat(db: None) -> None:
    make_user("someone@else.example", person_name="Out Sider")
    with pytest.raises(CommandError, match="only Performance and Risk Oversight Board's secre"):
        run_import(str(SEED_PATH), by="someone@else.example")
    assert Meeting.objects.count() == 0


def test_it_names_the_clerk_and_the_file_in_the_history(imported: Meeting) -> None:
    rows = [imported.history.earliest(), Paragraph.history.earliest()]
    rows += [Person.history.get(name="Sir Mark Rowley"), Organisation.history.get(short_name="MPS")]
    assert {(row.history_user.email, row.history_change_reason) for row in rows} == {
        (CLERK, "Imported from prob-2023-08-31.txt")
    }


def test_it_creates_nobody_new_without_create_people(db: None) -> None:
    _, err = run_import(str(SEED_PATH), confirm=False)
    assert not Person.objects.filter(name="Sir Mark Rowley").exists()
    assert Attendance.objects.count() == 0
    assert "new people it would leave out (no --create-people): " in err
    assert "Kenny Bowie (MOPAC)" in err
    assert "error: Sir Mark Rowley was not confirmed as new" in err


def test_it_reports_lines_it_cannot_place_with_their_number(db: None, tmp_path: Path) -> None:
    minutes = tmp_path / "m.txt"
    minutes.write_text(
        "Audit Panel\nRecord of Meeting 5 March 2024\n\n"
        "1. Minutes\nStray words here\n1.1. Agreed.\n"
    )
    _, err = run_import(str(minutes))
    assert "m.txt:5: error" in err
    assert "Stray words here" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02PK\x03\x04", "binary"),
        (
            b"Audit Panel\nRecord of Meeting 5 March 2024\nNo sections at all.\n",
            "No numbered sections",
        ),
        (b"Audit Panel\n\n1. Minutes\n\n1.1. Agreed.\n", "No meeting date"),
    ],
)
def test_it_refuses_bad_input_and_writes_nothing(
    db: None, tmp_path: Path, content: bytes, message: str
) -> None:
    minutes = tmp_path / "bad.txt"
    minutes.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run_import(str(minutes))
    assert Meeting.objects.count() == 0


def test_it_refuses_a_missing_file(db: None, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="Cannot read"):
        run_import(str(tmp_path / "nowhere.txt"))


def test_it_refuses_a_second_record_for_the_same_day_and_changes_nothing(imported: Meeting) -> None:
    with pytest.raises(CommandError, match="already has a record"):
        run_import(str(SEED_PATH))
    assert Meeting.objects.count() == 1
    assert Paragraph.objects.count() == 17
