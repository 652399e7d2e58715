"""`import_minutes` with many files: a board's archive, each file on its own."""

import itertools
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from actions.models import Action
from meetings.models import Board, Meeting, Paragraph, Section

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


def run_import(*args: object) -> tuple[str, str, CommandError | None]:
    """stdout, stderr and the CommandError that gives the exit status, if any."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_minutes", *map(str, args), stdout=out, stderr=err)
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
    assert (Meeting.objects.count(), Board.objects.count()) == (0, 0)
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
        # After the board, meeting, sections and paragraphs were written.
        raise ValidationError("The action could not be saved.")

    monkeypatch.setattr(Action, "save", refuse)
    out, _, _ = run_import(failing, write_minutes(tmp_path, "later.txt", 7))
    assert not Board.objects.filter(name="Estates Board").exists()
    assert (Meeting.objects.count(), Section.objects.count(), Paragraph.objects.count()) == (
        1,
        2,
        2,
    )
    assert table(out)["failing.txt"]["Result"] == "refused: The action could not be saved."


def test_it_writes_a_progress_line_per_file(db: None, archive: list[Path]) -> None:
    _, err, _ = run_import(*archive)
    lines = err.splitlines()
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


def test_it_names_the_board_for_every_file(db: None, tmp_path: Path) -> None:
    files = []
    for day in (5, 6):
        files.append(tmp_path / f"{day}.txt")
        files[-1].write_text(f"Record of Meeting {day} March 2024\n\n1. Minutes\n\n1.1. Agreed.\n")
    run_import(*files, "--board", "Estates Board")
    assert list(Meeting.objects.values_list("board__name", flat=True)) == ["Estates Board"] * 2
