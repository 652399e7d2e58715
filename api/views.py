"""The open data API: read-only, public JSON, paginated, with an ETag (and no Last-Modified).

Each collection is a page of `PER_PAGE` items fetched in a fixed number of queries, whatever
the size of the data; each item's `id` is the URL of its own resource. What is public is
decided in `api.public` (the scoping layer, as an anonymous user), never here.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from typing import Any

from django.core.paginator import InvalidPage, Paginator
from django.db.models import F, Prefetch, QuerySet, Value
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.http import require_safe

from agenda.public import ocd_agenda, public_items_prefetch, published_agenda_of
from api import public
from api import serializers as out
from meetings.models import (
    Action,
    Attendance,
    Board,
    Meeting,
    Membership,
    Organisation,
    Person,
    Section,
)
from meetings.records import record_as_dict, record_view

PER_PAGE = 100
# Shared caches may keep an answer this long; after that they revalidate (ETag, 304).
MAX_AGE = 300
COLLECTIONS = ("organizations", "people", "memberships", "events", "actions", "decisions")


class NotFound(Exception):
    pass


# --- Answers -----------------------------------------------------------------------------------


def answer(request: HttpRequest, data: Any, *, status: int = 200) -> HttpResponse:
    """The JSON answer with its ETag, or 304 if the client's copy is current.

    The ETag is the body's hash, so it is exact: it moves when, and only when, what the
    client would read moves. There is no Last-Modified. A clock time can only be taken before
    a change commits, so a change stamped earlier but committed later would not move it, and
    a client or proxy asking `If-Modified-Since` would be told 304 for stale data; and
    `If-Modified-Since` alone is answered with the whole body (README, "Caching")."""
    body = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    response = HttpResponse(body, status=status, content_type="application/json; charset=utf-8")
    response["ETag"] = f'"{hashlib.sha256(body).hexdigest()[:40]}"'
    # Public data for anyone, from any site; nothing here depends on who asks.
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    if status != 200:
        return response
    return get_conditional_response(request, etag=response["ETag"], response=response)


def not_found(request: HttpRequest, what: str) -> HttpResponse:
    return answer(request, {"error": f"No such {what}."}, status=404)


def page_of(
    request: HttpRequest,
    queryset: QuerySet,
    name: str,
    items: Callable[[list[Any]], list[dict[str, Any]]],
) -> dict[str, Any]:
    """A page of the collection `name`: `items` turns the page's rows into dicts."""
    paginator = Paginator(queryset, PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage as exc:
        raise NotFound("page") from exc
    links = out.Links()
    base = links.api(name)

    def link(number: int) -> str:
        return base if number == 1 else f"{base}?page={number}"

    return {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "per_page": PER_PAGE,
        "first": link(1),
        "last": link(paginator.num_pages),
        "next": link(page.next_page_number()) if page.has_next() else None,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "index": links.api("index"),
        "results": items(list(page.object_list)),
    }


def api_view(view: Callable[..., dict[str, Any]]) -> Callable[..., HttpResponse]:
    """GET and HEAD only (405 otherwise); the view's dict becomes the JSON answer, a
    `NotFound` a JSON 404."""

    @require_safe
    @functools.wraps(view)
    def wrapped(request: HttpRequest, **kwargs: Any) -> HttpResponse:
        try:
            data = view(request, **kwargs)
        except NotFound as exc:
            return not_found(request, str(exc))
        return answer(request, data)

    return wrapped


# --- The index ---------------------------------------------------------------------------------


@api_view
def index(request: HttpRequest) -> dict[str, Any]:
    links = out.Links()
    return {
        "name": "PROB open data",
        "description": (
            "What the public may see of the boards' records, read-only: boards and "
            "organisations, people, memberships, meetings with their published records, and "
            "the actions those records raised and the decisions they recorded. Field names "
            "follow Popolo and Open Civic Data."
        ),
        "version": 1,
        "collections": {name: links.api(name) for name in COLLECTIONS},
        "links": [{"url": links.site("home"), "note": "the site"}],
    }


# --- Organizations: boards and organisations ---------------------------------------------------


def _organisation_rows() -> QuerySet:
    boards = public.boards().order_by().annotate(kind=Value(0)).values_list("kind", "name", "pk")
    others = (
        public.organisations().order_by().annotate(kind=Value(1)).values_list("kind", "name", "pk")
    )
    return boards.union(others, all=True).order_by("kind", "name", "pk")


def _organisation_items(request: HttpRequest, rows: list[tuple[int, str, int]]) -> list[Any]:
    links = out.Links()
    board_ids = [pk for kind, _, pk in rows if kind == 0]
    other_ids = [pk for kind, _, pk in rows if kind == 1]
    boards = Board.objects.in_bulk(board_ids) if board_ids else {}
    others = Organisation.objects.in_bulk(other_ids) if other_ids else {}
    return [
        out.board(boards[pk], links) if kind == 0 else out.organisation(others[pk], links)
        for kind, _, pk in rows
    ]


@api_view
def organizations(request: HttpRequest) -> dict[str, Any]:
    return page_of(
        request,
        _organisation_rows(),
        "organizations",
        lambda rows: _organisation_items(request, rows),
    )


@api_view
def board(request: HttpRequest, slug: str) -> dict[str, Any]:
    found = public.boards().filter(slug=slug).first()
    if found is None:
        raise NotFound("organization")
    return out.board(found, out.Links())


@api_view
def organisation(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = public.organisations().filter(pk=pk).first()
    if found is None:
        raise NotFound("organization")
    return out.organisation(found, out.Links())


# --- People and memberships --------------------------------------------------------------------


@api_view
def people(request: HttpRequest) -> dict[str, Any]:
    links = out.Links()
    return page_of(
        request,
        public.people().order_by("name", "pk"),
        "people",
        lambda rows: [out.person(person, links) for person in rows],
    )


@api_view
def person(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = public.people().filter(pk=pk).first()
    if found is None:
        raise NotFound("person")
    return out.person(found, out.Links())


def _memberships() -> QuerySet[Membership]:
    return public.memberships().select_related("person", "board")


@api_view
def memberships(request: HttpRequest) -> dict[str, Any]:
    links = out.Links()
    ordered = _memberships().order_by("board__name", "role", "person__name", "pk")
    return page_of(
        request,
        ordered,
        "memberships",
        lambda rows: [out.membership(membership, links) for membership in rows],
    )


@api_view
def membership(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = _memberships().filter(pk=pk).first()
    if found is None:
        raise NotFound("membership")
    return out.membership(found, out.Links())


# --- Events: meetings and their public records ------------------------------------------------


def _events() -> QuerySet[Meeting]:
    # Sections and attendees are fetched for published records only: an announced draft's
    # never leave the database.
    records = public.records()
    sections = Section.objects.filter(meeting__in=records).order_by("position")
    attendances = (
        Attendance.objects.filter(meeting__in=records)
        .select_related("person", "organisation")
        .order_by("position")
    )
    return (
        public.events()
        .select_related("board", "agenda")
        .prefetch_related(
            Prefetch("sections", queryset=sections),
            Prefetch("attendances", queryset=attendances),
            public_items_prefetch("agenda__items"),
        )
    )


def _event(meeting: Meeting, links: out.Links) -> dict[str, Any]:
    readable = bool(meeting.readable)
    return out.event(
        meeting,
        links,
        readable=readable,
        sections=meeting.sections.all() if readable else (),
        attendances=meeting.attendances.all() if readable else (),
        agenda=_agenda(meeting, links),
    )


def _agenda(meeting: Meeting, links: out.Links) -> tuple[list[Any], list[Any]]:
    agenda = published_agenda_of(meeting)
    return ([], []) if agenda is None else ocd_agenda(agenda, links.site)


@api_view
def events(request: HttpRequest) -> dict[str, Any]:
    links = out.Links()
    return page_of(
        request,
        _events().order_by("-date", "board__name", "pk"),
        "events",
        lambda rows: [_event(meeting, links) for meeting in rows],
    )


@api_view
def event(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = _events().filter(pk=pk).first()
    if found is None:
        raise NotFound("event")
    links = out.Links()
    data = _event(found, links)
    if found.readable:
        # The record as the public reads it: restricted content withheld, always.
        data["record"] = record_as_dict(record_view(found, public=True))
    data["collection"] = links.api("events")
    return data


# --- Actions -----------------------------------------------------------------------------------


def _actions() -> QuerySet[Action]:
    return (
        public.actions()
        .select_related("paragraph__section__meeting__board", "owner")
        .prefetch_related(Prefetch("owner_people", queryset=Person.objects.order_by("name", "pk")))
    )


@api_view
def actions(request: HttpRequest) -> dict[str, Any]:
    links = out.Links()
    rows = _actions().order_by(
        F("paragraph__section__meeting__date").desc(),
        "paragraph__section__meeting__board__name",
        "number",
        "pk",
    )
    return page_of(
        request,
        rows,
        "actions",
        lambda page: [out.action(item, links) for item in page],
    )


@api_view
def action(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = _actions().filter(pk=pk).first()
    if found is None:
        raise NotFound("action")
    data = out.action(found, out.Links())
    data["collection"] = out.Links().api("actions")
    return data


# --- Decisions ---------------------------------------------------------------------------------


@api_view
def decisions(request: HttpRequest) -> dict[str, Any]:
    links = out.Links()
    return page_of(
        request,
        public.decisions(),
        "decisions",
        lambda page: [out.decision(item, links) for item in page],
    )


@api_view
def decision(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = public.decisions().filter(pk=pk).first()
    if found is None:
        raise NotFound("decision")
    data = out.decision(found, out.Links())
    data["collection"] = out.Links().api("decisions")
    return data
