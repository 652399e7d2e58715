import json
import logging
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError
from django.http import Http404

from meetings.minutes import MinutesError, Problem, read_upload
from meetings.minutes.files import DOCUMENT_SUFFIXES, TEXT_SUFFIXES, reading_limits, sniff
from meetings.models import Board, Meeting
from meetings.scoping import get_board_for_secretariat
from meetings.services.imports import (
    Document,
    ImportOutcome,
    RecordExists,
    counted,
    everyone_new,
    meeting_import_trial,
    minutes_read,
)
from meetings.services.originals import meeting_import_original, original_store
from prob.site import absolute

logger = logging.getLogger(__name__)

# SITE_URL where neither it nor PROB_ADDRESS is set (prob/settings.py): said when links use it.
DEFAULT_SITE_URL = "http://127.0.0.1:8000"
# The bounds on reading one file here, larger than an upload's (5 s, 512 MB): the command holds
# no web worker, and an archive's long PDFs take longer (QA F10: a 201-page PDF was refused).
READ_SECONDS = 60
READ_MEMORY_MB = 1024


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
    """The record's address on the site's (SITE_URL), as emails give it."""
    return absolute(meeting.get_absolute_url())


def sentence(text: str) -> str:
    """`text` ended as a sentence, so that another can follow it ("The file is empty" and
    "Nothing was imported." joined had read "The file is empty Nothing was imported.")."""
    text = text.strip()
    return text if not text or text[-1] in ".!?" else f"{text}."


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


@dataclass
class FileReport:
    """One file of an archive: what was read from it and what became of it."""

    path: Path
    date: str = ""
    counts: tuple[int, int, int] | None = None
    problems: list[Problem] = field(default_factory=list)
    result: str = ""
    ok: bool = False
    # The people and organisations it names that PROB does not know, and what became of them.
    notes: list[str] = field(default_factory=list)

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
                counted(sections, "section", "sections"),
                counted(paragraphs, "paragraph", "paragraphs"),
                counted(actions, "action", "actions"),
                counted(len(self.problems), "line to check", "lines to check"),
            ]
        )

    def row(self) -> list[str]:
        counts = [str(n) for n in self.counts] if self.counts else ["", "", ""]
        checks = str(len(self.problems)) if self.counts else ""
        return [self.path.name, self.date, *counts, checks, self.result]


HEADINGS = ["File", "Date", "Sections", "Paragraphs", "Actions", "Lines to check", "Result"]


class Command(BaseCommand):
    help = (
        "Creates draft meetings of an existing board from minutes given as plain text, Markdown "
        "or documents: one file, or a board's archive of many, each file imported on its own, "
        "by the account given with --by, which must be of the board's secretariat. The links "
        "to the records made are on the site's address, SITE_URL (as in the site's emails); "
        "where it is not set, on PROB_ADDRESS (where bin/run serves), else "
        "http://127.0.0.1:8000: run the command with the site's own SITE_URL."
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
            "--board",
            metavar="BOARD",
            required=True,
            help="the board the records are of, by its slug or its name (quoted): it must exist "
            "(an administrator creates boards); whatever the minutes call their board",
        )
        parser.add_argument(
            "--by",
            metavar="EMAIL",
            help="the account importing them, of the board's secretariat (or an administrator), "
            "named in each record's history; needed for everything but --dry-run",
        )
        parser.add_argument(
            "--create-people",
            action="store_true",
            help="create the people and organisations the minutes name that PROB does not know "
            "(a --dry-run lists them); without it they are left out, and said as lines to check",
        )
        parser.add_argument(
            "--published",
            action="store_true",
            help="the minutes were published by their board: publish each record at once, "
            "with the file kept beside it for anyone to download",
        )
        parser.add_argument(
            "--read-seconds",
            type=float,
            default=READ_SECONDS,
            metavar="SECONDS",
            help=f"how long reading one file may take (default {READ_SECONDS}; the import "
            "page's is 5): a file that takes longer is refused, and the archive goes on",
        )
        parser.add_argument(
            "--read-memory-mb",
            type=int,
            default=READ_MEMORY_MB,
            metavar="MB",
            help=f"how much memory reading one file may take (default {READ_MEMORY_MB})",
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
        board: str,
        dry_run: bool,
        published: bool,
        by: str | None,
        create_people: bool,
        read_seconds: float = READ_SECONDS,
        read_memory_mb: int = READ_MEMORY_MB,
        **options: Any,
    ) -> None:
        if not 0 < read_seconds <= 3600 or not 64 <= read_memory_mb <= 65536:
            raise CommandError(
                "--read-seconds is from 0 to 3600 and --read-memory-mb from 64 to 65536: "
                "reading a file is always bounded. Nothing was imported."
            )
        limits = "the limits set with --read-seconds and --read-memory-mb"
        with reading_limits(read_seconds, read_memory_mb, limits):
            self.run(files, board, dry_run, published, by, create_people)

    def run(
        self,
        files: list[Path],
        board: str,
        dry_run: bool,
        published: bool,
        by: str | None,
        create_people: bool,
    ) -> None:
        self.by = self.acting_user(by, dry_run=dry_run)
        self.board = self.chosen_board(board)
        self.published = published
        self.create_people = create_people
        if not dry_run and settings.SITE_URL.rstrip("/") == DEFAULT_SITE_URL:
            self.stderr.write(
                f"The links below are on {DEFAULT_SITE_URL}, where bin/run serves by default: "
                "neither SITE_URL nor PROB_ADDRESS is set. Run the command with the site's "
                "SITE_URL for links that lead to the site."
            )
        if len(files) == 1:
            self.import_one(files[0], dry_run=dry_run)
        else:
            self.import_archive(files, dry_run=dry_run)

    def acting_user(self, email: str | None, *, dry_run: bool) -> Any:
        """The account named by --by: every record's history says who imported it."""
        if not email:
            if dry_run:
                return None
            raise CommandError("--by EMAIL is needed: each record's history says who imported it.")
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise CommandError(f"--by {email}: no active account has that email address.")
        return user

    def chosen_board(self, written: str) -> Board:
        """The board named by --board, by its slug or its name (any case: QA F15, the issue's
        example gives the name), which the import never creates, and which the acting user may
        write to (checked by the scoping module's write helper, as every page is)."""
        name = " ".join(written.split())
        board = Board.objects.filter(slug=written).first()
        if board is None:
            named = list(Board.objects.filter(name__iexact=name)[:2])
            if len(named) > 1:
                raise CommandError(
                    f"--board {written}: more than one board has that name; give its slug. "
                    "Nothing was imported."
                )
            board = named[0] if named else None
        if board is None:
            raise CommandError(
                f"--board {written}: there is no board with that slug or name; an "
                "administrator creates boards. Nothing was imported."
            )
        if self.by is None:
            return board
        try:
            return get_board_for_secretariat(self.by, board.slug)
        except (Http404, PermissionDenied) as exc:
            raise CommandError(
                f"--by {self.by.email}: only {board}'s secretariat may import its records. "
                "Nothing was imported."
            ) from exc

    def confirmed(self, outcome: ImportOutcome) -> dict[str, list[str]]:
        """The new people and organisations to create: all of them with --create-people."""
        if not self.create_people:
            return {"people": [], "organisations": []}
        return everyone_new(outcome)

    def new_names(self, file: Path, outcome: ImportOutcome, *, dry_run: bool) -> list[str]:
        """What the file names that PROB does not know, and what becomes of it."""
        if self.create_people:
            verb = "would create" if dry_run else "creates"
        else:
            verb = "would leave out (no --create-people)"
        return [
            f"{file.name}: new {label} it {verb}: {', '.join(names)}"
            for label, names in [
                ("people", [str(p) for p in outcome.new_people]),
                ("organisations", outcome.new_organisations),
            ]
            if names
        ]

    def import_file(
        self, file: Path, data: bytes, document: Document, outcome: ImportOutcome
    ) -> ImportOutcome:
        """The record made from the file, with the file kept beside it, in one transaction."""
        stored = original_store(name=file.name, data=data)
        return meeting_import_original(
            stored=stored,
            text=document.text,
            board=self.board,
            by=self.by,
            published=self.published,
            # Read once: the record shown or counted is the one made.
            read=outcome,
            **self.confirmed(outcome),
        )

    def trial(self, document: Document, outcome: ImportOutcome) -> ImportOutcome:
        """A dry run's record: made and undone by the real service, so that it is refused
        for what the real run would refuse, with the real run's lines to check (QA F13)."""
        return meeting_import_trial(
            board=self.board,
            document=document,
            outcome=outcome,
            by=self.by,
            **self.confirmed(outcome),
        )

    def import_one(self, file: Path, *, dry_run: bool) -> None:
        taken: RecordExists | None = None
        try:
            data = read_bytes(file)
            document = Document(text=minutes_text(file, data), name=file.name)
            outcome = minutes_read(board=self.board, document=document)
            for line in self.new_names(file, outcome, dry_run=dry_run):
                self.stderr.write(line)
            if dry_run:
                try:
                    outcome = self.trial(document, outcome)
                except RecordExists as exc:
                    # QA F14: a dry run still shows what the file would make, then says why a
                    # real run would import nothing (the board's record of that date).
                    taken = exc
            else:
                outcome = self.import_file(file, data, document, outcome)
        except RecordExists as exc:
            raise CommandError(f"{file}: {sentence(str(exc))}") from exc
        except ValidationError as exc:
            reason = " ".join(sentence(m) for m in exc.messages)
            raise CommandError(f"{file}: {reason} Nothing was imported.") from exc
        except MinutesError as exc:
            raise CommandError(f"{file}: {sentence(str(exc))} Nothing was imported.") from exc
        except DatabaseError as exc:
            raise CommandError(
                f"{file}: the database would not take it ({_first_line(exc)}). "
                "Nothing was imported."
            ) from exc
        for problem in outcome.problems:
            self.stderr.write(
                f"{file}:{problem.line}: {problem.severity}: {problem.message}: {problem.text}"
            )
        if dry_run:
            self.stdout.write(json.dumps(outcome.record, indent=2, ensure_ascii=False))
            if taken is not None:
                meeting = taken.meeting
                raise CommandError(
                    f"{file}: {meeting.board} already has a record for "
                    f"{meeting.date.isoformat()}, so a real run would import nothing; above is "
                    "what the file would make."
                )
            return
        meeting = outcome.meeting
        assert meeting is not None
        state = "published" if self.published else "draft"
        self.stdout.write(
            f"Imported meeting {meeting.pk} ({state}): {meeting.title} ({_link(meeting)})"
        )

    def import_archive(self, files: list[Path], *, dry_run: bool) -> None:
        reports: list[FileReport] = []
        # On a dry run nothing is written, so a second file of the same day is caught here.
        planned: dict[str, str] = {}
        for n, path in enumerate(files, start=1):
            self.stderr.write(f"[{n}/{len(files)}] {path.name} … ", ending="")
            self.stderr.flush()
            report = self.archive_file(path, dry_run=dry_run, planned=planned)
            self.stderr.write(report.summary())
            for note in report.notes:
                self.stderr.write(f"  {note}")
            reports.append(report)
        self.write_table(reports, dry_run=dry_run)
        self.write_lines_to_check(reports)
        failed = sum(not r.ok for r in reports)
        if failed:
            verb = "would not be" if dry_run else "were not"
            raise CommandError(f"{failed} of {len(files)} files {verb} imported.")

    def archive_file(self, path: Path, *, dry_run: bool, planned: dict[str, str]) -> FileReport:
        """One file of the archive, in its own transaction: a file that fails leaves nothing
        in the database and is reported, and the next file is read all the same."""
        report = FileReport(path)
        try:
            data = read_bytes(path)
            document = Document(text=minutes_text(path, data), name=path.name)
            # Read first, so that a record already there is reported with its link.
            outcome = minutes_read(board=self.board, document=document)
            record = outcome.record
            report.read(record, outcome.problems)
            existing = self.board.meetings.filter(date=record["date"]).first()
            if existing is not None:
                report.result = f"already exists: {_link(existing)}"
            elif record["date"] in planned:
                report.result = f"already exists: {planned[record['date']]}, earlier in this run"
            elif dry_run:
                outcome = self.trial(document, outcome)
                report.problems = outcome.problems
                report.result, report.ok = "would create", True
            else:
                outcome = self.import_file(path, data, document, outcome)
                assert outcome.meeting is not None
                report.problems = outcome.problems
                made = "published" if self.published else "created"
                report.result, report.ok = f"{made}: {_link(outcome.meeting)}", True
            planned.setdefault(record["date"], path.name)
            report.notes = self.new_names(path, outcome, dry_run=dry_run)
        except MinutesError as exc:
            report.result = f"refused: {sentence(str(exc))}"
        except ValidationError as exc:
            report.result = f"refused: {' '.join(sentence(m) for m in exc.messages)}"
        except DatabaseError as exc:
            # Its own transaction is undone, and the next file is imported all the same.
            logger.exception("%s was not written", path)
            report.result = f"refused: the database would not take it ({_first_line(exc)})"
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
        """Each line the reader could not place or doubted, with its number as the import page
        gives it (QA F11), and quoted: a Word file's or a PDF's line is that of its text as the
        import page shows it, which the quote finds."""
        for report in reports:
            if not report.problems:
                continue
            counted = "" if report.path.suffix.lower() in TEXT_SUFFIXES else " (lines of its text)"
            self.stdout.write(f"\nLines to check in {report.path.name}{counted}:")
            for problem in report.problems:
                quoted = textwrap.shorten(problem.text, width=100, placeholder=" …")
                self.stdout.write(
                    f'  {problem.severity}: line {problem.line}: {problem.message}: "{quoted}"'
                )
