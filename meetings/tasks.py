"""Work done outside the request, through Django's task framework (settings.TASKS)."""

from dataclasses import dataclass
from typing import Any

from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.tasks import task
from django.template.loader import render_to_string

from meetings.action_scoping import actions_owned_by
from meetings.minutes import format_date
from meetings.models import Attendance, Meeting
from meetings.scoping import meetings_for
from prob.site import absolute


@dataclass(frozen=True)
class Recipient:
    """An attendee the circulation emails: `reads` when they may open the record, `actions`
    the actions raised in it that they own."""

    person: Any
    user: Any
    reads: bool
    actions: list[Any]


def circulation_recipients(meeting: Meeting) -> list[Recipient]:
    """Who circulating `meeting` emails, in the order of the attendance: each attendee with an
    active account and an email address who may read the record (its board's members and
    secretariat) or owns actions raised in it (an officer, say). An attendee who may do neither
    is not emailed: no link would open for them. The email task and the confirmation before
    circulating both read this, so what is shown is what is sent."""
    attendances = (
        Attendance.objects.filter(meeting=meeting, person__user__is_active=True)
        .exclude(Q(person__user__email="") | Q(person__user__isnull=True))
        .select_related("person__user")
    )
    recipients = []
    # Who may read is asked of the record as circulated, also before it is (to confirm the
    # step): the scope reads the stored status, so it is set in a savepoint rolled back after.
    with transaction.atomic():
        Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.CIRCULATED)
        for attendance in attendances:
            user = attendance.person.user
            reads = meetings_for(user).filter(pk=meeting.pk).exists()
            owned = list(
                actions_owned_by(user)
                .filter(paragraph__section__meeting=meeting)
                .select_related("paragraph__section__meeting")
                .order_by("number", "pk")
            )
            if reads or owned:
                recipients.append(Recipient(attendance.person, user, reads, owned))
        transaction.set_rollback(True)
    return recipients


@task
def record_circulated_notify(*, meeting_id: int) -> int:
    """Emails each of the circulation's recipients (`circulation_recipients`) what of the
    circulated draft they may open: those who may read it a link to it, for accuracy; those
    who own actions raised in it a link to each of those actions, whose pages they may open
    before they may read the record. One email each, so no one sees the others' addresses;
    returns how many were sent."""

    meeting = Meeting.objects.select_related("board").get(pk=meeting_id)
    if meeting.status != Meeting.Status.CIRCULATED:
        # Moved on before the emails went (returned to draft; or agreed and published in the
        # same transaction, as the sample data does): no one is asked to check a draft for
        # accuracy that is no longer circulated.
        return 0
    record = f"{meeting.board.name}, draft record of {format_date(meeting.date)}"
    sent = 0
    for recipient in circulation_recipients(meeting):
        owned = [
            {"name": action.name, "link": absolute(action.get_absolute_url())}
            for action in recipient.actions
        ]
        body = render_to_string(
            "meetings/email/circulated.txt",
            {
                "meeting": meeting,
                "person": recipient.person,
                "link": absolute(meeting.get_absolute_url()) if recipient.reads else "",
                "actions": owned,
            },
        )
        subject = f"For accuracy: {record}" if recipient.reads else f"Your actions: {record}"
        sent += send_mail(subject, body, None, [recipient.user.email])
    return sent


# The task that makes a record's files lives with the files' making (meetings.renderings); a task
# queued before it moved there names it here.
from meetings.renderings import record_render  # noqa: E402, F401
