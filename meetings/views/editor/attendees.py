"""Who attended: added (a new person on the spot, if need be), changed, moved and removed."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from meetings.models import Person
from meetings.scoping import get_meeting_for_secretariat
from meetings.services import editing
from meetings.views.common import parse_date
from meetings.views.editor.answers import (
    autosave,
    move_part,
    refusal,
    refused_part,
    saved,
    saved_in_place,
)
from meetings.views.editor.decorators import keeps_typed_text
from meetings.views.editor.forms import OpenForm, attendee_add_form, attendee_form, choices_for
from meetings.views.editor.layout import editor_page
from meetings.views.editor.parts import attendances_of, organisation, posted_part
from meetings.views.editor.undo import delete_with_undo


@require_POST
@keeps_typed_text
def attendee_add(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    choices = choices_for(meeting.board)
    form = attendee_add_form(request.POST, choices)
    if form.is_valid():
        d = form.cleaned_data
        try:
            attendance = editing.attendance_add(
                meeting=meeting,
                by=request.user,
                kind=d["kind"],
                role=d["role"],
                person=Person.objects.filter(pk=d["person"]).first() if d["person"] else None,
                name=d["name"],
                organisation=organisation(d["organisation"]),
            )
        except ValidationError as exc:
            refusal(form, exc)
        else:
            return saved(request, meeting, "The attendee is added.", f"attendee-{attendance.pk}")
    return editor_page(request, meeting, choices, status=400, attendee_form=form)


@require_POST
@keeps_typed_text
def attendee_update(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    attendance = posted_part(attendances_of(meeting), request)
    choices = choices_for(meeting.board)
    open_form = OpenForm("attendee", attendance.pk, attendee_form(request.POST, choices))
    if not open_form.form.is_valid():
        return refused_part(request, meeting, choices, open_form)
    d = open_form.form.cleaned_data
    try:
        editing.attendance_update(
            attendance=attendance,
            by=request.user,
            role=d["role"],
            kind=d["kind"],
            # The form in place sends the role and attendance only: the organisation stays.
            organisation=(
                organisation(d["organisation"])
                if "organisation" in request.POST
                else attendance.organisation
            ),
        )
    except ValidationError as exc:
        return refused_part(request, meeting, choices, open_form, exc)
    if autosave(request):
        return saved_in_place()
    part = f"attendee-{attendance.pk}"
    return saved(request, meeting, "The attendee is saved.", part, within="editor-attendees")


@require_POST
@keeps_typed_text
def attendee_move(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    attendance = posted_part(attendances_of(meeting), request)
    part = f"attendee-{attendance.pk}"
    return move_part(
        request,
        meeting,
        editing.attendance_move,
        part,
        within="editor-attendees",
        attendance=attendance,
    )


@require_POST
@keeps_typed_text
def attendee_delete(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    attendance = posted_part(attendances_of(meeting), request)
    return delete_with_undo(request, meeting, editing.attendance_delete, attendance=attendance)
