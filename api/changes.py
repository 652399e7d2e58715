"""When what the open data API shows last changed: its Last-Modified.

Only changes the public can see count. An edit to a draft, to a record of a board that is not
public, or to a field the API never shows leaves the date alone: were it to move, anyone
polling the API would learn when the secretariat works on something they may not read.

What counts (every set decided by `api.public`):
- published records: when each was published and amended, and changes to what the API shows
  of them (title, date, time, place);
- announcements on public boards: changes to their date, time and place, and their
  announcing or withdrawing;
- public actions: changes to their text, status, due date, owner and number, and every update
  logged on them (the public reads them on the action's page; a change of the people named as
  owners, which the API shows, is logged so and leaves the action's own fields as they were);
- public boards, organisations and people: changes to what the API shows of them (a board
  also when it becomes public or stops being so);
- memberships of public boards.

A record's changes before its publication are older than the publication, so they never move
the date either.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import connection
from django.db.models import Exists, F, Model, OuterRef, Q, QuerySet, Subquery, TextField, Value
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from actions.models import Action, ActionUpdate
from api import public
from meetings.models import Amendment, Board, Meeting, Membership, Organisation, Person


def _previous(model: type[Model], field: str) -> Subquery:
    """`field` of the history row before this one, of the same object (None for the first)."""
    history = model.history.model  # type: ignore[attr-defined]
    before = history.objects.filter(id=OuterRef("id"), history_date__lt=OuterRef("history_date"))
    return Subquery(before.order_by("-history_date", "-history_id").values(field)[:1])


def _key(value: F | OuterRef) -> Coalesce:
    """A value as text, None as a text no value has: so that None equals None (SQL's NULL
    equals nothing)."""
    return Coalesce(Cast(value, TextField()), Value("(none)"), output_field=TextField())


def _changes(model: type[Model], fields: Iterable[str]) -> QuerySet:
    """History rows of `model` that changed one of `fields`: creations, deletions, and edits
    after which one of the fields differs from the row before (None equal to None)."""
    history = model.history.model  # type: ignore[attr-defined]
    same = history.objects.filter(history_id=OuterRef("previous"))
    for name in fields:
        same = same.annotate(**{f"was_{name}": _key(F(name))}).filter(
            **{f"was_{name}": _key(OuterRef(name))}
        )
    return (
        history.objects.annotate(previous=_previous(model, "history_id"))
        .filter(Q(history_type="-") | ~Exists(same))
        .order_by()
    )


def _stamps() -> list[QuerySet]:
    """One queryset of moments for each kind of public change, each named `stamp`."""
    boards = public.boards().values("pk")
    records = public.records()
    board_rows = (
        # The meeting length, too: a timed event's end_date is its start plus it.
        _changes(Board, ("name", "slug", "description", "is_public", "meeting_length"))
        .annotate(was_public=_previous(Board, "is_public"))
        # A board's rows count while it is public, and when it stops being so.
        .filter(Q(id__in=boards) | Q(is_public=True) | Q(was_public=True))
    )
    announcements = (
        _changes(Meeting, ("date", "start_time", "place", "announced", "board_id"))
        .annotate(was_announced=_previous(Meeting, "announced"))
        .filter(Q(announced=True) | Q(was_announced=True), board_id__in=boards)
    )
    return [
        records.order_by().annotate(stamp=F("published")),
        Amendment.objects.filter(meeting__in=records).order_by().annotate(stamp=F("made")),
        _changes(Meeting, ("title", "date", "start_time", "place")).filter(id__in=records),
        announcements,
        _changes(Action, ("text", "status", "due", "owner_id", "number")).filter(
            id__in=public.actions().values("pk")
        ),
        ActionUpdate.objects.filter(action__in=public.actions().values("pk"))
        .order_by()
        .annotate(stamp=F("created")),
        board_rows,
        _changes(Organisation, ("name", "short_name")).filter(
            id__in=public.organisations().values("pk")
        ),
        _changes(Person, ("name",)).filter(id__in=public.people().values("pk")),
        Membership.history.filter(board_id__in=boards).order_by(),
    ]


def last_change() -> datetime.datetime | None:
    """The newest public change, in one query."""
    parts: list[str] = []
    params: list[object] = []
    for number, rows in enumerate(_stamps()):
        if "stamp" not in rows.query.annotations:
            rows = rows.annotate(stamp=F("history_date"))
        sql, part_params = rows.values("stamp").query.sql_with_params()
        # The SQL comes from the ORM, its values passed as parameters; nothing from the request.
        parts.append(f"SELECT MAX(stamp) FROM ({sql}) AS part{number}")  # noqa: S608
        params += part_params
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        stamps = [_aware(row[0]) for row in cursor.fetchall() if row[0] is not None]
    return max(stamps, default=None)


def _aware(value: datetime.datetime | str) -> datetime.datetime:
    # SQLite hands back text for an aggregate; PostgreSQL an aware datetime.
    if isinstance(value, str):
        parsed = parse_datetime(value)
        assert parsed is not None, value
        value = parsed
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value
