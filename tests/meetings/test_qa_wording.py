"""Words and sample data after an outside tester's report (items 17 and 18): the circulate
confirmation does not say it cannot be taken back (a circulated record returns to draft), the
others still do; checksums are explained in plain words; the circulation email goes only for
a record still circulated when it is sent; the sample's next meeting is on a weekday."""

from __future__ import annotations

import datetime
from typing import Any

from django.core import mail
from django.urls import reverse

from agenda.sample import meeting_day
from meetings.models import Attendance, Meeting
from meetings.services.lifecycle import VERBS, record_agree, record_circulate, record_publish
from tests.conftest import client_for, next_meeting


def confirmation(meeting: Meeting, user: Any, verb: str, **data: Any) -> str:
    url = reverse("meetings:record_move", args=[meeting.board.slug, meeting.date.isoformat(), verb])
    response = client_for(user).post(url, data)
    assert response.status_code == 200
    return response.content.decode()


def test_circulating_says_what_can_and_cannot_be_taken_back(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    page = confirmation(seed_meeting, secretariat, "circulate")
    assert "This cannot be taken back" not in page
    assert "The emails cannot be called back once they are sent." in page
    assert "“Return to draft”" in page
    assert VERBS["circulate"].undone_by() is VERBS["return_to_draft"]


def test_agreeing_and_publishing_still_cannot_be_taken_back(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    later = next_meeting(circulated_meeting)
    page = confirmation(circulated_meeting, secretariat, "agree", at_meeting=later.pk)
    assert "This cannot be taken back." in page
    assert VERBS["agree"].undone_by() is None
    assert VERBS["publish"].undone_by() is None


def test_the_publish_confirmation_explains_the_checksum(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    record_agree(meeting=circulated_meeting, at_meeting=next_meeting(circulated_meeting), by=None)
    page = confirmation(circulated_meeting, secretariat, "publish")
    assert "checksum (a fingerprint of the file" in page


def test_no_accuracy_email_for_a_record_no_longer_circulated(
    seed_meeting: Meeting, board_member: Any, django_capture_on_commit_callbacks: Any
) -> None:
    Attendance.objects.create(meeting=seed_meeting, person=board_member.person, position=99)
    # As the sample data does: circulated, agreed and published in one transaction.
    with django_capture_on_commit_callbacks(execute=True):
        record_circulate(meeting=seed_meeting, by=None)
        record_agree(meeting=seed_meeting, at_meeting=next_meeting(seed_meeting), by=None)
        record_publish(meeting=seed_meeting, by=None)
    assert [m.subject for m in mail.outbox if "For accuracy" in m.subject] == []
    assert seed_meeting.status == Meeting.Status.PUBLISHED


def test_an_accuracy_email_for_a_record_still_circulated(
    seed_meeting: Meeting, board_member: Any, django_capture_on_commit_callbacks: Any
) -> None:
    Attendance.objects.create(meeting=seed_meeting, person=board_member.person, position=99)
    with django_capture_on_commit_callbacks(execute=True):
        record_circulate(meeting=seed_meeting, by=None)
    assert [m.to for m in mail.outbox if "For accuracy" in m.subject] == [[board_member.email]]


def test_the_samples_next_meeting_is_on_a_weekday() -> None:
    monday = datetime.date(2026, 11, 30)
    for offset in range(7):
        day = meeting_day(monday + datetime.timedelta(days=offset))
        assert day.weekday() < 5
        assert 14 <= (day - (monday + datetime.timedelta(days=offset))).days <= 16
