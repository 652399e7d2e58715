from typing import Any

from django.core.management.base import BaseCommand

from meetings.renderings import published_missing_files, render_soon


class Command(BaseCommand):
    help = (
        "Queues the making of the files (.txt, .json, .docx, .pdf) of every published record "
        "that lacks one for the current render version, so that after a deploy no reader waits "
        "for them (README, 'Configuration and deployment'). Run after each deploy; running it "
        "again queues only what is still missing and not already queued. With tasks run at "
        "once (development), the files are made by the command itself."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        missing = queued = 0
        for meeting in published_missing_files().iterator():
            missing += 1
            queued += render_soon(meeting)
        self.stdout.write(
            f"{missing} published record(s) lack files for this render version; "
            f"{queued} newly queued, {missing - queued} already queued"
        )
