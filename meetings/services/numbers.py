"""Positions and numbers: making room in an order, and storing a draft's numbers after every
change to its shape, in its board's numbering style: decimal, or minute numbers that run on
through the municipal year from one record to the next (`meetings.numbering`)."""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.db.models import F, QuerySet

from meetings import numbering
from meetings.models import Action, Board, Meeting, Paragraph, Section
from meetings.numbering import Numbers, number_record
from meetings.revisions import records_changed


def record_renumber(meeting: Meeting) -> None:
    """Stores the numbers `meetings.numbering` gives the record's current order in its board's
    style, writing only the rows whose number changed: four reads and at most three writes,
    whatever its size, and in minute numbers one read more, and the sections of the year's
    later drafts, whose minute numbers follow (`year_renumber`). Callers run it inside their
    own transaction, and say the record changed (`revisions.record_changed`); a frozen record is
    never renumbered."""
    if meeting.is_frozen:
        return
    style = Board.objects.values_list("numbering_style", flat=True).get(pk=meeting.board_id)
    sections = list(
        Section.objects.filter(meeting=meeting)
        .order_by("position")
        .only("pk", "number", "label", "label_by_prob")
    )
    paragraphs = list(
        Paragraph.objects.filter(section__meeting=meeting)
        .order_by("position")
        .only("pk", "number", "section_id")
    )
    actions = list(
        Action.objects.filter(paragraph__section__meeting=meeting)
        .order_by("position")
        .only("pk", "number", "paragraph_id")
    )
    paragraphs_of: dict[int, list[Paragraph]] = defaultdict(list)
    for paragraph in paragraphs:
        paragraphs_of[paragraph.section_id].append(paragraph)
    actions_of: dict[int, list[int]] = defaultdict(list)
    for action in actions:
        actions_of[action.paragraph_id].append(action.pk)
    first, year = 1, None
    if style == numbering.MINUTE and _written_in_prob(sections):
        year = numbering.municipal_year(meeting.date)
        first = _year_follows(meeting.board_id, year, this=(meeting, sections))
    numbers = number_record(
        [
            (section.pk, [(p.pk, actions_of[p.pk]) for p in paragraphs_of[section.pk]])
            for section in sections
        ],
        first=first,
        year=year,
    )
    _store_sections(_numbered(sections, numbers))
    for rows, model, by_pk in (
        (paragraphs, Paragraph, numbers.paragraphs),
        (actions, Action, numbers.actions),
    ):
        changed = [row for row in rows if row.number != by_pk[row.pk]]
        for row in changed:
            row.number = by_pk[row.pk]
        # Numbers follow from an edit already in the history; they are not edits themselves.
        model.objects.bulk_update(changed, ["number"])


def year_renumber(*, board: Board, day: datetime.date) -> None:
    """Numbers again the sections of the board's drafts in the municipal year of `day`, in
    minute numbers: after a record leaves the year (its date moved, or it was deleted), the
    drafts after it follow. Says that each record whose numbers moved changed."""
    if board.numbering_style == numbering.MINUTE:
        _year_follows(board.pk, numbering.municipal_year(day), this=None)


def board_renumber(board: Board) -> None:
    """Numbers again every record of `board` not yet agreed, in its numbering style (after the
    style changed), and says that each changed; agreed and published records keep theirs."""
    drafts = Meeting.objects.filter(board=board).exclude(
        status__in=[Meeting.Status.AGREED, Meeting.Status.PUBLISHED]
    )
    for meeting in drafts.order_by("date"):
        record_renumber(meeting)
    records_changed(drafts)


def _written_in_prob(sections: list[Section]) -> bool:
    """Whether the record's references are all PROB's to give: a record holding one as imported
    minutes wrote it keeps it, and its other sections are numbered as the record's own, 1..n."""
    return all(not section.label or section.label_by_prob for section in sections)


def _store_sections(sections: list[Section]) -> None:
    # Numbers follow from an edit already in the history; they are not edits themselves.
    Section.objects.bulk_update(sections, ["number", "label", "label_by_prob"])


def _numbered(sections: list[Section], numbers: Numbers) -> list[Section]:
    """Gives the sections their numbers, and PROB's references where a reference is PROB's to
    give (blank, or given by PROB), never one as imported minutes wrote it; returns those whose
    number or reference changed, to be stored."""
    changed = []
    for section in sections:
        number = numbers.sections[section.pk]
        label, by_prob = section.label, section.label_by_prob
        if not section.label or section.label_by_prob:
            label = numbers.section_labels[section.pk]
            by_prob = bool(label)
        if (number, label, by_prob) != (section.number, section.label, section.label_by_prob):
            section.number, section.label, section.label_by_prob = number, label, by_prob
            changed.append(section)
    return changed


def _year_follows(board_id: int, year: int, *, this: tuple[Meeting, list[Section]] | None) -> int:
    """Numbers the sections of the board's drafts in the municipal year begun in `year` in
    minute numbers running through the year (`numbering.number_year`), and returns the first
    minute number of `this` record (whose sections the caller numbers and stores itself)."""
    start, end = numbering.year_bounds(year)
    others = (
        Section.objects.filter(meeting__board_id=board_id, meeting__date__range=(start, end))
        .select_related("meeting")
        .only("pk", "number", "label", "label_by_prob", "meeting__date", "meeting__status")
    )
    if this is not None:
        others = others.exclude(meeting=this[0])
    by_record: dict[int, tuple[Meeting, list[Section]]] = {}
    for section in others.order_by("meeting__date", "position"):
        by_record.setdefault(section.meeting_id, (section.meeting, []))[1].append(section)
    if this is not None:
        by_record[this[0].pk] = this
    records = sorted(by_record.values(), key=lambda record: record[0].date)
    firsts = numbering.number_year(
        (
            numbering.YearRecord(
                id=meeting.pk,
                sections=len(sections),
                follows=not meeting.is_frozen and _written_in_prob(sections),
                labels=[section.label for section in sections],
            )
            for meeting, sections in records
        ),
        year,
    )
    moved, changed = [], []
    for meeting, sections in records:
        if meeting.pk in firsts and (this is None or meeting.pk != this[0].pk):
            numbers = number_record(
                [(section.pk, []) for section in sections], first=firsts[meeting.pk], year=year
            )
            if renumbered := _numbered(sections, numbers):
                moved.append(meeting.pk)
                changed += renumbered
    # One write for every draft of the year, however many follow.
    _store_sections(changed)
    if moved:
        # Their numbers are not edits of theirs, but what they show moved.
        records_changed(Meeting.objects.filter(pk__in=moved))
    return firsts.get(this[0].pk, 1) if this is not None else 1


# Far above any real position, so that rows moved out of the way never meet one in place.
_ASIDE = 1_000_000


def make_room(siblings: QuerySet, *, at: int) -> None:
    """Moves the rows at position `at` and after one place down, so that `at` is free.

    Positions are unique among siblings and the constraint is checked row by row, so the rows
    step aside first and come back one further on: two updates, whatever their number.
    """
    moving = siblings.filter(position__gte=at)
    moving.update(position=F("position") + _ASIDE)
    siblings.filter(position__gte=_ASIDE).update(position=F("position") - _ASIDE + 1)
