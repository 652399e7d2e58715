from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from meetings.action_scoping import owns_any
from meetings.scoping import held_roles


def _roles(request: HttpRequest) -> dict[str, bool]:
    user = request.user
    if not user.is_authenticated:
        return {}
    roles = held_roles(user)
    return {
        "secretariat": "secretariat" in roles,
        "board_member": "board_member" in roles,
        "action_owner": owns_any(user),
    }


def navigation(request: HttpRequest) -> dict[str, object]:
    """The roles the signed-in user holds, for the navigation; computed only when shown."""
    return {"roles": SimpleLazyObject(lambda: _roles(request))}
