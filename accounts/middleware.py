"""A request sent in place by the page's script (htmx, or the editor's saves as you type) after
the session ended is not answered with the sign-in page: swapped into the page, that page blanked
the editor. It gets a short sign-in prompt (header `X-Sign-In`), which `static/js/session.js`
shows in place and focuses, leaving the page and what is typed in it as they are. Its status is
200, not 401: the browser logs every 4xx of a script's request as a console error, and this is
an answer the page expects, not a failure.

What the request carried is already kept for the person who typed it (`accounts.unsaved`, the
editor's `keeps_typed_text`): the prompt's link signs in and comes back to it.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url
from django.template.loader import render_to_string


class SignInInPlaceMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.headers.get("HX-Request") != "true" or response.status_code != 302:
            return response
        location = response.get("Location", "")
        if urlsplit(location).path != resolve_url(settings.LOGIN_URL):
            return response
        prompt = HttpResponse(
            render_to_string("registration/_signed_out.html", {"sign_in_url": location}),
        )
        # htmx leaves the page as it is; the script shows the prompt (`X-Sign-In`).
        prompt["HX-Reswap"] = "none"
        prompt["X-Sign-In"] = location
        return prompt
