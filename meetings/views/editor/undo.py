"""Deleting with Undo: a deletion says what went and offers to put it back; a section's deletion
first says what goes with it.

What a deletion took is kept in the clerk's session (`UNDO`, the last `KEEP` deletions), under a
token the Undo button posts; putting it back is `meetings.services.undo.deletion_restore`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
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
from meetings.services import editing
from meetings.services.undo import (
    Deletion,
    WordsMoved,
    deletion_restore,
    goes_with,
    label_of,
    part_delete,
    words_put_back,
)
from meetings.views.common import parse_date
from meetings.views.editor.answers import refused_row_tool, saved

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
        return refused_row_tool(request, meeting, forms.Form(request.POST), exc)
    _keep(request, deletion.token, deletion.as_dict())
    message = render_to_string(
        "meetings/editor/_deleted.html",
        {"deletion": deletion, "meeting": meeting, "undo_url": _undo_url(meeting)},
        request=request,
    )
    return saved(request, meeting, mark_safe(message), "deleted-message")  # noqa: S308


def _keep(request: HttpRequest, token: str, undone: dict[str, Any]) -> None:
    kept = request.session.get(UNDO, {})
    kept[token] = undone
    # Oldest first (dicts keep their order): only the last few are kept.
    request.session[UNDO] = dict(list(kept.items())[-KEEP:])


def words_taken(
    request: HttpRequest, meeting: Meeting, taken: editing.WordsTaken, due: str
) -> HttpResponse:
    """An action made of words selected in a paragraph: back to the editor at the new action,
    saying the words left the paragraph, with Undo (which puts them back and removes the
    action); or, if they were left in it, why."""
    action = taken.action
    if not taken.taken:
        message = f"The action is added{due}. {taken.left}"
        return saved(request, meeting, message, f"action-{action.pk}", messages.WARNING)
    moved = WordsMoved.of(taken)
    _keep(request, moved.token, moved.as_dict())
    message = render_to_string(
        "meetings/editor/_words_moved.html",
        {"moved": moved, "taken": taken, "due": due, "undo_url": _undo_url(meeting)},
        request=request,
    )
    return saved(request, meeting, mark_safe(message), f"action-{action.pk}")  # noqa: S308


def _undo_url(meeting: Meeting) -> str:
    return reverse("meetings:edit", args=[meeting.board.slug, meeting.date.isoformat(), "undo"])


@require_POST
@login_required
def undo(request: HttpRequest, slug: str, date: str, op: str) -> HttpResponse:
    """Puts back a part deleted in this session, where it was, with its numbers, actions and
    comments; or words made into an action in this session, back in their paragraph, and the
    action removed."""
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
        return refused_row_tool(request, meeting, form, exc)
    try:
        message, anchor = _put_back(request, meeting, kept[token])
    except ValidationError as exc:
        return refused_row_tool(request, meeting, form, exc)
    del kept[token]
    request.session[UNDO] = kept
    return saved(request, meeting, message, anchor)


def _put_back(request: HttpRequest, meeting: Meeting, undone: dict[str, Any]) -> tuple[str, str]:
    """Undoes what `undone` kept (a deletion, or words made into an action), and says so; returns
    the message and the anchor of the part to carry on from."""
    if undone.get("kind") == "words":
        moved = WordsMoved.from_dict(undone)
        paragraph = words_put_back(meeting=meeting, moved=moved, by=request.user)
        return (
            f"The words are back in paragraph {paragraph.ref}, and the action made of them is "
            "removed.",
            moved.anchor,
        )
    deletion = Deletion.from_dict(undone)
    part = deletion_restore(meeting=meeting, deletion=deletion, by=request.user)
    with_ = f", with its {deletion.goes_with}" if deletion.goes_with else ""
    return f"{label_of(part)} is back where it was{with_}.", deletion.anchor


def confirm_section_delete(
    request: HttpRequest, meeting: Meeting, section: Section
) -> HttpResponse:
    """The step before a section is deleted: what goes with it. A page of its own without
    JavaScript; with htmx, the same content in the editor's place."""
    if not meeting.is_editable:
        exc = ValidationError(
            "Only a draft's sections are deleted: return the record to draft first."
        )
        return refused_row_tool(request, meeting, forms.Form(request.POST), exc)
    try:
        taken = goes_with(section)
    except ValidationError as exc:
        return refused_row_tool(request, meeting, forms.Form(request.POST), exc)
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
