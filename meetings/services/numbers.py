"""Positions and numbers: making room in an order, and storing a draft's numbers after every
change to its shape."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import F, QuerySet

from actions.models import Action
from meetings.models import Meeting, Paragraph, Section
from meetings.numbering import number_record


def record_renumber(meeting: Meeting) -> None:
    """Stores the numbers `meetings.numbering` gives the record's current order, writing only
    the rows whose number changed. Three reads and at most three writes, whatever its size.
    Callers run it inside their own transaction, and say the record changed
    (`revisions.record_changed`); a frozen record is never renumbered."""
    if meeting.is_frozen:
        return
    sections = list(
        Section.objects.filter(meeting=meeting).order_by("position").only("pk", "number")
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
    numbers = number_record(
        [
            (section.pk, [(p.pk, actions_of[p.pk]) for p in paragraphs_of[section.pk]])
            for section in sections
        ]
    )
    for rows, model, by_pk in (
        (sections, Section, numbers.sections),
        (paragraphs, Paragraph, numbers.paragraphs),
        (actions, Action, numbers.actions),
    ):
        changed = [row for row in rows if row.number != by_pk[row.pk]]
        for row in changed:
            row.number = by_pk[row.pk]
        # Numbers follow from an edit already in the history; they are not edits themselves.
        model.objects.bulk_update(changed, ["number"])


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
