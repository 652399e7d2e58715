"""What changed in each paragraph between the record as circulated and the record the board
agreed, from the record's history."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model
from django.utils import timezone
from django.utils.dateformat import format as format_datetime

from meetings.history.diff import Segment, word_diff
from meetings.history.trail import (
    Numbers,
    changed_by,
    history_rows,
    in_history_order,
    paragraph_name,
    rows_by_object,
    section_name,
)


@dataclass(frozen=True)
class Moment:
    """A move of the record into a state, from the record's own history."""

    history_id: int
    when: datetime.datetime
    who: str
    number: int  # 1 for the first such move

    @property
    def label(self) -> str:
        when = format_datetime(timezone.localtime(self.when), "j F Y, H:i")
        return f"Circulation {self.number}: {when}, {self.who}"


@dataclass(frozen=True)
class ParagraphChange:
    kind: str  # "added", "removed" or "changed"
    ref: str | None
    section: str
    old: str
    new: str
    segments: list[Segment]
    restricted_before: bool | None
    restricted_after: bool | None

    @property
    def name(self) -> str:
        return paragraph_name(self.ref)


@dataclass(frozen=True)
class Agreement:
    """When the record was agreed (the latest move to agreed), and each circulation before
    it, oldest first."""

    agreed: Moment | None
    circulations: list[Moment]

    def circulation(self, history_id: int) -> Moment | None:
        return next((m for m in self.circulations if m.history_id == history_id), None)


@dataclass
class AgreedChanges:
    changes: list[ParagraphChange] = field(default_factory=list)
    unchanged: int = 0


def _moves_into(rows: Sequence[Any], status: str) -> list[Moment]:
    moments: list[Moment] = []
    before = None
    for row in rows:
        if row.status == status and (before is None or before.status != status):
            moments.append(
                Moment(row.history_id, row.history_date, changed_by(row), len(moments) + 1)
            )
        before = row
    return moments


@dataclass(frozen=True)
class _Placed:
    """A paragraph as it stood at a moment, with where it stood."""

    row: Any
    order: tuple[int, int]
    ref: str | None
    section: str


def _as_at(
    at: datetime.datetime, sections: Any, paragraphs: Any, numbers: Numbers
) -> dict[int, _Placed]:
    """The record's paragraphs as they stood at `at`: each one's latest row by then, unless it
    was deleted, or its section was."""

    def latest(rows: list[Any]) -> Any:
        by_then = [row for row in rows if row.history_date <= at]
        return by_then[-1] if by_then and by_then[-1].history_type != "-" else None

    section_rows = {pk: latest(rows) for pk, rows in sections.items()}
    placed = {}
    for pk, rows in paragraphs.items():
        row = latest(rows)
        section = section_rows.get(row.section_id) if row is not None else None
        if row is None or section is None:
            continue
        name = section_name(numbers.section(section.id, at, section.live_number), section.title)
        placed[pk] = _Placed(row, (section.position, row.position), numbers.ref(row, at), name)
    return placed


def record_agreement(meeting: Model) -> Agreement:
    """The record's agreement and the circulations before it, from its history (one query)."""
    from meetings.models import Meeting

    rows = in_history_order(history_rows(Meeting, id=meeting.pk))
    agreements = _moves_into(rows, Meeting.Status.AGREED)
    if not agreements:
        return Agreement(None, [])
    agreed = agreements[-1]
    circulations = _moves_into(rows, Meeting.Status.CIRCULATED)
    return Agreement(agreed, [m for m in circulations if m.when <= agreed.when])


def agreed_changes(meeting: Model, *, circulated: Moment, agreed: Moment) -> AgreedChanges:
    """What changed in each paragraph between the record as circulated and as agreed, in
    two queries: added, removed, or changed in text or restriction."""
    from meetings.models import Paragraph, Section

    section_rows = list(history_rows(Section, meeting_id=meeting.pk))
    paragraph_rows = list(history_rows(Paragraph, section_id__in={r.id for r in section_rows}))
    numbers = Numbers(section_rows, paragraph_rows)
    sections, paragraphs = rows_by_object(section_rows), rows_by_object(paragraph_rows)
    before = _as_at(circulated.when, sections, paragraphs, numbers)
    after = _as_at(agreed.when, sections, paragraphs, numbers)
    result = AgreedChanges()
    for pk in sorted(
        before.keys() | after.keys(), key=lambda pk: (after.get(pk) or before[pk]).order
    ):
        old, new = before.get(pk), after.get(pk)
        old_text, new_text = (old.row.text if old else ""), (new.row.text if new else "")
        restricted = (old.row.restricted if old else None, new.row.restricted if new else None)
        if old and new and old_text == new_text and restricted[0] == restricted[1]:
            result.unchanged += 1
            continue
        where = new or old
        assert where is not None
        result.changes.append(
            ParagraphChange(
                kind="removed" if new is None else "added" if old is None else "changed",
                ref=where.ref,
                section=where.section,
                old=old_text,
                new=new_text,
                segments=word_diff(old_text, new_text),
                restricted_before=restricted[0],
                restricted_after=restricted[1],
            )
        )
    return result
