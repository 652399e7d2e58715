import json
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import IntegrityError, transaction

from meetings.minutes import MinutesError, Problem, read_upload
from meetings.minutes.files import DOCUMENT_SUFFIXES, sniff
from meetings.models import Meeting
from meetings.services import meeting_create, meeting_import
from meetings.services.lifecycle import record_publish_imported
from meetings.services.originals import StoredFile, kept_if_recorded, original_keep, original_store


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise MinutesError(f"Cannot read the file: {exc.strerror}.") from exc


def minutes_text(path: Path, data: bytes | None = None) -> str:
    """The file's text, or a MinutesError that says what is wrong with it."""
    if data is None:
        data = read_bytes(path)
    if path.suffix.lower() in DOCUMENT_SUFFIXES or sniff(data):
        # Read as the import page reads an upload: in the sandbox, within its limits.
        return read_upload(path.name, data)
    if b"\x00" in data:
        names = " or ".join(DOCUMENT_SUFFIXES)
        raise MinutesError(
            f"It looks like a binary file, not minutes text. A document is read by its "
            f"name: {names}."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Text copied out of older Word documents is often Windows-1252.
        return data.decode("cp1252", errors="replace")


def _link(meeting: Meeting) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{meeting.get_absolute_url()}"


def _counted(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclass
class FileReport:
    """One file of an archive: what was read from it and what became of it."""

    path: Path
    date: str = ""
    counts: tuple[int, int, int] | None = None
    problems: list[Problem] = field(default_factory=list)
    result: str = ""
    ok: bool = False

    def read(self, record: dict[str, Any], problems: list[Problem]) -> None:
        paragraphs = [p for s in record["sections"] for p in s["paragraphs"]]
        actions = sum(len(p["actions"]) for p in paragraphs)
        self.date = record["date"] or ""
        self.counts = (len(record["sections"]), len(paragraphs), actions)
        self.problems = problems

    def summary(self) -> str:
        if not self.ok or self.counts is None:
            return self.result
        sections, paragraphs, actions = self.counts
        return ", ".join(
            [
                _counted(sections, "section", "sections"),
                _counted(paragraphs, "paragraph", "paragraphs"),
                _counted(actions, "action", "actions"),
                _counted(len(self.problems), "line to check", "lines to check"),
            ]
        )

    def row(self) -> list[str]:
        counts = [str(n) for n in self.counts] if self.counts else ["", "", ""]
        checks = str(len(self.problems)) if self.counts else ""
        return [self.path.name, self.date, *counts, checks, self.result]


HEADINGS = ["File", "Date", "Sections", "Paragraphs", "Actions", "Lines to check", "Result"]


class Command(BaseCommand):
    help = (
        "Creates draft meetings from minutes given as plain text, Markdown or documents: one "
        "file, or a board's archive of many, each file imported on its own."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "files",
            nargs="+",
            type=Path,
            metavar="file",
            help="the minutes: text, Markdown, Word (.docx) or PDF; several for an archive",
        )
        parser.add_argument(
            "--board", help="the board's name, where the text does not give it (every file)"
        )
        parser.add_argument(
            "--published",
            action="store_true",
            help="the minutes were published by their board: publish each record at once, "
            "with the file kept beside it for anyone to download (needs --by)",
        )
        parser.add_argument(
            "--by",
            metavar="EMAIL",
            help="the account importing them, named in each record's history",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="write nothing; print the record as JSON (one file) or the table (several)",
        )

    def handle(
        self,
        *args: Any,
        files: list[Path],
        board: str | None,
        dry_run: bool,
        published: bool,
        by: str | None,
        **options: Any,
    ) -> None:
        self.by = self.acting_user(by, published=published)
        self.published = published
        if len(files) == 1:
            self.import_one(files[0], board=board, dry_run=dry_run)
        else:
            self.import_archive(files, board=board, dry_run=dry_run)

    def acting_user(self, email: str | None, *, published: bool) -> Any:
        """The account named by --by: publishing needs one, as a record's history says who
        published it."""
        if not email:
            if published:
                raise CommandError("--published needs --by EMAIL: the history says who did it.")
            return None
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise CommandError(f"--by {email}: no active account has that email address.")
        return user

    def keep(self, meeting: Meeting, stored: StoredFile) -> None:
        """Inside the import's transaction: the file kept beside the record and, with
        --published, the record published as its board published it."""
        original_keep(meeting=meeting, stored=stored, by=self.by, published_copy=self.published)
        if self.published:
            reason = f"Imported from the published {stored.kind}"
            record_publish_imported(meeting=meeting, by=self.by, reason=reason)

    def import_one(self, file: Path, *, board: str | None, dry_run: bool) -> None:
        stored = None
        try:
            data = read_bytes(file)
            text = minutes_text(file, data)
            if not dry_run:
                stored = original_store(name=file.name, data=data)
            with kept_if_recorded(stored), transaction.atomic():
                outcome = meeting_import(text=text, board_name=board, dry_run=dry_run)
                if stored is not None and outcome.meeting is not None:
                    self.keep(outcome.meeting, stored)
        except ValidationError as exc:
            raise CommandError(f"{file}: {' '.join(exc.messages)} Nothing was imported.") from exc
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
        state = "published" if self.published else "draft"
        self.stdout.write(
            f"Imported meeting {meeting.pk} ({state}): {meeting.title} ({_link(meeting)})"
        )

    def import_archive(self, files: list[Path], *, board: str | None, dry_run: bool) -> None:
        reports: list[FileReport] = []
        # On a dry run nothing is written, so a second file of the same day is caught here.
        planned: dict[tuple[str, str], str] = {}
        for n, path in enumerate(files, start=1):
            self.stderr.write(f"[{n}/{len(files)}] {path.name} … ", ending="")
            self.stderr.flush()
            report = self.archive_file(path, board=board, dry_run=dry_run, planned=planned)
            self.stderr.write(report.summary())
            reports.append(report)
        self.write_table(reports, dry_run=dry_run)
        self.write_lines_to_check(reports)
        failed = sum(not r.ok for r in reports)
        if failed:
            verb = "would not be" if dry_run else "were not"
            raise CommandError(f"{failed} of {len(files)} files {verb} imported.")

    def archive_file(
        self, path: Path, *, board: str | None, dry_run: bool, planned: dict[tuple[str, str], str]
    ) -> FileReport:
        """One file of the archive, in its own transaction: a file that fails leaves nothing
        in the database and is reported, and the next file is read all the same."""
        report = FileReport(path)
        stored = None
        try:
            data = read_bytes(path)
            text = minutes_text(path, data)
            if not dry_run:
                stored = original_store(name=path.name, data=data)
            with kept_if_recorded(stored), transaction.atomic():
                # Read first, so that a record already there is reported with its link.
                outcome = meeting_import(text=text, board_name=board, dry_run=True)
                record = outcome.record
                report.read(record, outcome.problems)
                existing = Meeting.objects.filter(
                    board__name__iexact=record["board"], date=record["date"]
                ).first()
                key = (record["board"].lower(), record["date"])
                if existing is not None:
                    report.result = f"already exists: {_link(existing)}"
                elif key in planned:
                    report.result = f"already exists: {planned[key]}, earlier in this run"
                elif dry_run:
                    report.result, report.ok = "would create", True
                else:
                    meeting = meeting_create(record=record)
                    assert stored is not None
                    self.keep(meeting, stored)
                    made = "published" if self.published else "created"
                    report.result, report.ok = f"{made}: {_link(meeting)}", True
                planned.setdefault(key, path.name)
        except MinutesError as exc:
            report.result = f"refused: {exc}"
        except ValidationError as exc:
            report.result = f"refused: {' '.join(exc.messages)}"
        except IntegrityError as exc:
            report.result = f"refused: the database would not take it ({exc})"
        return report

    def write_table(self, reports: list[FileReport], *, dry_run: bool) -> None:
        rows = [HEADINGS, *(r.row() for r in reports)]
        widths = [max(len(row[i]) for row in rows) for i in range(len(HEADINGS) - 1)]
        numeric = range(2, 6)
        for row in rows:
            cells = [
                cell.rjust(width) if i in numeric and row is not HEADINGS else cell.ljust(width)
                for i, (cell, width) in enumerate(zip(row, widths, strict=False))
            ]
            self.stdout.write("  ".join([*cells, row[-1]]).rstrip())
        made = sum(r.ok for r in reports)
        verb = "would be imported" if dry_run else "imported"
        self.stdout.write(f"\n{made} of {len(reports)} files {verb}.")

    def write_lines_to_check(self, reports: list[FileReport]) -> None:
        """Each line the reader could not place or doubted, quoted: line numbers would mean
        little once the file has been read out of Word or a PDF."""
        for report in reports:
            if not report.problems:
                continue
            self.stdout.write(f"\nLines to check in {report.path.name}:")
            for problem in report.problems:
                quoted = textwrap.shorten(problem.text, width=100, placeholder=" …")
                self.stdout.write(f'  {problem.severity}: {problem.message}: "{quoted}"')
