"""Saying that a record changed: one explicit call from every service that changes what a record
says or shows, inside the service's own transaction. Nothing here listens to signals.

`record_changed(meeting, content=…)` counts up the record's `revision` (every change) and, for a
change to what it says, its `content_revision`; it writes the new counts onto the Meeting held
in memory (and any other copies handed to it), so a caller goes on rendering the record without
reading it again. It also counts up the record's board's `revision` and stamps its `changed_at`
(the board's action log is kept under them), unless the record is a draft and stays one: the
log lists only the actions of records past draft (`actions.filters.board_log`), so the
editor's saves, several a minute while a clerk types, leave every reader's kept log as it is; a
step of the lifecycle (`status_moved=True`) always moves it, a record returned to draft
leaving the log. `records_changed` does the same for every
record a rename shows again; `board_changed` for a change to a board that is not a record's
(its settings, its memberships); `action_updated` for an owner's progress update that moves
no status, which no record shows (it moves only the board's `updates_revision`, for the action
log's rows).

`meetings.artefacts` stores renderings under the revisions (and the render version, which a
deploy moves), so nothing rendered before a change is served after it, on any process. When
tasks run outside the request (a worker, in production), each change to what a published record
says also queues the making of its files at the new content revision
(`meetings.renderings.record_render`), so no reader waits for them.

Which of an action's fields are its tracking (a change that moves no content revision) is
declared once, in `meetings.tracking`.
"""

from __future__ import annotations

from functools import reduce
from operator import or_
from typing import Any

from django.db import transaction
from django.db.models import F, Model, Q, QuerySet
from django.utils import timezone

from meetings.models import (
    Action,
    Attendance,
    Board,
    Comment,
    Meeting,
    Organisation,
    Person,
)

_COUNTS = ("revision", "updated", "content_revision", "content_updated")


def record_changed(
    meeting: Meeting, *copies: Meeting | None, content: bool, status_moved: bool = False
) -> None:
    """Says that `meeting`'s record changed: what it says (`content`), or only an action's
    tracking. Call it inside the transaction that made the change, after the change. The new
    counts are written onto `meeting` and `copies` (other copies of the same record in memory,
    e.g. the caller's and a locked one). `status_moved`: the change took the record from one
    status to another (its board's action log is made again even if it is now a draft)."""
    now = timezone.now()
    changes: dict[str, Any] = {"revision": F("revision") + 1, "updated": now}
    if content:
        changes |= {"content_revision": F("content_revision") + 1, "content_updated": now}
    Meeting.objects.filter(pk=meeting.pk).update(**changes)
    fresh = Meeting.objects.values(*_COUNTS, "status", "board_id").get(pk=meeting.pk)
    for copy in (meeting, *filter(None, copies)):
        assert copy.pk == meeting.pk, "copies of another record"
        for name in _COUNTS:
            setattr(copy, name, fresh[name])
    if status_moved or fresh["status"] != Meeting.Status.DRAFT:
        _boards_changed(Q(pk=fresh["board_id"]))
    if content and fresh["status"] == Meeting.Status.PUBLISHED:
        _render_ahead(Q(pk=meeting.pk))


def held_copy(obj: Model, *path: str) -> Meeting | None:
    """The meeting reached from `obj` along `path` ("paragraph", "section", "meeting"), if
    every step is already in memory: the caller's copy, for `record_changed` to bring up to date
    without a query (None when the caller holds none)."""
    for name in path:
        if not obj._meta.get_field(name).is_cached(obj):  # type: ignore[attr-defined]
            return None
        obj = getattr(obj, name)
    assert isinstance(obj, Meeting)
    return obj


def records_changed(records: QuerySet[Meeting], *, content: bool = True) -> None:
    """Says that every record of `records` changed (a board, organisation or person they name
    was renamed): each counts up as `record_changed` would, and so do their boards."""
    pks = list(records.order_by().values_list("pk", flat=True).distinct())
    if not pks:
        return
    now = timezone.now()
    changes: dict[str, Any] = {"revision": F("revision") + 1, "updated": now}
    if content:
        changes |= {"content_revision": F("content_revision") + 1, "content_updated": now}
    Meeting.objects.filter(pk__in=pks).update(**changes)
    _boards_changed(Q(pk__in=Meeting.objects.filter(pk__in=pks).values("board_id")))
    if content:
        _render_ahead(Q(pk__in=pks))


def board_changed(board: Board) -> None:
    """Says that something of `board` that is not a record changed (its settings, a membership):
    its action log is made again."""
    _boards_changed(Q(pk=board.pk))
    fresh = Board.objects.values("revision", "changed_at").get(pk=board.pk)
    for name, value in fresh.items():
        setattr(board, name, value)


def action_updated(board_id: int) -> None:
    """Says that an owner posted a progress update that moves no status on an action of the
    board: no record shows it, so no revision moves; the board's `updates_revision` does, under
    which the action log keeps its rows' latest updates (`actions.views.log`)."""
    Board.objects.filter(pk=board_id).update(updates_revision=F("updates_revision") + 1)


def board_renamed(board: Board) -> None:
    """A board's name, slug or settings changed: every record of it shows them."""
    records_changed(Meeting.objects.filter(board=board.pk))
    board_changed(board)


# The record of an action or a comment (each on a paragraph).
_PARAGRAPHS_RECORD = "paragraph__section__meeting"


def organisation_renamed(organisation: Organisation) -> None:
    """Every record that names the organisation (an attendee's, an action's owner, the
    organisation of a comment's author or resolver) reads anew."""
    records_changed(
        _records_of(
            Attendance.objects.filter(organisation=organisation.pk).values("meeting"),
            Action.objects.filter(owner=organisation.pk).values(_PARAGRAPHS_RECORD),
            Comment.objects.filter(
                Q(author__person__organisation=organisation.pk)
                | Q(resolved_by__person__organisation=organisation.pk)
            ).values(_PARAGRAPHS_RECORD),
        )
    )


def person_renamed(person: Person) -> None:
    """Every record that names the person (an attendee, an action's owner, a comment's author
    or resolver) reads anew, and the boards they are a member of (whose memberships the API
    lists)."""
    records_changed(
        _records_of(
            Attendance.objects.filter(person=person.pk).values("meeting"),
            Action.objects.filter(owner_people=person.pk).values(_PARAGRAPHS_RECORD),
            Comment.objects.filter(
                Q(author__person=person.pk) | Q(resolved_by__person=person.pk)
            ).values(_PARAGRAPHS_RECORD),
        )
    )
    for board in Board.objects.filter(memberships__person=person.pk).distinct():
        board_changed(board)


def user_renamed(user: Any) -> None:
    """An account's name changed: the records whose comments it wrote or resolved read anew
    (a comment names an account with no person by the account's own name)."""
    records_changed(
        _records_of(
            Comment.objects.filter(Q(author=user.pk) | Q(resolved_by=user.pk)).values(
                _PARAGRAPHS_RECORD
            )
        )
    )


def _records_of(*meetings: QuerySet) -> QuerySet[Meeting]:
    """The records whose ids `meetings` (each a `values()` of rows naming someone) give: one
    query of subqueries, not a join of every record's attendees, paragraphs and comments."""
    return Meeting.objects.filter(reduce(or_, (Q(pk__in=ids) for ids in meetings)))


def _boards_changed(boards: Q) -> None:
    Board.objects.filter(boards).update(revision=F("revision") + 1, changed_at=timezone.now())
    # Whatever the public may see moves a board (a draft's edits alone do not): once the change
    # is committed, copies this process keeps of published pages are checked again at once.
    transaction.on_commit(_count_change_here)


_changes_here = 0


def _count_change_here() -> None:
    global _changes_here
    _changes_here += 1


def changes_here() -> int:
    """How many changes to what the public may see this process has committed: the front door
    (`meetings.middleware`) serves a copy unchecked only while this stays as it was."""
    return _changes_here


def _render_ahead(records: Q) -> None:
    from meetings.renderings import runs_in_background

    # Run at once, the task would only move the rendering from the reader's request into
    # the writer's.
    if runs_in_background():
        transaction.on_commit(lambda: _render_published(records))


def _render_published(records: Q) -> None:
    from meetings.renderings import render_soon

    published = Meeting.objects.filter(records, status=Meeting.Status.PUBLISHED)
    for meeting in published.only("pk", "status", "content_revision", "content_updated"):
        render_soon(meeting)
