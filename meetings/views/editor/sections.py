"""The record's sections: added at the end, retitled, moved and deleted (numbers follow)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from meetings.forms import SectionForm
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
from meetings.views.editor.forms import OpenForm, choices_for
from meetings.views.editor.layout import editor_page
from meetings.views.editor.parts import posted_part, sections_of
from meetings.views.editor.undo import confirm_section_delete, delete_with_undo


@require_POST
@keeps_typed_text
def section_add(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    form = SectionForm(request.POST)
    if form.is_valid():
        try:
            section = editing.section_add(meeting=meeting, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            refusal(form, exc)
        else:
            return saved(request, meeting, "The section is added.", f"section-{section.pk}")
    choices = choices_for(meeting.board)
    return editor_page(request, meeting, choices, status=400, section_form=form)


@require_POST
@keeps_typed_text
def section_update(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    section = posted_part(sections_of(meeting), request)
    choices = choices_for(meeting.board)
    open_form = OpenForm("section", section.pk, SectionForm(request.POST))
    if not open_form.form.is_valid():
        return refused_part(request, meeting, choices, open_form)
    try:
        editing.section_update(section=section, by=request.user, **open_form.form.cleaned_data)
    except ValidationError as exc:
        return refused_part(request, meeting, choices, open_form, exc)
    if autosave(request):
        return saved_in_place()
    part = f"section-{section.pk}"
    return saved(request, meeting, "The section is saved.", part, within=part)


@require_POST
@keeps_typed_text
def section_move(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    section = posted_part(sections_of(meeting), request)
    part = f"section-{section.pk}"
    return move_part(request, meeting, editing.section_move, part, section=section)


@require_POST
@keeps_typed_text
def section_delete(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    section = posted_part(sections_of(meeting), request)
    # A section takes its paragraphs with it: the first post says what goes, and asks.
    if request.POST.get("confirmed") != "1":
        return confirm_section_delete(request, meeting, section)
    return delete_with_undo(request, meeting, editing.section_delete, section=section)
