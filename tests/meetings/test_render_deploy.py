"""After a deploy (a new render version) or a change, a record's files are made by the task,
not by the first readers: a large record's PDF that is not made yet is answered at once with a
page that says it is being prepared (503, Retry-After), its making queued once however many
readers ask; `manage.py render_published` queues the making of every published record's
missing files. The record's page is served at once all the while."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.tasks import default_task_backend
from django.test import Client
from django.test.utils import CaptureQueriesContext

from meetings import documents, render_version, renderings
from meetings.models import Meeting, Paragraph, RecordArtefact, Section
from meetings.renderings import record_render
from meetings.revisions import record_changed
from tests.addresses import record_url
from tests.conftest import client_for, publish

pytestmark = pytest.mark.skipif(
    bool(documents.pdf_unavailable()), reason="WeasyPrint cannot make PDFs here"
)


@pytest.fixture(autouse=True)
def laid_out(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Who makes a PDF, and when, is under test here, not its layout (tests/meetings/
    test_downloads.py): each PDF is a stand-in, and the titles laid out are counted."""
    titles: list[str] = []

    def record_pdf(html: str, *, title: str) -> bytes:
        titles.append(title)
        return b"%PDF-1.7 stand-in"

    monkeypatch.setattr(documents, "record_pdf", record_pdf)
    return titles


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test record counts as too large to lay out its PDF in a request."""
    monkeypatch.setattr(renderings, "INLINE_MOST_PARAGRAPHS", 1)


def renders_queued(queued: list[Any]) -> list[dict[str, Any]]:
    return [r.kwargs for r in queued if r.task.name == record_render.name]


def test_a_missing_large_pdf_is_prepared_by_one_task(
    published_meeting: Meeting, board_member: Any, queued: list, large: None, laid_out: list
) -> None:
    published_meeting.refresh_from_db()
    readers = [Client(), Client(), client_for(board_member)]
    for response in [reader.get(record_url(published_meeting, "pdf")) for reader in readers]:
        assert response.status_code == 503
        assert response["Retry-After"] == "60"
        assert "no-store" in response["Cache-Control"]
        page = response.content.decode()
        assert "<h1>This file is being prepared</h1>" in page
        assert "Try again in a minute" in page
        assert f'href="{published_meeting.get_absolute_url()}"' in page
    # Three readers, no PDF laid out in their requests, one task; the record's page is served
    # at once meanwhile, and the cheap files are made in the request as before.
    assert laid_out == []
    assert renders_queued(queued) == [
        {"meeting_id": published_meeting.pk, "revision": published_meeting.content_revision}
    ]
    assert Client().get(record_url(published_meeting, "page")).status_code == 200
    assert Client().get(record_url(published_meeting, "txt")).status_code == 200

    # The worker runs the task: then every reader is served the file it made, and nothing more
    # is queued or laid out.
    made = record_render.call(**renders_queued(queued)[0])
    assert {"pdf:public", "pdf:members"} <= set(made)
    assert len(laid_out) == 2
    for reader in (Client(), client_for(board_member)):
        response = reader.get(record_url(published_meeting, "pdf"))
        assert response.status_code == 200
        assert response.content == b"%PDF-1.7 stand-in"
    assert len(laid_out) == 2
    assert len(renders_queued(queued)) == 1


def test_a_small_records_pdf_is_made_in_the_request(
    published_meeting: Meeting, queued: list
) -> None:
    paragraphs = Paragraph.objects.filter(section__meeting=published_meeting).count()
    assert paragraphs <= renderings.INLINE_MOST_PARAGRAPHS
    response = Client().get(record_url(published_meeting, "pdf"))
    assert response.status_code == 200
    assert response.content == b"%PDF-1.7 stand-in"
    assert renders_queued(queued) == []


def test_with_tasks_run_at_once_the_large_pdf_is_served(
    published_meeting: Meeting, large: None
) -> None:
    # Development and tests (ImmediateBackend): nothing to wait for, so it is made and served.
    response = Client().get(record_url(published_meeting, "pdf"))
    assert response.status_code == 200
    assert response.content == b"%PDF-1.7 stand-in"


def test_outsiders_are_refused_before_anything_is_queued(
    seed_meeting: Meeting,
    outsider: Any,
    board_member: Any,
    secretariat: Any,
    queued: list,
    large: None,
) -> None:
    # A draft: the secretariat's only.
    for reader in (client_for(outsider), Client(), client_for(board_member)):
        assert reader.get(record_url(seed_meeting, "pdf")).status_code == 404
    assert renders_queued(queued) == []
    # The secretariat asking for the draft's PDF has it made by the task too.
    assert client_for(secretariat).get(record_url(seed_meeting, "pdf")).status_code == 503
    seed_meeting.refresh_from_db()
    (asked,) = renders_queued(queued)
    assert asked == {
        "meeting_id": seed_meeting.pk,
        "revision": seed_meeting.content_revision,
        "asked": True,
    }
    assert "pdf:members" in record_render.call(**asked)
    response = client_for(secretariat).get(record_url(seed_meeting, "pdf"))
    assert response.status_code == 200
    assert response.content == b"%PDF-1.7 stand-in"


def _grow(meeting: Meeting, paragraphs: int) -> None:
    section = Section.objects.create(
        meeting=meeting, position=Section.objects.filter(meeting=meeting).count() + 1, title="More"
    )
    Paragraph.objects.bulk_create(
        Paragraph(section=section, position=i + 1, text=f"Further paragraph {i}.")
        for i in range(paragraphs)
    )
    record_changed(meeting, content=True)


def test_the_answer_takes_the_same_queries_whatever_the_records_size(
    published_meeting: Meeting, board_member: Any, queued: list, large: None
) -> None:
    reader = client_for(board_member)
    reader.get(record_url(published_meeting, "page"))  # the session and user, as on every page

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert reader.get(record_url(published_meeting, "pdf")).status_code == 503
        return len(captured)

    small = queries()
    _grow(published_meeting, 200)
    assert queries() == small


def _render_missing(*options: str) -> str:
    out = io.StringIO()
    call_command("render_published", *options, stdout=out)
    return out.getvalue()


def test_render_published_queues_exactly_the_records_missing_files(
    published_meeting: Meeting, secretariat: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A second published record, whose files are all made; and a draft, which is left alone.
    other = Meeting.objects.create(
        board=published_meeting.board, date=published_meeting.date.replace(year=2022)
    )
    publish(other, by=secretariat)
    other.refresh_from_db()
    record_render.call(meeting_id=other.pk, revision=other.content_revision)
    Meeting.objects.create(board=published_meeting.board, date=other.date.replace(month=1))
    published_meeting.refresh_from_db()
    renderings.rendering(published_meeting, "txt", public=True)  # one file of eight

    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    queued = default_task_backend.results
    assert "1 published record(s) lack files" in _render_missing()
    assert renders_queued(queued) == [
        {"meeting_id": published_meeting.pk, "revision": published_meeting.content_revision}
    ]
    # Run again before the worker: already queued, so nothing more.
    assert "0 newly queued, 1 already queued" in _render_missing()
    assert len(renders_queued(queued)) == 1

    # The worker makes them; then nothing is missing.
    record_render.call(**renders_queued(queued)[0])
    assert "0 published record(s) lack files" in _render_missing()

    # A deploy that changes how records look: every published record's files are missing.
    monkeypatch.setattr(render_version, "_settings", lambda: b"another deploy")
    render_version.forget()
    try:
        assert "2 published record(s) lack files" in _render_missing()
        assert {r["meeting_id"] for r in renders_queued(queued)[1:]} == {
            published_meeting.pk,
            other.pk,
        }
    finally:
        monkeypatch.undo()
        render_version.forget()


def test_render_published_with_tasks_run_at_once_makes_the_files(
    published_meeting: Meeting,
) -> None:
    assert "1 published record(s) lack files" in _render_missing()
    assert RecordArtefact.objects.filter(meeting=published_meeting).count() == 8
    assert "0 published record(s)" in _render_missing()
