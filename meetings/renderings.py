"""The record's files (plain text, JSON, Word, PDF), each made from the one structured record
and stored per revision, render version and audience by `meetings.artefacts`.

The views serve them; the `record_render` task makes them ahead of the first reader when a
published record changes, so that nobody waits seconds for a PDF to be laid out.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string

from meetings import artefacts, documents
from meetings.models import Meeting
from meetings.records import RecordView, record_as_dict, record_as_text
from meetings.tracking import content_view

# In the order the task makes them: the text first, since the others carry its checksum.
KINDS = ("txt", "json", "docx", "pdf")


def record_context(meeting: Meeting, record: RecordView) -> dict[str, Any]:
    """What the record template needs to lay out the record, for the page and the PDF alike."""
    groups = record.attendee_groups()
    return {
        "meeting": meeting,
        "record": record,
        "attendee_groups": groups,
        # Kind headings only where someone was not simply present, as the record does.
        "show_kinds": len(groups) > 1 or (groups and groups[0][0] != "Present"),
        "check_lines": check_lines(meeting),
        "pdf_unavailable": documents.pdf_unavailable(),
    }


def check_lines(meeting: Meeting) -> dict[str, Any] | None:
    """How to check a copy of a published record: when it was published, and the SHA-256 of
    its public plain text (the `.txt` download, byte for byte)."""
    if meeting.status != Meeting.Status.PUBLISHED:
        return None
    return {"published": meeting.published, "checksum": public_checksum(meeting)}


def public_checksum(meeting: Meeting) -> str:
    return rendering(meeting, "txt", public=True).sha256


def record_for(meeting: Meeting, kind: str, *, public: bool) -> RecordView:
    """The record as the `kind` rendering shows it. The files kept per content revision
    (`artefacts.CONTENT_KINDS`) are made from it without the actions' tracking
    (`tracking.TRACKING`), so none of them can show what they are not made again for."""
    record = artefacts.cached_record_view(meeting, public=public)
    return content_view(record) if kind in artefacts.CONTENT_KINDS else record


def _text(meeting: Meeting, record: RecordView) -> bytes:
    return record_as_text(record).encode()


def _json(meeting: Meeting, record: RecordView) -> bytes:
    data = record_as_dict(record)
    return json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder).encode()


def _pdf(meeting: Meeting, record: RecordView) -> bytes:
    # The record page as it prints: no navigation, forms, comments or history links.
    context = record_context(meeting, record) | {"document": True, "shows_history": False}
    html = render_to_string("meetings/record.html", context)
    return documents.record_pdf(html, title=meeting.title)


def _docx(meeting: Meeting, record: RecordView) -> bytes:
    return documents.record_docx(record, checksum=public_checksum(meeting))


_BUILDERS: dict[str, Callable[[Meeting, RecordView], bytes]] = {
    "txt": _text,
    "json": _json,
    "pdf": _pdf,
    "docx": _docx,
}


def rendering(meeting: Meeting, kind: str, *, public: bool) -> artefacts.Artefact:
    """The `kind` file of the record for the public or for members, as the record stands (its
    revision, or its content revision for `artefacts.CONTENT_KINDS`): the stored copy when
    there is one, else made now and stored."""
    return artefacts.artefact(
        meeting,
        kind,
        public=public,
        build=lambda: _BUILDERS[kind](meeting, record_for(meeting, kind, public=public)),
    )
