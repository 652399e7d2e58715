from typing import Any

from django.core.management.base import BaseCommand, CommandError

from agenda.sample import load_sample_agenda
from meetings.models import Board


class Command(BaseCommand):
    help = (
        "Announces a board's next meeting with a published sample agenda and papers (unless a "
        "meeting to come already has one). `load_sample_data` calls it for the sample board."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--board", required=True, help="the board's slug")

    def handle(self, *args: Any, board: str, **options: Any) -> None:
        found = Board.objects.filter(slug=board).first()
        if found is None:
            raise CommandError(f"No board has the address {board!r}.")
        meeting = load_sample_agenda(found)
        if meeting is None:
            self.stdout.write("A meeting to come already has an agenda: nothing changed.")
        else:
            self.stdout.write(f"Agenda published for the meeting of {meeting.date.isoformat()}.")
