import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult


class Command(BaseCommand):
    help = (
        "Puts back in the queue the tasks (of every app) that a worker started and never "
        "finished: a `db_worker` that loses the database, or is killed, leaves its task "
        "marked running for ever, and its email unsent. Meant for cron, every few minutes."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--minutes",
            type=int,
            default=15,
            help="started at least this long ago (default 15; PROB's tasks take seconds)",
        )

    def handle(self, *args: Any, minutes: int, **options: Any) -> None:
        started_before = timezone.now() - datetime.timedelta(minutes=minutes)
        with transaction.atomic():
            # A worker holds no lock while it runs a task, so age is the test: no task of
            # PROB's runs for minutes. Rows being claimed or finished right now are skipped.
            stuck = list(
                DBTaskResult.objects.running()
                .filter(started_at__lt=started_before)
                .select_for_update(skip_locked=True)
                .values_list("pk", flat=True)
            )
            requeued = DBTaskResult.objects.filter(pk__in=stuck).update(
                status=TaskResultStatus.READY, started_at=None
            )
        self.stdout.write(f"{requeued} interrupted task(s) put back in the queue")
