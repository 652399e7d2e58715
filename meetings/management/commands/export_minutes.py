import datetime
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from meetings.models import Meeting
from meetings.records import record_as_dict, record_as_text, record_view


def find_meeting(reference: str) -> Meeting:
    """A meeting by id ("12") or by board and date ("board-slug/2023-08-31")."""
    meetings = Meeting.objects.select_related("board")
    try:
        if "/" in reference:
            slug, _, date = reference.partition("/")
            return meetings.get(board__slug=slug, date=datetime.date.fromisoformat(date))
        return meetings.get(pk=int(reference))
    except (ValueError, Meeting.DoesNotExist) as exc:
        raise CommandError(
            f"No meeting {reference!r}: give its id or board-slug/YYYY-MM-DD."
        ) from exc


class Command(BaseCommand):
    help = "Writes a meeting's record as JSON or as plain text in the published layout."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("meeting", help="the meeting's id, or board-slug/YYYY-MM-DD")
        parser.add_argument("--format", choices=["json", "text"], default="text")
        parser.add_argument(
            "--public", action="store_true", help="withhold restricted sections and paragraphs"
        )

    def handle(self, *args: Any, meeting: str, format: str, public: bool, **options: Any) -> None:
        record = record_view(find_meeting(meeting), public=public)
        if format == "json":
            self.stdout.write(json.dumps(record_as_dict(record), indent=2, ensure_ascii=False))
        else:
            self.stdout.write(record_as_text(record), ending="")
