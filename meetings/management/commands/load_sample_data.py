import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify

from meetings.models import (
    Action,
    Attendance,
    Board,
    Meeting,
    Membership,
    Organisation,
    Paragraph,
    Person,
)
from meetings.services import (
    Document,
    meeting_import,
    record_agree,
    record_circulate,
    record_publish,
)
from meetings.services.directory import (
    board_save,
    membership_save,
    organisation_save,
    person_save,
)
from meetings.services.editing import action_update, attendance_update, paragraph_update
from meetings.services.imports import everyone_new, minutes_read

# Why the history says the sample data changed a row.
SAMPLE = "Sample data"

SEED = Path(settings.BASE_DIR) / "tests" / "data" / "prob-2023-08-31.txt"
DEMO_PASSWORD = "prob-demo-password"  # noqa: S105 - sample accounts on a local demo only

# (email, person, organisation, board role or None, what they are)
SAMPLE_USERS = [
    ("clerk@mopac.example", "Sam Clerk", "MOPAC", "secretariat", "secretariat"),
    ("dmpc@mopac.example", "Sophie Linden", "MOPAC", "board_member", "board member"),
    ("officer@mps.example", "Alexis Boon", "MPS", "action_owner", "action owner (MPS)"),
    ("admin@prob.example", None, None, None, "administrator (Django admin)"),
]


class Command(BaseCommand):
    help = (
        "Loads the sample board: the 31 August 2023 record published, the 30 November 2023 "
        "record circulated, the 29 February 2024 record in draft (each with a decision), and a "
        "user per role."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            board = self._seed_record()
            # The board's next meeting, announced with a published agenda and papers: the
            # agenda app's own command (meetings never imports the agenda, which builds on it).
            call_command("load_sample_agenda", board=board.slug, stdout=self.stdout)
            for email, name, organisation, role, _ in SAMPLE_USERS:
                self._user(email, name, organisation, role, board)
        self.stdout.write("Sample data is ready. Sign in at /accounts/login/ as:")
        for email, _, _, _, what in SAMPLE_USERS:
            self.stdout.write(f"  {what:32} {email} / {DEMO_PASSWORD}")

    def _seed_record(self) -> Board:
        """The published seed record, agreed at the next meeting, whose record is circulated
        for comments; and the draft of the meeting after that, for the clerk to write up."""
        seed = SEED.read_text(encoding="utf-8")
        existing = Meeting.objects.filter(
            date=datetime.date(2023, 8, 31),
            board__name__iexact="Performance and Risk Oversight Board",
        ).first()
        if existing:
            return existing.board
        meeting = self._import(seed)
        circulated = self._import(seed.replace("31 August 2023", "30 November 2023"))
        draft = self._import(seed.replace("31 August 2023", "29 February 2024"))
        # Each record's first minute (the previous minutes agreed) is a decision, marked as the
        # clerk marks one in the editor, while each is a draft: the decisions register shows
        # the published one to the public and the circulated one to the board.
        for record in (meeting, circulated, draft):
            first = Paragraph.objects.filter(
                section__meeting=record, text__startswith="The minutes of the"
            ).first()
            if first is not None:
                paragraph_update(
                    paragraph=first,
                    by=None,
                    text=first.text,
                    restricted=first.restricted,
                    version=first.version,
                    decision=True,
                )
        # Due dates on the actions of the record to be circulated, written in its draft, so
        # that the tracker has something due and something overdue to show.
        for action, due in zip(
            Action.objects.filter(paragraph__section__meeting=circulated).order_by("number"),
            (datetime.date(2024, 1, 31), datetime.date(2024, 4, 30), None),
            strict=True,
        ):
            if due is not None:
                action_update(
                    action=action,
                    by=None,
                    text=action.text,
                    owner=action.owner,
                    owner_people=action.owner_people.all(),
                    due=due,
                )
        # The draft's clerk has marked one officer absent (no apologies): the record lists
        # them under "Absent", as minutes do.
        absent = Attendance.objects.get(meeting=draft, person__name="Dr Paul Dawson")
        attendance_update(
            attendance=absent,
            by=None,
            role=absent.role,
            kind=Attendance.Kind.ABSENT,
            organisation=absent.organisation,
        )
        record_circulate(meeting=meeting, by=None)
        record_agree(meeting=meeting, at_meeting=circulated, by=None)
        record_publish(meeting=meeting, by=None)
        record_circulate(meeting=circulated, by=None)
        board = meeting.board
        board.description = "MOPAC's board for holding the Metropolitan Police Service to account."
        board_save(board=board, by=None, reason=SAMPLE)
        for short_name, name in [
            ("MOPAC", "Mayor's Office for Policing and Crime"),
            ("MPS", "Metropolitan Police Service"),
        ]:
            # Through the service: every record that names the organisation shows the name.
            for organisation in Organisation.objects.filter(short_name=short_name):
                organisation.name = name
                organisation_save(organisation=organisation, by=None, reason=SAMPLE)
        return board

    def _import(self, text: str) -> Meeting:
        """A record of the sample board, made first as an administrator makes a board (an
        import never does), with everyone the minutes name confirmed."""
        name = "Performance and Risk Oversight Board"
        board = Board.objects.filter(name=name).first() or board_save(
            board=Board(name=name, slug=slugify(name)), by=None, reason=SAMPLE
        )
        document = Document(text=text, name=SEED.name)
        confirmed = everyone_new(minutes_read(board=board, document=document))
        meeting = meeting_import(board=board, document=document, by=None, **confirmed).meeting
        assert meeting is not None
        return meeting

    def _user(
        self, email: str, name: str | None, organisation: str | None, role: str | None, board: Board
    ) -> None:
        user_model = get_user_model()
        user = user_model.objects.filter(email=email).first()
        if user is None:
            is_admin = name is None
            user = user_model.objects.create_user(
                email=email, password=DEMO_PASSWORD, is_staff=is_admin, is_superuser=is_admin
            )
        if name is None:
            return
        org = Organisation.objects.filter(short_name=organisation).first()
        # A new person is made by the service too, with the sample's reason in the history.
        person = Person.objects.filter(name=name).first() or Person(name=name, organisation=org)
        if person.user_id is None:
            person.user = user
            person.organisation = person.organisation or org
            person_save(person=person, by=None, reason=SAMPLE)
        if role and not Membership.objects.filter(person=person, board=board, role=role).exists():
            membership = Membership(
                person=person, board=board, role=role, start_date=datetime.date(2023, 1, 1)
            )
            membership_save(membership=membership, by=None, reason=SAMPLE)
