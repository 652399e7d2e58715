"""The history every model keeps (django-simple-history): a save with who made it and why
(`save_with_history`, which every service of every app calls), and `Model.history` made without
a new class at every use.

`Model.history`'s descriptor (`HistoryDescriptor.__get__`) makes the manager's class anew
each time it is read: `HistoryManager.from_queryset(HistoricalQuerySet)`, a new type with every
queryset method copied onto it through `inspect.getmembers`, ~0.3 ms of CPU. It is read at every
history row written (`create_historical_record` looks the manager up on the instance), so a
save of a record's paragraph, an action, a user paid it each time, and every read of a history.
Here each descriptor makes its class once and keeps it; the managers are made from it as
before, one for each read, bound to the model and instance.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model
from simple_history.manager import HistoryDescriptor


def save_with_history(instance: Model, *, by: Any, reason: str, **options: Any) -> None:
    """Saves `instance` with the acting user and the reason in its history row."""
    instance._history_user = by  # type: ignore[attr-defined]
    instance._change_reason = reason  # type: ignore[attr-defined]
    instance.save(**options)


def _get(self: HistoryDescriptor, instance: Any, owner: Any) -> Any:
    made = self.__dict__.get("_manager_made")
    if made is None or made[0] is not self.manager_class or made[1] is not self.queryset_class:
        made = (
            self.manager_class,
            self.queryset_class,
            self.manager_class.from_queryset(self.queryset_class),
        )
        self._manager_made = made  # type: ignore[attr-defined]
    return made[2](self.model, instance)


def keep_manager_classes() -> None:
    """Called once, when the apps are ready (meetings/apps.py)."""
    HistoryDescriptor.__get__ = _get  # type: ignore[method-assign]
