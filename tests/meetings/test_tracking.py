"""An action's tracking is declared once (`meetings.tracking.TRACKING`): the services save it
alone without moving the content revision, and the record's files, kept per content revision,
are made from a view without it. A file that showed a tracking field the declaration leaves out
would go stale without an error; here it fails.
"""

from __future__ import annotations

import io
from typing import Any

import docx
import pypdf
import pytest

from actions.services import action_close, action_update_post
from meetings import documents, tracking
from meetings.artefacts import CONTENT_KINDS
from meetings.models import Action, Meeting
from meetings.records import RecordView, record_as_text
from meetings.renderings import _BUILDERS, record_for
from meetings.tracking import TRACKING, Tracking


def _words(kind: str, body: bytes) -> str:
    """What a reader of the file sees (a PDF's or Word file's bytes carry their making time)."""
    if kind == "pdf":
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(body)).pages)
    if kind == "docx":
        document = docx.Document(io.BytesIO(body))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    return body.decode()


def _made_now(meeting: Meeting, kind: str) -> str:
    """The file made afresh from the record as it stands, past every stored copy."""
    meeting.refresh_from_db()
    return _words(kind, _BUILDERS[kind](meeting, record_for(meeting, kind, public=True)))


def _track_every_action(meeting: Meeting, by: Any) -> None:
    actions = Action.objects.filter(paragraph__section__meeting=meeting).order_by("number")
    first, *rest = actions
    action_update_post(action=first, author=by, text="Started.", status_to="in_progress")
    for action in rest:
        action_close(action=action, by=by, at_meeting=meeting)


def _skip_without_pdf(kind: str) -> None:
    if kind == "pdf" and documents.pdf_unavailable():
        pytest.skip("no PDF layout on this machine")


@pytest.mark.parametrize("kind", sorted(CONTENT_KINDS))
def test_it_leaves_the_tracking_out_of_every_file(
    published_meeting: Meeting, secretariat: Any, kind: str
) -> None:
    _skip_without_pdf(kind)
    before = _made_now(published_meeting, kind)
    content_revision = published_meeting.content_revision
    _track_every_action(published_meeting, secretariat)
    assert Meeting.objects.get(pk=published_meeting.pk).content_revision == content_revision
    assert _made_now(published_meeting, kind) == before


def test_the_page_shows_the_tracking(published_meeting: Meeting, secretariat: Any) -> None:
    _track_every_action(published_meeting, secretariat)
    page = _made_now(published_meeting, "json")
    assert '"status": "closed"' in page


def test_a_tracking_field_shown_without_its_declaration_fails(
    published_meeting: Meeting, secretariat: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test above can fail: a plain text that also wrote each action's status, with the
    status not declared as tracking (so left in the view the files are made from), changes
    with an owner's update while its content revision, and so its stored copy, stays."""

    def text_with_status(meeting: Meeting, record: RecordView) -> bytes:
        statuses = "".join(f"[{a.status}]" for a in record.actions)
        return record_as_text(record).encode() + statuses.encode()

    monkeypatch.setitem(_BUILDERS, "txt", text_with_status)
    monkeypatch.setattr(
        tracking, "TRACKING", Tracking(fields=TRACKING.fields, shown_as=frozenset())
    )
    before = _made_now(published_meeting, "txt")
    _track_every_action(published_meeting, secretariat)
    assert _made_now(published_meeting, "txt") != before
