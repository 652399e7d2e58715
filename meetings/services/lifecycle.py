"""The record's lifecycle, one service per verb (see `Meeting.TRANSITIONS`).

Each takes the acting user, locks the record, checks the transition table, writes the change
with who made it and why into the history, and raises `ValidationError` (shown on the form
that asked) when the rules say no.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from meetings.minutes import format_date
from meetings.models import Amendment, Meeting, Paragraph, Section
from meetings.services.numbers import make_room, record_renumber
from meetings.tasks import record_circulated_notify


def save_with_history(instance: Model, *, by: Any, reason: str, **options: Any) -> None:
    """Saves `instance` with the acting user and the reason in its history row."""
    instance._history_user = by  # type: ignore[attr-defined]
    instance._change_reason = reason  # type: ignore[attr-defined]
    instance.save(**options)


# What the record becomes, for messages: "A published record cannot be circulated."
DONE = {
    "circulate": "circulated",
    "return_to_draft": "returned to draft",
    "agree": "agreed",
    "publish": "published",
}


def _locked(meeting: Meeting, verb: str) -> Meeting:
    locked = Meeting.objects.select_for_update().select_related("board").get(pk=meeting.pk)
    if not locked.can(verb):
        raise ValidationError(
            f"A {locked.get_status_display().lower()} record cannot be {DONE[verb]}.",
            code="transition",
        )
    return locked


def _move(meeting: Meeting, verb: str, *, by: Any, reason: str) -> Meeting:
    meeting.status = Meeting.TRANSITIONS[verb][1]
    save_with_history(
        meeting, by=by, reason=reason, update_fields=["status", "agreed_at", "published", "updated"]
    )
    return meeting


@transaction.atomic
def record_circulate(*, meeting: Meeting, by: Any, reason: str = "") -> Meeting:
    """Sends the draft to the attendees for accuracy: those with accounts get an email."""
    locked = _locked(meeting, "circulate")
    _move(locked, "circulate", by=by, reason=reason or "Circulated to the attendees")
    transaction.on_commit(lambda: record_circulated_notify.enqueue(meeting_id=locked.pk))
    return locked


@transaction.atomic
def record_return_to_draft(*, meeting: Meeting, by: Any, reason: str) -> Meeting:
    if not reason.strip():
        raise ValidationError({"reason": "Say why the record goes back to draft."})
    locked = _locked(meeting, "return_to_draft")
    return _move(locked, "return_to_draft", by=by, reason=reason.strip())


def agreed_minute(meeting: Meeting) -> str:
    return f"The minutes of the {format_date(meeting.date)} meeting were agreed as a true record."


@transaction.atomic
def record_agree(
    *, meeting: Meeting, at_meeting: Meeting, by: Any, add_minute: bool = False
) -> Meeting:
    """Agrees the record as a true record at a later meeting of its board, which freezes its
    numbers; optionally writes so at the start of that meeting's first section."""
    locked = _locked(meeting, "agree")
    if at_meeting.board_id != locked.board_id or at_meeting.date <= locked.date:
        raise ValidationError(
            {"at_meeting": "A record is agreed at a later meeting of the same board."}
        )
    if add_minute:
        _add_agreed_minute(locked, at_meeting, by=by)
    locked.agreed_at = at_meeting
    return _move(
        locked, "agree", by=by, reason=f"Agreed as a true record on {format_date(at_meeting.date)}"
    )


def _add_agreed_minute(meeting: Meeting, at_meeting: Meeting, *, by: Any) -> None:
    if not at_meeting.is_editable:
        raise ValidationError(
            {"add_minute": "The minute can be added only while that meeting's record is a draft."}
        )
    section = Section.objects.filter(meeting=at_meeting).order_by("position").first()
    if section is None:
        section = Section(meeting=at_meeting, position=1, title="Minutes")
        save_with_history(section, by=by, reason="Added for the minute of agreement")
    # First in the section: the agreement of the last record opens the meeting.
    make_room(Paragraph.objects.filter(section=section), at=1)
    paragraph = Paragraph(section=section, position=1, text=agreed_minute(meeting))
    paragraph.full_clean()
    save_with_history(paragraph, by=by, reason="Minute of agreement")
    record_renumber(at_meeting)


@transaction.atomic
def record_publish(*, meeting: Meeting, by: Any) -> Meeting:
    locked = _locked(meeting, "publish")
    locked.published = locked.published or timezone.now()
    return _move(locked, "publish", by=by, reason="Published")


@transaction.atomic
def record_publish_imported(*, meeting: Meeting, by: Any, reason: str) -> Meeting:
    """Publishes a draft just imported from minutes its board agreed and published before PROB
    kept them (an archive): straight from draft, as neither circulation (which emails the
    attendees) nor agreement at a later meeting is PROB's to do again. Who did it and `reason`
    (where the minutes came from) are in the history."""
    if by is None or not reason.strip():
        raise ValidationError("Say who publishes the imported record, and from what.")
    locked = Meeting.objects.select_for_update().select_related("board").get(pk=meeting.pk)
    if locked.status != Meeting.Status.DRAFT:
        raise ValidationError(
            f"A {locked.get_status_display().lower()} record is not published as imported.",
            code="transition",
        )
    locked.status = Meeting.Status.PUBLISHED
    locked.published = timezone.now()
    save_with_history(
        locked, by=by, reason=reason.strip(), update_fields=["status", "published", "updated"]
    )
    return locked


@transaction.atomic
def record_amend_paragraph(
    *, paragraph: Paragraph, text: str, by: Any, reason: str, version: int | None = None
) -> Amendment:
    """Changes the text of a paragraph of an agreed record; the numbers stay as they are and
    the amendment, with its reason, is shown on the record."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "Say why the agreed record is amended."})
    locked = (
        Paragraph.objects.select_for_update()
        .select_related("section__meeting")
        .get(pk=paragraph.pk)
    )
    meeting = locked.section.meeting
    if not meeting.is_amendable:
        raise ValidationError("Only an agreed record is amended; edit a draft directly.")
    if version is not None and version != locked.version:
        raise ValidationError(
            "Someone else changed this paragraph since you opened it.", code="stale"
        )
    locked.text = text.strip()
    locked.version += 1
    locked.full_clean()
    save_with_history(locked, by=by, reason=f"Amendment: {reason}")
    amendment = Amendment(meeting=meeting, paragraph=locked, reason=reason, by=by)
    amendment.full_clean()
    save_with_history(amendment, by=by, reason=reason)
    return amendment
