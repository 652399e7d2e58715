"""Who may see and change boards and records: the one place these rules live.

Every query for boards and meetings in views, exports and feeds starts from `boards_for`
or `meetings_for`. Single objects come through a pair of helpers, as healthchecks pairs
`_get_check_for_user` with `_get_rw_check_for_user`: the read helper answers 404 to anyone
who may not see the object (a draft's existence, and a board's before it publishes, are not
public) and the write helper answers 403 to those who may see it but not change it.

The roles, per board and in force on the day (see `Membership`):
- secretariat: everything on the board, drafts included;
- board member: circulated, agreed and published records, restricted content included;
- action owner: nothing of the records beyond their actions (see `meetings.action_scoping`);
- the public, and everyone else: published records with restricted content withheld, on
  boards that are public.
"""

from __future__ import annotations

import datetime
from contextvars import ContextVar
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.signals import request_finished, request_started
from django.db.models import (
    Aggregate,
    CharField,
    Exists,
    F,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Cast
from django.http import Http404
from django.utils import timezone

from meetings.models import Board, Meeting, Membership
from prob.prepared import Prepared

# What a board member reads; drafts are the secretariat's alone.
READABLE_BY_MEMBERS = (
    Meeting.Status.CIRCULATED,
    Meeting.Status.AGREED,
    Meeting.Status.PUBLISHED,
)
# The roles that read a board's records in full.
READER_ROLES = (Membership.Role.SECRETARIAT, Membership.Role.BOARD_MEMBER)


def is_signed_in(user: Any) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def is_administrator(user: Any) -> bool:
    return is_signed_in(user) and bool(user.is_superuser)


def current_memberships(user: Any, *, roles: tuple[str, ...] | None = None) -> QuerySet:
    """The user's memberships in force today (none for anonymous users)."""
    if not is_signed_in(user):
        return Membership.objects.none()
    today = timezone.localdate()
    memberships = Membership.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=today),
        person__user=user,
        start_date__lte=today,
    )
    if roles is not None:
        memberships = memberships.filter(role__in=roles)
    return memberships


# The memberships a request's user holds, read once per request: a page asks several times
# (may they open the record, do they read restricted content, are they its secretariat, which
# roles the navigation names), and each answer is one small query's. The memo is made when
# Django starts a request and dropped when it finishes; outside a request (tasks, commands,
# a test calling a function) nothing is kept and every call reads the database, as a
# membership saved or deleted in a request also makes it read again (`forget_held`).
_HELD: ContextVar[dict[tuple[int, datetime.date], frozenset[tuple[int, str]]] | None] = ContextVar(
    "prob_memberships_held", default=None
)


def _request_started(**kwargs: Any) -> None:
    _HELD.set({})


def _request_finished(**kwargs: Any) -> None:
    _HELD.set(None)


request_started.connect(_request_started, dispatch_uid="meetings.scoping.held")
request_finished.connect(_request_finished, dispatch_uid="meetings.scoping.held")


def forget_held() -> None:
    """Memberships changed: this request reads them again."""
    if _HELD.get() is not None:
        _HELD.set({})


def held(user: Any) -> frozenset[tuple[int, str]] | None:
    """The (board id, role) of each membership the user holds today, read once per request;
    None outside a request (the callers then ask the database as a subquery)."""
    memo = _HELD.get()
    if memo is None:
        return None
    if not is_signed_in(user):
        return frozenset()
    today = timezone.localdate()
    key = (user.pk, today)
    if key not in memo:
        memo[key] = frozenset(_HELD_ON(today, user.pk, today))
    return memo[key]


# `current_memberships(user).values_list("board_id", "role")`, its SQL made once per process:
# every signed-in page asks it. Its values in the order of the query's parameters. Unordered
# (a set is made of it): the memberships' own order joins the boards to sort by their names.
def _in_force(ends_from: Any, user_id: Any, starts_by: Any) -> QuerySet[Membership]:
    """The memberships of `user_id` (an id, or the outer query's user) in force from `ends_from`
    to `starts_by`, unordered."""
    return Membership.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=ends_from),
        person__user_id=user_id,
        start_date__lte=starts_by,
    ).order_by()


_HELD_ON = Prepared(
    Membership,
    lambda ends_from, user_id, starts_by: _in_force(ends_from, user_id, starts_by).values_list(
        "board_id", "role"
    ),
)


class _Joined(Aggregate):
    """The values joined by commas, in SQL of no parameters (`Prepared` keeps a query whose
    parameters are its values alone; Django's StringAgg passes its delimiter as one)."""

    function = "STRING_AGG"
    template = "%(function)s(%(expressions)s, ',')"
    output_field = CharField()

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return self.as_sql(compiler, connection, function="GROUP_CONCAT", **extra)


def held_column(ends_from: datetime.date, starts_by: datetime.date) -> Subquery:
    """`_HELD_ON` as one column of a query of users, for the user of each row (`OuterRef`):
    their memberships in force from `ends_from` to `starts_by` as "board id:role" joined by
    commas, NULL for none. The signed-in user's row brings them in its own statement
    (`accounts.backends`), which `remember_held` keeps for the request."""
    pair = Func(
        Cast("board_id", CharField()),
        F("role"),
        template="(%(expressions)s)",
        arg_joiner=" || ':' || ",
        output_field=CharField(),
    )
    return Subquery(
        _in_force(ends_from, OuterRef("pk"), starts_by)
        .values("person__user_id")
        .annotate(pairs=_Joined(pair))
        .values("pairs"),
        output_field=CharField(),
    )


def remember_held(user: Any, day: datetime.date, column: str | None) -> None:
    """The user's memberships in force on `day` as `held_column` read them, kept for this
    request as `held` would keep its own read (nothing kept outside a request; a membership
    changed in the request forgets them, `forget_held`)."""
    memo = _HELD.get()
    if memo is not None and is_signed_in(user):
        pairs = (pair.split(":", 1) for pair in column.split(",")) if column else ()
        memo[user.pk, day] = frozenset((int(board), role) for board, role in pairs)


def held_roles(user: Any) -> set[str]:
    """The roles the user holds today on any board. Outside a request (signing in asks, for
    the session's idle limit, `accounts.sessions_end.idle_seconds_for`, before the request
    reads them) by `_HELD_ON` too, its SQL made once."""
    pairs = held(user)
    if pairs is None:
        if not is_signed_in(user):
            return set()
        today = timezone.localdate()
        pairs = frozenset(_HELD_ON(today, user.pk, today))
    return {role for _, role in pairs}


def board_ids(user: Any, roles: tuple[str, ...] | None = None) -> QuerySet | list[int]:
    """The boards where the user holds one of `roles` (any role: None) today, for a
    `board_id__in` filter: a list in a request (`held`), else a subquery."""
    pairs = held(user)
    if pairs is None:
        return current_memberships(user, roles=roles).values("board_id")
    return sorted({board for board, role in pairs if roles is None or role in roles})


def secretariat_board_ids(user: Any) -> QuerySet | list[int]:
    return board_ids(user, (Membership.Role.SECRETARIAT,))


def reader_board_ids(user: Any) -> QuerySet | list[int]:
    """Boards whose records the user reads in full, restricted content included."""
    return board_ids(user, READER_ROLES)


def _holds(user: Any, board_id: int, roles: tuple[str, ...]) -> bool:
    ids = board_ids(user, roles)
    if isinstance(ids, list):
        return board_id in ids
    return ids.filter(board_id=board_id).exists()


def meetings_for(user: Any) -> QuerySet[Meeting]:
    """The records the user may open."""
    if is_administrator(user):
        return Meeting.objects.all()
    published = Q(status=Meeting.Status.PUBLISHED)
    if not is_signed_in(user):
        return Meeting.objects.filter(published)
    return Meeting.objects.filter(
        published
        | Q(board_id__in=secretariat_board_ids(user))
        | Q(board_id__in=reader_board_ids(user), status__in=READABLE_BY_MEMBERS)
    )


def announced_meetings_for(user: Any) -> QuerySet[Meeting]:
    """Meetings whose date, time and place the user may see: the records they may open, and
    every announced meeting of a board they may see. An announcement opens no record: each
    meeting is marked `readable` for whether `meetings_for` lets the user open it."""
    readable = meetings_for(user)
    return Meeting.objects.filter(
        Q(pk__in=readable.values("pk")) | Q(announced=True, board__in=boards_for(user))
    ).annotate(readable=Exists(readable.filter(pk=OuterRef("pk"))))


def boards_for(user: Any) -> QuerySet[Board]:
    """Boards the user may see: public ones (marked public, or with a published record) and
    those the user holds a current membership of."""
    if is_administrator(user):
        return Board.objects.all()
    has_published = Exists(
        Meeting.objects.filter(board=OuterRef("pk"), status=Meeting.Status.PUBLISHED)
    )
    visible = Q(is_public=True) | Q(has_published)
    if is_signed_in(user):
        visible |= Q(pk__in=board_ids(user))
    return Board.objects.filter(visible)


def is_secretariat(user: Any, board_id: int) -> bool:
    if is_administrator(user):
        return True
    return _holds(user, board_id, (Membership.Role.SECRETARIAT,))


def sees_restricted(user: Any, board_id: int) -> bool:
    """Restricted content is for the board's members and secretariat, never the public."""
    if is_administrator(user):
        return True
    return _holds(user, board_id, READER_ROLES)


def withholds_anything(meeting: Meeting) -> bool:
    """Whether the public version of `meeting` leaves anything out: a restricted section, or a
    restricted paragraph (an action goes with its paragraph). A whole file of the record, such
    as the original it was imported from, is the public's only when this is False. One query."""
    return meeting.sections.filter(Q(restricted=True) | Q(paragraphs__restricted=True)).exists()


def get_board_for_user(user: Any, slug: str) -> Board:
    try:
        return boards_for(user).get(slug=slug)
    except Board.DoesNotExist as exc:
        raise Http404("No such board") from exc


def get_board_for_secretariat(user: Any, slug: str) -> Board:
    board = get_board_for_user(user, slug)
    if not is_secretariat(user, board.pk):
        raise PermissionDenied("Only the board's secretariat may do this")
    return board


def _may_open(user: Any, meeting: Meeting, pairs: frozenset[tuple[int, str]]) -> bool:
    """`meetings_for`'s rule for one meeting, from the memberships the user holds (`held`)."""
    if meeting.status == Meeting.Status.PUBLISHED or is_administrator(user):
        return True
    roles = {role for board, role in pairs if board == meeting.board_id}
    if Membership.Role.SECRETARIAT in roles:
        return True
    return bool(roles & set(READER_ROLES)) and meeting.status in READABLE_BY_MEMBERS


# A record by its board and date, with the file it was imported from, if any, and its agenda
# (whose papers the record lists), which its pages link to: in the same query, its SQL made
# once per process (every record page asks it).
_MEETING_BY_DAY = Prepared(
    Meeting,
    lambda slug, date: Meeting.objects.select_related("board", "original", "agenda").filter(
        board__slug=slug, date=date
    ),
)


def get_meeting_for_user(user: Any, board_slug: str, date: datetime.date) -> Meeting:
    pairs = frozenset() if is_administrator(user) else held(user)
    if pairs is None:
        # Outside a request: the rule as a query.
        meetings = meetings_for(user).select_related("board", "original", "agenda")
        try:
            return meetings.get(board__slug=board_slug, date=date)
        except Meeting.DoesNotExist as exc:
            raise Http404("No such record") from exc
    # In a request the memberships are known: the record read by its day, and the rule
    # (`meetings_for`'s) applied to it here.
    found = _MEETING_BY_DAY(board_slug, date)
    if not found or not _may_open(user, found[0], pairs):
        raise Http404("No such record")
    return found[0]


def get_meeting_for_secretariat(user: Any, board_slug: str, date: datetime.date) -> Meeting:
    meeting = get_meeting_for_user(user, board_slug, date)
    if not is_secretariat(user, meeting.board_id):
        raise PermissionDenied("Only the board's secretariat may change this record")
    return meeting


def view_signature(user: Any, board: Board) -> tuple[Any, ...]:
    """Everything a user's view of a board's pages depends on besides the data: who they are
    (their account, and the person it is: the actions naming that person are theirs) and the
    memberships they hold today, and the board's revision as `board` was read (every
    change to a record or its actions counts it up in the change's own transaction:
    `meetings.revisions`), with its stamp (a board made again starts its count afresh, never
    its stamp). A rendering kept under it is never served to anyone whose view differs, nor
    after a change."""
    changed = (board.revision, board.changed_at)
    if not is_signed_in(user):
        return ("public", board.pk, changed, timezone.localdate())
    pairs = held(user)
    memberships = sorted(
        current_memberships(user).values_list("board_id", "role") if pairs is None else pairs
    )
    person = getattr(user, "person", None)
    organisation = person.organisation_id if person else None
    return (
        user.pk,
        user.is_superuser,
        person.pk if person else None,
        organisation,
        tuple(memberships),
        board.pk,
        changed,
        timezone.localdate(),
    )
