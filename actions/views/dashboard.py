"""The board's dashboard: records awaiting agreement, open and overdue actions by owner, the
overdue list, and how the open and overdue counts moved over the last twelve months."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from actions.selectors_board import board_dashboard
from meetings.scoping import get_board_for_user, sees_restricted


@require_safe
@login_required
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    """For the board's members and secretariat; others who may see the board get 403."""
    board = get_board_for_user(request.user, slug)
    if not sees_restricted(request.user, board.pk):
        raise PermissionDenied("The dashboard is for the board's members and secretariat")
    today = timezone.localdate()
    context = {
        "board": board,
        "today": today,
        "dashboard": board_dashboard(request.user, board, today),
    }
    return render(request, "actions/dashboard.html", context)
