"""What apps built on the actions app add to it, without the actions app importing them.

The agenda builds on actions: a paper is asked of an action owner's organisation, and its owners
see and answer the request on My actions (`agenda.request_views` shows that page again with an
upload refused). So My actions asks here for what else it lists for its user (a template and
what it reads), and `send_action_reminders` for the other reminders sent in the same run; the
agenda app fills these in from its `AppConfig.ready` (`agenda.apps.AgendaConfig`). With nothing
registered My actions lists actions only and the command sends action reminders only.

Each hook is registered under a name, so registering again (a second `ready`) replaces it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OwnerList:
    """Something else My actions lists for its user: `template`, included with `context`
    (nothing is shown where `context` is None)."""

    template: str
    context: Callable[[Any, Any], dict[str, Any] | None]


@dataclass(frozen=True)
class Reminders:
    """Other reminders sent in the same run: `send(today=, dry_run=)` returns how many (would
    be) sent, reported under `label`."""

    label: str
    send: Callable[..., int]


_owner_lists: dict[str, OwnerList] = {}
_reminders: dict[str, Reminders] = {}


def add_owner_list(name: str, owner_list: OwnerList) -> None:
    _owner_lists[name] = owner_list


def add_reminders(name: str, reminders: Reminders) -> None:
    _reminders[name] = reminders


def owner_lists(user: Any, refused: Any = None) -> list[tuple[str, dict[str, Any]]]:
    """What else My actions lists for `user`, as (template, context) pairs, each registered
    list given the form it refused (`refused`, shown again with its errors) or None."""
    found = [(each.template, each.context(user, refused)) for each in _owner_lists.values()]
    return [(template, context) for template, context in found if context is not None]


def reminders_send(*, today: datetime.date, dry_run: bool) -> list[tuple[str, int]]:
    """Sends every registered app's reminders: (label, how many) for each."""
    return [(each.label, each.send(today=today, dry_run=dry_run)) for each in _reminders.values()]
