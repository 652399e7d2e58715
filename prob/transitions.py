"""A lifecycle step as every lifecycle declares it (records, actions, agenda papers): the states
it starts from, the state it leads to, and its words when the state says no. Each app's table of
steps is made of these (`meetings.services.lifecycle.VERBS`, `actions.services`,
`agenda.services`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from django.core.exceptions import ValidationError


@dataclass(frozen=True)
class Transition:
    """What every lifecycle verb declares, for records and actions alike: the states it starts
    from, the state it leads to, and its words when the state says no."""

    noun: ClassVar[str] = "record"
    name: str
    done: str  # what the object becomes: "A published record cannot be circulated."
    source_states: frozenset[str]
    target: str

    def allows(self, obj: Any) -> bool:
        return obj.status in self.source_states

    def refusal(self, obj: Any) -> str:
        return f"A {obj.get_status_display().lower()} {self.noun} cannot be {self.done}."

    def check(self, obj: Any) -> None:
        if not self.allows(obj):
            raise ValidationError(self.refusal(obj), code="transition")
