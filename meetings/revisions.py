"""A record's revision: one number that counts every change to what its renderings show.

Every write to a meeting's rows (the meeting, its attendances, sections, paragraphs,
amendments and actions) counts it up, inside the writer's own transaction, from the signal
receivers here; the bulk updates that signals do not see (renumbering, making room) call
`touch` themselves. `meetings.artefacts` stores renderings under the revision, so nothing
rendered before a change is served after it, on any process. When tasks run outside the
request (a worker, in production), each change to a published record also queues the making
of its files at the new revision (`meetings.tasks.record_render`), so no reader waits for
them.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import F, signals
from django.utils import timezone

from meetings.models import Amendment, Attendance, Meeting, Paragraph, Section


def touch(**meeting_filter: Any) -> None:
    """Counts up the revision of the meetings the filter selects (e.g. `pk=…`)."""
    Meeting.objects.filter(**meeting_filter).update(
        revision=F("revision") + 1, updated=timezone.now()
    )
    if _renders_in_background():
        transaction.on_commit(lambda: _render_published(meeting_filter))


def _renders_in_background() -> bool:
    from django.tasks.backends.immediate import ImmediateBackend

    from meetings.tasks import record_render

    # Run at once, the task would only move the rendering from the reader's request into
    # the writer's.
    return not isinstance(record_render.get_backend(), ImmediateBackend)


def _render_published(meeting_filter: dict[str, Any]) -> None:
    from meetings.tasks import record_render

    published = Meeting.objects.filter(**meeting_filter, status=Meeting.Status.PUBLISHED).distinct()
    for pk, revision in published.values_list("pk", "revision"):
        record_render.enqueue(meeting_id=pk, revision=revision)


def _meeting_changed(sender: type, instance: Meeting, raw: bool = False, **kwargs: Any) -> None:
    if not raw and instance.pk:
        touch(pk=instance.pk)


def _part_changed(sender: type, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    if raw:
        return
    if isinstance(instance, Paragraph):
        touch(sections__id=instance.section_id)
    elif isinstance(instance, Section | Attendance | Amendment):
        touch(pk=instance.meeting_id)
    else:  # an action
        touch(sections__paragraphs__id=instance.paragraph_id)


def connect() -> None:
    from actions.models import Action

    signals.post_save.connect(_meeting_changed, sender=Meeting, dispatch_uid="revision-meeting")
    for model in (Attendance, Section, Paragraph, Amendment, Action):
        for signal in (signals.post_save, signals.post_delete):
            signal.connect(_part_changed, sender=model, dispatch_uid=f"revision-{model.__name__}")
