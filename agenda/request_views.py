"""Paper requests as their owners see them: listed on My actions (`agenda.my_requests`), with a
form to upload each paper, and the paper they sent to download again. The secretariat's side
(requesting, withdrawing) is in the agenda editor (`agenda.editor.paper_requests`)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST, require_safe

from agenda.my_requests import upload_form
from agenda.requests import paper_request_fulfil
from agenda.scoping import (
    get_paper_request_for_owner,
    get_paper_request_for_user,
)


def _focus_first_error(form: Any) -> None:
    for name in form.fields:
        if name in form.errors:
            form.fields[name].widget.attrs["autofocus"] = True
            return


@login_required
@require_POST
def request_upload(request: HttpRequest, pk: int) -> HttpResponse:
    from actions.views.mine import my_actions_page

    found = get_paper_request_for_owner(request.user, pk)
    form = upload_form(found, request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["upload"]
        try:
            paper_request_fulfil(
                request=found,
                by=request.user,
                name=upload.name or "",
                data=upload.read(),
                title=form.cleaned_data["title"],
            )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            elif exc.code == "closed":
                form.add_error(None, exc)
            else:
                form.add_error("upload", exc)
        else:
            messages.success(
                request, f"Thank you: your paper for item {found.item.number} is received."
            )
            return redirect("actions:mine")
    _focus_first_error(form)
    return my_actions_page(request, refused=form, status=400)


@login_required
@require_safe
def request_paper(request: HttpRequest, pk: int) -> HttpResponse:
    """The paper sent for a request, to its owners and the secretariat: always a download."""
    found = get_paper_request_for_user(request.user, pk)
    kept = found.paper
    if kept is None:
        raise Http404("No paper received for this request")
    try:
        with kept.file.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError as exc:
        raise Http404("The paper is missing from storage") from exc
    response = HttpResponse(data, content_type=kept.content_type)
    response["Content-Disposition"] = content_disposition_header(True, kept.name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    patch_cache_control(response, private=True, no_store=True)
    return response
