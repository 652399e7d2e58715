"""Realistic data for the benchmark, built with the project's own models and services.

One board with 40 meetings: the seed record (17 paragraphs, imported from tests/data and
taken through circulate, agree and publish by the lifecycle services), a published record of
300 paragraphs with 100 actions, a 300-paragraph draft for the editor, and 37 more published
records whose actions bring the board to 10,000. Positions and numbers are stored exactly as
`meetings.numbering` gives them (the draft is renumbered by `record_renumber` to be sure).
Users: a board member, a secretary and 25 action owners (four named actions each on the
300-paragraph record), all with current memberships of the board.

Needs Django set up (``bench.run`` does that) on an empty, migrated database.
"""

from __future__ import annotations

import datetime
import itertools
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from meetings.models import (
    Action,
    Attendance,
    Board,
    Meeting,
    Membership,
    Organisation,
    Paragraph,
    Person,
    Section,
)
from meetings.services import (
    Document,
    meeting_import,
    record_agree,
    record_circulate,
    record_publish,
)
from meetings.services.imports import everyone_new, minutes_read
from meetings.services.numbers import record_renumber

SEED_PATH = Path(__file__).resolve().parent.parent / "tests" / "data" / "prob-2023-08-31.txt"
PASSWORD = "bench-password-not-secret"  # noqa: S105 - throwaway accounts on a throwaway cluster
MEETINGS = 40
TOTAL_ACTIONS = 10_000
OWNERS = 25

MEMBER_EMAIL = "member@bench.example"
CLERK_EMAIL = "clerk@bench.example"

BIG_PUBLISHED = datetime.date(2023, 11, 30)
BIG_DRAFT = datetime.date(2024, 2, 29)

_VERBS = (
    "share with MOPAC",
    "provide an update on",
    "report to the board on",
    "review and report on",
    "circulate a paper on",
    "confirm the timetable for",
)
_SUBJECTS = (
    "the use of stop and search by borough",
    "victim satisfaction in the Telephone and Digital Investigations Unit",
    "robbery hot-spot taskings and their evaluation",
    "detection rates for knife crime and volume crime",
    "the recruitment of LGBT+ community liaison officers",
    "answering times for 999 and 101 calls",
    "the implementation of the London Policing Ethics Panel's recommendations",
    "ethnicity data recorded for victims of violence",
    "the cyber security incident at a supplier",
    "the cost of living and acquisitive crime",
)


@dataclass
class SeedInfo:
    """What the benchmark needs to know of the data: addresses, accounts and targets."""

    slug: str = ""
    small_date: str = ""
    big_date: str = ""
    draft_date: str = ""
    password: str = PASSWORD
    member: str = MEMBER_EMAIL
    clerk: str = CLERK_EMAIL
    owners: dict[str, list[int]] = field(default_factory=dict)  # email -> action ids
    draft_paragraphs: list[int] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def _paragraph_texts() -> list[str]:
    texts = list(Paragraph.objects.values_list("text", flat=True))
    return [t for t in texts if len(t) > 80] or ["The board discussed the item at length."]


def _action_text(rng: random.Random, owner: Organisation) -> str:
    return f"{owner.short_name} to {rng.choice(_VERBS)} {rng.choice(_SUBJECTS)}."


def _build_record(
    *,
    board: Board,
    date: datetime.date,
    status: str,
    sections: int,
    per_section: int,
    actions: int,
    texts: list[str],
    owners: list[Organisation],
    attendees: list[Attendance],
    rng: random.Random,
    restricted_section: int | None = None,
) -> tuple[Meeting, list[Action]]:
    """A record built with bulk inserts, its numbers those `meetings.numbering` gives."""
    meeting = Meeting.objects.create(
        board=board,
        date=date,
        title=f"Record of Meeting {date:%-d %B %Y}",
        status=status,
        start_time=datetime.time(10, 0),
        place="City Hall, Kamal Chunchie Way, London E16 1ZE",
    )
    Attendance.objects.bulk_create(
        Attendance(
            meeting=meeting,
            person_id=a.person_id,
            organisation_id=a.organisation_id,
            role=a.role,
            kind=a.kind,
            position=a.position,
        )
        for a in attendees
    )
    section_rows = Section.objects.bulk_create(
        Section(
            meeting=meeting,
            position=s,
            number=s,
            title=f"{rng.choice(_SUBJECTS).capitalize()}",
            restricted=s == restricted_section,
        )
        for s in range(1, sections + 1)
    )
    text_cycle = itertools.cycle(texts)
    paragraph_rows = Paragraph.objects.bulk_create(
        Paragraph(section=section, position=p, number=p, text=next(text_cycle))
        for section in section_rows
        for p in range(1, per_section + 1)
    )
    # Actions spread evenly over the paragraphs, in order, numbered 1..n through the meeting.
    per_paragraph: dict[int, int] = {}
    for index in range(actions):
        paragraph = paragraph_rows[index * len(paragraph_rows) // actions]
        per_paragraph[paragraph.pk] = per_paragraph.get(paragraph.pk, 0) + 1
    action_rows = []
    number = 0
    for paragraph in paragraph_rows:
        for position in range(1, per_paragraph.get(paragraph.pk, 0) + 1):
            number += 1
            owner = owners[number % len(owners)]
            action_rows.append(
                Action(
                    paragraph=paragraph,
                    position=position,
                    number=number,
                    text=_action_text(rng, owner),
                    owner=owner,
                    due=date + datetime.timedelta(days=rng.randint(14, 240)),
                )
            )
    return meeting, Action.objects.bulk_create(action_rows)


@transaction.atomic
def build() -> SeedInfo:
    rng = random.Random(20240229)  # the same data on every run
    # The board first, as an administrator makes it (an import never does), then the seed
    # record imported into it with everyone it names.
    board = Board.objects.create(
        name="Performance and Risk Oversight Board", slug="performance-and-risk-oversight-board"
    )
    document = Document(text=SEED_PATH.read_text(encoding="utf-8"), name=SEED_PATH.name)
    confirmed = everyone_new(minutes_read(board=board, document=document))
    seed = meeting_import(board=board, document=document, by=None, **confirmed).meeting
    assert seed is not None
    attendees = list(Attendance.objects.filter(meeting=seed).order_by("position"))
    mps = Organisation.objects.get(short_name="MPS")
    mopac = Organisation.objects.get(short_name="MOPAC")
    owners = [mps, mps, mopac]
    texts = _paragraph_texts()

    # Accounts: the password hashed once (MD5 in the bench settings) and shared.
    user_model = get_user_model()
    hashed = make_password(PASSWORD)
    emails = [MEMBER_EMAIL, CLERK_EMAIL] + [f"owner{i:02d}@bench.example" for i in range(OWNERS)]
    users = user_model.objects.bulk_create(
        user_model(email=email, password=hashed) for email in emails
    )
    people = Person.objects.bulk_create(
        [
            Person(name="Bench Board Member", organisation=mopac, user=users[0]),
            Person(name="Bench Secretary", organisation=mopac, user=users[1]),
            *(
                Person(name=f"Bench Officer {i:02d}", organisation=mps, user=user)
                for i, user in enumerate(users[2:])
            ),
        ]
    )
    start = datetime.date(2020, 1, 1)
    Membership.objects.bulk_create(
        [
            Membership(person=people[0], board=board, role="board_member", start_date=start),
            Membership(person=people[1], board=board, role="secretariat", start_date=start),
            *(
                Membership(person=p, board=board, role="action_owner", start_date=start)
                for p in people[2:]
            ),
        ]
    )

    # The big published record and the big draft, 20 sections of 15 paragraphs each.
    big, big_actions = _build_record(
        board=board,
        date=BIG_PUBLISHED,
        status=Meeting.Status.PUBLISHED,
        sections=20,
        per_section=15,
        actions=100,
        texts=texts,
        owners=owners,
        attendees=attendees,
        rng=rng,
        restricted_section=7,
    )
    draft, draft_actions = _build_record(
        board=board,
        date=BIG_DRAFT,
        status=Meeting.Status.DRAFT,
        sections=20,
        per_section=15,
        actions=100,
        texts=texts,
        owners=owners,
        attendees=attendees,
        rng=rng,
    )
    record_renumber(draft)

    # The other 37 records: monthly before the seed, the rest of the 10,000 actions.
    seed_actions = Action.objects.filter(paragraph__section__meeting=seed).count()
    others = MEETINGS - 3
    remaining = TOTAL_ACTIONS - seed_actions - len(big_actions) - len(draft_actions)
    meetings = []
    for index in range(others):
        year, month = divmod(2023 * 12 + 7 - 1 - (others - index), 12)
        date = datetime.date(year, month + 1, 15)
        share = remaining // others + (1 if index < remaining % others else 0)
        meeting, _ = _build_record(
            board=board,
            date=date,
            status=Meeting.Status.PUBLISHED,
            sections=8,
            per_section=12,
            actions=share,
            texts=texts,
            owners=owners,
            attendees=attendees,
            rng=rng,
        )
        meetings.append(meeting)

    # The seed through the lifecycle services, agreed at the big record's meeting.
    seed = record_circulate(meeting=seed, by=users[1])
    seed = record_agree(meeting=seed, at_meeting=big, by=users[1])
    record_publish(meeting=seed, by=users[1])
    # Each filler record agreed at the next one; many of their actions closed at a later one.
    chain = [*meetings, seed]
    for meeting, later in itertools.pairwise(chain):
        meeting.agreed_at = later
    Meeting.objects.bulk_update(meetings, ["agreed_at"])
    big.agreed_at = draft
    big.save(update_fields=["agreed_at"])
    closing = []
    for index, meeting in enumerate(meetings):
        later = chain[min(index + 2, len(chain) - 1)]
        actions = list(Action.objects.filter(paragraph__section__meeting=meeting))
        for action in actions:
            roll = rng.random()
            if roll < 0.6:
                action.status, action.closed_at_meeting = Action.Status.CLOSED, later
            elif roll < 0.75:
                action.status = Action.Status.IN_PROGRESS
            else:
                continue
            closing.append(action)
    Action.objects.bulk_update(closing, ["status", "closed_at_meeting"], batch_size=2000)

    # Each owner is named on four actions of the big published record.
    through = Action.owner_people.through
    owned: dict[str, list[int]] = {}
    links = []
    for index, action in enumerate(big_actions):
        person = people[2 + index % OWNERS]
        owned.setdefault(person.user.email, []).append(action.pk)
        links.append(through(action_id=action.pk, person_id=person.pk))
    through.objects.bulk_create(links)

    return SeedInfo(
        slug=board.slug,
        small_date=seed.date.isoformat(),
        big_date=BIG_PUBLISHED.isoformat(),
        draft_date=BIG_DRAFT.isoformat(),
        owners=owned,
        draft_paragraphs=list(
            Paragraph.objects.filter(section__meeting=draft)
            .order_by("section__position", "position")
            .values_list("pk", flat=True)
        ),
        counts={
            "meetings": Meeting.objects.filter(board=board).count(),
            "actions": Action.objects.filter(paragraph__section__meeting__board=board).count(),
            "small_paragraphs": Paragraph.objects.filter(section__meeting=seed).count(),
            "big_paragraphs": Paragraph.objects.filter(section__meeting=big).count(),
            "big_actions": Action.objects.filter(paragraph__section__meeting=big).count(),
            "draft_paragraphs": Paragraph.objects.filter(section__meeting=draft).count(),
        },
    )
