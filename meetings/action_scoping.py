"""Who may see and change which actions: the action log's half of the scoping layer.

Action visibility is built from record visibility (`meetings.scoping.meetings_for`): an
action is seen by whoever may open its record, except where its paragraph is withheld from
them, and by its owners. An action's owners are:
- the people named on it, and
- the people of its owning organisation who hold a current membership of its board in the
  action owner role (`OWNING_ROLE`): a board member or a secretary sits on the board for
  the organisation but answers for its actions only when named on one,
from the moment its record is circulated, never while it is a draft. Owners see the
paragraph that raised their action, marked as restricted where it is. `_owned_q` is the rule
for one user, `owner_user_ids` the same rule for many actions at once (reminders).

As for records, `get_action_for_user` answers 404 outside this scope and
`get_action_for_owner` 403 to those who may see an action but not report on it.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.http import Http404

from meetings.models import Action, Membership, Person
from meetings.scoping import (
    READABLE_BY_MEMBERS,
    board_ids,
    held_roles,
    is_administrator,
    is_secretariat,
    is_signed_in,
    meetings_for,
    reader_board_ids,
    sees_restricted,
)
from prob.prepared import Prepared

_MEETING = "paragraph__section__meeting"
# The one role that makes its holder an owner of the organisation's actions on the board.
OWNING_ROLE = Membership.Role.ACTION_OWNER


def _not_withheld() -> Q:
    return Q(paragraph__restricted=False, paragraph__section__restricted=False)


def _owned_q(user: Any) -> Q:
    # As subqueries, not joins: a join on the organisation's people repeats every action once
    # per person of its organisation, which made the board's log of 10,000 actions slow.
    named = Exists(
        Action.owner_people.through.objects.filter(action_id=OuterRef("pk"), person__user=user)
    )
    by_organisation = Q(
        owner_id__in=Person.objects.filter(user=user).values("organisation_id"),
        **{
            f"{_MEETING}__board_id__in": board_ids(user, (OWNING_ROLE,)),
        },
    )
    return (Q(named) | by_organisation) & Q(**{f"{_MEETING}__status__in": READABLE_BY_MEMBERS})


def owner_user_ids(actions: Iterable[Action], today: datetime.date) -> dict[int, set[int]]:
    """Each action's owners, as user ids by action id: `_owned_q` for many actions at once,
    in one query whatever their number (`owner_people` prefetched, records past draft)."""
    by_organisation: defaultdict[tuple[int, int], set[int]] = defaultdict(set)
    holders = Membership.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=today),
        start_date__lte=today,
        role=OWNING_ROLE,
        person__user__isnull=False,
        person__organisation__isnull=False,
    ).values_list("board_id", "person__organisation_id", "person__user_id")
    for board_id, organisation_id, user_id in holders:
        by_organisation[board_id, organisation_id].add(user_id)
    return {
        action.pk: {p.user_id for p in action.owner_people.all() if p.user_id is not None}
        | by_organisation.get((action.paragraph.section.meeting.board_id, action.owner_id), set())
        for action in actions
    }


def actions_for(user: Any) -> QuerySet[Action]:
    """The actions the user may see."""
    if is_administrator(user):
        return Action.objects.all()
    readable = Q(**{f"{_MEETING}__in": meetings_for(user)}) & (
        _not_withheld() | Q(**{f"{_MEETING}__board_id__in": reader_board_ids(user)})
    )
    if not is_signed_in(user):
        return Action.objects.filter(readable)
    return Action.objects.filter(readable | _owned_q(user))


def actions_owned_by(user: Any) -> QuerySet[Action]:
    """The user's own actions, for "My actions"."""
    if not is_signed_in(user):
        return Action.objects.none()
    return Action.objects.filter(_owned_q(user))


def owns_any(user: Any, *, named: bool | None = None) -> bool:
    """Whether any action is the user's (`actions_owned_by(user).exists()`). Without an action
    owner's membership only the actions naming the user can be theirs: looked for from the
    user's side (the people named), not by reading every action of their boards; or `named`,
    that answer already read (`named_column`, with the signed-in user's row), when given."""
    if not is_signed_in(user):
        return False
    if OWNING_ROLE in held_roles(user):
        return actions_owned_by(user).exists()
    if named is not None:
        return named
    return bool(_NAMED_ON_READABLE(*READABLE_BY_MEMBERS, user.pk))


def named_column(circulated: str, agreed: str, published: str) -> Subquery:
    """`_NAMED_ON_READABLE` as one column of a query of users, for the user of each row (NULL
    where no action names them): the signed-in user's row brings it in its own statement
    (`accounts.backends`). Not `Exists`, whose SQL carries a parameter of its own."""
    return Subquery(_naming(OuterRef("pk"), (circulated, agreed, published)).values("pk")[:1])


def _naming(user_id: Any, statuses: tuple[str, ...]) -> QuerySet:
    """Where an action of a record in one of `statuses` names `user_id` (an id, or the outer
    query's user) among its owners."""
    return Action.owner_people.through.objects.filter(
        person__user_id=user_id, **{f"action__{_MEETING}__status__in": statuses}
    )


# Whether any action of a record the members read names the user among its owners (at most one
# row), its SQL made once per process: the navigation asks it on every signed-in page.
_NAMED_ON_READABLE = Prepared(
    Action.owner_people.through,
    lambda circulated, agreed, published, user_id: _naming(
        user_id, (circulated, agreed, published)
    ).values_list("pk", flat=True)[:1],
)


def may_update(user: Any, action: Action) -> bool:
    """The owners of an action and the board's secretariat may report on it."""
    if is_secretariat(user, action.paragraph.section.meeting.board_id):
        return True
    return actions_owned_by(user).filter(pk=action.pk).exists()


def may_see_history(user: Any, action: Action, *, can_update: bool) -> bool:
    """The history holds the action as drafted, before publication: it is for those who may
    update the action and for its board, as a record's history is for its board."""
    return can_update or sees_restricted(user, action.paragraph.section.meeting.board_id)


def get_action_for_user(user: Any, pk: int) -> Action:
    """The action with its paragraph and meeting; 404 outside the user's scope."""
    try:
        return (
            actions_for(user)
            .select_related("paragraph__section__meeting__board", "owner")
            .prefetch_related("owner_people")
            .get(pk=pk)
        )
    except Action.DoesNotExist as exc:
        raise Http404("No such action") from exc


def get_action_for_owner(user: Any, pk: int) -> Action:
    action = get_action_for_user(user, pk)
    if not may_update(user, action):
        raise PermissionDenied("Only the action's owners and the secretariat may update it")
    return action
