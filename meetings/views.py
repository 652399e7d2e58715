import datetime
import json

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from meetings.history import record_history
from meetings.models import Board, Meeting
from meetings.records import attendee_groups, load_record, record_as_dict, record_as_text
from meetings.scoping import (
    boards_for,
    get_board_for_user,
    get_meeting_for_user,
    meetings_for,
    sees_restricted,
)


def _parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise Http404("No such record") from exc


def _record_for(request: HttpRequest, slug: str, date: str) -> Meeting:
    """The record as this user may read it; `meeting.public` says whether content was withheld."""
    meeting = get_meeting_for_user(request.user, slug, _parse_date(date))
    meeting.public = not sees_restricted(request.user, meeting.board_id)
    return load_record(meeting, public=meeting.public)


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    visible = meetings_for(request.user)
    boards = boards_for(request.user).annotate(
        record_count=Count("meetings", filter=Q(meetings__in=visible))
    )
    return render(request, "meetings/home.html", {"boards": boards})


@require_safe
def board(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_user(request.user, slug)
    meetings = (
        meetings_for(request.user).filter(board=board).select_related("board").order_by("-date")
    )
    return render(request, "meetings/board.html", {"board": board, "meetings": meetings})


@require_safe
def record(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = _record_for(request, slug, date)
    groups = attendee_groups(meeting)
    context = {
        "meeting": meeting,
        "attendee_groups": groups,
        # Kind headings only where someone was not simply present, as the record does.
        "show_kinds": len(groups) > 1 or (groups and groups[0][0] != "Present"),
        "shows_history": not meeting.public,
    }
    return _as_record(render(request, "meetings/record.html", context), meeting, "")


@require_safe
def record_json(request: HttpRequest, slug: str, date: str) -> JsonResponse:
    meeting = _record_for(request, slug, date)
    response = JsonResponse(record_as_dict(meeting), json_dumps_params={"ensure_ascii": False})
    return _as_record(response, meeting, "json")


@require_safe
def record_text(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = _record_for(request, slug, date)
    response = HttpResponse(record_as_text(meeting), content_type="text/plain; charset=utf-8")
    return _as_record(response, meeting, "txt")


def _as_record(response: HttpResponse, meeting: Meeting, extension: str) -> HttpResponse:
    if extension:
        filename = f"{meeting.board.slug}-{meeting.date.isoformat()}.{extension}"
        response["Content-Disposition"] = f'inline; filename="{filename}"'
    if not meeting.public:
        # Drafts and restricted content must never sit in a shared cache.
        patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
def history(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, slug, _parse_date(date))
    if not sees_restricted(request.user, meeting.board_id):
        raise PermissionDenied("The history of a record is for its board")
    return render(
        request, "meetings/history.html", {"meeting": meeting, "entries": record_history(meeting)}
    )


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    # Touches the database so a load balancer takes a process out when it cannot reach it.
    Board.objects.exists()
    return HttpResponse(json.dumps({"status": "ok"}), content_type="application/json")
