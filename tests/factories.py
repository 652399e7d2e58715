"""Records of any size, built directly, for tests that measure how pages scale."""

from __future__ import annotations

import datetime

from meetings.models import Action, Board, Meeting, Organisation, Paragraph, Section


def build_record(
    *,
    board: Board,
    date: datetime.date,
    sections: int,
    paragraphs_per_section: int,
    status: str = Meeting.Status.PUBLISHED,
    owner: Organisation | None = None,
) -> Meeting:
    meeting = Meeting.objects.create(
        board=board, date=date, title=f"Record of Meeting {date:%-d %B %Y}", status=status
    )
    section_rows = Section.objects.bulk_create(
        Section(meeting=meeting, position=s, title=f"Item {s}") for s in range(1, sections + 1)
    )
    paragraph_rows = Paragraph.objects.bulk_create(
        Paragraph(section=section, position=p, text=f"Paragraph {p} of item {section.position}.")
        for section in section_rows
        for p in range(1, paragraphs_per_section + 1)
    )
    Action.objects.bulk_create(
        Action(
            paragraph=paragraph, position=1, text=f"Do the thing in {paragraph.pk}.", owner=owner
        )
        for paragraph in paragraph_rows[::3]
    )
    return meeting
