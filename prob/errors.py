from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import get_template


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """A request Django could not read (a form over its limits, a broken body): the site's
    page, as 403, 404 and 500 have, not the bare "Bad Request (400)"."""
    if not hasattr(request, "user"):
        # Refused before the session was read (a middleware above it).
        request.user = AnonymousUser()
    try:
        return render(request, "400.html", status=400)
    except Exception:
        # What made the request unreadable (its Host, say) breaks the layout too.
        return HttpResponse(
            "Bad request: what was sent could not be read. Nothing was saved.",
            status=400,
            content_type="text/plain; charset=utf-8",
        )


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors: whatever broke the request may break them too.
    return HttpResponse(get_template("500.html").render(), status=500)
