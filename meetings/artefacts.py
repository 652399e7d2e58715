"""A record's files, made once per version and kept in the database; and the values the
signed-in pages are made from, kept per revision.

A record changes only through services that say so in the change's own transaction
(`revisions.record_changed`, which counts up its revision), and
how it is rendered changes only with a deploy, which moves the render version
(`meetings.render_version`: the templates, static files and rendering code).

- Files (`.txt`, `.json`, `.pdf`, `.docx`: `artefact`) are kept in the database
  (`RecordArtefact`), one row per record, kind, audience and render version, under the
  revision and the record's `updated` stamp: every process and host sees the one copy, so a
  PDF is laid out once per version and the `.txt` whose SHA-256 the page publishes is one set
  of bytes. A new revision replaces the row when the file is next asked for; a deploy's new
  render version makes its own row beside the old, which goes once it is an hour old
  (`OLD_VERSIONS_KEPT`), so processes of both versions serving at once never lay out each
  other's files again and again. The files made from what the record says (`CONTENT_KINDS`)
  are kept under its content revision instead, which an action's progress does not move, and
  are made from the record without its actions' tracking (`renderings.record_for`), so they
  cannot show it.
  This is a store, not a cache in front of one: nothing else holds these bytes.
- The record page is not kept here. Its public answer is kept by the one cache in front of
  published records (`meetings.middleware`); signed-in readers' pages are made from the parts
  below.
- The parts signed-in pages are made from (a record's view, its laid-out paragraphs, the
  editor's kept markup: `near`) are kept in the shared cache (`CACHES["default"]`: Redis when
  `REDIS_URL` is set), with this process's copy in front, checked against the shared cache
  on every use.

Each file is kept per audience (the public, or members who read restricted content), so
nobody is ever served a rendering made for a view that differs from theirs. Responses carry
an ETag (the SHA-256 of the body) and, for a stored file, Last-Modified (when it was made,
which is after the change it shows and after the deploy it was made under), and answer
conditional requests with 304.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from meetings.models import Meeting, RecordArtefact
from meetings.records import RecordView, record_view
from meetings.render_version import render_version

logger = logging.getLogger(__name__)

CONTENT_TYPES = {
    "page": "text/html; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
    "json": "application/json",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
# Parts kept in the shared cache for a day at most (`near`).
CACHE_SECONDS = 24 * 60 * 60


@dataclasses.dataclass(frozen=True)
class Artefact:
    kind: str
    body: bytes
    sha256: str
    # When a stored file was made; None for a page made for this answer, which has an ETag
    # only (a clock time taken before a later deploy would call the old page current).
    last_modified: datetime.datetime | None

    @property
    def etag(self) -> str:
        return f'"{self.sha256}"'


# Made from what the record says, without its actions' tracking (`tracking.TRACKING`, left
# out of the view they are made from by `renderings.record_for`): kept per content revision, so
# an owner's update does not lay the PDF out again. The page and the JSON show the tracking, and
# are kept per revision.
CONTENT_KINDS = frozenset({"txt", "docx", "pdf"})


def _revision(meeting: Meeting, kind: str = "page") -> tuple[int, datetime.datetime]:
    if kind in CONTENT_KINDS:
        return meeting.content_revision, meeting.content_updated
    return meeting.revision, meeting.updated


def _version(meeting: Meeting, kind: str = "page") -> str:
    # The stamp as well as the count: a record deleted and made again (or a test database
    # rolled back) starts its count afresh, never its stamp.
    revision, stamp = _revision(meeting, kind)
    return f"{meeting.pk}.{revision}.{stamp.timestamp():.6f}.{render_version()}"


def _audience(public: bool) -> str:
    return RecordArtefact.Audience.PUBLIC if public else RecordArtefact.Audience.MEMBERS


def version_key(meeting: Meeting, kind: str = "page") -> str:
    """What a stored rendering of the record's `kind` is keyed by: its revision and the
    render version (for keys of things made from the record, such as page fragments)."""
    return _version(meeting, kind)


def cache_get(key: str) -> Any:
    """The shared cache's value for `key`, or None; the shared cache is an accelerator: when
    it cannot be reached, the database (or a new rendering) serves."""
    try:
        return cache.get(key)
    except Exception:
        logger.warning("Cache unavailable for %s", key, exc_info=True)
        return None


def cache_set(key: str, value: Any) -> None:
    try:
        cache.set(key, value, CACHE_SECONDS)
    except Exception:
        logger.warning("Cache unavailable for %s", key, exc_info=True)


# Values too dear to fetch from the shared cache and unpickle on every request (a record's
# view, a draft editor's megabyte of markup), kept in this process's memory in front of it.
# Each is checked against a small nonce in the shared cache on every use (one small read):
# while the shared cache holds the value under that nonce the process's copy is served; once
# the entry is gone (evicted, flushed, or a test's `cache.clear()`) it is made afresh. Keys
# carry the record's revision and the render version, so no copy outlives a change.
_NEAR: OrderedDict[str, tuple[str, Any]] = OrderedDict()
_NEAR_LOCK = threading.Lock()
_NEAR_MOST = 32


def near(key: str, make: Callable[[], Any]) -> Any:
    """The value kept under `key` (made by `make` when it is not), from this process's memory
    while the shared cache still holds it."""
    nonce = cache_get(f"{key}:nonce")
    with _NEAR_LOCK:
        found = _NEAR.get(key)
    if found is not None and nonce is not None and found[0] == nonce:
        return found[1]
    value = cache_get(key) if nonce is not None else None
    if value is None:
        value, nonce = make(), secrets.token_hex(8)
        cache_set(key, value)
        cache_set(f"{key}:nonce", nonce)
    with _NEAR_LOCK:
        _NEAR[key] = (nonce, value)
        while len(_NEAR) > _NEAR_MOST:
            _NEAR.popitem(last=False)
    return value


def artefact(meeting: Meeting, kind: str, *, public: bool, build: Callable[[], bytes]) -> Artefact:
    """The `kind` file of the record at its current revision and the current render version,
    for the public or for members, from the database; `build` makes it when no stored copy is
    current, and it is stored."""
    found = stored(meeting, kind, public=public)
    if found is not None:
        return found
    return made_and_stored(meeting, kind, public=public, build=build)


def made_and_stored(
    meeting: Meeting, kind: str, *, public: bool, build: Callable[[], bytes]
) -> Artefact:
    """The `kind` file made now by `build` and stored (after `stored` found none)."""
    return _store(meeting, _audience(public), kind, build())


def stored(meeting: Meeting, kind: str, *, public: bool) -> Artefact | None:
    """The stored `kind` file of the record at its current revision and render version, for
    the public or for members; None when it is not made yet (one query)."""
    revision, stamp = _revision(meeting, kind)
    row = (
        RecordArtefact.objects.filter(
            meeting=meeting,
            kind=kind,
            audience=_audience(public),
            revision=revision,
            stamp=stamp,
            render_version=render_version(),
        )
        .only("body", "sha256", "made")
        .first()
    )
    if row is None:
        return None
    return Artefact(kind, bytes(row.body), row.sha256, max(stamp, row.made))


def made_now(kind: str, body: bytes) -> Artefact:
    """A rendering made for this answer and stored nowhere (the public page: the front door,
    `meetings.middleware`, keeps the answer)."""
    return Artefact(kind, body, hashlib.sha256(body).hexdigest(), None)


# How long a file made under another render version is kept beside the current one's: the
# length of a rolling deploy, when processes of the old and the new version serve together.
OLD_VERSIONS_KEPT = datetime.timedelta(hours=1)


def _store(meeting: Meeting, audience: str, kind: str, body: bytes) -> Artefact:
    """Stores the rendering in the record's row for its kind, audience and render version,
    replacing one of an earlier revision; a row of another render version made more than
    `OLD_VERSIONS_KEPT` ago goes with it: what a deploy leaves behind goes as each rendering is
    made again, with no sweep."""
    revision, stamp = _revision(meeting, kind)
    sha256 = hashlib.sha256(body).hexdigest()
    made = timezone.now()
    try:
        with transaction.atomic():
            row, _ = RecordArtefact.objects.update_or_create(
                meeting=meeting,
                kind=kind,
                audience=audience,
                render_version=render_version(),
                defaults={
                    "revision": revision,
                    "stamp": stamp,
                    "body": body,
                    "sha256": sha256,
                },
            )
            RecordArtefact.objects.filter(
                meeting=meeting, kind=kind, audience=audience, made__lt=made - OLD_VERSIONS_KEPT
            ).exclude(render_version=render_version()).delete()
        made = row.made
    except IntegrityError:
        # Another process stored the same rendering at the same moment: theirs will do.
        pass
    return Artefact(kind, body, sha256, max(stamp, made))


def cached_record_view(meeting: Meeting, *, public: bool) -> RecordView:
    """`record_view`, kept per revision, render version and audience, so that pages built from
    the whole record (a member's view, the editor) read it from the cache while it is
    unchanged (and never read one pickled by other code): from this process's memory
    (`near`) while the shared cache holds it."""
    key = f"record-view:{_audience(public)}:{_version(meeting)}"
    record = near(key, lambda: record_view(meeting, public=public))
    # The caller's meeting is the one its page reads (with its board already loaded).
    return dataclasses.replace(record, meeting=meeting)


def respond(
    request: HttpRequest,
    found: Artefact,
    *,
    filename: str = "",
    attachment: bool = False,
    public: bool = True,
) -> HttpResponse:
    """The artefact as a response: 304 when the client's copy is current, else the bytes,
    with the validators that let it ask next time."""
    modified = int(found.last_modified.timestamp()) if found.last_modified else None
    response = get_conditional_response(request, etag=found.etag, last_modified=modified)
    if response is None:
        response = HttpResponse(found.body, content_type=CONTENT_TYPES[found.kind])
    response["ETag"] = found.etag
    if modified is not None:
        response["Last-Modified"] = http_date(modified)
    if filename:
        disposition = "attachment" if attachment else "inline"
        response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    if public:
        # Anyone may keep it, and must ask (cheaply, with the validators) after a minute.
        patch_cache_control(response, public=True, max_age=60)
    else:
        # Drafts and restricted content must never sit in a shared cache.
        patch_cache_control(response, private=True, no_store=True)
    return response
