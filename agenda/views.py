"""The agenda's pages: the public agenda, the secretariat's editor and its changes, and the
papers, served by PROB with the agenda's access rules (`agenda.scoping`).

Every change is a POST to `.../agenda/edit/<op>/` naming the row it changes in `target`; it
runs one service of `agenda.services` and redirects back to the editor with a message, or
shows the editor again with the refused form and its reasons (400).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST, require_safe

from agenda import services
from agenda.emails import owner_organisations
from agenda.forms import ItemForm, MoveForm, PaperEditForm, PaperForm, PaperRequestForm
from agenda.models import (
    Agenda,
    AgendaChange,
    AgendaItem,
    AgendaPublication,
    BoardPack,
    Paper,
    PaperRequest,
)
from agenda.public import published_items
from agenda.requests import paper_request_create, paper_request_withdraw
from agenda.scoping import (
    AgendaAccess,
    get_agenda_for_secretariat,
    get_agenda_for_user,
    get_paper_for_user,
)
from meetings.models import Meeting


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


def _private(response: HttpResponse) -> HttpResponse:
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
    return _private(response) if request.user.is_authenticated else response


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
        _private(response)
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
        _private(response)
    return response


# --- The editor --------------------------------------------------------------------------------


def _editor_page(
    request: HttpRequest,
    access: AgendaAccess,
    *,
    status: int = 200,
    refused: dict[str, Any] | None = None,
) -> HttpResponse:
    """The editor; `refused` holds a refused form under its key ("add", "item-<id>",
    "paper-<id>", "edit-paper-<id>") to show again with its reasons."""
    refused = refused or {}
    items = agenda_items(access.agenda, sees_restricted=True)
    # Papers requested of action owners' organisations: two queries for the whole editor.
    organisations = owner_organisations(access.meeting.board_id, timezone.localdate())
    requested: dict[int, list[PaperRequest]] = {}
    if access.agenda is not None:
        for found in PaperRequest.objects.filter(item__agenda=access.agenda).select_related(
            "organisation", "paper"
        ):
            requested.setdefault(found.item_id, []).append(found)
    rows = []
    for item in items:
        rows.append(
            {
                "item": item,
                "form": refused.get(f"item-{item.pk}")
                or ItemForm(instance=item, prefix=f"item-{item.pk}"),
                "open": f"item-{item.pk}" in refused,
                "paper_form": refused.get(f"paper-{item.pk}")
                or PaperForm(prefix=f"paper-{item.pk}"),
                "paper_open": f"paper-{item.pk}" in refused,
                "requests": requested.get(item.pk, []),
                "request_form": refused.get(f"request-{item.pk}")
                or PaperRequestForm(prefix=f"request-{item.pk}", organisations=organisations),
                "request_open": f"request-{item.pk}" in refused,
                "papers": [
                    {
                        "paper": paper,
                        "form": refused.get(f"edit-paper-{paper.pk}")
                        or PaperEditForm(instance=paper, prefix=f"edit-paper-{paper.pk}"),
                        "open": f"edit-paper-{paper.pk}" in refused,
                    }
                    for paper in item.shown_papers
                ],
            }
        )
    meeting = access.meeting
    agenda = access.agenda
    pending = (
        list(agenda.changes.filter(publication__isnull=True).order_by("made", "pk"))
        if agenda is not None and agenda.is_published
        else []
    )
    context = {
        "meeting": meeting,
        "agenda": agenda,
        "rows": rows,
        "add_form": refused.get("add") or ItemForm(prefix="add"),
        "add_open": "add" in refused or not rows,
        # Publishing again is offered once something has changed.
        "verbs": [
            verb
            for verb in services.agenda_verbs_allowed(agenda)
            if verb.name != "republish" or pending
        ],
        "pending": pending,
        "record_startable": bool(rows)
        and meeting.status == Meeting.Status.DRAFT
        and not meeting.sections.exists(),
    }
    return _private(render(request, "agenda/editor.html", context, status=status))


@login_required
@require_safe
def editor(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, _date(date))
    return _editor_page(request, access)


def _is_key(value: str) -> bool:
    """Whether a posted `target` can be a row's key (a number a database integer holds)."""
    return value.isascii() and value.isdecimal() and int(value) < 2**31


def _item(access: AgendaAccess, value: str) -> AgendaItem:
    if access.agenda is None or not _is_key(value):
        raise Http404("Not an item of this agenda")
    item = (
        AgendaItem.objects.filter(agenda=access.agenda, pk=value)
        .select_related("agenda__meeting")
        .first()
    )
    if item is None:
        raise Http404("Not an item of this agenda")
    return item


def _paper(access: AgendaAccess, value: str) -> Paper:
    if access.agenda is None or not _is_key(value):
        raise Http404("Not a paper of this agenda")
    found = (
        Paper.objects.filter(item__agenda=access.agenda, pk=value)
        .select_related("item__agenda__meeting")
        .first()
    )
    if found is None:
        raise Http404("Not a paper of this agenda")
    return found


def _back(access: AgendaAccess, anchor: str = "") -> HttpResponse:
    meeting = access.meeting
    response = redirect("agenda:editor", meeting.board.slug, meeting.date.isoformat())
    if anchor:
        response["Location"] += f"#{anchor}"
    return response


def _refusal(request: HttpRequest, access: AgendaAccess, exc: ValidationError) -> HttpResponse:
    for message in exc.messages:
        messages.error(request, message)
    return _editor_page(request, access, status=400)


def _with_errors(form: Any, exc: ValidationError) -> Any:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)
    return form


def _item_add(request: HttpRequest, access: AgendaAccess) -> HttpResponse:
    form = ItemForm(request.POST, prefix="add")
    if form.is_valid():
        try:
            item = services.item_add(meeting=access.meeting, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form = _with_errors(form, exc)
        else:
            messages.success(request, f"Item {item.number} added.")
            return _back(access, f"item-{item.pk}")
    return _editor_page(request, access, status=400, refused={"add": form})


def _item_update(request: HttpRequest, access: AgendaAccess) -> HttpResponse:
    item = _item(access, request.POST.get("target", ""))
    form = ItemForm(request.POST, instance=item, prefix=f"item-{item.pk}")
    if form.is_valid():
        try:
            services.item_update(item=item, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form = _with_errors(form, exc)
        else:
            messages.success(request, f"Item {item.number} saved.")
            return _back(access, f"item-{item.pk}")
    # A refused form shows the item as stored, not as typed, beside it.
    return _editor_page(request, access, status=400, refused={f"item-{item.pk}": form})


def _item_move(request: HttpRequest, access: AgendaAccess) -> HttpResponse:
    item = _item(access, request.POST.get("target", ""))
    form = MoveForm(request.POST)
    if not form.is_valid():
        return _refusal(request, access, ValidationError("Say which way to move the item."))
    try:
        services.item_move(item=item, by=request.user, direction=form.cleaned_data["direction"])
    except ValidationError as exc:
        return _refusal(request, access, exc)
    messages.success(request, f"“{item.title}” moved {form.cleaned_data['direction']}.")
    return _back(access, f"item-{item.pk}")


def _item_delete(request: HttpRequest, access: AgendaAccess) -> HttpResponse:
    item = _item(access, request.POST.get("target", ""))
    services.item_delete(item=item, by=request.user)
    messages.success(request, f"Item {item.number}, “{item.title}”, removed.")
    return _back(access)


def _paper_add(request: HttpRequest, access: AgendaAccess) -> HttpResponse:
    item = _item(access, request.POST.get("target", ""))
    form = PaperForm(request.POST, request.FILES, prefix=f"paper-{item.pk}")
    if form.is_valid():
        upload = form.cleaned_data["upload"]
        try:
            added = services.paper_add(
                item=item,
                by=request.user,
                name=upload.name or "",
                data=upload.read(),
                title=form.cleaned_data["title"],
                version=form.cleaned_data["version"],
                restricted=form.cleaned_data["restricted"],
            )
        except ValidationError as exc:
            form.add_error("upload" if not hasattr(exc, "error_dict") else None, exc)
        else:
            messages.success(request, f"Paper “{added.title}” added to item {item.number}.")
            return _back(access, f"item-{item.pk}")
    return _editor_page(request, access, status=400, refused={f"paper-{item.pk}": form})


def _paper_update(request: HttpRequest, access: AgendaAccess) -> HttpResponse:
    found = _paper(access, request.POST.get("target", ""))
    form = PaperEditForm(request.POST, instance=found, prefix=f"edit-paper-{found.pk}")
    if form.is_valid():
        try:
            services.paper_update(paper=found, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form = _with_errors(form, exc)
        else:
            messages.success(request, f"Paper “{found.title}” saved.")
            return _back(access, f"paper-{found.pk}")
    return _editor_page(request, access, status=400, refused={f"edit-paper-{found.pk}": form})


def _paper_delete(request: HttpRequest, access: AgendaAccess) -> HttpResponse:
    found = _paper(access, request.POST.get("target", ""))
    services.paper_delete(paper=found, by=request.user)
    messages.success(request, f"Paper “{found.title}” removed.")
    return _back(access, f"item-{found.item_id}")


def _request_add(request: HttpRequest, access: AgendaAccess) -> HttpResponse:
    item = _item(access, request.POST.get("target", ""))
    organisations = owner_organisations(access.meeting.board_id, timezone.localdate())
    form = PaperRequestForm(request.POST, prefix=f"request-{item.pk}", organisations=organisations)
    if form.is_valid():
        try:
            made = paper_request_create(
                item=item,
                by=request.user,
                organisation=form.organisations[form.cleaned_data["organisation"]],
                due=form.cleaned_data["due"],
                note=form.cleaned_data["note"],
                restricted=form.cleaned_data["restricted"],
            )
        except ValidationError as exc:
            form = _with_errors(form, exc)
        else:
            messages.success(
                request,
                f"Paper for item {item.number} requested of {made.organisation.short_name}, "
                f"due {made.due:%-d %B %Y}: its action owners are emailed.",
            )
            return _back(access, f"item-{item.pk}")
    for name in form.fields:
        if name in form.errors:
            form.fields[name].widget.attrs["autofocus"] = True
            break
    return _editor_page(request, access, status=400, refused={f"request-{item.pk}": form})


def _request_withdraw(request: HttpRequest, access: AgendaAccess) -> HttpResponse:
    value = request.POST.get("target", "")
    if access.agenda is None or not _is_key(value):
        raise Http404("Not a paper request of this agenda")
    found = PaperRequest.objects.filter(item__agenda=access.agenda, pk=value).first()
    if found is None:
        raise Http404("Not a paper request of this agenda")
    try:
        paper_request_withdraw(request=found, by=request.user)
    except ValidationError as exc:
        return _refusal(request, access, exc)
    messages.success(request, "The paper request is withdrawn.")
    return _back(access, f"item-{found.item_id}")


def _publish(verb: str) -> Callable[[HttpRequest, AgendaAccess], HttpResponse]:
    def run(request: HttpRequest, access: AgendaAccess) -> HttpResponse:
        if access.agenda is None:
            return _refusal(request, access, ValidationError("The agenda has no items yet."))
        try:
            services.agenda_publish(agenda=access.agenda, by=request.user, verb=verb)
        except ValidationError as exc:
            return _refusal(request, access, exc)
        messages.success(request, services.AGENDA_VERBS[verb].done_message)
        return _back(access)

    return run


def _start_record(request: HttpRequest, access: AgendaAccess) -> HttpResponse:
    try:
        sections = services.record_start_from_agenda(meeting=access.meeting, by=request.user)
    except ValidationError as exc:
        return _refusal(request, access, exc)
    messages.success(
        request, f"The record is started from the agenda: {len(sections)} sections to write."
    )
    meeting = access.meeting
    return redirect("meetings:editor", meeting.board.slug, meeting.date.isoformat())


OPERATIONS: dict[str, Callable[[HttpRequest, AgendaAccess], HttpResponse]] = {
    "item-add": _item_add,
    "item-update": _item_update,
    "item-move": _item_move,
    "item-delete": _item_delete,
    "paper-add": _paper_add,
    "paper-update": _paper_update,
    "paper-delete": _paper_delete,
    "request-add": _request_add,
    "request-withdraw": _request_withdraw,
    "publish": _publish("publish"),
    "republish": _publish("republish"),
    "start-record": _start_record,
}


@login_required
@require_POST
def edit(request: HttpRequest, slug: str, date: str, op: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, _date(date))
    return OPERATIONS[op](request, access)
