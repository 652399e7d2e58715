"""A published record's files are made by a task when what it says changes (publication, an
amendment, an action's due date or owner), not in the first reader's request: slow rendering
goes through Django's task framework, as email does. An action's progress changes the page,
never the files."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from actions.services import action_update_post
from meetings import documents
from meetings.models import Action, Meeting, RecordArtefact
from meetings.renderings import record_render
from meetings.services import record_amend_paragraph
from meetings.services.editing import paragraph_update
from tests.conftest import client_for, first_paragraph, publish
from tests.laid_out import pdfs_laid_out_once

__all__ = ["pdfs_laid_out_once"]  # a fixture, used below
pytestmark = pytest.mark.usefixtures("pdfs_laid_out_once")

FILES = {"txt", "json", "docx", "pdf"}


def renders_queued(queued: list[Any]) -> list[dict[str, Any]]:
    return [r.kwargs for r in queued if r.task.name == record_render.name]


def test_publishing_queues_the_files_at_the_published_revision(
    seed_meeting: Meeting, secretariat: Any, queued: list, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        publish(seed_meeting, by=secretariat)
    seed_meeting.refresh_from_db()
    assert {"meeting_id": seed_meeting.pk, "revision": seed_meeting.content_revision} in (
        renders_queued(queued)
    )
    # Queued, not made: the writer's request did no rendering.
    assert not RecordArtefact.objects.filter(meeting=seed_meeting).exists()


def test_an_amendment_queues_the_new_version(
    published_meeting: Meeting,
    secretariat: Any,
    queued: list,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        record_amend_paragraph(
            paragraph=first_paragraph(published_meeting),
            text="Amended text.",
            by=secretariat,
            reason="Correction",
        )
    published_meeting.refresh_from_db()
    assert renders_queued(queued)[-1] == {
        "meeting_id": published_meeting.pk,
        "revision": published_meeting.content_revision,
    }


@pytest.mark.parametrize("status_to", ["", "in_progress", "proposed"])
def test_an_actions_progress_queues_nothing(
    published_meeting: Meeting,
    action_owner: Any,
    queued: list,
    django_capture_on_commit_callbacks: Any,
    status_to: str,
) -> None:
    # The files do not carry an action's tracking, so they stay as they are.
    action = Action.objects.filter(paragraph__section__meeting=published_meeting).first()
    assert action is not None
    with django_capture_on_commit_callbacks(execute=True):
        action_update_post(
            action=action, author=action_owner, text="Figures drafted.", status_to=status_to
        )
    assert renders_queued(queued) == []


def test_editing_a_draft_queues_nothing(
    seed_meeting: Meeting, secretariat: Any, queued: list, django_capture_on_commit_callbacks: Any
) -> None:
    paragraph = first_paragraph(seed_meeting)
    with django_capture_on_commit_callbacks(execute=True):
        paragraph_update(
            paragraph=paragraph,
            by=secretariat,
            text="Redrafted.",
            restricted=False,
            version=paragraph.version,
        )
    assert renders_queued(queued) == []


def test_run_at_once_it_queues_nothing(
    seed_meeting: Meeting, secretariat: Any, django_capture_on_commit_callbacks: Any
) -> None:
    # With the immediate backend (development, tests) the task would only move the rendering
    # from the reader's request into the writer's.
    with django_capture_on_commit_callbacks(execute=True):
        publish(seed_meeting, by=secretariat)
    assert not RecordArtefact.objects.filter(meeting=seed_meeting).exists()


@pytest.mark.parametrize("kind", sorted(FILES))
def test_readers_are_served_what_the_task_made(
    published_meeting: Meeting,
    board_member: Any,
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    published_meeting.refresh_from_db()
    made = record_render.call(
        meeting_id=published_meeting.pk, revision=published_meeting.content_revision
    )
    assert set(made) == {f"{k}:{audience}" for k in FILES for audience in ("public", "members")}
    # Any process, with nothing in its memory, serves the stored files without making them.
    cache.clear()
    for name in ("record_pdf", "record_docx"):
        monkeypatch.setattr(documents, name, _not_again)
    monkeypatch.setattr("meetings.artefacts.record_view", _not_again)
    name = {"txt": "meetings:record_text"}.get(kind, f"meetings:record_{kind}")
    address = reverse(name, args=[published_meeting.board.slug, "2023-08-31"])
    for client in (Client(), client_for(board_member)):
        response = client.get(address)
        assert response.status_code == 200
        assert b"".join(response) if response.streaming else response.content


def _not_again(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("made in the request, not served from what the task made")


def test_a_task_behind_the_record_makes_nothing(
    published_meeting: Meeting, secretariat: Any
) -> None:
    published_meeting.refresh_from_db()
    behind = published_meeting.content_revision
    record_amend_paragraph(
        paragraph=first_paragraph(published_meeting), text="Newer.", by=secretariat, reason="Fix"
    )
    assert record_render.call(meeting_id=published_meeting.pk, revision=behind) == []
    assert not RecordArtefact.objects.filter(meeting=published_meeting).exists()


def test_a_draft_gets_no_files(seed_meeting: Meeting) -> None:
    seed_meeting.refresh_from_db()
    assert (
        record_render.call(meeting_id=seed_meeting.pk, revision=seed_meeting.content_revision) == []
    )
    assert not RecordArtefact.objects.filter(meeting=seed_meeting).exists()
