"""QA F14: `import_minutes --dry-run` on a board that already has a record of the file's date
exited with only "already has a record ...; nothing was imported", so a dry run could not show
what the file would make. It shows the record, then says the date is taken and that a real
run would import nothing, and writes nothing."""

import datetime
import json
from pathlib import Path

from meetings.models import Board, Meeting
from tests.meetings.test_import_dry_run_checks import dry, minutes, run, written

__all__ = ["dry"]  # the fixture, used by name


def test_a_dry_run_shows_the_record_of_a_date_the_board_has(dry: Board, tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(minutes(5), encoding="utf-8")
    Meeting.objects.create(board=dry, date=datetime.date(2024, 3, 5), title="Made before")
    before = written()

    out, _, error = run(path)

    record = json.loads(out)
    assert (record["date"], [s["title"] for s in record["sections"]]) == ("2024-03-05", ["Estates"])
    assert error is not None
    assert "Dry Board already has a record for 2024-03-05, so a real run would import nothing" in (
        str(error)
    )
    assert written() == before
