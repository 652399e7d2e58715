"""The editor's page: the whole draft, one part of it open as a form when asked
(`?edit=paragraph:12`, `?add=action:12`), and a form sent after the session expired shown
again once the user has signed in."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.views.decorators.http import require_safe

from meetings.forms import (
    ActionForm,
    ActionFromWordsForm,
    MeetingDetailsForm,
    ParagraphForm,
    SectionForm,
)
from meetings.minutes import format_date
from meetings.models import Meeting, Paragraph
from meetings.scoping import get_meeting_for_secretariat
from meetings.services import editing
from meetings.views.common import parse_date
from meetings.views.editor.decorators import UNSAVED
from meetings.views.editor.forms import (
    Choices,
    OpenForm,
    action_add_form,
    action_form,
    attendee_add_form,
    attendee_form,
    choices_for,
)
from meetings.views.editor.layout import editor_page
from meetings.views.editor.parts import actions_of, attendances_of, paragraphs_of, sections_of
from prob.unsaved import take_kept


@require_safe
@login_required
def editor(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    if not meeting.is_editable:
        messages.info(
            request,
            f"This record is {meeting.get_status_display().lower()}, so it is not edited here.",
        )
        return redirect(meeting)
    choices = choices_for(meeting.board)
    if kept := take_kept(request, UNSAVED, meeting=meeting.pk):
        return _replay(request, meeting, choices, *kept)
    saved = request.GET.get("saved", "")
    open_form = _asked_for(request, meeting, choices)
    return editor_page(request, meeting, choices, open_form=open_form, saved=saved)


def _asked_for(request: HttpRequest, meeting: Meeting, choices: Choices) -> OpenForm | None:
    """The part the user asked to edit (?edit=paragraph:12) or to add to (?add=...), as a form
    with its current values."""
    kind, _, pk = (request.GET.get("edit", "") or request.GET.get("add", "")).partition(":")
    if not pk.isdecimal():
        return None
    if "add" in request.GET:
        kind = f"{kind}-add"
    lookups = {
        "paragraph": paragraphs_of,
        "section": sections_of,
        "action": actions_of,
        "attendee": attendances_of,
        "paragraph-add": sections_of,
        "action-add": paragraphs_of,
    }
    row = lookups[kind](meeting).filter(pk=pk).first() if kind in lookups else None
    if row is None:
        raise Http404("Nothing to edit")
    if kind == "action-add" and request.GET.get("text", "").strip():
        # "Make an action" of words chosen in the paragraph: owner and due date read from them.
        return OpenForm(kind, int(pk), _action_from_words(request.GET, row, choices, meeting))
    after = request.GET.get("after", "")
    if kind == "paragraph-add" and after.isdecimal():
        # A new paragraph where the clerk was: after that paragraph of the section.
        follows = (
            paragraphs_of(meeting).select_related("section").filter(pk=after, section=row).first()
        )
        if follows is not None:
            # Named as the box the editor's script opens there is, with or without it.
            form = ParagraphForm()
            form.fields["text"].label = f"New paragraph after {follows.ref}"
            return OpenForm(kind, int(pk), form, follows.pk)
    return OpenForm(kind, int(pk), _filled_form(kind, row, choices))


def _action_from_words(
    asked: QueryDict, paragraph: Paragraph, choices: Choices, meeting: Meeting
) -> Any:
    """The add-action form filled with the chosen words (`asked["text"]`), and the owner and due
    date the editing services read from them ("MPS to … by 31 March 2025"), for the clerk to
    confirm; with the words as selected, where they stood (`at`) and the paragraph's version
    they were selected in (`version`; by default the current one), so that adding the action
    takes them out of the paragraph, unless it has changed since."""
    words = asked["text"].strip()[: ActionFromWordsForm.base_fields["words"].max_length]
    text = " ".join(words.split())[: ActionForm.base_fields["text"].max_length]
    owner = editing.suggested_owner(text)
    due = editing.suggested_due(text, meeting.date)
    at, version = asked.get("at", ""), asked.get("version", "")
    initial: dict[str, Any] = {"text": text, "owner": str(owner.pk) if owner else "", "due": due}
    if text != " ".join(paragraph.text.split()):
        # Not the whole paragraph (which stays, holding the action): offered to move out of it.
        initial |= {
            "move_words": True,
            "words": words,
            "words_at": int(at) if at.isdecimal() else 0,
            "words_version": int(version) if version.isdecimal() else paragraph.version,
        }
    form = action_add_form(None, choices, ref=paragraph.ref, initial=initial)
    read = [f"owner {owner.short_name}" if owner else "", f"due {format_date(due)}" if due else ""]
    form.read_from_words = " and ".join(r for r in read if r)  # type: ignore[attr-defined]
    if owner is None:
        # No owner in the words: said, and the clerk starts at the owner field.
        form.owner_not_set = True  # type: ignore[attr-defined]
        form.focus_first = "owner"  # type: ignore[attr-defined]
    return form


def _filled_form(kind: str, row: Any, choices: Choices) -> Any:
    match kind:
        case "paragraph":
            initial = {
                "text": row.text,
                "restricted": row.restricted,
                "decision": row.decision,
                "version": row.version,
            }
            return ParagraphForm(initial=initial)
        case "section":
            return SectionForm(initial={"title": row.title, "restricted": row.restricted})
        case "action":
            initial = {
                "text": row.text,
                "owner": str(row.owner_id or ""),
                "owner_people": [str(p.pk) for p in row.owner_people.all()],
                "due": row.due,
            }
            return action_form(None, choices, initial=initial)
        case "attendee":
            initial = {"role": row.role, "kind": row.kind, "organisation": row.organisation_id}
            return attendee_form(None, choices, initial=initial)
        case "paragraph-add":
            return ParagraphForm()
        case _:  # "action-add"
            return action_form(None, choices)


def _replay(
    request: HttpRequest,
    meeting: Meeting,
    choices: Choices,
    data: QueryDict,
    unsaved: dict[str, Any],
) -> HttpResponse:
    """The form the user sent when their session had expired, with what they typed."""
    target = data.get("target", "")
    pk = int(target) if target.isdecimal() else None
    match unsaved["op"], pk:
        case "details", _:
            return editor_page(request, meeting, choices, details_form=MeetingDetailsForm(data))
        case "attendee-add", _:
            form = attendee_add_form(data, choices)
            return editor_page(request, meeting, choices, attendee_form=form)
        case "section-add", _:
            return editor_page(request, meeting, choices, section_form=SectionForm(data))
        case "attendee-update", int():
            open_form = OpenForm("attendee", pk, attendee_form(data, choices))
        case "section-update", int():
            open_form = OpenForm("section", pk, SectionForm(data))
        case "paragraph-add", int():
            open_form = OpenForm("paragraph-add", pk, ParagraphForm(data))
        case "paragraph-update", int():
            open_form = OpenForm("paragraph", pk, ParagraphForm(data))
        case "action-add", int():
            open_form = OpenForm("action-add", pk, action_add_form(data, choices))
        case "action-update", int():
            open_form = OpenForm("action", pk, action_form(data, choices))
        case _:
            # A move or a deletion: nothing was typed, and it is not done behind the user's back.
            return editor_page(request, meeting, choices)
    return editor_page(request, meeting, choices, open_form=open_form)
