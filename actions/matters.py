"""Closing, at a meeting, the actions the board accepted from the matters-arising report.

One submit closes every accepted action through `action_close` (each logged, with the meeting
that accepted it) in one transaction: if any one is refused, nothing is closed. Optionally it
writes what was closed into a "Matters arising" section of the meeting's draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from actions.models import ActionUpdate
from actions.services import action_close
from meetings.minutes import format_date
from meetings.models import Action, Meeting, Section
from meetings.revisions import record_changed
from meetings.services.editing import paragraph_add
from meetings.services.numbers import make_room, record_renumber
from prob.history import save_with_history

SECTION_TITLE = "Matters arising"
# Where a missing "Matters arising" section goes: after the minutes of the last meeting.
SECTION_POSITION = 2


class ActionNotClosed(ValidationError):
    """One accepted action was refused, so none was closed; says which, and why."""

    def __init__(self, action: Action, cause: ValidationError) -> None:
        self.action = action
        self.cause = cause
        super().__init__(
            f"{action_name(action)} could not be closed: {' '.join(cause.messages)} "
            "Nothing was closed.",
            code=cause.code or "refused",
        )


def action_name(action: Action) -> str:
    return f"Action {action.number} of {format_date(action.paragraph.section.meeting.date)}"


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def closed_list(actions: Sequence[Action]) -> str:
    """ "Actions 1 and 3 of 31 August 2023 (4.3, 4.6)": one clause per record, in the order of
    the records and of the actions in each."""
    by_record: dict[Any, list[Action]] = {}
    ordered = sorted(actions, key=lambda a: (a.paragraph.section.meeting.date, a.number or 0, a.pk))
    for action in ordered:
        by_record.setdefault(action.paragraph.section.meeting.date, []).append(action)
    clauses = []
    for date, group in by_record.items():
        numbers = _and([str(action.number) for action in group])
        refs = list(dict.fromkeys(action.paragraph.ref for action in group))
        word = "Action" if len(group) == 1 else "Actions"
        clauses.append(f"{word} {numbers} of {format_date(date)} ({', '.join(refs)})")
    return _and(clauses)


def closed_sentence(actions: Sequence[Action]) -> str:
    """The paragraph for the draft: "The board agreed to close Actions 1 and 3 of ..."."""
    return f"The board agreed to close {closed_list(actions)}."


def _matters_arising_section(meeting: Meeting, *, by: Any) -> Section:
    """The draft's "Matters arising" section, made second in the record if it has none."""
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if not locked.is_editable:
        raise ValidationError(
            {
                "add_paragraph": "The paragraph can be added only while this meeting's record "
                f"is a draft; it is {locked.get_status_display().lower()}."
            }
        )
    section = (
        Section.objects.filter(meeting=locked, title__iexact=SECTION_TITLE)
        .order_by("position")
        .first()
    )
    if section is None:
        top = Section.objects.filter(meeting=locked).aggregate(top=Max("position"))["top"] or 0
        position = min(SECTION_POSITION, top + 1)
        make_room(Section.objects.filter(meeting=locked), at=position)
        section = Section(meeting=locked, position=position, title=SECTION_TITLE)
        section.full_clean()
        save_with_history(section, by=by, reason="Added for matters arising")
        record_renumber(locked)
        record_changed(locked, meeting, content=True)
    # The caller's copy: the paragraph written into it brings it up to date.
    section.meeting = meeting
    return section


@transaction.atomic
def matters_arising_close(
    *,
    meeting: Meeting,
    by: Any,
    accepted: Sequence[tuple[Action, int | None]],
    add_paragraph: bool = False,
) -> list[ActionUpdate]:
    """Closes each accepted action (with the version its form was based on) at `meeting`;
    with `add_paragraph`, says so in a paragraph of the meeting's draft. All or nothing."""
    if not accepted:
        raise ValidationError(
            {"accept": "Tick the actions the board accepted as complete."}, code="required"
        )
    section = _matters_arising_section(meeting, by=by) if add_paragraph else None
    updates = []
    for action, version in accepted:
        try:
            updates.append(action_close(action=action, by=by, at_meeting=meeting, version=version))
        except ValidationError as exc:
            raise ActionNotClosed(action, exc) from exc
    if section is not None:
        paragraph_add(section=section, by=by, text=closed_sentence([a for a, _ in accepted]))
    return updates
