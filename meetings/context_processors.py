from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import SimpleLazyObject, lazy
from django.utils.http import url_has_allowed_host_and_scheme

from meetings.action_scoping import owns_any
from meetings.scoping import held_roles
from prob.site import sign_in_to


def _roles(request: HttpRequest) -> dict[str, bool]:
    user = request.user
    if not user.is_authenticated:
        return {}
    roles = held_roles(user)
    # Whether an action names the user, as read with the user at the request's start
    # (`accounts.backends`): current for a page that only reads.
    named = getattr(user, "named_on_readable", None) if request.method in ("GET", "HEAD") else None
    return {
        "secretariat": "secretariat" in roles,
        "board_member": "board_member" in roles,
        "action_owner": owns_any(user, named=named),
    }


def sign_in_url(request: HttpRequest) -> str:
    """The header's Sign in link: back to the page it is on once signed in (QA F9: it led to
    the landing page, and an officer who opened an emailed action had to find it again).
    Only a page of this site is where to go next (as Django's sign-in itself checks); the
    sign-in page's own link is itself, with where it was to go next."""
    login, path = reverse("login"), request.get_full_path()
    if request.path == login:
        return path
    safe = url_has_allowed_host_and_scheme(
        path, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return sign_in_to(path) if safe else login


# Made once: `lazy` makes a class of its own at each call, some 50-80 µs of CPU with its
# collection, which every page paid.
_lazy_sign_in_url = lazy(sign_in_url, str)


def navigation(request: HttpRequest) -> dict[str, object]:
    """The roles the signed-in user holds, for the navigation, and the header's Sign in link;
    computed only when shown."""
    return {
        "roles": SimpleLazyObject(lambda: _roles(request)),
        "sign_in_url": _lazy_sign_in_url(request),
    }
