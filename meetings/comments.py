"""A record's comments as its page shows them: every comment of the record read in one query
and set beside its paragraph, with a comment form per paragraph while the record is circulated.
Read by the record page (`meetings.views.records`) and the comment views alike."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from meetings.forms import CommentForm
from meetings.models import Comment, Meeting
from meetings.records import ParagraphView, RecordView
from prob.prepared import Prepared


@dataclass(frozen=True)
class CommentView:
    id: int
    author: str
    created: datetime.datetime
    text: str
    resolved_at: datetime.datetime | None
    resolved_by: str | None
    can_resolve: bool


@dataclass(frozen=True)
class CommentedParagraphView(ParagraphView):
    comments: list[CommentView] = field(default_factory=list)
    comment_form: CommentForm | None = None


# What a comment's view reads beside it, in the same query.
COMMENT_PEOPLE = ("author__person__organisation", "resolved_by__person__organisation")


def _name(user: Any) -> str:
    return user.display_name if user is not None else "Unknown"


def comment_view(comment: Comment, *, resolver: bool) -> CommentView:
    """A comment as the page shows it (its author and resolver named: read them with
    `select_related`, as `COMMENT_PEOPLE`)."""
    return CommentView(
        id=comment.pk,
        author=_name(comment.author),
        created=comment.created,
        text=comment.text,
        resolved_at=comment.resolved_at,
        resolved_by=_name(comment.resolved_by) if comment.is_resolved else None,
        can_resolve=resolver and not comment.is_resolved,
    )


def comment_threads(comments: QuerySet[Comment], *, resolver: bool) -> dict[int, list[CommentView]]:
    """`comments` (one query, their people with them) as each paragraph's thread, by the
    paragraph's id, oldest first."""
    return _threads(comments.select_related(*COMMENT_PEOPLE).order_by("created", "pk"), resolver)


def _threads(comments: Iterable[Comment], resolver: bool) -> dict[int, list[CommentView]]:
    threads: dict[int, list[CommentView]] = {}
    for comment in comments:
        threads.setdefault(comment.paragraph_id, []).append(
            comment_view(comment, resolver=resolver)
        )
    return threads


# Every comment of a record, as `comment_threads` reads them: the record page's query, its SQL
# made once per process.
_RECORD_COMMENTS = Prepared(
    Comment,
    lambda meeting_id: (
        Comment.objects.filter(paragraph__section__meeting_id=meeting_id)
        .select_related(*COMMENT_PEOPLE)
        .order_by("created", "pk")
    ),
)


def unresolved_threads(meeting: Meeting) -> tuple[dict[int, list[CommentView]], ToResolve]:
    """The record's comments nobody has resolved, by paragraph (one query), and their count
    and first: what the secretariat's editor sets beside its paragraphs and in its header.
    Adding or resolving a comment counts the record's revision up (`record_changed`), so a
    part of a page kept per revision never shows a thread as it was."""
    threads = comment_threads(
        Comment.objects.filter(paragraph__section__meeting=meeting, resolved_at__isnull=True),
        resolver=True,
    )
    return threads, waiting_of([comment for thread in threads.values() for comment in thread])


def record_with_comments(
    record: RecordView, *, resolver: bool, bound: CommentForm | None = None
) -> RecordView:
    """The record with each paragraph's comments, in one query whatever their number, and while
    it is circulated a comment form per paragraph (`bound`, sent back with an error, in its
    paragraph's place). Only for readers of the full record: the public never gets here, so
    no withheld paragraph's comments can leak."""
    meeting = record.meeting
    threads = _threads(_RECORD_COMMENTS(meeting.pk), resolver)
    taking_comments = meeting.status == Meeting.Status.CIRCULATED
    if not threads and bound is None and not taking_comments:
        # Nothing to set beside any paragraph (a published record nobody commented on): the
        # record as it is, not a copy of its every section.
        return record

    def form_for(paragraph: ParagraphView) -> CommentForm | None:
        if bound is not None and bound.paragraph_id == paragraph.id:
            return bound
        if taking_comments:
            return CommentForm(paragraph_id=paragraph.id, ref=paragraph.ref)
        return None

    def commented(paragraph: ParagraphView) -> ParagraphView:
        thread, form = threads.get(paragraph.id, []), form_for(paragraph)
        if not thread and form is None:
            return paragraph  # nothing beside it: the paragraph as it is (and a page's most)
        values = {f.name: getattr(paragraph, f.name) for f in fields(paragraph)}
        return CommentedParagraphView(**values, comments=thread, comment_form=form)

    sections = [
        replace(section, paragraphs=[commented(p) for p in section.paragraphs])
        for section in record.sections
    ]
    return replace(record, sections=sections)


@dataclass(frozen=True)
class ToResolve:
    """The comments a record has that nobody has resolved yet, and the first of them."""

    count: int
    first: int | None


def comments_to_resolve(record: RecordView) -> ToResolve:
    """From a record `record_with_comments` gave: no further query."""
    waiting = [
        comment
        for section in record.sections
        for paragraph in section.paragraphs
        for comment in getattr(paragraph, "comments", [])
        if comment.resolved_at is None
    ]
    return waiting_of(waiting)


def waiting_of(waiting: list[CommentView]) -> ToResolve:
    """How many of `waiting` (comments not resolved) there are, and the oldest."""
    first = min(waiting, key=lambda c: (c.created, c.id), default=None)
    return ToResolve(len(waiting), first.id if first else None)


def to_resolve_of(meeting: Meeting) -> ToResolve:
    """The record's comments to resolve read afresh (one query), for a page that has not read
    its comments: the header a resolution in place sends back."""
    waiting = list(
        Comment.objects.filter(paragraph__section__meeting=meeting, resolved_at__isnull=True)
        .order_by("created", "pk")
        .values_list("pk", flat=True)
    )
    return ToResolve(len(waiting), waiting[0] if waiting else None)


def with_comments_to_resolve(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Each meeting with `comments_to_resolve` and `first_comment_to_resolve`, in the same query
    (subqueries), so that a list of records keeps its query count however many there are."""
    waiting = Comment.objects.filter(
        paragraph__section__meeting=OuterRef("pk"), resolved_at__isnull=True
    )
    counted = (
        waiting.order_by().values("paragraph__section__meeting").annotate(n=Count("pk")).values("n")
    )
    return meetings.annotate(
        comments_to_resolve=Coalesce(Subquery(counted), 0),
        first_comment_to_resolve=Subquery(waiting.order_by("created", "pk").values("pk")[:1]),
    )
