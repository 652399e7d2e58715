"""A record's revision: one number that counts every change to what its renderings show.

Every write to a meeting's rows (the meeting, its attendances, sections, paragraphs,
amendments and actions) counts it up, inside the writer's own transaction, from the signal
receivers here; the bulk updates that signals do not see (renumbering, making room) call
`touch` themselves. `meetings.artefacts` stores renderings under the revision, so nothing
rendered before a change is served after it, on any process.
"""

from __future__ import annotations

from typing import Any

from django.db.models import F, signals
from django.utils import timezone

from meetings.models import Amendment, Attendance, Meeting, Paragraph, Section


def touch(**meeting_filter: Any) -> None:
    """Counts up the revision of the meetings the filter selects (e.g. `pk=…`)."""
    Meeting.objects.filter(**meeting_filter).update(
        revision=F("revision") + 1, updated=timezone.now()
    )


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
