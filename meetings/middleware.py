"""Published records answered from this process's memory: the one cache in front of them.

An anonymous GET or HEAD for a published record's page or download is the same response for
every reader until the record changes. The first such request goes through the rest of the
stack; its response (status, headers, body) is kept in this process's memory with the record's
revision and the render version (`meetings.render_version`), under the address asked for
(scheme, host and path, and whether the reader takes gzip: the kept body is the one sent,
compressed once by `prob.compression` below, not on every request). Later requests are
answered from memory; at most once a second per record the revision is read again (one query,
through the scoping layer, as the public), and at once after this process commits a change
the public may see (`revisions.changes_here`); a changed or withdrawn record goes back through
the stack. Browsers and proxies are told they may keep a public record for a minute anyway
(`meetings.artefacts.respond`), so a second is well inside what is promised. While the database
is unreachable the kept copy is still served.

It sits below SecurityMiddleware, WhiteNoise and CommonMiddleware (`MIDDLEWARE`): the SSL
redirect, the host check (CommonMiddleware's `get_host`) and their headers apply to every
answer it gives, and it re-implements none of them. What a kept copy has no use for is below
it, run once when the copy is made: gzip, the session (a request with a session cookie is
never answered from a copy), CSRF, authentication, messages. Which addresses it keeps is the
URL configuration's to say: views marked `@kept_for_the_public`, resolved by Django.
"""

from __future__ import annotations

import datetime
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.urls import Resolver404, resolve
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

from meetings.render_version import render_version
from meetings.revisions import changes_here
from meetings.scoping import meetings_for


def kept_for_the_public[View: Callable[..., Any]](view: View) -> View:
    """Marks a view of a published record (`slug` and `date` in its URL) whose anonymous
    answer this middleware may keep for every reader."""
    view.kept_for_the_public = True  # type: ignore[attr-defined]
    return view


# How long a kept copy is served before the record's revision is read again.
RECHECK_SECONDS = 1.0
# Copies kept per process, the least recently used dropped first: at most this many, and at
# most this many bytes of bodies together (a 300-paragraph record's PDF is ~0.3 MB, its page
# ~0.1 MB gzipped), so a process's copies never outgrow a small share of its memory however
# many records are read. A body larger than the whole budget is answered and not kept.
MAX_COPIES = 256
MAX_COPY_BYTES = 64 * 1024 * 1024
# What makes a request conditional (`get_conditional_response`): without any, the copy as kept.
_CONDITIONAL = (
    "HTTP_IF_MATCH",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_UNMODIFIED_SINCE",
)


def carries_no_state(request: HttpRequest) -> bool:
    """Whether the request is one every anonymous reader could have sent: no query, no
    session (which could hold a message to show or a signed-in user), no message cookie. Only
    such a request is answered with the copy made for all of them."""
    return (
        not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


@dataclass
class _Copy:
    record: tuple[str, str]  # the board's slug and the date, from the address
    version: tuple[object, ...]
    checked: float
    changes: int  # `changes_here()` when it was checked
    status: int
    headers: dict[str, tuple[str, str]]  # as the response held them, each checked then
    body: bytes
    modified: int | None


class PublishedRecordMiddleware:
    """Answers anonymous readers of published records from a copy of the response the whole
    stack made, its security headers included. Keeps only what was public (`Cache-Control:
    public`), set no cookie, and answered 200."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.copies: OrderedDict[str, _Copy] = OrderedDict()
        self.kept_bytes = 0  # the bodies' bytes in `copies`
        self.lock = threading.Lock()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or not carries_no_state(request):
            return self.get_response(request)
        # Per address, not per path: a response the stack made for one host (or scheme)
        # could name it, and must never be served to a reader who asked for another. The host
        # was checked above (CommonMiddleware), as for every request. A reader who takes gzip
        # gets the copy gzipped when it was made (`Vary: Accept-Encoding` on both).
        gzip = re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        key = f"{request.scheme}://{request.get_host()}{request.path_info}{' gzip' * bool(gzip)}"
        with self.lock:
            copy = self.copies.get(key)
            if copy is not None:
                self.copies.move_to_end(key)
        now, changes = time.monotonic(), changes_here()
        if copy is not None and now - copy.checked < RECHECK_SECONDS and copy.changes == changes:
            return self._replay(request, copy)
        record = copy.record if copy is not None else self._record(request)
        if record is None:
            return self.get_response(request)
        try:
            version = self._version(*record)
        except DatabaseError:
            if copy is not None:
                return self._replay(request, copy)  # stale, but better than nothing
            raise
        if copy is not None and version == copy.version:
            copy.checked, copy.changes = now, changes
            return self._replay(request, copy)
        response = self.get_response(request)
        with self.lock:
            gone = self.copies.pop(key, None)
            if gone is not None:
                self.kept_bytes -= len(gone.body)
        if (
            version is not None
            and self._keepable(request, response)
            and len(response.content) <= MAX_COPY_BYTES
        ):
            modified = parse_http_date_safe(response.get("Last-Modified", ""))
            headers = dict(response.headers._store)
            kept = _Copy(
                record,
                version,
                now,
                changes,
                response.status_code,
                headers,
                response.content,
                modified,
            )
            with self.lock:
                self.copies[key] = kept
                self.kept_bytes += len(kept.body)
                while len(self.copies) > MAX_COPIES or self.kept_bytes > MAX_COPY_BYTES:
                    self.kept_bytes -= len(self.copies.popitem(last=False)[1].body)
        return response

    @staticmethod
    def _version(slug: str, date: str) -> tuple[object, ...] | None:
        """The published record's revision, as the public may see it, with the render
        version it is shown under; None if the public may not see it."""
        found = (
            meetings_for(AnonymousUser())
            .filter(board__slug=slug, date=date)
            .values_list("pk", "revision", "updated")
            .first()
        )
        return (*found, render_version()) if found else None

    @staticmethod
    def _record(request: HttpRequest) -> tuple[str, str] | None:
        """The record the address is a page or download of, if its view is marked
        `@kept_for_the_public` (the URL configuration says, as Django resolves it); else None."""
        try:
            match = resolve(request.path_info, getattr(request, "urlconf", None))
        except Resolver404:
            return None
        if not getattr(match.func, "kept_for_the_public", False):
            return None
        slug, date = match.kwargs["slug"], str(match.kwargs["date"])
        try:
            datetime.date.fromisoformat(date)
        except ValueError:  # no such day: the view answers 404
            return None
        return slug, date

    @staticmethod
    def _keepable(request: HttpRequest, response: HttpResponse) -> bool:
        return (
            request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "public" in response.get("Cache-Control", "")
        )

    @staticmethod
    def _replay(request: HttpRequest, copy: _Copy) -> HttpResponse:
        response = HttpResponse(copy.body if request.method == "GET" else b"", status=copy.status)
        # The kept headers as they are: Django checked each name and value when the response
        # was made (setting them one by one again was a tenth of the answer's time).
        response.headers._store = dict(copy.headers)
        if not any(header in request.META for header in _CONDITIONAL):
            return response
        return get_conditional_response(
            request, etag=response.get("ETag"), last_modified=copy.modified, response=response
        )
