from typing import Any

from django.contrib.auth import get_backends, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.utils import timezone

from meetings.action_scoping import named_column
from meetings.scoping import READABLE_BY_MEMBERS, held_column, remember_held
from prob.prepared import Prepared


class EmailBackend(ModelBackend):
    """Django's own backend, loading the signed-in user with their person and organisation in
    the same query: every page names the user, and that must not cost queries of its own. The
    same statement reads what every signed-in page asks of the user next: the memberships they
    hold today (kept for the request: `meetings.scoping.remember_held`) and whether an action
    of a record past draft names them (`named_on_readable`, for the navigation's My actions:
    `meetings.action_scoping.owns_any`)."""

    def get_user(self, user_id: Any) -> Any:
        today = timezone.localdate()
        found = _USER_BY_ID(
            today, today, *READABLE_BY_MEMBERS, get_user_model()._meta.pk.to_python(user_id)
        )
        if not found or not self.user_can_authenticate(found[0]):
            return None
        user = found[0]
        remember_held(user, today, user.held_pairs)
        user.named_on_readable = user.named_on_readable is not None
        return user


# The signed-in user with their person and organisation, their memberships in force today and
# whether an action names them, its SQL made once per process (every signed-in request reads
# it); one row, so not sorted. Its values in the order of the query's parameters.
_USER_BY_ID = Prepared(
    get_user_model(),
    lambda ends_from, starts_by, circulated, agreed, published, user_id: (
        get_user_model()
        ._default_manager.select_related("person__organisation")
        .annotate(
            held_pairs=held_column(ends_from, starts_by),
            named_on_readable=named_column(circulated, agreed, published),
        )
        .filter(pk=user_id)
        .order_by()
    ),
)


class TwoFactorBackend(EmailBackend):
    """The second step of signing in (accounts/mfa.py): a code from an authenticator app, a
    recovery code, or a passkey's answer, for the person who has just given their password.
    Checked through `authenticate`, so that django-axes counts a wrong one as a failed sign-in
    and refuses any while the account is locked out, as it does passwords."""

    def authenticate(
        self,
        request: Any,
        username: str | None = None,
        otp_token: str | None = None,
        passkey: dict | None = None,
        **kwargs: Any,
    ) -> Any:
        from accounts import mfa, passkeys

        if username is None or (otp_token is None and passkey is None):
            return None
        user = get_user_model()._default_manager.filter(email=username).first()
        if user is None or not self.user_can_authenticate(user):
            return None
        if otp_token is not None:
            device = mfa.verify_code(user, otp_token)
        else:
            device = passkeys.sign_in_verify(request, user, passkey)
        if device is None:
            return None
        user.otp_device = device
        return user


def signs_in_elsewhere(user: Any) -> Any:
    """Who signs the user in instead of a PROB password (their organisation's identity provider,
    with its `name` and `organisation`), or None: the first backend that refuses the password
    for their address says (`signs_in_instead`: single sign-on's, sso.backends)."""
    for backend in get_backends():
        if hasattr(backend, "signs_in_instead"):
            elsewhere = backend.signs_in_instead(user.email)
            if elsewhere is not None:
                return elsewhere
    return None
