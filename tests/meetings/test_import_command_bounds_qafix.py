"""`manage.py import_minutes`, which holds no web worker, reads a file with bounds of its own,
larger than an upload's and still bounds, given as options with defaults (QA F10: it refused a
201-page PDF with the import page's "5 seconds, 512 MB")."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from meetings.management.commands.import_minutes import READ_MEMORY_MB, READ_SECONDS
from meetings.minutes import MinutesError, read_upload
from meetings.minutes.files import _limits
from meetings.models import Board
from tests.meetings.pdf_minutes import minutes_pdf

SLUG = "harbour-board"


@pytest.fixture
def pdf(tmp_path: Path, db: None) -> Path:
    Board.objects.create(name="Harbour Board", slug=SLUG)
    path = tmp_path / "minutes.pdf"
    path.write_bytes(minutes_pdf(sections=3, paragraphs=3))
    return path


def dry_run(path: Path, *options: str) -> dict[str, Any]:
    out = StringIO()
    call_command("import_minutes", str(path), "--board", SLUG, "--dry-run", *options, stdout=out)
    return json.loads(out.getvalue())


def test_the_command_reads_with_its_own_larger_bounds(pdf: Path, settings: Any) -> None:
    # An upload's bound so small that the import page refuses the file (its memory: a time
    # bound of 0.01 s is a wall clock of 0.02 s, which a fast reader can beat)...
    settings.IMPORT_READ_MEMORY_MB = 1
    with pytest.raises(MinutesError, match="within the limits for an upload"):
        read_upload(pdf.name, pdf.read_bytes())
    # ...and the command reads it, with its default bound.
    assert dry_run(pdf)["sections"]
    assert (READ_SECONDS, READ_MEMORY_MB) == (60, 1024)


def test_its_bound_is_an_option_and_its_refusal_names_it(pdf: Path) -> None:
    with pytest.raises(CommandError, match="within the limits set with --read-seconds"):
        dry_run(pdf, "--read-memory-mb", "64")  # less than the reader's own Python takes


def test_its_bound_is_never_unbounded(pdf: Path) -> None:
    with pytest.raises(CommandError, match="always bounded"):
        dry_run(pdf, "--read-seconds", "0")


def test_the_upload_keeps_its_bound_after_the_command(pdf: Path, settings: Any) -> None:
    dry_run(pdf, "--read-seconds", "30")
    assert _limits() == (settings.IMPORT_READ_SECONDS, settings.IMPORT_READ_MEMORY_MB)
