"""An item's papers: uploaded, their title, version and restriction edited, and removed."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from agenda import services
from agenda.editor.page import Refused, back, editor_page, posted_item, posted_paper, with_errors
from agenda.forms import PaperEditForm, PaperForm
from agenda.scoping import get_agenda_for_secretariat
from meetings.views.common import parse_date


@login_required
@require_POST
def paper_add(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    item = posted_item(access, request)
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
            # What is wrong with the file itself is said at the file's box.
            form.add_error("upload" if not hasattr(exc, "error_dict") else None, exc)
        else:
            messages.success(request, f"Paper “{added.title}” added to item {item.number}.")
            return back(access, f"item-{item.pk}")
    return editor_page(request, access, status=400, refused=Refused("paper-add", item.pk, form))


@login_required
@require_POST
def paper_update(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    found = posted_paper(access, request)
    form = PaperEditForm(request.POST, instance=found, prefix=f"edit-paper-{found.pk}")
    if form.is_valid():
        try:
            services.paper_update(paper=found, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            with_errors(form, exc)
        else:
            messages.success(request, f"Paper “{found.title}” saved.")
            return back(access, f"paper-{found.pk}")
    return editor_page(request, access, status=400, refused=Refused("paper", found.pk, form))


@login_required
@require_POST
def paper_delete(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    access = get_agenda_for_secretariat(request.user, slug, parse_date(date))
    found = posted_paper(access, request)
    services.paper_delete(paper=found, by=request.user)
    messages.success(request, f"Paper “{found.title}” removed.")
    return back(access, f"item-{found.item_id}")
