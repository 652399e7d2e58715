"""What the home page and a board's page show, each in a fixed number of queries however many
boards, meetings, members and actions there are. Every query starts from the scoping modules
(`meetings.scoping`, `meetings.action_scoping`), so the same pages serve the public and the board.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.utils import timezone

from meetings.action_scoping import actions_for
from meetings.models import Action, Board, Meeting, Membership
from meetings.scoping import announced_meetings_for, boards_for, meetings_for

# How many of a board's latest published records the home page lists.
LATEST_RECORDS = 2
# How many of a board's open actions its page lists before pointing to the action log.
OPEN_ACTIONS = 10
_MEETING = "paragraph__section__meeting"


def home_boards(user: Any) -> list[Board]:
    """The boards the user may see, each with `record_count`, `latest_records` (its newest
    published records) and `next_meetings` (its next announced meeting, as a list of at most
    one, marked `readable` for whether its record may be opened): three queries."""
    visible = meetings_for(user)
    latest = visible.filter(status=Meeting.Status.PUBLISHED).order_by("-date", "-pk")
    upcoming = (
        announced_meetings_for(user)
        .filter(date__gte=timezone.localdate())
        .order_by("date", "start_time", "pk")
    )
    return list(
        boards_for(user)
        .annotate(record_count=Count("meetings", filter=Q(meetings__in=visible)))
        .prefetch_related(
            Prefetch("meetings", queryset=latest[:LATEST_RECORDS], to_attr="latest_records"),
            Prefetch("meetings", queryset=upcoming[:1], to_attr="next_meetings"),
        )
        .order_by("name")
    )


@dataclass(frozen=True)
class Year:
    year: int
    meetings: list[Meeting]


def meetings_by_year(meetings: Iterable[Meeting]) -> list[Year]:
    """Meetings, newest first, under the year they were held."""
    ordered = sorted(meetings, key=lambda meeting: meeting.date, reverse=True)
    return [Year(year, list(group)) for year, group in groupby(ordered, key=lambda m: m.date.year)]


@dataclass(frozen=True)
class OrganisationMembers:
    name: str
    memberships: list[Membership]


ROLE_ORDER = {
    Membership.Role.BOARD_MEMBER: 0,
    Membership.Role.SECRETARIAT: 1,
    Membership.Role.ACTION_OWNER: 2,
}


def current_members(board: Board) -> list[OrganisationMembers]:
    """The board's memberships in force today, by organisation, in one query. Only names,
    organisations and roles: a page never shows anyone's email address."""
    today = timezone.localdate()
    memberships = (
        board.memberships.filter(
            Q(end_date__isnull=True) | Q(end_date__gte=today), start_date__lte=today
        )
        .select_related("person__organisation")
        .only(
            "role",
            "board_id",
            "person__name",
            "person__organisation__name",
            "person__organisation__short_name",
        )
    )

    def organisation(membership: Membership) -> str:
        found = membership.person.organisation
        if found is None:
            return ""
        if found.short_name and found.short_name != found.name:
            return f"{found.name} ({found.short_name})"
        return found.name

    ordered = sorted(
        memberships,
        key=lambda m: (
            organisation(m) == "",  # people of no organisation last
            organisation(m),
            ROLE_ORDER.get(m.role, 9),
            m.person.name,
        ),
    )
    return [
        OrganisationMembers(name or "No organisation", list(group))
        for name, group in groupby(ordered, key=organisation)
    ]


def open_actions(user: Any, board: Board) -> list[Action]:
    """The board's open actions (`ActionQuerySet.open`: a draft's are not) that the user may
    see, soonest due first (one query; one more than are shown, so the page can say there are
    more). Only what the page shows is read: the query sorts every open action of the board
    (thousands), and their paragraphs' text would only widen the join."""
    soonest_due = (F("due").asc(nulls_last=True), f"-{_MEETING}__date", "number", "pk")
    actions = (
        actions_for(user)
        .open()
        .filter(**{f"{_MEETING}__board": board})
        .select_related(f"{_MEETING}__board", "owner")
        .only(
            "number",
            "text",
            "due",
            "status",
            f"{_MEETING}__date",
            f"{_MEETING}__board__slug",
            "owner__short_name",
        )
        .order_by(*soonest_due)
    )
    return list(actions[: OPEN_ACTIONS + 1])


def board_meetings(user: Any, board: Board) -> QuerySet[Meeting]:
    return meetings_for(user).filter(board=board).select_related("board").order_by("-date")
