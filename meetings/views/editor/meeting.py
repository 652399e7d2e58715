"""The meeting itself: a new draft, and its date, time, place and title."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.views.decorators.http import require_http_methods, require_POST

from meetings.forms import MeetingDetailsForm, NewMeetingForm
from meetings.scoping import get_board_for_secretariat, get_meeting_for_secretariat
from meetings.services import editing
from meetings.views.common import add_errors, parse_date
from meetings.views.editor.answers import refusal, refused_row_tool, saved
from meetings.views.editor.decorators import keeps_typed_text
from meetings.views.editor.forms import choices_for
from meetings.views.editor.layout import editor_page


@require_POST
@keeps_typed_text
def details(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    form = MeetingDetailsForm(request.POST)
    if form.is_valid():
        try:
            editing.meeting_update(meeting=meeting, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            refusal(form, exc)
        else:
            return saved(request, meeting, "The meeting's details are saved.", "details-heading")
    choices = choices_for(meeting.board)
    return editor_page(request, meeting, choices, status=400, details_form=form)


@require_POST
@keeps_typed_text
def renumber(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    """An imported draft's references as written given up for PROB's numbers, in order."""
    meeting = get_meeting_for_secretariat(request.user, slug, parse_date(date))
    form = forms.Form(request.POST)
    try:
        count = editing.record_renumber_in_order(meeting=meeting, by=request.user)
    except ValidationError as exc:
        return refused_row_tool(request, meeting, form, exc)
    return saved(
        request,
        meeting,
        f"Renumbered in order: {count} reference{pluralize(count)} as written in the imported "
        "minutes gave way to PROB's numbers, which now follow every edit. The history keeps "
        "the references as written.",
        # The keyboard carries on from the record's first section, renumbered.
        f"section-{first.pk}" if (first := meeting.sections.order_by("position").first()) else "",
    )


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def new_meeting(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_secretariat(request.user, slug)
    form = NewMeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = editing.meeting_new(board=board, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, f"{meeting.title} is created as a draft.")
            return redirect("meetings:editor", board.slug, meeting.date.isoformat())
    status = 400 if request.method == "POST" else 200
    return render(
        request, "meetings/new_meeting.html", {"board": board, "form": form}, status=status
    )
