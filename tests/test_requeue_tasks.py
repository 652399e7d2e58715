"""Tasks a worker started and never finished (it lost the database, or was killed) go back in
the queue, so that their email is sent after all."""

from __future__ import annotations

import datetime
from io import StringIO
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.tasks import TaskResultStatus, default_task_backend
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from meetings.models import Attendance, Meeting, Membership
from meetings.services import record_circulate
from tests.conftest import make_user


@pytest.fixture
def row(
    settings: Any, seed_meeting: Meeting, secretariat: Any, django_capture_on_commit_callbacks: Any
) -> DBTaskResult:
    """The email of a circulated draft to its one attendee with an account, in production's
    database queue."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    attendee = Attendance.objects.filter(meeting=seed_meeting).first().person
    attendee.user = make_user("attendee@mopac.example")
    attendee.save()
    # A board member, who may read the draft: the email links to it.
    Membership.objects.create(
        person=attendee, board=seed_meeting.board, role=Membership.Role.BOARD_MEMBER
    )
    with django_capture_on_commit_callbacks(execute=True):
        record_circulate(meeting=seed_meeting, by=secretariat)
    return DBTaskResult.objects.get(task_path__endswith="record_circulated_notify")


def _interrupted(row: DBTaskResult, minutes_ago: int) -> None:
    """What a worker that died mid-task leaves: claimed, started, never finished."""
    row.claim("worker-that-died")
    DBTaskResult.objects.filter(pk=row.pk).update(
        started_at=timezone.now() - datetime.timedelta(minutes=minutes_ago)
    )


def _worker() -> Worker:
    return Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="next-worker",
        excluded_queue_names=[],
    )


def _requeue(*args: str) -> str:
    out = StringIO()
    call_command("requeue_interrupted_tasks", *args, stdout=out)
    return out.getvalue()


def test_an_interrupted_email_goes_back_in_the_queue_and_is_sent(row: DBTaskResult) -> None:
    _interrupted(row, minutes_ago=20)
    assert "1 interrupted task(s) put back in the queue" in _requeue()
    row.refresh_from_db()
    assert row.status == TaskResultStatus.READY
    # The next worker picks it up and runs it.
    ready = DBTaskResult.objects.ready().get()
    assert ready.pk == row.pk
    _worker().run_task(ready)
    row.refresh_from_db()
    assert row.status == TaskResultStatus.SUCCESSFUL
    assert [message.to for message in mail.outbox] == [["attendee@mopac.example"]]


def test_a_task_still_running_is_left_to_its_worker(row: DBTaskResult) -> None:
    _interrupted(row, minutes_ago=2)
    assert "0 interrupted task(s)" in _requeue()
    assert _requeue("--minutes", "1").startswith("1 ")


def test_finished_and_waiting_tasks_are_left_alone(row: DBTaskResult) -> None:
    assert "0 interrupted" in _requeue("--minutes", "0")
    row.set_successful(1)
    assert "0 interrupted" in _requeue("--minutes", "0")
    assert default_task_backend.get_result(str(row.pk)).status == TaskResultStatus.SUCCESSFUL
