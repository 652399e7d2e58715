"""Rules that hold for every request, in one place each."""

import logging
import re
import select
import sys
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import TooManyFieldsSent
from django.core.signals import got_request_exception
from django.db import DEFAULT_DB_ALIAS, DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.template.loader import get_template
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme

from prob.characters import shown_as_stored

Handler = Callable[[HttpRequest], HttpResponse]


class RequestSizeLimitMiddleware:
    """Refuses a body over MAX_REQUEST_BYTES before anything reads it.

    Django bounds form fields and files held in memory, but a multipart upload still streams
    to disk in full; a declared length over the limit is answered 413 at once.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse("Bad Content-Length.", status=400, content_type="text/plain")
        if length > settings.MAX_REQUEST_BYTES:
            return too_large(request, length)
        return self.get_response(request)


def too_large(request: HttpRequest, length: int) -> HttpResponse:
    """The 413 page (QA H-2): the site's layout, the limit and what was sent, what to do for a
    whole archive (`manage.py import_minutes`) and a way back to the page the form was on. No
    session or user is read yet (this answers before anything reads the body)."""
    back = reverse("home")
    referer = request.headers.get("Referer", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = urlsplit(referer).path or back
    context = {
        "limit": filesizeformat(settings.MAX_REQUEST_BYTES),
        "sent": filesizeformat(length),
        "back": back,
        "back_is_page": back != reverse("home"),
    }
    # Sessions are not read this early: the page's navigation is the signed-out one.
    request.user = AnonymousUser()
    return render(request, "413.html", context, status=413)


def refuse_too_many_fields(request: HttpRequest) -> None:
    """Refuses a multipart body, already read, with more fields than Django reads
    (DATA_UPLOAD_MAX_NUMBER_FIELDS) as Django's parser would (TooManyFieldsSent: a 400), counted
    in the body at once: the parser finds out only after reading a thousand parts' headers
    (~28 ms of CPU for a hostile post of 1,001 one-byte fields). Its count, from below: every
    part between two of the boundary's marks (the parser splits at each, as here), less one for
    each "filename" anywhere (a file's part names one; files are not fields), past the limit
    by more than the parser's two (the empty parts before the first mark and after the last)."""
    limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    boundary = request.content_params.get("boundary", "")
    if limit is None or not boundary or not boundary.isascii():
        return  # no limit, or a boundary the parser itself refuses
    body = request.body
    parts = body.count(b"--" + boundary.encode()) + 1
    if parts > limit + 2 and parts - body.lower().count(b"filename") > limit + 2:
        raise TooManyFieldsSent(
            "The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS."
        )


# Control characters (Unicode category Cc) and lone surrogates: nothing a person types in a
# search box or a link carries them, and PostgreSQL refuses NUL in any text it is given.
_UNTYPEABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _typeable(value: str) -> str:
    """`value` with a space for each control character that separates words (tab, newline)
    and without the others, so that "stop\tand search" still finds what it says."""
    return _UNTYPEABLE.sub(lambda match: " " if match.group().isspace() else "", value)


def _rebuilt(
    lists: list[tuple[str, list[str]]], clean: Callable[[str], str], *, keys: bool = False
) -> QueryDict:
    """A request's QueryDict again, each value (and with `keys`, each name) through `clean`."""
    cleaned = QueryDict(mutable=True)
    for key, values in lists:
        for value in values:
            cleaned.appendlist(clean(key) if keys else key, clean(value))
    cleaned._mutable = False
    return cleaned


class QueryStringCleanMiddleware:
    """Every name and value in the query string without control characters, before any view
    (search, the action log's filters, sorting, pages, the API) reads `request.GET`.

    The reader gets what the characters they could have typed ask for rather than an error
    (posted forms lose them too: `PostedTextCleanMiddleware`).
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.META.get("QUERY_STRING") and "GET" not in vars(request):
            return self.get_response(request)  # no query, nor a `request.GET` to clean yet
        lists = list(request.GET.lists())
        if any(_UNTYPEABLE.search(key + "".join(values)) for key, values in lists):
            request.GET = _rebuilt(lists, _typeable, keys=True)
        return self.get_response(request)


class PostedTextCleanMiddleware:
    """Every value of a posted form without control characters (but tab and line breaks) and
    without the direction controls that can make text show other than it is stored
    (`prob.characters.shown_as_stored`), before any form reads it: one place for every text
    field of the site, typed or pasted. Only forms: a JSON body is the
    API's. The body is read first (kept, so a view may still read `request.body`), so a
    multipart form is cleaned only while small: a larger one carries a file, whose form the
    view reads from the stream (the import cleans what it reads: `imports.Document`)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method != "POST":
            return self.get_response(request)
        small = int(request.META.get("CONTENT_LENGTH") or 0) <= (
            settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0
        )
        if request.content_type == "application/x-www-form-urlencoded" or (
            request.content_type == "multipart/form-data" and small
        ):
            request.body  # noqa: B018 - read and kept before the form is parsed from it
            if request.content_type == "multipart/form-data":
                refuse_too_many_fields(request)
            lists = list(request.POST.lists())
            if any(shown_as_stored(value) != value for _, values in lists for value in values):
                request.POST = _rebuilt(lists, shown_as_stored)
        return self.get_response(request)


class PrivateWhenSignedInMiddleware:
    """Nothing shown to a signed-in user may be kept by a shared cache or the browser: their
    pages may hold drafts, restricted content and their own actions."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response


class PostOnlyPageMiddleware:
    """An address that takes only posts (a form's target), opened as a page — reloaded,
    bookmarked, typed — answers 405 with a page that says so and leads on, not Django's blank
    405. (The editor's changes and the record's workflow steps lead back to their page
    themselves.) The response is the view's own, its Allow header kept."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.status_code == 405
            and request.method in ("GET", "HEAD")
            and not getattr(response, "streaming", False)
            and not response.content
        ):
            response.content = get_template("405.html").render({}, request)
            response["Content-Type"] = "text/html; charset=utf-8"
        return response


class DatabaseUnavailableMiddleware:
    """Answers 503 with a friendly page while the database cannot be reached.

    An OperationalError or InterfaceError (or one raised *from* such an error) while handling a
    request, in a view or in any middleware below this one (sessions, authentication), means
    the database is down or was restarted: the user gets templates/503.html with Retry-After,
    never a 500 or a traceback. The page is rendered without a request, so no context processor
    touches the database.

    Django turns an exception into a response at every middleware layer before this one could
    see it, so a ``got_request_exception`` receiver re-raises database errors as
    ``DatabaseUnavailable`` for requests that passed through here; that skips the inner layers'
    500 handling and its traceback log, and this middleware answers.

    The broken connection is closed at once, so the next request reconnects (together with
    CONN_HEALTH_CHECKS this means a worker recovers by itself when the database is back). The
    health check costs a query only where the connection's socket says something happened
    (`_checked_by_socket`).
    Logged once per outage and process: a warning at the first failure, and one saying how
    long it lasted at the first request that reaches the database again.
    """

    RETRY_AFTER_SECONDS = 5
    GUARD_ATTRIBUTE = "_prob_database_unavailable_guard"

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response
        self._lock = threading.Lock()
        self._outage_started: float | None = None
        self._refused = 0

    def __call__(self, request: HttpRequest) -> HttpResponse:
        setattr(request, self.GUARD_ATTRIBUTE, True)
        _checked_by_socket()
        try:
            response = self.get_response(request)
        except DatabaseUnavailable as unavailable:
            return self._unavailable(unavailable.__cause__ or unavailable)
        if self._outage_started is not None and response.status_code != 503:
            self._check_recovered()
        return response

    def _unavailable(self, error: BaseException) -> HttpResponse:
        _close_broken_connections()
        with self._lock:
            self._refused += 1
            if self._outage_started is None:
                self._outage_started = time.monotonic()
                database_logger.warning(
                    "Database unavailable, answering 503 until it is back: %s",
                    str(error).strip() or type(error).__name__,
                )
        response = HttpResponse(
            get_template("503.html").render({"retry_after": self.RETRY_AFTER_SECONDS}),
            status=503,
        )
        response["Retry-After"] = str(self.RETRY_AFTER_SECONDS)
        patch_cache_control(response, no_store=True)
        return response

    def _check_recovered(self) -> None:
        if not _database_reachable():
            return
        with self._lock:
            if self._outage_started is None:
                return
            took = time.monotonic() - self._outage_started
            database_logger.warning(
                "Database available again after %.1f s (%d requests answered 503)",
                took,
                self._refused,
            )
            self._outage_started = None
            self._refused = 0


class DatabaseUnavailable(Exception):
    """A database error met while handling a request, on its way to the middleware above."""


database_logger = logging.getLogger("prob.database")


def _is_database_unreachable(error: BaseException | None) -> bool:
    for _ in range(5):  # the error itself, or what it was raised from
        if error is None:
            return False
        if isinstance(error, (DatabaseUnavailable, OperationalError, InterfaceError)):
            return True
        error = error.__cause__
    return False


def _reraise_database_errors(
    sender: object, request: HttpRequest | None = None, **kwargs: object
) -> None:
    """got_request_exception receiver: hand database errors to DatabaseUnavailableMiddleware."""
    guarded = getattr(request, DatabaseUnavailableMiddleware.GUARD_ATTRIBUTE, False)
    if request is None or not guarded:
        return
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseUnavailable):
        raise error
    if _is_database_unreachable(error):
        raise DatabaseUnavailable(str(error)) from error


got_request_exception.connect(_reraise_database_errors, dispatch_uid="prob-database-unavailable")


def _close_broken_connections() -> None:
    """Close every open connection outside a transaction, so the next use reconnects."""
    for connection in connections.all(initialized_only=True):
        if connection.in_atomic_block:
            continue
        try:
            connection.close()
        except DatabaseError:
            connection.connection = None


def _checked_by_socket() -> None:
    """CONN_HEALTH_CHECKS without its query while a connection is quiet.

    Before a request's first query Django checks a persistent connection by running SELECT 1
    on it: a round trip on every request (about a fifth of a signed-in page's statements). A
    connection the server has closed (a restart, an ended backend) has something to read on
    its socket, the server's last message or the end of the stream; a healthy idle one has
    nothing. So a PostgreSQL connection whose socket has nothing to read is counted as
    checked for this request, and one that has gets Django's own check as before. A peer that
    vanished without a word (a cable pulled) is found by the first query instead: that
    request is answered 503 and the connection closed (above), as a query failing mid-request
    always was."""
    for connection in connections.all(initialized_only=True):
        if (
            connection.vendor != "postgresql"
            or connection.connection is None
            or not connection.health_check_enabled
            or connection.health_check_done
        ):
            continue
        if _quiet(connection.connection):
            connection.health_check_done = True


def _quiet(raw: Any) -> bool:
    """Whether a psycopg connection is open with nothing to read on its socket."""
    try:
        if raw.closed or raw.broken:
            return False
        poller = select.poll()
        poller.register(raw.fileno(), select.POLLIN | select.POLLPRI)
        return not poller.poll(0)  # end of stream and errors are always reported
    except Exception:
        return False


def _database_reachable() -> bool:
    try:
        connection = connections[DEFAULT_DB_ALIAS]
        connection.ensure_connection()
        if connection.is_usable():
            return True
    except DatabaseError:
        pass
    _close_broken_connections()
    return False
