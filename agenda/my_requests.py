"""The papers asked of a user's organisation, as My actions lists them (`my_paper_requests`),
each with its upload form; the views that take the upload are in `agenda.request_views`."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from agenda.forms import PaperRequestUploadForm
from agenda.models import PaperRequest
from agenda.scoping import paper_requests_of


def upload_form(request: PaperRequest, data: Any = None, files: Any = None) -> Any:
    return PaperRequestUploadForm(
        data, files, prefix=f"request-{request.pk}", initial={"title": request.item.title}
    )


def owner_list_context(user: Any, refused: Any = None) -> dict[str, Any] | None:
    """What My actions shows of the papers asked of the user (`actions.extensions`): nothing
    where none is."""
    requests = my_paper_requests(user, refused)
    return {"paper_requests": requests} if requests else None


def my_paper_requests(user: Any, refused: Any = None) -> list[dict[str, Any]]:
    """The papers asked of the user's organisation, open ones first, soonest due: each with its
    upload form (`refused`, shown again with its errors and focused). One query."""
    requests = (
        paper_requests_of(user)
        .filter(status__in=[PaperRequest.Status.REQUESTED, PaperRequest.Status.RECEIVED])
        .select_related("item__agenda__meeting__board", "organisation", "paper")
        .order_by("-status", "due", "pk")
    )
    rows = []
    today = timezone.localdate()
    for found in requests:
        form = None
        if found.is_open:
            form = (
                refused
                if refused is not None and refused.prefix == f"request-{found.pk}"
                else upload_form(found)
            )
        rows.append({"request": found, "form": form, "overdue": found.due < today})
    return rows
