"""What anyone may subscribe to: a board's meetings as iCalendar."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from meetings import ical
from meetings.models import Board, Meeting
from meetings.scoping import announced_meetings_for, get_board_for_user


def _event(request: HttpRequest, board: Board, meeting: Meeting) -> ical.Event:
    # An announcement shows when and where, never the record: its link is the board page and
    # its summary the board's name rather than the draft's title.
    if meeting.readable:
        summary, path = meeting.title, meeting.get_absolute_url()
    else:
        summary, path = f"{board.name} meeting", reverse("meetings:board", args=[board.slug])
    return ical.Event(
        uid=f"meeting-{meeting.pk}@{request.get_host()}",
        summary=summary,
        date=meeting.date,
        start_time=meeting.start_time,
        location=meeting.place,
        url=request.build_absolute_uri(path),
        stamp=meeting.updated,
    )


@require_safe
def calendar(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_user(request.user, slug)
    meetings = announced_meetings_for(request.user).filter(board=board).order_by("date")
    text = ical.calendar((_event(request, board, meeting) for meeting in meetings), name=board.name)
    response = HttpResponse(text.encode("utf-8"), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{board.slug}.ics"'
    return response


def upcoming_announcements(user: object, board: Board) -> list[Meeting]:
    """The board's meetings from today on whose date, time and place the user may see, for
    the board page; each marked `readable` so that only openable records are linked."""
    return list(
        announced_meetings_for(user)
        .filter(board=board, date__gte=timezone.localdate())
        .order_by("date")
    )
