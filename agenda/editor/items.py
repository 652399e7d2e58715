"""The agenda's items: added at the end, edited, moved and removed (numbers follow)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from agenda import services
from agenda.editor.page import Refused, back, editor_page, posted_item, refusal, with_errors
from agenda.forms import ItemForm, MoveForm
from agenda.scoping import get_agenda_for_secretariat
from meetings.views.common import parse_date


@login_required
@require_POST
def item_add(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    form = ItemForm(request.POST, prefix="add")
    if form.is_valid():
        try:
            item = services.item_add(meeting=access.meeting, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            with_errors(form, exc)
        else:
            messages.success(request, f"Item {item.number} added.")
            return back(access, f"item-{item.pk}")
    return editor_page(request, access, status=400, add_form=form)


@login_required
@require_POST
def item_update(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    item = posted_item(access, request)
    form = ItemForm(request.POST, instance=item, prefix=f"item-{item.pk}")
    if form.is_valid():
        try:
            services.item_update(item=item, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            with_errors(form, exc)
        else:
            messages.success(request, f"Item {item.number} saved.")
            return back(access, f"item-{item.pk}")
    # A refused form shows the item as stored, not as typed, beside it.
    return editor_page(request, access, status=400, refused=Refused("item", item.pk, form))


@login_required
@require_POST
def item_move(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    item = posted_item(access, request)
    form = MoveForm(request.POST)
    if not form.is_valid():
        return refusal(request, access, ValidationError("Say which way to move the item."))
    direction = form.cleaned_data["direction"]
    try:
        services.item_move(item=item, by=request.user, direction=direction)
    except ValidationError as exc:
        return refusal(request, access, exc)
    messages.success(request, f"“{item.title}” moved {direction}.")
    return back(access, f"item-{item.pk}")


@login_required
@require_POST
def item_delete(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    item = posted_item(access, request)
    services.item_delete(item=item, by=request.user)
    messages.success(request, f"Item {item.number}, “{item.title}”, removed.")
    return back(access)
