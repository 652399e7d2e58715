"""Paper requests: the secretariat asking an action owner's organisation for a paper on an
agenda item by a due date, the organisation sending it, the secretariat withdrawing it.

Each service takes the acting user, runs in one transaction and writes who did it into the
history. A request is emailed to the organisation's action owners on the board (a task after
the commit, `agenda.tasks.paper_request_notify`) and reminded by the actions' daily reminder
run (`send_action_reminders` calls `agenda.emails.paper_requests_remind`): seven days before it
is due and on the day it is overdue, each once, claimed by a conditional update so that two
runs never send one twice.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from agenda.models import AgendaItem, PaperRequest
from agenda.services import locked_agenda, paper_add
from meetings.models import Organisation
from prob.history import save_with_history


@transaction.atomic
def paper_request_create(
    *,
    item: AgendaItem,
    by: Any,
    organisation: Organisation,
    due: datetime.date,
    note: str = "",
    restricted: bool = False,
) -> PaperRequest:
    """Asks `organisation` for a paper on `item` by `due`; its action owners are emailed once
    this is committed."""
    agenda = locked_agenda(item.agenda)
    locked = AgendaItem.objects.get(pk=item.pk, agenda=agenda)
    if due < timezone.localdate():
        raise ValidationError({"due": "The due date has passed: choose a day to come."})
    request = PaperRequest(
        item=locked,
        organisation=organisation,
        due=due,
        note=note.strip(),
        restricted=restricted or locked.restricted,
        requested_by=by,
    )
    request.full_clean()
    save_with_history(request, by=by, reason="Paper requested")
    request_id = request.pk

    def notify() -> None:
        from agenda.tasks import paper_request_notify

        paper_request_notify.enqueue(request_id=request_id)

    transaction.on_commit(notify)
    return request


def _locked_request(request: PaperRequest) -> PaperRequest:
    locked = (
        PaperRequest.objects.select_for_update(of=("self",))
        .select_related("item__agenda__meeting", "organisation")
        .get(pk=request.pk)
    )
    if not locked.is_open:
        raise ValidationError(
            f"This paper request is {locked.get_status_display().lower()}: "
            "it can no longer be answered or withdrawn.",
            code="closed",
        )
    return locked


@transaction.atomic
def paper_request_fulfil(
    *, request: PaperRequest, by: Any, name: str, data: bytes, title: str
) -> PaperRequest:
    """Sends the requested paper: checked as any paper is (`agenda.files`, refused with nothing
    saved), added to the item, public or restricted as the secretariat chose."""
    locked = _locked_request(request)
    paper = paper_add(
        item=locked.item,
        by=by,
        name=name,
        data=data,
        title=title or locked.item.title,
        restricted=locked.restricted,
    )
    locked.paper = paper
    locked.status = PaperRequest.Status.RECEIVED
    save_with_history(locked, by=by, reason="Paper received")
    return locked


@transaction.atomic
def paper_request_withdraw(*, request: PaperRequest, by: Any) -> PaperRequest:
    locked = _locked_request(request)
    locked.status = PaperRequest.Status.WITHDRAWN
    save_with_history(locked, by=by, reason="Paper request withdrawn")
    return locked


# --- Emails ------------------------------------------------------------------------------------
