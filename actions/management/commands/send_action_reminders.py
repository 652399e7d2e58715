from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from actions import extensions
from actions.models import SentReminder
from actions.reminders import reminders_send


class Command(BaseCommand):
    help = (
        "Emails action owners their reminders: assigned, due in seven days, overdue, and a "
        "weekly digest. Meant for cron, daily; each reminder is sent once however often it runs."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="count what would be sent, and send nothing"
        )

    def handle(self, *args: Any, dry_run: bool, **options: Any) -> None:
        today = timezone.localdate()
        outcome = reminders_send(today=today, dry_run=dry_run)
        # What apps built on actions remind of goes in the same run (the agenda's paper
        # requests, asked of action owners' organisations: `actions.extensions`).
        others = extensions.reminders_send(today=today, dry_run=dry_run)
        verb = "would be sent" if dry_run else "sent"
        for kind, label in SentReminder.Kind.choices:
            self.stdout.write(f"{label}: {outcome.sent[kind]} {verb}")
        for label, sent in others:
            self.stdout.write(f"{label}: {sent} {verb}")
        if outcome.failed:
            # A non-zero exit, so that cron reports it; those reminders go on the next run.
            raise CommandError(
                f"{outcome.failed} reminder(s) could not be sent; the next run tries them again."
            )
