"""The texts a paragraph has had, from its history, to compare any two word by word."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Model
from django.utils import timezone
from django.utils.dateformat import format as format_datetime

from meetings.history.trail import (
    Numbers,
    changed_by,
    history_rows,
    in_history_order,
    paragraph_name,
)


@dataclass(frozen=True)
class Version:
    history_id: int
    number: int  # 1 for the text the paragraph was created with
    when: datetime.datetime
    who: str
    text: str
    reason: str

    @property
    def label(self) -> str:
        when = format_datetime(timezone.localtime(self.when), "j F Y, H:i")
        return f"Version {self.number}: {when}, {self.who}"


@dataclass(frozen=True)
class ParagraphVersions:
    paragraph_id: int
    ref: str | None
    deleted: bool
    versions: list[Version]  # oldest first

    @property
    def name(self) -> str:
        return paragraph_name(self.ref)

    def version(self, history_id: int) -> Version | None:
        return next((v for v in self.versions if v.history_id == history_id), None)


def paragraph_versions(meeting: Model, paragraph_id: int) -> ParagraphVersions | None:
    """Each text a paragraph of the record has had, oldest first, in two queries; None if the
    record never had that paragraph."""
    from meetings.models import Paragraph, Section

    sections = list(history_rows(Section, meeting_id=meeting.pk))
    rows = in_history_order(
        history_rows(Paragraph, id=paragraph_id, section_id__in={r.id for r in sections})
    )
    if not rows:
        return None
    versions: list[Version] = []
    for row in rows:
        if row.history_type != "-" and (not versions or versions[-1].text != row.text):
            versions.append(
                Version(
                    row.history_id,
                    len(versions) + 1,
                    row.history_date,
                    changed_by(row),
                    row.text,
                    row.history_change_reason or "",
                )
            )
    latest = rows[-1]
    ref = Numbers(sections, rows).ref(latest)
    return ParagraphVersions(paragraph_id, ref, latest.history_type == "-", versions)
