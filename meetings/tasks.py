"""Work done outside the request, through Django's task framework (settings.TASKS)."""

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.tasks import task
from django.template.loader import render_to_string

from meetings.minutes import format_date
from meetings.models import Attendance, Meeting


@task
def record_circulated_notify(*, meeting_id: int) -> int:
    """Emails each attendee with an active account a link to the circulated draft; returns
    how many were sent. One email each, so no one sees the others' addresses."""
    meeting = Meeting.objects.select_related("board").get(pk=meeting_id)
    attendances = (
        Attendance.objects.filter(meeting=meeting, person__user__is_active=True)
        .exclude(Q(person__user__email="") | Q(person__user__isnull=True))
        .select_related("person__user")
    )
    link = settings.SITE_URL.rstrip("/") + meeting.get_absolute_url()
    subject = f"For accuracy: {meeting.board.name}, draft record of {format_date(meeting.date)}"
    sent = 0
    for attendance in attendances:
        body = render_to_string(
            "meetings/email/circulated.txt",
            {"meeting": meeting, "person": attendance.person, "link": link},
        )
        sent += send_mail(subject, body, None, [attendance.person.user.email])
    return sent
