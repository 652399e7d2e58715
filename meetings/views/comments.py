"""Comments beside a record's paragraphs: board members and the secretariat leave them while the
record is circulated, the secretariat marks each resolved, and the board (never the public)
goes on reading them once the record is agreed.

The record page (`meetings.views.records.record_page`) shows them through
`meetings.comments.record_with_comments`, which reads every comment of the record in one
query; these views write them.
"""

from __future__ import annotations

import types

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from meetings.comments import COMMENT_PEOPLE, comment_threads, comment_view, to_resolve_of
from meetings.forms import CommentForm
from meetings.models import Comment, Meeting, Paragraph
from meetings.scoping import (
    get_meeting_for_secretariat,
    get_meeting_for_user,
    is_secretariat,
    sees_restricted,
)
from meetings.services.comments import comment_add, comment_resolve
from meetings.views.common import add_errors, parse_date
from meetings.views.editor.forms import choices_for
from meetings.views.editor.layout import editor_page
from meetings.views.records import record_page


def _at_paragraph(meeting: Meeting, paragraph: Paragraph) -> str:
    return meeting.get_absolute_url() + "#" + paragraph.anchor


def _in_editor(request: HttpRequest, meeting: Meeting) -> bool:
    """Whether the post came from the secretariat's editor (a draft with comments left from its
    circulation), to be answered there rather than on the record page."""
    return request.POST.get("back") == "editor" and meeting.is_editable


def _at_paragraph_in_editor(meeting: Meeting, paragraph: Paragraph) -> str:
    editor = reverse("meetings:editor", args=[meeting.board.slug, meeting.date.isoformat()])
    return f"{editor}?saved=paragraph-{paragraph.pk}#paragraph-{paragraph.pk}"


@require_POST
@login_required
def add(request: HttpRequest, slug: str, date: str, paragraph: int) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, slug, parse_date(date))
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
            add_errors(form, exc)
        else:
            added = f"Your comment on {row.ref} is added."
            if request.htmx:
                fresh = CommentForm(paragraph_id=row.pk, ref=row.ref)
                return _in_place(request, meeting, row, fresh, added=added)
            messages.success(request, added)
            return redirect(_at_paragraph(meeting, row))
    if request.htmx:
        return _in_place(request, meeting, row, form, status=400)
    return record_page(request, slug, date, status=400, comment_form=form)


def _in_place(
    request: HttpRequest,
    meeting: Meeting,
    row: Paragraph,
    form: CommentForm,
    *,
    added: str = "",
    status: int = 200,
) -> HttpResponse:
    """A comment sent with htmx, answered in the paragraph's place with its comments and its
    form: refused, with what was typed and why (the error summary takes the focus); added,
    with the comment among the others and `added` said (and focused)."""
    resolver = is_secretariat(request.user, meeting.board_id)
    thread = comment_threads(Comment.objects.filter(paragraph=row), resolver=resolver)
    shown = types.SimpleNamespace(
        id=row.pk, ref=row.ref, comments=thread.get(row.pk, []), comment_form=form
    )
    context = {"paragraph": shown, "meeting": meeting, "added": added}
    return render(request, "meetings/_comments.html", context, status=status)


@require_POST
@login_required
def resolve(request: HttpRequest, slug: str, date: str, comment: int) -> HttpResponse:
    # The form read before anything is written: a post Django refuses (a field over its size
    # limit) is answered 400 with the comment as it was, not after it was resolved.
    request.POST  # noqa: B018
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
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
        if request.htmx:
            # Resolved meanwhile (by someone else): the comment as it now stands, and why.
            return _resolved_in_place(request, meeting, row, note=" ".join(exc.messages))
        for message in exc.messages:
            messages.error(request, message)
        if _in_editor(request, meeting):
            return editor_page(request, meeting, choices_for(meeting.board), status=400)
        return record_page(request, slug, date, status=400)
    if request.htmx:
        return _resolved_in_place(request, meeting, row, note="")
    messages.success(request, f"The comment on {row.paragraph.ref} is marked resolved.")
    if _in_editor(request, meeting):
        return redirect(_at_paragraph_in_editor(meeting, row.paragraph))
    return redirect(_at_paragraph(meeting, row.paragraph))


def _resolved_in_place(
    request: HttpRequest, meeting: Meeting, row: Comment, *, note: str
) -> HttpResponse:
    """The comment resolved, put in place of its item (and focused there), with the record
    header's count of those left, out of band."""
    fresh = Comment.objects.select_related(*COMMENT_PEOPLE).get(pk=row.pk)
    context = {
        "comment": comment_view(fresh, resolver=True),
        "paragraph": row.paragraph,
        "meeting": meeting,
        "note": note,
        "focus_here": True,
        "to_resolve": to_resolve_of(meeting),
        "oob": True,
    }
    return render(request, "meetings/_comment_resolved.html", context)
