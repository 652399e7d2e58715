"""Workflows that write actions: one service per verb of the lifecycle, each verb declared once
in `ACTION_VERBS` (the states it starts from and leads to, who takes it, its words).

Each takes the acting user, locks the action, checks the verb's source states, writes an
`ActionUpdate` (the action's own log, which owners and the board read) and a change reason
into the history, and raises `ValidationError` (shown on the form that asked) when the rules
say no. A `version` from the form that was read makes a stale form a refusal, not a loss.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from django.core.exceptions import ValidationError
from django.db import transaction

from actions.models import ActionUpdate
from meetings.minutes import format_date
from meetings.models import Action, Meeting
from meetings.revisions import action_updated, held_copy, record_changed
from meetings.tracking import TRACKING
from prob.history import save_with_history
from prob.transitions import Transition


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


def _changed(action: Action, *, held: Action) -> None:
    """The record that raised the action changed: only its tracking (`tracking.TRACKING`),
    which none of its files show."""
    held_meeting = held_copy(held, "paragraph", "section", "meeting")
    record_changed(action.paragraph.section.meeting, held_meeting, content=False)
    held.version, held.status = action.version, action.status
    held.closed_at_meeting_id = action.closed_at_meeting_id


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


def _save_tracking(action: Action, *, by: Any, reason: str, held: Action) -> None:
    """Saves the action's tracking alone (`tracking.TRACKING`): the record's content, and so
    its files, stays as it is."""
    save_with_history(action, by=by, reason=reason, update_fields=sorted(TRACKING.fields))
    _changed(action, held=held)


def _move(
    action: Action, verb: str, *, by: Any, text: str, reason: str, held: Action
) -> ActionUpdate:
    ACTION_VERBS[verb].check(action)
    status_from = action.status
    action.status = ACTION_VERBS[verb].target
    action.version += 1
    _save_tracking(action, by=by, reason=reason, held=held)
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
    if status_to and status_to not in OWNER_VERB_FOR_STATUS:
        raise ValidationError({"status_to": "Choose in progress or proposed for closure."})
    locked = _locked(action, version)
    if locked.status == Action.Status.CLOSED:
        raise ValidationError("This action is closed; it takes no more updates.")
    if status_to and status_to != locked.status:
        return _move(
            locked,
            OWNER_VERB_FOR_STATUS[status_to].name,
            by=author,
            text=text,
            reason="Progress update",
            held=action,
        )
    locked.version += 1
    # A tracking field alone, and no history row: the update itself is the record of it.
    locked.save(update_fields=["version"])
    # Nothing the record shows moved (it shows an action's status, not its updates): no
    # revision moves, so its kept page, JSON and files are served as they are, and the action
    # log fills its rows' latest updates in again (`action_updated`).
    action_updated(locked.paragraph.section.meeting.board_id)
    action.version = locked.version
    return _log(locked, by=author, text=text)


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
        held=action,
    )


@transaction.atomic
def action_reopen(
    *, action: Action, by: Any, reason: str, version: int | None = None
) -> ActionUpdate:
    reason = _text(reason, "Say why the action is reopened.")
    locked = _locked(action, version)
    locked.closed_at_meeting = None
    return _move(locked, "reopen", by=by, text=f"Reopened: {reason}", reason=reason, held=action)


# --- The verbs, each declared once -----------------------------------------------------------


def _close_at_latest_meeting(action: Action, by: Any) -> ActionUpdate:
    meeting = action.paragraph.section.meeting
    latest = Meeting.objects.filter(board=meeting.board_id).order_by("-date").first()
    assert latest is not None  # the meeting that raised the action, at least
    return action_close(action=action, by=by, at_meeting=latest)


def _reopen_from_the_admin(action: Action, by: Any) -> ActionUpdate:
    return action_reopen(action=action, by=by, reason="Reopened in the admin")


@dataclass(frozen=True)
class ActionVerb(Transition):
    """One step of an action's lifecycle. An owner's verb is a status chosen beside a progress
    update (`owner_label`); the secretariat's are taken at a meeting (matters arising's button,
    `meeting_label`) or in the admin (`admin_label`, `admin`)."""

    noun: ClassVar[str] = "action"
    who: Literal["owner", "secretariat"] = "secretariat"
    owner_label: str = ""
    meeting_label: str = ""
    admin_label: str = ""
    admin: Callable[[Action, Any], ActionUpdate] | None = None


_S = Action.Status
ACTION_VERBS: dict[str, ActionVerb] = {
    verb.name: verb
    for verb in (
        ActionVerb(
            name="start",
            done="started",
            source_states=frozenset({_S.OPEN}),
            target=_S.IN_PROGRESS,
            who="owner",
            owner_label="In progress",
        ),
        ActionVerb(
            name="propose_closure",
            done="proposed for closure",
            source_states=frozenset({_S.OPEN, _S.IN_PROGRESS}),
            target=_S.PROPOSED,
            who="owner",
            owner_label="Propose closure",
        ),
        ActionVerb(
            name="close",
            done="closed",
            source_states=frozenset({_S.OPEN, _S.IN_PROGRESS, _S.PROPOSED}),
            target=_S.CLOSED,
            who="secretariat",
            meeting_label="Close the ticked actions",
            admin_label="Close selected actions at their board's latest meeting",
            admin=_close_at_latest_meeting,
        ),
        ActionVerb(
            name="reopen",
            done="reopened",
            source_states=frozenset({_S.PROPOSED, _S.CLOSED}),
            target=_S.OPEN,
            who="secretariat",
            admin_label="Reopen selected actions",
            admin=_reopen_from_the_admin,
        ),
    )
}

# What an owner may move an action to, as a status chosen beside an update, and the verb each is.
OWNER_VERB_FOR_STATUS: dict[str, ActionVerb] = {
    verb.target: verb for verb in ACTION_VERBS.values() if verb.who == "owner"
}


def action_verbs_allowed(action: Action) -> list[ActionVerb]:
    """The steps the action's state allows now, in the lifecycle's order."""
    return [verb for verb in ACTION_VERBS.values() if verb.allows(action)]
