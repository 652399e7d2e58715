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


@task
def record_render(*, meeting_id: int, revision: int) -> list[str]:
    """Makes the files of a published record at its content revision `revision`, for the
    public and for members, so that the first reader after a change is served a stored copy;
    returns what it made. A task that has fallen behind the record (its content revision
    moved on since) does nothing: the task queued by that later change makes the current
    files."""
    from meetings import documents, renderings

    meeting = Meeting.objects.select_related("board").filter(pk=meeting_id).first()
    if (
        meeting is None
        or meeting.status != Meeting.Status.PUBLISHED
        or meeting.content_revision != revision
    ):
        return []
    made = []
    for kind in renderings.KINDS:
        if kind == "pdf" and documents.pdf_unavailable():
            continue
        for public in (True, False):
            renderings.rendering(meeting, kind, public=public)
            made.append(f"{kind}:{'public' if public else 'members'}")
    return made
