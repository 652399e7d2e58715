"""Who may see which actions: the action log's half of the scoping layer."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models import Q

from meetings.scoping import READABLE_BY_MEMBERS, member_board_ids, secretariat_board_ids


def _is_signed_in(user: Any) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def public_actions_q() -> Q:
    """Actions of published records, outside anything withheld from the public."""
    return Q(
        paragraph__section__meeting__status="published",
        paragraph__restricted=False,
        paragraph__section__restricted=False,
    )


def owned_by_q(user: Any) -> Q:
    """Named on the action, or owned by the user's organisation."""
    return Q(owner_people__user=user) | Q(owner__people__user=user)


class ActionQuerySet(models.QuerySet):
    def visible_to(self, user: Any) -> ActionQuerySet:
        if not _is_signed_in(user):
            return self.filter(public_actions_q())
        if user.is_superuser:
            return self.all()
        board = "paragraph__section__meeting__board_id"
        ids = self.filter(
            public_actions_q()
            | Q(**{f"{board}__in": secretariat_board_ids(user)})
            | Q(
                **{f"{board}__in": member_board_ids(user)},
                paragraph__section__meeting__status__in=READABLE_BY_MEMBERS,
            )
            | owned_by_q(user)
        ).values("pk")
        # The ownership joins can repeat a row; filtering on ids keeps one row per action.
        return self.filter(pk__in=ids)

    def owned_by(self, user: Any) -> ActionQuerySet:
        if not _is_signed_in(user):
            return self.none()
        return self.filter(pk__in=self.filter(owned_by_q(user)).values("pk"))
