import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from meetings.minutes import MinutesError, read_upload
from meetings.minutes.files import DOCUMENT_SUFFIXES, sniff
from meetings.services import meeting_import


def read_minutes_file(path: Path) -> str:
    """The file's text, or a CommandError that says what is wrong with it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"Cannot read {path}: {exc.strerror}") from exc
    if path.suffix.lower() in DOCUMENT_SUFFIXES or sniff(data):
        # Read as the import page reads an upload: in the sandbox, within its limits.
        try:
            return read_upload(path.name, data)
        except MinutesError as exc:
            raise CommandError(f"{path}: {exc} Nothing was imported.") from exc
    if b"\x00" in data:
        names = " or ".join(DOCUMENT_SUFFIXES)
        raise CommandError(
            f"{path} looks like a binary file, not minutes text. A document is read by its "
            f"name: {names}."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Text copied out of older Word documents is often Windows-1252.
        return data.decode("cp1252", errors="replace")


class Command(BaseCommand):
    help = "Creates a draft meeting from minutes given as plain text, Markdown or a document."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "file", type=Path, help="the minutes: text, Markdown, Word (.docx) or PDF"
        )
        parser.add_argument("--board", help="the board's name, where the text does not give it")
        parser.add_argument(
            "--dry-run", action="store_true", help="write nothing; print the record as JSON"
        )

    def handle(
        self, *args: Any, file: Path, board: str | None, dry_run: bool, **options: Any
    ) -> None:
        text = read_minutes_file(file)
        try:
            outcome = meeting_import(text=text, board_name=board, dry_run=dry_run)
        except MinutesError as exc:
            raise CommandError(f"{file}: {exc} Nothing was imported.") from exc
        for problem in outcome.problems:
            self.stderr.write(
                f"{file}:{problem.line}: {problem.severity}: {problem.message}: {problem.text}"
            )
        if dry_run:
            self.stdout.write(json.dumps(outcome.record, indent=2, ensure_ascii=False))
            return
        meeting = outcome.meeting
        assert meeting is not None
        self.stdout.write(
            f"Imported meeting {meeting.pk}: {meeting.title} "
            f"({settings.SITE_URL.rstrip('/')}{meeting.get_absolute_url()})"
        )
