"""The record's actions, each under its paragraph: added (the owner read from the words if
none is chosen), edited, moved and deleted."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from meetings.minutes import format_date
from meetings.models import Action
from meetings.scoping import get_meeting_for_secretariat
from meetings.services import editing
from meetings.views.common import parse_date
from meetings.views.editor.answers import move_part, refused_part, saved
from meetings.views.editor.decorators import keeps_typed_text
from meetings.views.editor.forms import (
    OpenForm,
    action_add_form,
    action_fields,
    action_form,
    choices_for,
)
from meetings.views.editor.parts import actions_of, paragraphs_of, posted_part
from meetings.views.editor.undo import delete_with_undo, words_taken


def _due(action: Action) -> str:
    """The due date in the saved message, so the clerk sees the date read from the words."""
    return f", due {format_date(action.due)}" if action.due else ""


@require_POST
@keeps_typed_text
def action_add(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    paragraph = posted_part(paragraphs_of(meeting), request)
    choices = choices_for(meeting.board)
    form = action_add_form(request.POST, choices, ref=paragraph.ref)
    open_form = OpenForm("action-add", paragraph.pk, form)
    if not form.is_valid():
        return refused_part(request, meeting, choices, open_form)
    d = form.cleaned_data
    fields = action_fields(d)
    try:
        if d.get("words") and d.get("move_words"):
            # Made of words selected in the paragraph: they move out of it into the action.
            taken = editing.action_from_words(
                paragraph=paragraph,
                by=request.user,
                words=d["words"],
                at=d["words_at"] or 0,
                version=d["words_version"] or 0,
                **fields,
            )
            return words_taken(request, meeting, taken, _due(taken.action))
        action = editing.action_add(paragraph=paragraph, by=request.user, **fields)
    except ValidationError as exc:
        return refused_part(request, meeting, choices, open_form, exc)
    return saved(request, meeting, f"The action is added{_due(action)}.", f"action-{action.pk}")


@require_POST
@keeps_typed_text
def action_update(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    action = posted_part(actions_of(meeting), request)
    choices = choices_for(meeting.board)
    open_form = OpenForm("action", action.pk, action_form(request.POST, choices))
    if not open_form.form.is_valid():
        return refused_part(request, meeting, choices, open_form)
    fields = action_fields(open_form.form.cleaned_data)
    try:
        editing.action_update(action=action, by=request.user, **fields)
    except ValidationError as exc:
        return refused_part(request, meeting, choices, open_form, exc)
    within = f"section-{action.paragraph.section_id}"
    message = f"The action is saved{_due(action)}."
    return saved(request, meeting, message, f"action-{action.pk}", within=within)


@require_POST
@keeps_typed_text
def action_move(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    action = posted_part(actions_of(meeting), request)
    part, within = f"action-{action.pk}", f"section-{action.paragraph.section_id}"
    return move_part(request, meeting, editing.action_move, part, within=within, action=action)


@require_POST
@keeps_typed_text
def action_delete(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    action = posted_part(actions_of(meeting), request)
    return delete_with_undo(request, meeting, editing.action_delete, action=action)
