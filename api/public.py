"""What the open data API may publish: the public's view, whoever asks.

Every query starts from the scoping layer (`meetings.scoping`, `meetings.action_scoping`) with an
anonymous user, even when the requester is signed in: the API is public data, the same for
everyone, so a member's session never widens it.

- boards: those the public may see (marked public, or with a published record);
- events: published records, and announced meetings of public boards (date, time and place
  only: `readable` says whether the record may be opened);
- actions: those of published records, outside restricted sections and paragraphs;
- decisions: paragraphs recorded as decisions in published records, outside restricted
  sections and paragraphs (`meetings.registers`, as an anonymous reader);
- organisations: those named in public records (attendees' organisations, owners of public
  actions);
- people: attendees of published records, people named on public actions, and people with a
  current membership of a public board;
- memberships: current memberships of public boards.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet
from django.utils import timezone

from meetings.action_scoping import actions_for
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
from meetings.registers import decisions_in
from meetings.scoping import announced_meetings_for, boards_for, meetings_for

PUBLIC = AnonymousUser()


def boards() -> QuerySet[Board]:
    return boards_for(PUBLIC)


def records() -> QuerySet[Meeting]:
    """Meetings whose record the public may open (published)."""
    return meetings_for(PUBLIC)


def events() -> QuerySet[Meeting]:
    """Published records and announced meetings, each annotated `readable`."""
    return announced_meetings_for(PUBLIC)


def actions() -> QuerySet[Action]:
    return actions_for(PUBLIC)


def decisions() -> QuerySet[Paragraph]:
    """Decisions as the public reads them in a board's register, of every board."""
    return decisions_in(records().exclude(status=Meeting.Status.DRAFT), restricted=False)


def memberships(today: datetime.date | None = None) -> QuerySet[Membership]:
    today = today or timezone.localdate()
    return Membership.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=today),
        start_date__lte=today,
        board__in=boards(),
    )


def people(today: datetime.date | None = None) -> QuerySet[Person]:
    named = Action.owner_people.through.objects.filter(action__in=actions())
    return Person.objects.filter(
        Q(pk__in=Attendance.objects.filter(meeting__in=records()).values("person_id"))
        | Q(pk__in=named.values("person_id"))
        | Q(pk__in=memberships(today).values("person_id"))
    )


def organisations() -> QuerySet[Organisation]:
    attending = Attendance.objects.filter(meeting__in=records(), organisation__isnull=False)
    owning = actions().filter(owner__isnull=False)
    return Organisation.objects.filter(
        Q(pk__in=attending.values("organisation_id")) | Q(pk__in=owning.values("owner_id"))
    )
