"""A member's attendance record, `/boards/<slug>/members/<id>/`: the board's meetings they were
expected at (a member on the day), attended, or sent apologies to, as the records the reader
may open say (the public: published records only)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from meetings.registers import attendance_record, get_membership
from meetings.scoping import get_board_for_user


@require_safe
def member(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    board = get_board_for_user(request.user, slug)
    membership = get_membership(board, pk)
    if membership is None:
        raise Http404("No such member")
    membership.board = board  # fetched already, through the reader's scope
    record = attendance_record(request.user, membership)
    return render(request, "meetings/member.html", {"board": board, "record": record})
