"""Comments beside a record's paragraphs: board members and the secretariat leave them while the
record is circulated, the secretariat marks each resolved, and the board (never the public)
goes on reading them once the record is agreed.

The record page (`meetings.views.records._record_page`) shows them through
`record_with_comments`, which reads every comment of the record in one query.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, fields, replace
from types import ModuleType
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from meetings.models import Comment, Meeting, Paragraph
from meetings.records import ParagraphView, RecordView
from meetings.scoping import get_meeting_for_secretariat, get_meeting_for_user, sees_restricted
from meetings.services.comments import comment_add, comment_resolve
from prob import limits


class CommentForm(forms.Form):
    text = forms.CharField(
        label="Your comment",
        max_length=limits.COMMENT,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write your comment before sending it."},
    )

    def __init__(self, *args: Any, paragraph_id: int, ref: str, **kwargs: Any) -> None:
        # One form per paragraph on the page: each needs its own ids and its own label.
        kwargs.setdefault("auto_id", f"id_comment_{paragraph_id}_%s")
        super().__init__(*args, **kwargs)
        self.paragraph_id = paragraph_id
        self.fields["text"].label = f"Your comment on {ref}"


# --- Reading: the record page's comments --------------------------------------------------------


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


def _name(user: Any) -> str:
    return user.display_name if user is not None else "Unknown"


def _comment(comment: Comment, *, resolver: bool) -> CommentView:
    return CommentView(
        id=comment.pk,
        author=_name(comment.author),
        created=comment.created,
        text=comment.text,
        resolved_at=comment.resolved_at,
        resolved_by=_name(comment.resolved_by) if comment.is_resolved else None,
        can_resolve=resolver and not comment.is_resolved,
    )


def record_with_comments(
    record: RecordView, *, resolver: bool, bound: CommentForm | None = None
) -> RecordView:
    """The record with each paragraph's comments, in one query whatever their number, and while
    it is circulated a comment form per paragraph (`bound`, sent back with an error, in its
    paragraph's place). Only for readers of the full record: the public never gets here, so
    no withheld paragraph's comments can leak."""
    meeting = record.meeting
    comments = (
        Comment.objects.filter(paragraph__section__meeting=meeting)
        .select_related("author__person__organisation", "resolved_by__person__organisation")
        .order_by("created", "pk")
    )
    threads: dict[int, list[CommentView]] = {}
    for comment in comments:
        threads.setdefault(comment.paragraph_id, []).append(_comment(comment, resolver=resolver))
    taking_comments = meeting.status == Meeting.Status.CIRCULATED

    def form_for(paragraph: ParagraphView) -> CommentForm | None:
        if bound is not None and bound.paragraph_id == paragraph.id:
            return bound
        if taking_comments:
            return CommentForm(paragraph_id=paragraph.id, ref=paragraph.ref)
        return None

    def commented(paragraph: ParagraphView) -> CommentedParagraphView:
        values = {f.name: getattr(paragraph, f.name) for f in fields(paragraph)}
        return CommentedParagraphView(
            **values, comments=threads.get(paragraph.id, []), comment_form=form_for(paragraph)
        )

    sections = [
        replace(section, paragraphs=[commented(p) for p in section.paragraphs])
        for section in record.sections
    ]
    return replace(record, sections=sections)


# --- Writing ------------------------------------------------------------------------------------


def _record_pages() -> ModuleType:
    # Imported here, not above: the record page imports this module for its comments.
    from meetings.views import records

    return records


def _at_paragraph(meeting: Meeting, paragraph: Paragraph) -> str:
    return meeting.get_absolute_url() + "#" + paragraph.anchor


@require_POST
@login_required
def add(request: HttpRequest, slug: str, date: str, paragraph: int) -> HttpResponse:
    records = _record_pages()
    meeting = get_meeting_for_user(request.user, slug, records._parse_date(date))
    if not sees_restricted(request.user, meeting.board_id):
        raise PermissionDenied("Only the board's members and secretariat comment on its records")
    row = (
        Paragraph.objects.select_related("section")
        .filter(section__meeting=meeting, pk=paragraph)
        .first()
    )
    if row is None:
        raise Http404("Not part of this record")
    form = CommentForm(request.POST, paragraph_id=row.pk, ref=row.ref)
    if form.is_valid():
        try:
            comment_add(paragraph=row, author=request.user, text=form.cleaned_data["text"])
        except ValidationError as exc:
            records._add_errors(form, exc)
        else:
            messages.success(request, f"Your comment on {row.ref} is added.")
            return redirect(_at_paragraph(meeting, row))
    return records._record_page(request, slug, date, status=400, comment_form=form)


@require_POST
@login_required
def resolve(request: HttpRequest, slug: str, date: str, comment: int) -> HttpResponse:
    records = _record_pages()
    meeting = get_meeting_for_secretariat(request.user, slug, records._parse_date(date))
    row = (
        Comment.objects.select_related("paragraph__section")
        .filter(paragraph__section__meeting=meeting, pk=comment)
        .first()
    )
    if row is None:
        raise Http404("Not part of this record")
    try:
        comment_resolve(comment=row, by=request.user)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
        return records._record_page(request, slug, date, status=400)
    messages.success(request, f"The comment on {row.paragraph.ref} is marked resolved.")
    return redirect(_at_paragraph(meeting, row.paragraph))
