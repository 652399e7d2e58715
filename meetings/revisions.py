"""A record's revision: one number that counts every change to what its renderings show.

Every write to a meeting's rows (the meeting, its attendances, sections, paragraphs,
amendments and actions) counts it up, inside the writer's own transaction, from the signal
receivers here; the bulk updates that signals do not see (renumbering, making room) call
`touch` themselves. Renaming a board, an organisation or a person counts up every record that
names them, as does changing the people named on an action. `meetings.artefacts` stores
renderings under the revision (and the render version, `meetings.render_version`, which a
deploy moves), so nothing rendered before a change is served after it, on any process. An
organisation or person that no record names moves nothing, and changes no rendering: the
plain text weighs only the organisations its record names (`records.record_as_text`).

A second count, the content revision, moves with every change but an action's tracking
(`TRACKING_FIELDS`); the record's files are kept under it. When tasks run outside the request
(a worker, in production), each change to what a published record says also queues the
making of its files at the new content revision (`meetings.tasks.record_render`), so no
reader waits for them.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import F, Q, signals
from django.utils import timezone

from meetings.models import (
    Amendment,
    Attendance,
    Board,
    Meeting,
    Organisation,
    Paragraph,
    Person,
    Section,
)


def touch(*conditions: Q, tracking_only: bool = False, **meeting_filter: Any) -> None:
    """Counts up the revision of the meetings the filter selects (e.g. `pk=…`), and their
    content revision unless the change is only to an action's tracking (`TRACKING_FIELDS`)."""
    now = timezone.now()
    changes: dict[str, Any] = {"revision": F("revision") + 1, "updated": now}
    if not tracking_only:
        changes |= {"content_revision": F("content_revision") + 1, "content_updated": now}
    Meeting.objects.filter(*conditions, **meeting_filter).update(**changes)
    if not tracking_only and _renders_in_background():
        transaction.on_commit(lambda: _render_published(conditions, meeting_filter))


def _renders_in_background() -> bool:
    from django.tasks.backends.immediate import ImmediateBackend

    from meetings.tasks import record_render

    # Run at once, the task would only move the rendering from the reader's request into
    # the writer's.
    return not isinstance(record_render.get_backend(), ImmediateBackend)


def _render_published(conditions: tuple[Q, ...], meeting_filter: dict[str, Any]) -> None:
    from meetings.tasks import record_render

    published = Meeting.objects.filter(
        *conditions, **meeting_filter, status=Meeting.Status.PUBLISHED
    ).distinct()
    for pk, revision in published.values_list("pk", "content_revision"):
        record_render.enqueue(meeting_id=pk, revision=revision)


def _meeting_changed(sender: type, instance: Meeting, raw: bool = False, **kwargs: Any) -> None:
    if not raw and instance.pk:
        touch(pk=instance.pk)


# An action's tracking: what its owners' progress and the board's closing change. The page
# shows it as it is; the record's files do not carry it.
TRACKING_FIELDS = frozenset({"status", "version", "closed_at_meeting"})


def _part_changed(
    sender: type, instance: Any, raw: bool = False, update_fields: Any = None, **kwargs: Any
) -> None:
    if raw:
        return
    if isinstance(instance, Paragraph):
        touch(sections__id=instance.section_id)
    elif isinstance(instance, Section | Attendance | Amendment):
        touch(pk=instance.meeting_id)
    else:  # an action
        tracking = update_fields is not None and set(update_fields) <= TRACKING_FIELDS
        touch(sections__paragraphs__id=instance.paragraph_id, tracking_only=tracking)


def _name_changed(
    sender: type, instance: Any, created: bool, raw: bool = False, **kwargs: Any
) -> None:
    """A board, organisation or person renamed: every record that names them reads anew (a
    new row is in no record yet)."""
    if raw or created:
        return
    if isinstance(instance, Board):
        touch(board_id=instance.pk)
    elif isinstance(instance, Organisation):
        touch(
            Q(attendances__organisation=instance.pk)
            | Q(sections__paragraphs__actions__owner=instance.pk)
        )
    else:  # a person
        touch(
            Q(attendances__person=instance.pk)
            | Q(sections__paragraphs__actions__owner_people=instance.pk)
        )


def _owners_changed(
    sender: type, instance: Any, action: str, reverse: bool, pk_set: set | None, **kwargs: Any
) -> None:
    # The people named on an action, changed on their own (the action's row is not saved):
    # from the action (`action.owner_people.add(person)`) or from the person.
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if not reverse:
        touch(sections__paragraphs__id=instance.paragraph_id)
    elif action == "pre_clear":
        touch(sections__paragraphs__actions__owner_people=instance.pk)
    elif pk_set:
        touch(sections__paragraphs__actions__in=pk_set)


def connect() -> None:
    from actions.models import Action

    signals.post_save.connect(_meeting_changed, sender=Meeting, dispatch_uid="revision-meeting")
    for model in (Board, Organisation, Person):
        signals.post_save.connect(
            _name_changed, sender=model, dispatch_uid=f"revision-name-{model.__name__}"
        )
    signals.m2m_changed.connect(
        _owners_changed, sender=Action.owner_people.through, dispatch_uid="revision-owners"
    )
    for model in (Attendance, Section, Paragraph, Amendment, Action):
        for signal in (signals.post_save, signals.post_delete):
            signal.connect(_part_changed, sender=model, dispatch_uid=f"revision-{model.__name__}")
