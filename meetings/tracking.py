"""An action's tracking, declared once (`TRACKING`): the fields its owners' progress and the
board's closing change, and the attributes of the record's view made from them. A tracking-only
change saves those fields alone and moves no content revision (`actions.services`, through
`meetings.revisions.record_changed(..., content=False)`), and the record's files are made from a
view with those attributes left out (`content_view`, read by `meetings.renderings`), so no file
can show them and go stale.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from meetings.records import RecordView


@dataclasses.dataclass(frozen=True)
class Tracking:
    """An action's tracking, declared once: `fields` of the Action model, and the attributes of
    `records.ActionView` made from them (`shown_as`), which the record's files never carry."""

    fields: frozenset[str]
    shown_as: frozenset[str]


TRACKING = Tracking(
    fields=frozenset({"status", "version", "closed_at_meeting"}),
    shown_as=frozenset({"status", "status_label"}),
)


def content_view(record: RecordView) -> RecordView:
    """The record as its files show it: every action without its tracking (`TRACKING`)."""
    blank = dict.fromkeys(TRACKING.shown_as)
    sections = [
        dataclasses.replace(
            section,
            paragraphs=[
                dataclasses.replace(
                    paragraph,
                    actions=[dataclasses.replace(a, **blank) for a in paragraph.actions],
                )
                for paragraph in section.paragraphs
            ],
        )
        for section in record.sections
    ]
    return dataclasses.replace(record, sections=sections)
