"""Reading one board's actions: its dashboard, and the matters-arising report for a meeting.

Both start from `actions_for(user)` and count only actions of records that have left draft
(`ActionQuerySet.raised`): an action is raised when its record goes to the board, and a
draft's actions are not yet anyone's to answer for. Each reads in a fixed number of queries,
whatever the number of actions; the figures over time are worked out in Python from the
actions and their changes of status.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet, prefetch_related_objects
from django.utils import timezone

from actions.charts import LineChart, Series, line_chart
from actions.models import ActionUpdate
from meetings.action_scoping import actions_for
from meetings.minutes import format_date
from meetings.models import Action, Board, Meeting
from meetings.scoping import meetings_for

CLOSED = Action.Status.CLOSED
# Points on the chart: the end of each of the last eleven months, and today.
TREND_POINTS = 12
NO_OWNER = "No owner"


def board_actions(user: Any, board: Board) -> QuerySet[Action]:
    """The board's actions the user may see, of records past draft."""
    return actions_for(user).raised().filter(paragraph__section__meeting__board=board)


# --- Open and overdue over time ------------------------------------------------------------------


@dataclass(frozen=True)
class ActionTimeline:
    """What the figures over time need to know of one action."""

    raised: datetime.date
    due: datetime.date | None
    # Each change of status, oldest first: the day it happened and the status it led to.
    changes: list[tuple[datetime.date, str]] = field(default_factory=list)

    def is_open_on(self, day: datetime.date) -> bool:
        """Raised by the end of `day` and not closed then (a reopened action counts again)."""
        if self.raised > day:
            return False
        status = Action.Status.OPEN
        for changed_on, status_to in self.changes:
            if changed_on > day:
                break
            status = status_to
        return status != CLOSED


def open_and_overdue_on(timelines: list[ActionTimeline], day: datetime.date) -> tuple[int, int]:
    """How many of the actions were open at the end of `day`, and how many of those were
    overdue then (due before it: `Action.is_overdue`, on that day)."""
    open_count = overdue = 0
    for timeline in timelines:
        if timeline.is_open_on(day):
            open_count += 1
            overdue += timeline.due is not None and timeline.due < day
    return open_count, overdue


def month_ends(today: datetime.date, count: int = TREND_POINTS) -> list[datetime.date]:
    """The last day of each of the `count - 1` months before this one, then today."""
    days = [today]
    day = today.replace(day=1) - datetime.timedelta(days=1)
    while len(days) < count:
        days.insert(0, day)
        day = day.replace(day=1) - datetime.timedelta(days=1)
    return days


def timelines(
    actions: list[Action], changes: list[tuple[int, str, datetime.datetime]]
) -> list[ActionTimeline]:
    """Each action's timeline, from its meeting's date and its logged changes of status."""
    by_action: dict[int, list[tuple[datetime.date, str]]] = defaultdict(list)
    for action_id, status_to, created in changes:
        by_action[action_id].append((timezone.localdate(created), status_to))
    result = []
    for action in actions:
        raised = action.paragraph.section.meeting.date
        steps = by_action[action.pk]
        if action.status == CLOSED and (not steps or steps[-1][1] != CLOSED):
            # Closed without a logged change (before the log kept one): closed at its meeting.
            closed_on = action.closed_at_meeting.date if action.closed_at_meeting else raised
            steps = [*steps, (closed_on, CLOSED)]
        result.append(ActionTimeline(raised=raised, due=action.due, changes=steps))
    return result


@dataclass(frozen=True)
class TrendPoint:
    on: datetime.date
    open: int
    overdue: int
    is_today: bool


def trend(timelines_: list[ActionTimeline], days: list[datetime.date]) -> list[TrendPoint]:
    return [
        TrendPoint(day, *open_and_overdue_on(timelines_, day), is_today=index == len(days) - 1)
        for index, day in enumerate(days)
    ]


def _when(point: TrendPoint) -> str:
    return f"{'today, ' if point.is_today else ''}{format_date(point.on)}"


def _summary(name: str, points: list[TrendPoint], values: list[int]) -> str:
    first, last = points[0], points[-1]
    peak = max(range(len(values)), key=lambda i: (values[i], -i))
    return (
        f"{name}: {values[0]} at the end of {first.on:%B %Y}, {values[-1]} {_when(last)}; "
        f"highest {values[peak]} ({_when(points[peak])})."
    )


def trend_chart(points: list[TrendPoint]) -> LineChart:
    opened = [p.open for p in points]
    overdue = [p.overdue for p in points]
    # The month under each point; the year under the first and each January; "today" under
    # the last, which is today rather than the end of its month.
    labels = [
        (
            f"{p.on:%b}",
            "today" if p.is_today else str(p.on.year) if i == 0 or p.on.month == 1 else "",
        )
        for i, p in enumerate(points)
    ]
    return line_chart(
        title=f"Open and overdue actions over the last {len(points)} months",
        description=" ".join(
            [
                f"At the end of each month from {points[0].on:%B %Y}, and today.",
                _summary("Open actions", points, opened),
                _summary("Overdue actions", points, overdue),
            ]
        ),
        labels=labels,
        series=[Series("Open", opened), Series("Overdue", overdue)],
        x_label="End of month",
        y_label="Actions",
    )


# --- The dashboard -------------------------------------------------------------------------------


@dataclass(frozen=True)
class OwnerCounts:
    owner: str
    open: int
    overdue: int
    proposed: int


@dataclass(frozen=True)
class OverdueAction:
    action: Action
    days: int


@dataclass(frozen=True)
class Dashboard:
    awaiting_agreement: list[Meeting]
    by_owner: list[OwnerCounts]
    total: OwnerCounts
    overdue: list[OverdueAction]
    trend: list[TrendPoint]
    chart: LineChart


def _by_owner(open_actions: list[Action], today: datetime.date) -> list[OwnerCounts]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for action in open_actions:
        tally = counts[action.owner.short_name if action.owner else NO_OWNER]
        tally["open"] += 1
        tally["overdue"] += action.is_overdue(today)
        tally["proposed"] += action.status == Action.Status.PROPOSED
    # Most overdue first: those are what the board asks about.
    return sorted(
        (OwnerCounts(owner, c["open"], c["overdue"], c["proposed"]) for owner, c in counts.items()),
        key=lambda row: (-row.overdue, -row.open, row.owner == NO_OWNER, row.owner),
    )


def board_dashboard(user: Any, board: Board, today: datetime.date | None = None) -> Dashboard:
    """Everything the dashboard shows, in five queries whatever the number of actions."""
    today = today or timezone.localdate()
    awaiting = list(
        meetings_for(user)
        .filter(board=board, status=Meeting.Status.CIRCULATED)
        .select_related("board")
        .order_by("date")
    )
    scoped = board_actions(user, board)
    actions = list(
        scoped.select_related("paragraph__section__meeting", "owner", "closed_at_meeting").order_by(
            "paragraph__section__meeting__date",
            "paragraph__section__position",
            "paragraph__position",
            "position",
        )
    )
    changes = list(
        ActionUpdate.objects.filter(action__in=scoped.values("pk"))
        .exclude(status_to="")
        .order_by("created", "pk")
        .values_list("action_id", "status_to", "created")
    )
    open_actions = [a for a in actions if a.status != CLOSED]
    overdue = sorted(
        (OverdueAction(a, (today - a.due).days) for a in open_actions if a.is_overdue(today)),
        key=lambda row: -row.days,
    )
    prefetch_related_objects([row.action for row in overdue], "owner_people")
    by_owner = _by_owner(open_actions, today)
    points = trend(timelines(actions, changes), month_ends(today))
    return Dashboard(
        awaiting_agreement=awaiting,
        by_owner=by_owner,
        total=OwnerCounts(
            "All owners",
            sum(row.open for row in by_owner),
            sum(row.overdue for row in by_owner),
            sum(row.proposed for row in by_owner),
        ),
        overdue=overdue,
        trend=points,
        chart=trend_chart(points),
    )


# --- Matters arising -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MattersArising:
    meeting: Meeting
    previous: Meeting | None
    # Actions grouped by the record that raised them, oldest record first; each action carries
    # `recent_updates`, its updates since the previous meeting.
    records: list[tuple[Meeting, list[Action]]]
    # The actions proposed for closure, taken out of `records` and listed first: they are what
    # the board decides on at the meeting. Oldest record first, as in `records`.
    proposed: list[Action] = field(default_factory=list)

    @property
    def actions(self) -> list[Action]:
        return self.proposed + [action for _, actions in self.records for action in actions]

    @property
    def open_actions(self) -> list[Action]:
        return [action for action in self.actions if action.status != CLOSED]


def since_meeting(previous: Meeting | None) -> datetime.datetime | None:
    """When "since the previous meeting" starts: the day after it, in the board's time zone
    (what was reported on the day was reported at that meeting)."""
    if previous is None:
        return None
    day_after = previous.date + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day_after, datetime.time.min))


def matters_arising(user: Any, meeting: Meeting) -> MattersArising:
    """Every action of the board's earlier records that is open, or changed since the previous
    meeting (and not closed at or before it), with its updates since then. Four queries."""
    previous = (
        meetings_for(user)
        .filter(board=meeting.board_id, date__lt=meeting.date)
        .order_by("-date")
        .first()
    )
    since = since_meeting(previous)
    recent = ActionUpdate.objects.select_related("author__person__organisation").order_by(
        "created", "pk"
    )
    listed = ~Q(status=CLOSED)
    if since is not None:
        recent = recent.filter(created__gte=since)
        changed = Exists(ActionUpdate.objects.filter(action=OuterRef("pk"), created__gte=since))
        listed |= Q(changed) & Q(closed_at_meeting__date__gt=previous.date)
    actions = (
        board_actions(user, meeting.board)
        .filter(listed, paragraph__section__meeting__date__lt=meeting.date)
        .select_related("paragraph__section__meeting", "owner", "closed_at_meeting")
        .prefetch_related(
            "owner_people", Prefetch("updates", queryset=recent, to_attr="recent_updates")
        )
        .order_by(
            "paragraph__section__meeting__date",
            "paragraph__section__position",
            "paragraph__position",
            "position",
        )
    )
    records: dict[int, tuple[Meeting, list[Action]]] = {}
    proposed: list[Action] = []
    for action in actions:
        if action.status == Action.Status.PROPOSED:
            proposed.append(action)
            continue
        raised_at = action.paragraph.section.meeting
        records.setdefault(raised_at.pk, (raised_at, []))[1].append(action)
    return MattersArising(
        meeting=meeting, previous=previous, records=list(records.values()), proposed=proposed
    )
