"""A user's private calendar of their boards' meetings, read by a calendar program through the
address with their token (`CalendarToken`; made and replaced on their account page)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from accounts.models import CalendarToken
from meetings.views.calendars import ics_response, meeting_event, personal_meetings


@require_safe
def personal_calendar(request: HttpRequest, token: str) -> HttpResponse:
    """The private calendar at /calendar/<token>.ics. A calendar program has no session: the
    token alone says whose calendar it is; an unknown or replaced token is 404. Never kept by
    a shared cache: it may hold the titles of drafts."""
    found = (
        CalendarToken.objects.select_related("user")
        .filter(token=token, user__is_active=True)
        .first()
    )
    if found is None:
        raise Http404("No such calendar")
    user = found.user
    response = ics_response(
        (meeting_event(m, name_board=True) for m in personal_meetings(user)),
        name="PROB: my meetings",
        filename="prob-meetings.ics",
    )
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response
