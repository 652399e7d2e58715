"""The file a record was imported from, served by PROB with the record's own access rules."""

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from meetings.scoping import get_meeting_for_user, sees_restricted
from meetings.services.originals import readable_original
from meetings.views.common import parse_date


@require_safe
def original(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, slug, parse_date(date))
    kept = readable_original(meeting, public=not sees_restricted(request.user, meeting.board_id))
    if kept is None:
        raise Http404("This record keeps no original for you")
    try:
        # Read whole: an original is no larger than an upload may be (MAX_UPLOAD_BYTES).
        with kept.file.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError as exc:
        raise Http404("The original is missing from storage") from exc
    # Always a download, of the type told from its bytes: an uploaded file is never shown
    # in the browser, where an HTML page or a script in it would run as PROB's own.
    response = HttpResponse(data, content_type=kept.content_type)
    response["Content-Disposition"] = content_disposition_header(True, kept.name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    if not kept.published_copy:
        # What the public may not have must never sit in a shared cache.
        patch_cache_control(response, private=True, no_store=True)
    return response
