"""Papers requested of the organisations whose people own actions on the board: asked for an
item (its action owners are emailed) and withdrawn. The owners' side is `agenda.request_views`."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from agenda.editor.page import (
    Refused,
    back,
    editor_page,
    posted_item,
    posted_request,
    refusal,
    with_errors,
)
from agenda.emails import owner_organisations
from agenda.forms import PaperRequestForm
from agenda.requests import paper_request_create, paper_request_withdraw
from agenda.scoping import get_agenda_for_secretariat
from meetings.views.common import parse_date


@login_required
@require_POST
def request_add(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    item = posted_item(access, request)
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
            with_errors(form, exc)
        else:
            messages.success(
                request,
                f"Paper for item {item.number} requested of {made.organisation.short_name}, "
                f"due {made.due:%-d %B %Y}: its action owners are emailed.",
            )
            return back(access, f"item-{item.pk}")
    # The first box in error takes the focus.
    for name in form.fields:
        if name in form.errors:
            form.fields[name].widget.attrs["autofocus"] = True
            break
    return editor_page(request, access, status=400, refused=Refused("request-add", item.pk, form))


@login_required
@require_POST
def request_withdraw(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    found = posted_request(access, request)
    try:
        paper_request_withdraw(request=found, by=request.user)
    except ValidationError as exc:
        return refusal(request, access, exc)
    messages.success(request, "The paper request is withdrawn.")
    return back(access, f"item-{found.item_id}")
