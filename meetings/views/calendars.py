"""Meetings as iCalendar: a board's, which anyone may subscribe to, and each user's own private
calendar of the boards they belong to, at an address with a secret in it."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from meetings import ical
from meetings.models import Board, Meeting
from meetings.scoping import announced_meetings_for, current_memberships, get_board_for_user
from prob import site


def meeting_event(meeting: Meeting, *, name_board: bool = False) -> ical.Event:
    """One meeting as a calendar event. `meeting` comes from `announced_meetings_for`, with
    its board, and `readable` says whether the user it was scoped for may open its record.

    An announcement shows when and where, never the record: its link is the board page and
    its summary the board's name rather than the draft's title. `name_board` puts the board's
    name before a record's title, for a calendar holding more than one board. The UID and
    link come from SITE_URL, never the request's Host: a calendar program that reached the
    site by another name must still see the same events."""
    board = meeting.board
    if meeting.readable:
        summary, path = meeting.title, meeting.get_absolute_url()
        if name_board:
            summary = f"{board.name}: {summary}"
        stamp = meeting.updated
    else:
        summary, path = f"{board.name} meeting", reverse("meetings:board", args=[board.slug])
        agenda = getattr(meeting, "agenda", None)  # joined by the callers' queries
        if agenda is not None and agenda.is_published:
            # A published agenda is the public's: the event links to it.
            path = reverse("agenda:agenda", args=[board.slug, meeting.date.isoformat()])
        # Not when the draft behind the announcement was last saved: that would tell the
        # calendar's readers when the secretariat was writing it.
        stamp = datetime.datetime.combine(meeting.date, datetime.time(), tzinfo=datetime.UTC)
    return ical.Event(
        uid=f"meeting-{meeting.pk}@{site.host()}",
        summary=summary,
        date=meeting.date,
        start_time=meeting.start_time,
        length=datetime.timedelta(minutes=board.meeting_length),
        location=meeting.place,
        url=site.absolute(path),
        stamp=stamp,
    )


def ics_response(events: Iterable[ical.Event], *, name: str, filename: str) -> HttpResponse:
    body = ical.calendar(events, name=name)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_safe
def calendar(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_user(request.user, slug)
    meetings = (
        announced_meetings_for(request.user)
        .filter(board=board)
        .select_related("board", "agenda")
        .order_by("date")
    )
    return ics_response(
        (meeting_event(meeting) for meeting in meetings),
        name=board.name,
        filename=f"{board.slug}.ics",
    )


def personal_meetings(user: Any) -> Any:
    """The meetings of every board the user holds a current membership of, as far as the user
    may see them: drafts the user may read with their titles, announcements without."""
    boards = current_memberships(user).values("board_id")
    return (
        announced_meetings_for(user)
        .filter(board_id__in=boards)
        .select_related("board", "agenda")
        .order_by("date", "start_time", "pk")
    )


def upcoming_announcements(user: object, board: Board) -> list[Meeting]:
    """The board's meetings from today on whose date, time and place the user may see, for
    the board page; each marked `readable` so that only openable records are linked."""
    return list(
        announced_meetings_for(user)
        .filter(board=board, date__gte=timezone.localdate())
        # With its agenda, linked once published (to the secretariat always).
        .select_related("board", "agenda")
        .order_by("date")
    )
