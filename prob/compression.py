"""Gzip for what every anonymous reader gets alike, and for nothing that carries a secret.

Compressing a secret (a CSRF token, a signed-in user's page) in the same response as text an
attacker can choose (a search, a URL reflected in a link) lets them guess the secret from the
length of the response (BREACH). So a response is gzipped only when nothing in the request
names a reader (no session, no messages, no credentials), the response sets no cookie (a page
that used its CSRF token sets the CSRF cookie) and it is not marked private (drafts, a private
calendar reached by the secret in its address). Django's GZipMiddleware does the gzipping.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest, HttpResponseBase
from django.middleware.gzip import GZipMiddleware

# Text compresses well; PDFs, Word files, fonts and images are compressed already.
COMPRESSIBLE = (
    "text/",
    "application/json",
    "application/xml",
    "application/atom+xml",
    "application/javascript",
    "image/svg+xml",
)


def names_no_reader(request: HttpRequest) -> bool:
    """Whether the request is one any anonymous reader could have sent: no session (whose user
    may be signed in), no messages to show, no credentials."""
    user = getattr(request, "user", None)
    return (
        settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not (user is not None and user.is_authenticated)
    )


def carries_no_secret(response: HttpResponseBase) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and response.get("Content-Type", "").startswith(COMPRESSIBLE)
    )


class PublicGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, for anonymous responses that carry no secret only."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if not (names_no_reader(request) and carries_no_secret(response)):
            return response
        return super().process_response(request, response)
