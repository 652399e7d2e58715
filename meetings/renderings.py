"""The record's files (plain text, JSON, Word, PDF), each made from the one structured record
and stored per revision, render version and audience by `meetings.artefacts`.

The views serve them; the `record_render` task makes them ahead of the first reader when a
published record changes, so that nobody waits seconds for a PDF to be laid out.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, F, Q, QuerySet
from django.tasks import task
from django.template.loader import render_to_string

from meetings import artefacts, documents
from meetings.models import Meeting, Paragraph, RecordArtefact
from meetings.records import RecordView, record_as_dict, record_as_text
from meetings.render_version import render_version
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


def _builder(meeting: Meeting, kind: str, *, public: bool) -> Callable[[], bytes]:
    return lambda: _BUILDERS[kind](meeting, record_for(meeting, kind, public=public))


def rendering(meeting: Meeting, kind: str, *, public: bool) -> artefacts.Artefact:
    """The `kind` file of the record for the public or for members, as the record stands (its
    revision, or its content revision for `artefacts.CONTENT_KINDS`): the stored copy when
    there is one, else made now and stored."""
    return artefacts.artefact(
        meeting, kind, public=public, build=_builder(meeting, kind, public=public)
    )


# The files whose making grows with the record past what a reader's request may wait for: a
# PDF is laid out at about 20 ms a paragraph on the 2-core machine under load (0.5 s for 17
# paragraphs, 1.2-1.5 s for 62, 6-9 s for 317, and about 30 s for 300 under the benchmark's
# load), where the text, the JSON and the Word file of 317 paragraphs take 0.2 s or less once
# the record's view is made (README, "Made once, served from storage").
SLOW_KINDS = frozenset({"pdf"})
# The most paragraphs a slow file is made for in the reader's request; a larger record's is
# made by the task (`record_render`, below) while the reader is asked to come back.
INLINE_MOST_PARAGRAPHS = 60


def rendering_or_queued(meeting: Meeting, kind: str, *, public: bool) -> artefacts.Artefact | None:
    """The `kind` file as `rendering` gives it, except that a slow file of a large record that
    is not made yet is not made in this request when tasks run in a worker: its making is
    queued (once, however many readers ask: `render_soon`) and None is returned. A
    constant number of queries, whatever the record's size."""
    found = artefacts.stored(meeting, kind, public=public)
    if found is not None:
        return found
    if (
        kind in SLOW_KINDS
        and runs_in_background()
        and Paragraph.objects.filter(section__meeting=meeting).count() > INLINE_MOST_PARAGRAPHS
    ):
        render_soon(meeting)
        return None
    return artefacts.made_and_stored(
        meeting, kind, public=public, build=_builder(meeting, kind, public=public)
    )


def published_missing_files() -> QuerySet[Meeting]:
    """The published records with a file not made for their current revision and the current
    render version (after a deploy that moved it: every one), for `render_published`. One
    query."""
    kinds = [k for k in KINDS if not (k == "pdf" and documents.pdf_unavailable())]
    by_content = [k for k in kinds if k in artefacts.CONTENT_KINDS]
    current = Q(artefacts__render_version=render_version()) & (
        Q(
            artefacts__kind__in=by_content,
            artefacts__revision=F("content_revision"),
            artefacts__stamp=F("content_updated"),
        )
        | Q(
            artefacts__kind__in=[k for k in kinds if k not in by_content],
            artefacts__revision=F("revision"),
            artefacts__stamp=F("updated"),
        )
    )
    audiences = len(RecordArtefact.Audience.choices)
    return (
        Meeting.objects.filter(status=Meeting.Status.PUBLISHED)
        .annotate(made=Count("artefacts", filter=current))
        .filter(made__lt=len(kinds) * audiences)
        .only("pk", "status", "content_revision", "content_updated")
        .order_by("-date", "pk")
    )


@task
def record_render(*, meeting_id: int, revision: int, asked: bool = False) -> list[str]:
    """Makes the files of a published record at its content revision `revision`, for the
    public and for members, so that the first reader after a change is served a stored copy;
    returns what it made. A task that has fallen behind the record (its content revision
    moved on since) does nothing: the task queued by that later change makes the current
    files. `asked`: a reader asked for a file of the record too large to make in their request
    (`rendering_or_queued`), so its files are made whatever its status (a draft's
    readers are its board's)."""
    meeting = Meeting.objects.select_related("board").filter(pk=meeting_id).first()
    if (
        meeting is None
        or (meeting.status != Meeting.Status.PUBLISHED and not asked)
        or meeting.content_revision != revision
    ):
        return []
    made = []
    for kind in KINDS:
        if kind == "pdf" and documents.pdf_unavailable():
            continue
        for public in (True, False):
            rendering(meeting, kind, public=public)
            made.append(f"{kind}:{'public' if public else 'members'}")
    return made


# How long a queued making of a record's files stands for every later request to queue it: a
# task's worker that died leaves it running until `requeue_interrupted_tasks` (README), and a
# reader's request after this queues it again.
QUEUED_SECONDS = 10 * 60


def runs_in_background() -> bool:
    """Whether tasks run in a worker (production's queue), not at once in the request that
    queues them (development and tests: `ImmediateBackend`)."""
    from django.tasks.backends.immediate import ImmediateBackend

    return not isinstance(record_render.get_backend(), ImmediateBackend)


def render_soon(meeting: Meeting) -> bool:
    """Queues the making of the record's files at its current content revision and render
    version, unless it was queued already (by a change, a reader or `render_published`) in
    the last `QUEUED_SECONDS`: many readers asking for one missing file queue one task.
    Returns whether it queued."""
    kwargs: dict[str, Any] = {"meeting_id": meeting.pk, "revision": meeting.content_revision}
    if meeting.status != Meeting.Status.PUBLISHED:
        kwargs["asked"] = True
    key = f"render-queued:{artefacts.version_key(meeting, 'pdf')}"
    try:
        first = cache.add(key, True, QUEUED_SECONDS)
    except Exception:
        # The shared cache is an accelerator: without it every asking request queues, and the
        # task makes only what is still missing.
        first = True
    if first:
        record_render.enqueue(**kwargs)
    return first
