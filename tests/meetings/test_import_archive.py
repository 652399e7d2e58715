"""`import_minutes` with many files: a board's archive, each file on its own."""

import datetime
import itertools
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from meetings.models import Action, Board, Meeting, Membership, Organisation, Paragraph, Section
from tests.conftest import make_user

HOSTILE = Path(__file__).parents[1] / "data" / "hostile"
REAL = Path(__file__).parents[1] / "data" / "real"


def write_minutes(folder: Path, name: str, day: int, *, board: str = "Audit Panel") -> Path:
    path = folder / name
    path.write_text(
        f"{board}\nRecord of Meeting {day} March 2024\n\n"
        "1. Minutes\n\n1.1. Agreed.\n\n"
        "2. Estates\n\n2.1. The panel noted the report.\n"
        "Action 1: MPS to report on the estate by 30 April 2024.\n",
        encoding="utf-8",
    )
    return path


CLERK = "clerk@audit.example"


@pytest.fixture(autouse=True)
def boards(db: None) -> list[Board]:
    """The boards the archives are of, made as an administrator makes them, and their clerk."""
    made = [
        Board.objects.create(name="Audit Panel", slug="audit-panel"),
        Board.objects.create(name="Estates Board", slug="estates-board"),
    ]
    clerk = make_user(CLERK, person_name="Sam Clerk", board=made[0], role="secretariat")
    Membership.objects.create(
        person=clerk.person, board=made[1], role="secretariat", start_date=datetime.date(2020, 1, 1)
    )
    return made


def run_import(
    *args: object, board: str = "audit-panel", confirm: bool = True
) -> tuple[str, str, CommandError | None]:
    """stdout, stderr and the CommandError that gives the exit status, if any: the files
    imported into `board` by its clerk, with new people and organisations confirmed."""
    out, err = StringIO(), StringIO()
    options = ["--board", board, "--by", CLERK] + (["--create-people"] if confirm else [])
    try:
        call_command("import_minutes", *map(str, args), *options, stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), exc
    return out.getvalue(), err.getvalue(), None


def table(out: str) -> dict[str, dict[str, str]]:
    """The closing table's rows by file, each cell cut at its heading's column."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("File "))
    header = lines[start]
    headings = header.split("  ")
    headings = [h.strip() for h in headings if h.strip()]
    edges = [header.index(h) for h in headings] + [None]
    rows = {}
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        cells = [line[a:b].strip() for a, b in itertools.pairwise(edges)]
        rows[cells[0]] = dict(zip(headings, cells, strict=True))
    return rows


@pytest.fixture
def archive(tmp_path: Path) -> list[Path]:
    """Two good files, a corrupt Word document, and a second record of the first day."""
    corrupt = tmp_path / "2024-03-06.docx"
    shutil.copy(HOSTILE / "corrupt_data.docx", corrupt)
    return [
        write_minutes(tmp_path, "2024-03-05.txt", 5),
        corrupt,
        write_minutes(tmp_path, "2024-03-07.txt", 7),
        write_minutes(tmp_path, "2024-03-05-again.txt", 5),
    ]


def test_it_creates_the_good_files_and_not_the_bad_ones(db: None, archive: list[Path]) -> None:
    run_import(*archive)
    dates = sorted(m.date.isoformat() for m in Meeting.objects.all())
    assert dates == ["2024-03-05", "2024-03-07"]


def test_it_exits_with_status_one_when_a_file_fails(db: None, archive: list[Path]) -> None:
    _, _, error = run_import(*archive)
    assert error is not None
    assert (error.returncode, str(error)) == (1, "2 of 4 files were not imported.")


def test_it_exits_cleanly_when_every_file_goes_in(db: None, tmp_path: Path) -> None:
    out, _, error = run_import(
        write_minutes(tmp_path, "a.txt", 5), write_minutes(tmp_path, "b.txt", 6)
    )
    assert error is None
    assert "2 of 2 files imported." in out


def test_it_lists_every_file_with_what_became_of_it(db: None, archive: list[Path]) -> None:
    out, _, _ = run_import(*archive)
    results = {name: row["Result"] for name, row in table(out).items()}
    assert list(results) == [path.name for path in archive]
    assert results["2024-03-05.txt"].startswith("created: http")
    assert results["2024-03-05.txt"].endswith("/boards/audit-panel/2024-03-05/")
    assert results["2024-03-06.docx"].startswith(
        "refused: 2024-03-06.docx is not a Word document that can be opened."
    )
    assert results["2024-03-05-again.txt"].startswith("already exists: ")
    assert results["2024-03-05-again.txt"].endswith("/boards/audit-panel/2024-03-05/")


def test_it_counts_what_it_read_in_the_table(db: None, archive: list[Path]) -> None:
    out, _, _ = run_import(*archive)
    row = table(out)["2024-03-07.txt"]
    counts = [row[h] for h in ("Date", "Sections", "Paragraphs", "Actions", "Lines to check")]
    assert counts == ["2024-03-07", "2", "2", "1", "0"]


def test_it_lists_a_real_record_beside_the_others(db: None, tmp_path: Path) -> None:
    # Whether the reader takes it yet is the parser's business; the table lists it either way.
    real = REAL / "groby-pc-2010-03-01.txt"
    out, _, _ = run_import(write_minutes(tmp_path, "a.txt", 5), real)
    assert set(table(out)) == {"a.txt", real.name}


def test_it_creates_nothing_on_a_dry_run(db: None, archive: list[Path]) -> None:
    out, _, _ = run_import(*archive, "--dry-run")
    assert (Meeting.objects.count(), Organisation.objects.count()) == (0, 0)
    assert table(out)["2024-03-07.txt"]["Result"] == "would create"


def test_it_finds_a_second_record_of_a_day_on_a_dry_run(db: None, archive: list[Path]) -> None:
    out, _, error = run_import(*archive, "--dry-run")
    result = table(out)["2024-03-05-again.txt"]["Result"]
    assert result == "already exists: 2024-03-05.txt, earlier in this run"
    assert error is not None and "2 of 4 files would not be imported" in str(error)


def test_it_leaves_nothing_of_a_file_that_fails_midway(
    db: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write_minutes(tmp_path, "good.txt", 5)
    failing = write_minutes(tmp_path, "failing.txt", 6, board="Estates Board")
    first = run_import(good)
    assert first[2] is None

    def refuse(*args: object, **kwargs: object) -> None:
        # After the meeting, sections and paragraphs were written.
        raise ValidationError("The action could not be saved.")

    monkeypatch.setattr(Action, "save", refuse)
    # The import writes each kind of row at once.
    monkeypatch.setattr(Action._default_manager, "bulk_create", refuse)
    out, _, _ = run_import(failing, write_minutes(tmp_path, "later.txt", 7), board="estates-board")
    assert not Meeting.objects.filter(board__slug="estates-board").exists()
    assert (Meeting.objects.count(), Section.objects.count(), Paragraph.objects.count()) == (
        1,
        2,
        2,
    )
    assert table(out)["failing.txt"]["Result"] == "refused: The action could not be saved."


def test_it_writes_a_progress_line_per_file(db: None, archive: list[Path]) -> None:
    _, err, _ = run_import(*archive)
    lines = [line for line in err.splitlines() if line.startswith("[")]
    assert lines[0] == "[1/4] 2024-03-05.txt … 2 sections, 2 paragraphs, 1 action, 0 lines to check"
    assert lines[1].startswith("[2/4] 2024-03-06.docx … refused: ")


def test_it_quotes_the_lines_to_check_after_the_table(db: None, tmp_path: Path) -> None:
    stray = tmp_path / "stray.txt"
    stray.write_text(
        "Audit Panel\nRecord of Meeting 5 March 2024\n\n"
        "1. Minutes\nStray words here\n1.1. Agreed.\n"
    )
    out, err, _ = run_import(stray, write_minutes(tmp_path, "b.txt", 6))
    details = out.split("Lines to check in stray.txt:\n", 1)[1]
    assert details.startswith("  error: ")
    assert '"Stray words here"' in details.splitlines()[0]
    assert "stray.txt:5" not in out + err


def test_it_puts_every_file_in_the_board_chosen(db: None, tmp_path: Path) -> None:
    files = [tmp_path / "5.txt", write_minutes(tmp_path, "6.txt", 6)]
    files[0].write_text("Record of Meeting 5 March 2024\n\n1. Minutes\n\n1.1. Agreed.\n")
    run_import(*files, board="estates-board")
    assert list(Meeting.objects.values_list("board__name", flat=True)) == ["Estates Board"] * 2


def test_it_refuses_a_board_that_is_not_there_and_makes_none(db: None, tmp_path: Path) -> None:
    files = [write_minutes(tmp_path, "a.txt", 5), write_minutes(tmp_path, "b.txt", 6)]
    with pytest.raises(CommandError, match="--board nowhere: there is no board with that slug"):
        call_command(
            "import_minutes",
            *map(str, files),
            "--board",
            "nowhere",
            "--by",
            CLERK,
            stdout=StringIO(),
        )
    assert (Board.objects.count(), Meeting.objects.count()) == (2, 0)


def test_it_creates_no_organisation_without_create_people(db: None, tmp_path: Path) -> None:
    files = [write_minutes(tmp_path, "a.txt", 5), write_minutes(tmp_path, "b.txt", 6)]
    out, err, _ = run_import(*files, confirm=False)
    assert (Meeting.objects.count(), Organisation.objects.count()) == (2, 0)
    assert "  a.txt: new organisations it would leave out (no --create-people): MPS" in err
    assert "MPS was not confirmed as new" in out
