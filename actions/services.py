"""Workflows that write actions."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from actions.models import Action, ActionUpdate

# What an owner may move an action to; closing is the secretariat's, at a meeting.
OWNER_STATUSES = {Action.Status.IN_PROGRESS, Action.Status.PROPOSED}


def action_update_post(
    *, action: Action, author: Any, text: str, status_to: str = ""
) -> ActionUpdate:
    """Records a progress update, optionally moving the action on; kept forever."""
    text = text.strip()
    if not text:
        raise ValidationError({"text": "Write what has happened since the last update."})
    if status_to and status_to not in OWNER_STATUSES:
        raise ValidationError({"status_to": "Choose in progress or proposed for closure."})
    with transaction.atomic():
        locked = Action.objects.select_for_update().get(pk=action.pk)
        if locked.status == Action.Status.CLOSED:
            raise ValidationError("This action is closed; it takes no more updates.")
        update = ActionUpdate(
            action=locked,
            author=author,
            text=text,
            status_from=locked.status if status_to else "",
            status_to=status_to,
        )
        update.full_clean()
        update.save()
        if status_to and status_to != locked.status:
            locked.status = status_to
            locked.save(update_fields=["status"])
    return update
