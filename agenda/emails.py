"""Who a paper request reaches and the emails it sends: the organisation's action owners on the
board (`request_owners`), the email when a request is made (`paper_request_email`, sent by the
task `agenda.tasks.paper_request_notify`) and the reminders of the daily run
(`paper_requests_remind`, called by `send_action_reminders`): seven days before a request is
due and on the day it is overdue, each once, claimed by a conditional update so that two runs
never send one twice. The services that make and answer requests are in `agenda.requests`.
"""

from __future__ import annotations

import datetime
import logging
from typing import Any

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse

from agenda.models import PaperRequest
from meetings.minutes import format_date
from meetings.models import Membership, Organisation
from prob.site import absolute

logger = logging.getLogger(__name__)

DUE_SOON_DAYS = 7
OVERDUE_GRACE_DAYS = 7


def owner_organisations(board_id: int, today: datetime.date) -> list[Organisation]:
    """The organisations with a current action owner on the board: those a paper may be
    requested of. One query."""
    return list(
        Organisation.objects.filter(
            Q(people__memberships__end_date__isnull=True)
            | Q(people__memberships__end_date__gte=today),
            people__memberships__board_id=board_id,
            people__memberships__role=Membership.Role.ACTION_OWNER,
            people__memberships__start_date__lte=today,
        )
        .distinct()
        .order_by("short_name")
    )


def request_owners(request: PaperRequest, today: datetime.date) -> list[Any]:
    """The request's owners with an active account and an address, by address."""
    return list(
        get_user_model()
        .objects.filter(
            Q(person__memberships__end_date__isnull=True)
            | Q(person__memberships__end_date__gte=today),
            is_active=True,
            person__organisation_id=request.organisation_id,
            person__memberships__board_id=request.item.agenda.meeting.board_id,
            person__memberships__role=Membership.Role.ACTION_OWNER,
            person__memberships__start_date__lte=today,
        )
        .exclude(email="")
        .select_related("person")
        .distinct()
        .order_by("email")
    )


def _render(request: PaperRequest, kind: str, user: Any, today: datetime.date) -> tuple[str, str]:
    item = request.item
    meeting = item.agenda.meeting
    title = f"Paper for item {item.number} of the {meeting.board.name}, {format_date(meeting.date)}"
    subject = {
        "requested": f"Paper requested: {title}",
        "due_soon": f"Due {format_date(request.due)}: {title}",
        "overdue": f"Overdue: {title}",
    }[kind]
    body = render_to_string(
        "agenda/email/paper_request.txt",
        {
            "kind": kind,
            "name": user.person.name,
            "request": request,
            "item": item,
            "meeting": meeting,
            "due": format_date(request.due),
            "days": (request.due - today).days,
            "link": absolute(reverse("actions:mine")) + f"#paper-request-{request.pk}",
        },
    )
    return subject, body


def paper_request_email(request: PaperRequest, kind: str, today: datetime.date) -> int:
    """Emails the request's owners, one email each; how many went."""
    sent = 0
    for user in request_owners(request, today):
        subject, body = _render(request, kind, user, today)
        send_mail(subject, body, None, [user.email])
        sent += 1
    return sent


def paper_requests_remind(*, today: datetime.date, dry_run: bool = False) -> int:
    """Sends each open request's reminders due by `today` (seven days before, and on the day
    it is overdue), each once; how many emails went (or would go)."""
    open_requests = PaperRequest.objects.filter(
        status=PaperRequest.Status.REQUESTED
    ).select_related("item__agenda__meeting__board", "organisation")
    sent = 0
    for request in open_requests:
        if not request.reminded_due_soon and (
            today <= request.due <= today + datetime.timedelta(days=DUE_SOON_DAYS)
        ):
            kind, flag = "due_soon", "reminded_due_soon"
        elif not request.reminded_overdue and (
            request.due < today <= request.due + datetime.timedelta(days=OVERDUE_GRACE_DAYS)
        ):
            kind, flag = "overdue", "reminded_overdue"
        else:
            continue
        if dry_run:
            sent += len(request_owners(request, today))
            continue
        # Claimed first: a second run at the same moment updates nothing and sends nothing.
        if not PaperRequest.objects.filter(pk=request.pk, **{flag: False}).update(**{flag: True}):
            continue
        try:
            sent += paper_request_email(request, kind, today)
        except OSError:
            PaperRequest.objects.filter(pk=request.pk).update(**{flag: False})
            logger.exception("Could not send a paper request reminder")
    return sent
