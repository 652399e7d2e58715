"""The agenda's pages: the agenda, its papers and its packs, served by PROB with the agenda's
access rules (`agenda.scoping`), and the items and papers a reader may have (`agenda_items`),
which the secretariat's editor (`agenda.editor`) shows too.
"""

from __future__ import annotations

import datetime

from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from agenda.models import (
    Agenda,
    AgendaChange,
    AgendaItem,
    AgendaPublication,
    BoardPack,
    Paper,
)
from agenda.public import published_items
from agenda.scoping import (
    AgendaAccess,
    get_agenda_for_user,
    get_paper_for_user,
)


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise Http404("No such meeting") from exc


def agenda_items(agenda: Agenda | None, *, sees_restricted: bool) -> list[AgendaItem]:
    """The agenda's items in order, each with `shown_papers`: the papers this reader may
    have (none of a restricted item, and no restricted paper, for the public). Two queries."""
    if agenda is None:
        return []
    if not sees_restricted:  # the public reads the agenda as it was last published
        return published_items(agenda)
    papers = Paper.objects.order_by("created", "pk")
    items = list(
        agenda.items.order_by("position").prefetch_related(
            Prefetch("papers", queryset=papers, to_attr="shown_papers")
        )
    )
    return items


def publications(agenda: Agenda | None, *, sees_restricted: bool) -> list[AgendaPublication]:
    """Each publication with the changes it carried that this reader may know of
    (`shown_changes`). Two queries."""
    if agenda is None or not agenda.is_published:
        return []
    changes = AgendaChange.objects.order_by("made", "pk")
    if not sees_restricted:
        changes = changes.filter(public=True)
    return list(
        agenda.publications.order_by("made", "pk").prefetch_related(
            Prefetch("changes", queryset=changes, to_attr="shown_changes")
        )
    )


def _packs(access: AgendaAccess) -> list[BoardPack]:
    """The packs this reader may download. One query, none before the agenda exists."""
    if access.agenda is None:
        return []
    packs = BoardPack.objects.filter(agenda=access.agenda).order_by("-audience")
    if not access.sees_restricted:
        packs = packs.filter(audience=BoardPack.Audience.PUBLIC)
    return list(packs)


def private(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
def agenda(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_user(request.user, slug, _date(date))
    context = {
        "meeting": access.meeting,
        "agenda": access.agenda,
        "access": access,
        "items": agenda_items(access.agenda, sees_restricted=access.sees_restricted),
        "publications": publications(access.agenda, sees_restricted=access.sees_restricted),
        "packs": _packs(access),
    }
    response = render(request, "agenda/agenda.html", context)
    return private(response) if request.user.is_authenticated else response


@require_safe
def paper(request: HttpRequest, slug: str, date: str, paper_id: int) -> HttpResponse:
    _, kept = get_paper_for_user(request.user, slug, _date(date), paper_id)
    try:
        with kept.file.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError as exc:
        raise Http404("The paper is missing from storage") from exc
    # Always a download, of the type told from its bytes when it was uploaded: never shown in
    # the browser, where anything in it would run as PROB's own.
    response = HttpResponse(data, content_type=kept.content_type)
    response["Content-Disposition"] = content_disposition_header(True, kept.name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    if not kept.is_public or request.user.is_authenticated:
        # What the public may not have must never sit in a shared cache.
        private(response)
    return response


@require_safe
def pack(request: HttpRequest, slug: str, date: str, audience: str) -> HttpResponse:
    """The agenda's pack: the public one to whoever reads the agenda, the members' one only to
    those who read restricted content (404 to others, as for a restricted paper)."""
    access = get_agenda_for_user(request.user, slug, _date(date))
    if audience == BoardPack.Audience.MEMBERS and not access.sees_restricted:
        raise Http404("No such pack")
    kept = BoardPack.objects.filter(agenda=access.agenda, audience=audience).first()
    if kept is None:
        raise Http404("The pack is not made yet")
    try:
        with kept.file.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError as exc:
        raise Http404("The pack is missing from storage") from exc
    meeting = access.meeting
    name = f"{meeting.board.slug}-{meeting.date.isoformat()}-{audience}-pack.pdf"
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["X-Content-Type-Options"] = "nosniff"
    if audience == BoardPack.Audience.MEMBERS or request.user.is_authenticated:
        private(response)
    return response
