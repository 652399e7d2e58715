"""Deleting with Undo: a deletion says what went and offers to put it back; a section's deletion
first says what goes with it.

What a deletion took is kept in the clerk's session (`UNDO`, the last `KEEP` deletions), under a
token the Undo button posts; putting it back is `meetings.services.undo.deletion_restore`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from meetings.models import Meeting, Section
from meetings.scoping import get_meeting_for_secretariat
from meetings.services.undo import Deletion, deletion_restore, goes_with, label_of, part_delete
from meetings.views.common import parse_date
from meetings.views.editor import common

# The session key under which a clerk's recent deletions wait to be undone.
UNDO = "undo_deletions"
KEEP = 10


def delete_with_undo(
    request: HttpRequest, meeting: Meeting, service: Callable[..., None], **row: Any
) -> HttpResponse:
    """Deletes the part `row` names by its editing `service`'s keyword (`paragraph=...`), keeps
    what went for Undo, and comes back to the editor saying what went, with the Undo button
    focused."""
    (part,) = row.values()
    try:
        deletion = part_delete(part=part, service=service, by=request.user, **row)
    except ValidationError as exc:
        return common.refused_row_tool(request, meeting, forms.Form(request.POST), exc)
    kept = request.session.get(UNDO, {})
    kept[deletion.token] = deletion.as_dict()
    # Oldest first (dicts keep their order): only the last few are kept.
    request.session[UNDO] = dict(list(kept.items())[-KEEP:])
    message = render_to_string(
        "meetings/editor/_deleted.html",
        {"deletion": deletion, "meeting": meeting, "undo_url": _undo_url(meeting)},
        request=request,
    )
    return common.saved(request, meeting, mark_safe(message), "deleted-message")  # noqa: S308


def _undo_url(meeting: Meeting) -> str:
    return reverse("meetings:edit", args=[meeting.board.slug, meeting.date.isoformat(), "undo"])


@require_POST
@login_required
def undo(request: HttpRequest, slug: str, date: str, op: str) -> HttpResponse:
    """Puts back a part deleted in this session, where it was, with its numbers, actions and
    comments."""
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    kept = request.session.get(UNDO, {})
    token = request.POST.get("target", "")
    form = forms.Form(request.POST)
    if token not in kept:
        exc = ValidationError(
            "It can no longer be undone: a deletion can be undone only in the session that made "
            f"it, and only for its last {KEEP} deletions. The record's history keeps what was "
            "deleted."
        )
        return common.refused_row_tool(request, meeting, form, exc)
    deletion = Deletion.from_dict(kept[token])
    try:
        part = deletion_restore(meeting=meeting, deletion=deletion, by=request.user)
    except ValidationError as exc:
        return common.refused_row_tool(request, meeting, form, exc)
    del kept[token]
    request.session[UNDO] = kept
    with_ = f", with its {deletion.goes_with}" if deletion.goes_with else ""
    message = f"{label_of(part)} is back where it was{with_}."
    return common.saved(request, meeting, message, deletion.anchor)


def confirm_section_delete(
    request: HttpRequest, meeting: Meeting, section: Section
) -> HttpResponse:
    """The step before a section is deleted: what goes with it. A page of its own without
    JavaScript; with htmx, the same content in the editor's place."""
    if not meeting.is_editable:
        exc = ValidationError(
            "Only a draft's sections are deleted: return the record to draft first."
        )
        return common.refused_row_tool(request, meeting, forms.Form(request.POST), exc)
    try:
        taken = goes_with(section)
    except ValidationError as exc:
        return common.refused_row_tool(request, meeting, forms.Form(request.POST), exc)
    context = {
        "meeting": meeting,
        "section": section,
        "goes_with": taken,
        "editor_url": reverse(
            "meetings:editor", args=[meeting.board.slug, meeting.date.isoformat()]
        ),
    }
    response = render(request, "meetings/editor/section_delete.html", context)
    # The editor's address stays in the browser: the confirmation is not a page to come back to.
    response["HX-Push-Url"] = "false"
    return response
