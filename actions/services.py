"""Workflows that write actions: one service per verb of the lifecycle (`Action.TRANSITIONS`).

Each takes the acting user, locks the action, checks the transition table, writes an
`ActionUpdate` (the action's own log, which owners and the board read) and a change reason
into the history, and raises `ValidationError` (shown on the form that asked) when the rules
say no. A `version` from the form that was read makes a stale form a refusal, not a loss.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from actions.models import Action, ActionUpdate
from meetings.minutes import format_date
from meetings.models import Meeting, Organisation, Person
from meetings.revisions import TRACKING_FIELDS
from meetings.services.lifecycle import save_with_history

# What an owner may move an action to, as a status chosen beside an update.
OWNER_STATUSES = {Action.Status.IN_PROGRESS, Action.Status.PROPOSED}
_VERB_FOR_STATUS = {Action.Status.IN_PROGRESS: "start", Action.Status.PROPOSED: "propose_closure"}


def _locked(action: Action, version: int | None) -> Action:
    locked = (
        Action.objects.select_for_update()
        .select_related("paragraph__section__meeting")
        .get(pk=action.pk)
    )
    if version is not None and version != locked.version:
        raise ValidationError(
            "This action changed since you opened the page (it is now "
            f"{locked.get_status_display().lower()}). What you typed is kept: check the "
            "action below and send it again.",
            code="stale",
        )
    return locked


def _log(
    action: Action, *, by: Any, text: str, status_from: str = "", reason: str = ""
) -> ActionUpdate:
    update = ActionUpdate(
        action=action,
        author=by,
        text=text,
        status_from=status_from,
        status_to=action.status if status_from else "",
    )
    update.full_clean()
    save_with_history(update, by=by, reason=reason or "Progress update")
    return update


_DONE = {
    "start": "started",
    "propose_closure": "proposed for closure",
    "close": "closed",
    "reopen": "reopened",
}


def _move(action: Action, verb: str, *, by: Any, text: str, reason: str) -> ActionUpdate:
    if not action.can(verb):
        raise ValidationError(
            f"A {action.get_status_display().lower()} action cannot be {_DONE[verb]}.",
            code="transition",
        )
    status_from = action.status
    action.status = Action.TRANSITIONS[verb][1]
    action.version += 1
    # Only the tracking fields: the record's content (and so its files) stays as it is.
    save_with_history(action, by=by, reason=reason, update_fields=sorted(TRACKING_FIELDS))
    return _log(action, by=by, text=text, status_from=status_from, reason=reason)


def _text(text: str, message: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError({"text": message})
    return text


@transaction.atomic
def action_update_post(
    *, action: Action, author: Any, text: str, status_to: str = "", version: int | None = None
) -> ActionUpdate:
    """Records a progress update by an owner or the secretariat, optionally moving the action
    on (in progress, or proposed for closure); kept forever."""
    text = _text(text, "Write what has happened since the last update.")
    if status_to and status_to not in OWNER_STATUSES:
        raise ValidationError({"status_to": "Choose in progress or proposed for closure."})
    locked = _locked(action, version)
    if locked.status == Action.Status.CLOSED:
        raise ValidationError("This action is closed; it takes no more updates.")
    if status_to and status_to != locked.status:
        return _move(
            locked, _VERB_FOR_STATUS[status_to], by=author, text=text, reason="Progress update"
        )
    locked.version += 1
    locked.save(update_fields=["version"])
    return _log(locked, by=author, text=text)


def action_propose_closure(
    *, action: Action, by: Any, text: str, version: int | None = None
) -> ActionUpdate:
    """The owner's word that the action is done, with what was done."""
    return action_update_post(
        action=action, author=by, text=text, status_to=Action.Status.PROPOSED, version=version
    )


@transaction.atomic
def action_close(
    *, action: Action, by: Any, at_meeting: Meeting, note: str = "", version: int | None = None
) -> ActionUpdate:
    """Closes the action as accepted by the board at `at_meeting` (the secretariat's)."""
    locked = _locked(action, version)
    raised_at = locked.paragraph.section.meeting
    if at_meeting.board_id != raised_at.board_id or at_meeting.date < raised_at.date:
        raise ValidationError(
            {
                "at_meeting": "An action is closed at a meeting of its board, on or after the "
                "meeting that raised it."
            }
        )
    locked.closed_at_meeting = at_meeting
    text = note.strip() or f"Closed by the board at its meeting of {format_date(at_meeting.date)}."
    return _move(
        locked,
        "close",
        by=by,
        text=text,
        reason=f"Closed at the meeting of {format_date(at_meeting.date)}",
    )


@transaction.atomic
def action_reopen(
    *, action: Action, by: Any, reason: str, version: int | None = None
) -> ActionUpdate:
    reason = _text(reason, "Say why the action is reopened.")
    locked = _locked(action, version)
    locked.closed_at_meeting = None
    return _move(locked, "reopen", by=by, text=f"Reopened: {reason}", reason=reason)


@transaction.atomic
def action_change_due(
    *, action: Action, by: Any, due: datetime.date | None, reason: str
) -> ActionUpdate:
    reason = _text(reason, "Say why the due date changes.")
    locked = _locked(action, None)
    if due is not None and due < locked.paragraph.section.meeting.date:
        raise ValidationError({"due": "The due date cannot be before the meeting."})
    before = format_date(locked.due) if locked.due else "no date"
    locked.due = due
    locked.version += 1
    save_with_history(locked, by=by, reason=reason)
    after = format_date(due) if due else "no date"
    return _log(locked, by=by, text=f"Due date changed from {before} to {after}: {reason}")


@transaction.atomic
def action_change_owner(
    *,
    action: Action,
    by: Any,
    owner: Organisation | None,
    owner_people: Iterable[Person],
    reason: str,
) -> ActionUpdate:
    reason = _text(reason, "Say why the owner changes.")
    locked = _locked(action, None)
    locked.owner = owner
    locked.version += 1
    save_with_history(locked, by=by, reason=reason)
    people = list(owner_people)
    locked.owner_people.set(people)
    names = ", ".join(p.name for p in people)
    owner_text = (owner.short_name if owner else "no organisation") + (
        f" ({names})" if names else ""
    )
    return _log(locked, by=by, text=f"Owner changed to {owner_text}: {reason}")
