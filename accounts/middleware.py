"""A request sent in place by the page's script (htmx, or the editor's saves as you type) after
the session ended is not answered with the sign-in page: swapped into the page, that page blanked
the editor. It gets a short sign-in prompt (header `X-Sign-In`), which `static/js/session.js`
shows in place and focuses, leaving the page and what is typed in it as they are. Its status is
200, not 401: the browser logs every 4xx of a script's request as a console error, and this is
an answer the page expects, not a failure.

The same goes for a request refused (403) to someone no longer signed in: with every cookie
gone (cleared, or a browser that dropped them), the CSRF check refuses the post before any view
runs, and that refusal means the same thing, "sign in again".

What a view's request carried is already kept for the person who typed it (`prob.unsaved`,
the editor's `keeps_typed_text`): the prompt's link signs in and comes back to it. A request
the CSRF check refused reached no view, so nothing of it was kept (and with the cookies gone
no one could be told it was theirs): the prompt says so, and to copy the text still on the page.

A form posted the ordinary way (not by script) to an address that takes only a POST, by someone
not signed in, is sent to sign in coming back to the page the form was on, never to that
address (after sign-in the browser asks it with a GET, answered 405: a dead end).
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme


class SignInInPlaceMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.headers.get("HX-Request") != "true":
            return _not_back_to_a_post(request, response)
        # Refused before any view ran (the CSRF check, every cookie gone): nothing was kept,
        # and the prompt says so. A redirect to sign in comes from a view, which kept it.
        kept = response.status_code == 302
        if response.status_code == 403 and not _signed_in(request):
            location = redirect_to_login(_page_of(request))["Location"]
        elif kept:
            location = response.get("Location", "")
            if urlsplit(location).path != resolve_url(settings.LOGIN_URL):
                return response
        else:
            return response
        prompt = HttpResponse(
            render_to_string(
                "registration/_signed_out.html", {"sign_in_url": location, "kept": kept}
            ),
        )
        # htmx leaves the page as it is; the script shows the prompt (`X-Sign-In`).
        prompt["HX-Reswap"] = "none"
        prompt["X-Sign-In"] = location
        return prompt


def _not_back_to_a_post(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A form posted by someone not signed in (`login_required` on a view that takes only a
    POST) is sent to sign in with `next` the address it posted to, which answers a GET with
    405 after sign-in: a dead end. It comes back to the page the form was on instead (its
    Referer, which the site's referrer policy sends to itself)."""
    if request.method != "POST" or response.status_code != 302:
        return response
    location = urlsplit(response.get("Location", ""))
    if location.path != resolve_url(settings.LOGIN_URL):
        return response
    if parse_qs(location.query).get(REDIRECT_FIELD_NAME) != [request.path]:
        return response
    if (page := _page_of(request)) != request.path:
        response["Location"] = redirect_to_login(page)["Location"]
    return response


def _signed_in(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


def _page_of(request: HttpRequest) -> str:
    """The page the request was sent from (htmx says it; the editor's saves send a Referer),
    to come back to after signing in; else the address posted to."""
    page = request.headers.get("HX-Current-URL") or request.headers.get("Referer") or ""
    if page and url_has_allowed_host_and_scheme(
        page, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        parts = urlsplit(page)
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return request.path
