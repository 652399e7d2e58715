"""The template-only reference: the same template rendered from in-memory data, no database.

At start-up (in each gunicorn worker) it asks the application's own view for each page once,
with the signed-in user loaded once, and keeps the template name and context the view handed
to `render`; it renders each once more with the database still there (so every lazy query in
the context is evaluated and cached), then forbids every database access and checks that a
render needs none. Each request then renders the template with that context and a request
for the same user: the cost of the template alone.

Paths: /member-record (the 300-paragraph record as a board member sees it), /editor (the
300-paragraph draft's editor, as the secretariat sees it), /log (the board's action log, as a
board member sees it). Configured by BENCH_SEED (the JSON `bench.seed.SeedInfo`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from typing import Any
from unittest import mock

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prob.settings")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.messages.storage.fallback import FallbackStorage  # noqa: E402
from django.contrib.sessions.backends.base import SessionBase  # noqa: E402
from django.core.handlers.wsgi import WSGIRequest  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.template.loader import render_to_string  # noqa: E402
from django.test import RequestFactory  # noqa: E402

import meetings.context_processors  # noqa: E402
from actions.views import log as log_views  # noqa: E402
from meetings.views import editor as editor_views  # noqa: E402
from meetings.views import records as record_views  # noqa: E402
from meetings.views.editor import layout as editor_layout  # noqa: E402


class DatabaseForbidden(RuntimeError):
    pass


def _forbid(execute, sql, params, many, context):
    raise DatabaseForbidden(f"the template-only reference touched the database: {sql[:200]}")


class _Session(SessionBase):
    """An empty session that never loads or saves: no database."""

    def load(self) -> dict:
        return {}

    def exists(self, session_key: str) -> bool:
        return False

    def save(self, must_create: bool = False) -> None:
        return None

    def delete(self, session_key: str | None = None) -> None:
        return None

    def create(self) -> None:
        return None


def _prepare(request: Any, user: Any) -> Any:
    request.user = user
    request.session = _Session()
    request._messages = FallbackStorage(request)
    request.htmx = False
    return request


def _capture(module: Any, view: Any, request: Any, *args: Any) -> tuple[str, dict]:
    """The template and context `view` hands to `render`."""
    seen: dict[str, Any] = {}

    def fake_render(request, template_name, context=None, *a, **kw):
        seen["template"], seen["context"] = template_name, context or {}
        return HttpResponse()

    parts: list[tuple[str, dict]] = []
    real_render_to_string = render_to_string

    def keep_part(template_name, context=None, request=None, *a, **kw):
        # A part the view renders and keeps in the cache (the action log's filters, table
        # and pages): the reference renders it on every request, as if nothing were kept.
        parts.append((template_name, context or {}))
        return real_render_to_string(template_name, context, request)

    with contextlib.ExitStack() as stack:
        stack.enter_context(mock.patch.object(module, "render", fake_render))
        if hasattr(module, "render_to_string"):
            stack.enter_context(mock.patch.object(module, "render_to_string", keep_part))
        if hasattr(module, "cache"):
            stack.enter_context(mock.patch.object(module, "cache", _NoCache()))
        view(request, *args)
    context = dict(seen["context"])
    if parts:
        context["_parts"] = parts
    return seen["template"], context


class _NoCache:
    """A cache that keeps nothing, so that the captured view renders everything."""

    def get(self, key: str, default: Any = None) -> Any:
        return default

    def set(self, *args: Any, **kwargs: Any) -> None:
        return None


def _freeze_choices(form: Any) -> None:
    """A form's model choices read once, as the in-memory list they would render from."""
    for field in getattr(form, "fields", {}).values():
        if hasattr(field, "queryset"):
            field.widget.choices = list(field.widget.choices)


def _pages() -> dict[str, tuple[str, dict, Any]]:
    seed = json.loads(os.environ["BENCH_SEED"])
    users = get_user_model().objects
    member = users.get(email=seed["member"])
    clerk = users.get(email=seed["clerk"])
    slug = seed["slug"]
    factory = RequestFactory()
    wanted = {
        "/member-record": (member, record_views, record_views.record, (slug, seed["big_date"])),
        # The editor renders its page in `layout`, which is where `render` is caught.
        "/editor": (clerk, editor_layout, editor_views.editor, (slug, seed["draft_date"])),
        "/log": (member, log_views, log_views.log, (slug,)),
    }
    pages = {}
    for path, (user, module, view, args) in wanted.items():
        request = _prepare(factory.get(path), user)
        try:
            template, context = _capture(module, view, request, *args)
        except Exception as exc:
            # One broken page must not sink the others: the application's page fails too,
            # and its figure is reported, not measured.
            print(f"render_app: {path} left out: {exc!r}", file=sys.stderr, flush=True)
            continue
        if "keep_parts" in context:
            # The parts the page keeps per revision (`{% kept %}`) rendered on every request,
            # as if nothing were kept: the template's own cost, as for the log's parts.
            context["keep_parts"] = False
        values = [*context.values()]
        for _, part in context.get("_parts", []):
            values.extend(part.values())
        for value in values:
            _freeze_choices(getattr(value, "form", value))
        # The navigation's roles, worked out once for this user rather than per request.
        roles = meetings.context_processors._roles(request)
        pages[path] = (template, context, user, roles)
        print(f"render_app: {path} captured ({template})", file=sys.stderr, flush=True)
    return pages


# Before any template is rendered: the engine keeps its context processors from its first use.
_ROLES: dict[int, dict] = {}
_real_navigation = meetings.context_processors.navigation
meetings.context_processors.navigation = lambda request: (
    {"roles": _ROLES[request.user.pk]} if request.user.pk in _ROLES else _real_navigation(request)
)
_PAGES = _pages()


def _render(path: str, request: Any) -> str:
    template, context, user, roles = _PAGES[path]
    _ROLES[user.pk] = roles
    request = _prepare(request, user)
    context = dict(context)
    for part_template, part_context in context.pop("_parts", []):
        # The view hands its page the part under "body".
        context["body"] = render_to_string(part_template, part_context, request=request)
    return render_to_string(template, context, request=request)


# Once with the database, so that every lazy value in the contexts is evaluated and kept;
# then never again: a render that needs the database fails here, at start-up.
_factory = RequestFactory()
for _path in list(_PAGES):
    try:
        _render(_path, _factory.get(_path))
    except Exception as _exc:
        print(f"render_app: {_path} left out: {_exc!r}", file=sys.stderr, flush=True)
        del _PAGES[_path]
connection.close()
connection.execute_wrappers.append(_forbid)
for _path in _PAGES:
    _render(_path, _factory.get(_path))


def application(environ, start_response):
    path = environ.get("PATH_INFO", "")
    if path not in _PAGES:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    body = _render(path, WSGIRequest(environ)).encode()
    start_response(
        "200 OK",
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
    )
    return [body]
