"""The front door and a board's page: the boards the user may see, and one board's meetings,
announcements, members and open actions."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from meetings import public_pages
from meetings.comments import with_comments_to_resolve
from meetings.scoping import get_board_for_user, is_secretariat, sees_restricted
from meetings.views.calendars import upcoming_announcements


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    boards = public_pages.home_boards(request.user)
    return render(request, "meetings/home.html", {"boards": boards})


@require_safe
def board(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_user(request.user, slug)
    actions = public_pages.open_actions(request.user, board)
    secretariat = is_secretariat(request.user, board.pk)
    meetings = public_pages.board_meetings(request.user, board)
    if sees_restricted(request.user, board.pk):
        # The secretariat resolves comments, and the members who wrote them see them waiting:
        # each record says how many wait (the public never reads comments).
        meetings = with_comments_to_resolve(meetings)
    context = {
        "board": board,
        "years": public_pages.meetings_by_year(meetings),
        "is_secretariat": secretariat,
        "announcements": upcoming_announcements(request.user, board),
        "organisations": public_pages.current_members(board),
        "open_actions": actions[: public_pages.OPEN_ACTIONS],
        "more_actions": len(actions) > public_pages.OPEN_ACTIONS,
    }
    return render(request, "meetings/board.html", context)
