"""The editor's page (`editor`, laid out by `editor_page`), the rows a change names
(`posted_item`, `posted_paper`, `posted_request`: 404 for anything not of this agenda) and
how a change answers: `back` to the page at the row changed, a form refused (`Refused`, shown
again open) or a change refused without a form (`refusal`, said in a message)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from agenda import services
from agenda.emails import owner_organisations
from agenda.forms import ItemForm, PaperEditForm, PaperForm, PaperRequestForm
from agenda.models import AgendaItem, Paper, PaperRequest
from agenda.scoping import AgendaAccess, get_agenda_for_secretariat
from agenda.views import agenda_items, private
from meetings.models import Meeting
from meetings.views.common import parse_date

# Which of an item's forms was refused: its own ("item"), adding a paper to it ("paper-add"),
# requesting a paper for it ("request-add"), or one of its papers' ("paper").
RefusedKind = Literal["item", "paper-add", "request-add", "paper"]


@dataclass(frozen=True)
class Refused:
    """A form refused, shown again open with what was typed and why: `kind` says which of the
    page's forms it is and `id` whose (the item's; for "paper", the paper's). The form to add
    an item, one on the page, is passed back by itself (`editor_page(add_form=...)`)."""

    kind: RefusedKind
    id: int
    form: forms.Form


def _refused_form(refused: Refused | None, kind: RefusedKind, pk: int) -> forms.Form | None:
    if refused is not None and refused.kind == kind and refused.id == pk:
        return refused.form
    return None


def _paper_rows(item: AgendaItem, refused: Refused | None) -> list[dict[str, Any]]:
    rows = []
    for paper in item.shown_papers:  # type: ignore[attr-defined]
        form = _refused_form(refused, "paper", paper.pk)
        rows.append(
            {
                "paper": paper,
                "form": form or PaperEditForm(instance=paper, prefix=f"edit-paper-{paper.pk}"),
                "open": form is not None,
            }
        )
    return rows


def _item_row(
    item: AgendaItem,
    refused: Refused | None,
    requests: list[PaperRequest],
    organisations: list[Any],
) -> dict[str, Any]:
    """An item with its forms: each fresh, or the refused one open."""
    form = _refused_form(refused, "item", item.pk)
    paper_form = _refused_form(refused, "paper-add", item.pk)
    request_form = _refused_form(refused, "request-add", item.pk)
    return {
        "item": item,
        "form": form or ItemForm(instance=item, prefix=f"item-{item.pk}"),
        "open": form is not None,
        "paper_form": paper_form or PaperForm(prefix=f"paper-{item.pk}"),
        "paper_open": paper_form is not None,
        "requests": requests,
        "request_form": request_form
        or PaperRequestForm(prefix=f"request-{item.pk}", organisations=organisations),
        "request_open": request_form is not None,
        "papers": _paper_rows(item, refused),
    }


def editor_page(
    request: HttpRequest,
    access: AgendaAccess,
    *,
    status: int = 200,
    refused: Refused | None = None,
    add_form: ItemForm | None = None,
) -> HttpResponse:
    """The whole editor, every form fresh but the one refused (`refused`, or `add_form`)."""
    items = agenda_items(access.agenda, sees_restricted=True)
    # Papers requested of action owners' organisations: two queries for the whole editor.
    organisations = owner_organisations(access.meeting.board_id, timezone.localdate())
    requested: dict[int, list[PaperRequest]] = {}
    if access.agenda is not None:
        for found in PaperRequest.objects.filter(item__agenda=access.agenda).select_related(
            "organisation", "paper"
        ):
            requested.setdefault(found.item_id, []).append(found)
    rows = [_item_row(item, refused, requested.get(item.pk, []), organisations) for item in items]
    meeting = access.meeting
    agenda = access.agenda
    pending = (
        list(agenda.changes.filter(publication__isnull=True).order_by("made", "pk"))
        if agenda is not None and agenda.is_published
        else []
    )
    allowed = {verb.name: verb for verb in services.agenda_verbs_allowed(agenda)}
    context = {
        "meeting": meeting,
        "agenda": agenda,
        "rows": rows,
        "add_form": add_form or ItemForm(prefix="add"),
        "add_open": add_form is not None or not rows,
        "publish": allowed.get("publish"),
        # Publishing again is offered once something has changed.
        "republish": allowed.get("republish") if pending else None,
        "pending": pending,
        "record_startable": bool(rows)
        and meeting.status == Meeting.Status.DRAFT
        and not meeting.sections.exists(),
    }
    return private(render(request, "agenda/editor.html", context, status=status))


@login_required
@require_safe
def editor(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    return editor_page(request, access)


# --- The rows a change names -------------------------------------------------------------------


def _is_key(value: str) -> bool:
    """Whether a posted `target` can be a row's key (a number a database integer holds)."""
    return value.isascii() and value.isdecimal() and int(value) < 2**31


def _posted(access: AgendaAccess, request: HttpRequest, rows: QuerySet, what: str) -> Any:
    """The row of `rows` (this agenda's) named by the posted `target`: 404 for anything else."""
    value = request.POST.get("target", "")
    found = rows.filter(pk=value).first() if access.agenda is not None and _is_key(value) else None
    if found is None:
        raise Http404(f"Not {what} of this agenda")
    return found


def posted_item(access: AgendaAccess, request: HttpRequest) -> AgendaItem:
    items = AgendaItem.objects.filter(agenda=access.agenda).select_related("agenda__meeting")
    return _posted(access, request, items, "an item")


def posted_paper(access: AgendaAccess, request: HttpRequest) -> Paper:
    papers = Paper.objects.filter(item__agenda=access.agenda).select_related(
        "item__agenda__meeting"
    )
    return _posted(access, request, papers, "a paper")


def posted_request(access: AgendaAccess, request: HttpRequest) -> PaperRequest:
    requests = PaperRequest.objects.filter(item__agenda=access.agenda)
    return _posted(access, request, requests, "a paper request")


# --- How a change answers ----------------------------------------------------------------------


def back(access: AgendaAccess, anchor: str = "") -> HttpResponse:
    """Done: back to the editor, at the row changed (`anchor`)."""
    meeting = access.meeting
    response = redirect("agenda:editor", meeting.board.slug, meeting.date.isoformat())
    if anchor:
        response["Location"] += f"#{anchor}"
    return response


def refusal(request: HttpRequest, access: AgendaAccess, exc: ValidationError) -> HttpResponse:
    """A change refused with nothing typed (a move, a withdrawal, a publication): why, in a
    message above the editor."""
    for message in exc.messages:
        messages.error(request, message)
    return editor_page(request, access, status=400)


def with_errors(form: forms.Form, exc: ValidationError) -> None:
    """Puts a service's refusal on the form: at its field where it names one."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)
