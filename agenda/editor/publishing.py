"""The agenda published (`publish`), its changes since published again (`republish`), both
through the one service `agenda.services.agenda_publish`; and the record started from the
agenda (`start_record`)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from agenda import services
from agenda.editor.page import back, refusal
from agenda.scoping import AgendaAccess, get_agenda_for_secretariat
from meetings.views.common import parse_date


def _published(request: HttpRequest, access: AgendaAccess, verb: str) -> HttpResponse:
    if access.agenda is None:
        return refusal(request, access, ValidationError("The agenda has no items yet."))
    try:
        services.agenda_publish(agenda=access.agenda, by=request.user, verb=verb)
    except ValidationError as exc:
        return refusal(request, access, exc)
    messages.success(request, services.AGENDA_VERBS[verb].done_message)
    return back(access)


@login_required
@require_POST
def publish(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    return _published(request, access, "publish")


@login_required
@require_POST
def republish(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    return _published(request, access, "republish")


@login_required
@require_POST
def start_record(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    try:
        sections = services.record_start_from_agenda(meeting=access.meeting, by=request.user)
    except ValidationError as exc:
        return refusal(request, access, exc)
    messages.success(
        request, f"The record is started from the agenda: {len(sections)} sections to write."
    )
    meeting = access.meeting
    return redirect("meetings:editor", meeting.board.slug, meeting.date.isoformat())
