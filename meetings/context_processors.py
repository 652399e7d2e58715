from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from meetings.models import Membership
from meetings.scoping import current_memberships


def _roles(request: HttpRequest) -> dict[str, bool]:
    # Imported here: the actions app builds on this one.
    from actions.scoping import actions_owned_by

    user = request.user
    if not user.is_authenticated:
        return {}
    roles = set(current_memberships(user).values_list("role", flat=True))
    owned = actions_owned_by(user)
    if Membership.Role.ACTION_OWNER not in roles:
        # Without an action owner's membership only the actions naming the user are theirs:
        # looked for from the user's side, not by reading every action of their boards.
        owned = owned.filter(owner_people__user=user)
    return {
        "secretariat": "secretariat" in roles,
        "board_member": "board_member" in roles,
        "action_owner": owned.exists(),
    }


def navigation(request: HttpRequest) -> dict[str, object]:
    """The roles the signed-in user holds, for the navigation; computed only when shown."""
    return {"roles": SimpleLazyObject(lambda: _roles(request))}
