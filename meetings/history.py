"""The audit trail read back: who changed what, when, field by field.

Every model of a record keeps its history through django-simple-history (one historical
row per create, change and delete, with the user who made it). This module turns those
rows into entries a person can read, with a fixed number of queries per page.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model, QuerySet

CHANGE_TYPES = {"+": "Created", "~": "Changed", "-": "Deleted"}
SKIPPED_FIELDS = {
    "id",
    "updated",
    "created",
    "history_id",
    "history_date",
    "history_user",
    "history_type",
    "history_change_reason",
}


@dataclass
class Change:
    field: str
    old: Any
    new: Any


@dataclass
class Entry:
    when: datetime.datetime
    who: str
    what: str
    kind: str
    changes: list[Change] = field(default_factory=list)
    reason: str = ""


def _tracked_fields(row: Model) -> list[str]:
    return [
        f.attname
        for f in row.instance_type._meta.concrete_fields  # type: ignore[attr-defined]
        if f.attname not in SKIPPED_FIELDS and f.name not in SKIPPED_FIELDS
    ]


def entries_from(rows: Iterable[Model], describe: Any) -> list[Entry]:
    """Entries for historical rows of one model; `describe(row)` names the object."""
    entries: list[Entry] = []
    previous: dict[int, Model] = {}
    for row in sorted(rows, key=lambda r: (r.history_date, r.history_id)):
        before = previous.get(row.id)
        changes = []
        for name in _tracked_fields(row):
            old = getattr(before, name) if before is not None else None
            new = getattr(row, name)
            if before is None and row.history_type == "+":
                if new not in (None, "", False):
                    changes.append(Change(name.removesuffix("_id"), None, new))
            elif old != new:
                changes.append(Change(name.removesuffix("_id"), old, new))
        previous[row.id] = row
        if row.history_type == "~" and not changes:
            continue
        entries.append(
            Entry(
                when=row.history_date,
                who=row.history_user.display_name if row.history_user_id else "System",
                what=describe(row),
                kind=CHANGE_TYPES[row.history_type],
                changes=changes,
                reason=row.history_change_reason or "",
            )
        )
    return entries


def _rows(model: type[Model], **lookup: Any) -> QuerySet:
    return model.history.filter(**lookup).select_related("history_user__person__organisation")  # type: ignore[attr-defined]


def record_history(meeting: Model) -> list[Entry]:
    """Every change to a record and to everything in it, newest first."""
    from actions.models import Action
    from meetings.models import Attendance, Meeting, Paragraph, Section

    sections = list(_rows(Section, meeting_id=meeting.pk))
    paragraphs = list(_rows(Paragraph, section_id__in={r.id for r in sections}))
    actions = list(_rows(Action, paragraph_id__in={r.id for r in paragraphs}))
    entries = [
        *entries_from(_rows(Meeting, id=meeting.pk), lambda r: "Record"),
        *entries_from(
            _rows(Attendance, meeting_id=meeting.pk), lambda r: f"Attendee {r.role or ''}".strip()
        ),
        *entries_from(sections, lambda r: f"Section “{r.title}”"),
        *entries_from(paragraphs, lambda r: f"Paragraph “{r.text[:50]}…”"),
        *entries_from(actions, lambda r: f"Action “{r.text[:50]}…”"),
    ]
    return sorted(entries, key=lambda e: e.when, reverse=True)


def action_history(action: Model) -> list[Entry]:
    from actions.models import Action

    return sorted(
        entries_from(_rows(Action, id=action.pk), lambda r: "Action"),
        key=lambda e: e.when,
        reverse=True,
    )
