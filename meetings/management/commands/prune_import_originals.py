import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from meetings.services.originals import TOKEN_MAX_AGE
from meetings.services.originals_prune import originals_prune


class Command(BaseCommand):
    help = (
        "Removes from storage the files stored by import previews and never used to make a "
        "record (and those of deleted drafts). Files kept beside a record are never touched. "
        "Run it daily, e.g. from cron."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--older-than",
            type=int,
            default=TOKEN_MAX_AGE // 3600,
            metavar="HOURS",
            help="remove only files stored longer ago than this; at least %(default)s, the "
            "hours a preview stays usable (default %(default)s)",
        )
        parser.add_argument("--dry-run", action="store_true", help="list the files, remove nothing")

    def handle(self, *args: Any, older_than: int, dry_run: bool, **options: Any) -> None:
        if older_than * 3600 < TOKEN_MAX_AGE:
            raise CommandError(
                f"A preview's file stays usable for {TOKEN_MAX_AGE // 3600} hours: "
                f"--older-than must be at least {TOKEN_MAX_AGE // 3600}."
            )
        removed = originals_prune(older_than=datetime.timedelta(hours=older_than), dry_run=dry_run)
        for key in removed:
            self.stdout.write(key)
        verb = "Would remove" if dry_run else "Removed"
        self.stdout.write(
            f"{verb} {len(removed)} unused original{'s' if len(removed) != 1 else ''}."
        )
