"""Two-factor authentication (issue 19), with django-otp and django-otp-webauthn.

Three methods, set up, replaced and removed from the account page:

- an authenticator app (TOTP: django-otp's `TOTPDevice`, one per user);
- passkeys and security keys (WebAuthn: django-otp-webauthn's `WebAuthnCredential`, several);
- recovery codes (django-otp's `StaticDevice`, ten codes, each working once), made with the
  first method and removed with the last.

Signing in: after a correct password, someone with a method is not signed in; the session
holds only who they are and when the password was given (`PENDING`), and the code page
(accounts/mfa_views.py) signs them in once a code or passkey is accepted. Codes and passkeys are
checked through `django.contrib.auth.authenticate` (accounts.backends.TwoFactorBackend), so that
django-axes counts a wrong one as a failed sign-in and locks out as it does for passwords.

Required where it matters: someone whose role MFA_REQUIRED_ROLES names and who has no method is
signed in but may do nothing but set one up (or sign out) until they have
(`EnrolmentRequiredMiddleware`, through `MUST_ENROL` in the session).

Changes that could weaken the account (adding, replacing or removing a method, new recovery
codes) need a recent proof of presence: the password, a code or a passkey given in this session
within MFA_REAUTH_MINUTES (`RECENT`, set at every sign-in and at each proof; asked for by
accounts/mfa_views.py's confirmation step, a wrong one counting as a failed sign-in).

Every change is recorded in the user's history (who made it and why) and emailed to them, once
a change: the first method's email names its recovery codes too. An administrator who removes a
user's device in the Django admin (accounts/mfa_admin.py) goes through the same services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Exists, OuterRef
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

# In the session.
PENDING = "prob_mfa_pending"  # {"user": pk, "at": timestamp, "next": url}
MUST_ENROL = "prob_mfa_enrol"  # where to go once a method is set up
NEW_TOTP_KEY = "prob_mfa_new_totp_key"  # the key being set up, until its first code fits
NEW_RECOVERY_CODES = "prob_mfa_new_recovery_codes"  # shown once, then gone
RECENT = "prob_mfa_recent"  # when presence was last proved here (a timestamp)

RECOVERY_CODE_COUNT = 10
RECOVERY_NAME = "Recovery codes"
AUTHENTICATOR_NAME = "Authenticator app"

# What someone who must enrol may still reach.
ENROLMENT_URL_NAMES = frozenset(
    {
        "two_factor",
        "mfa_totp",
        "mfa_passkey_add_begin",
        "mfa_passkey_add_complete",
        "mfa_recovery_codes",
        "mfa_confirm",
        "mfa_confirm_passkey_begin",
        "mfa_confirm_passkey_complete",
        "logout",
        "session_ping",
    }
)


# --- Who must -------------------------------------------------------------------------------


def roles_of(user: Any) -> set[str]:
    """The roles MFA_REQUIRED_ROLES speaks of that `user` has today: their memberships' roles,
    and "admin" for staff and superusers."""
    from meetings.scoping import current_memberships

    roles = set(current_memberships(user).values_list("role", flat=True).distinct())
    if user.is_staff or user.is_superuser:
        roles.add("admin")
    return roles


def required_for(user: Any) -> bool:
    required = set(settings.MFA_REQUIRED_ROLES)
    return bool(required) and bool(required & roles_of(user))


# --- What someone has -----------------------------------------------------------------------


@dataclass
class Methods:
    authenticator: TOTPDevice | None = None
    passkeys: list[WebAuthnCredential] = field(default_factory=list)
    recovery: StaticDevice | None = None
    recovery_left: int = 0

    @property
    def any(self) -> bool:
        """Whether a code or passkey is asked for at sign-in (recovery codes go with one)."""
        return self.authenticator is not None or bool(self.passkeys)


def methods_of(user: Any) -> Methods:
    """The user's methods, in three queries whatever their number."""
    methods = Methods(
        authenticator=TOTPDevice.objects.filter(user=user, confirmed=True).first(),
        passkeys=list(WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("pk")),
    )
    methods.recovery = (
        StaticDevice.objects.filter(user=user).annotate(left=Count("token_set")).first()
    )
    if methods.recovery is not None:
        methods.recovery_left = methods.recovery.left
    return methods


def has_method(user: Any) -> bool:
    """Whether a code or passkey is asked for at sign-in: one query, both kinds at once."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        ._default_manager.filter(pk=user.pk)
        .filter(
            Exists(TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True))
            | Exists(WebAuthnCredential.objects.filter(user=OuterRef("pk"), confirmed=True))
        )
        .exists()
    )


# --- Signing in -----------------------------------------------------------------------------


def ask_for_code(request: HttpRequest, user: Any, next_url: str) -> HttpResponse:
    """After a correct password: the code page, with no one signed in yet."""
    request.session[PENDING] = {
        "user": user.pk,
        "at": timezone.now().timestamp(),
        "next": next_url,
    }
    return HttpResponseRedirect(reverse("mfa_verify"))


def pending_user(request: HttpRequest) -> tuple[Any, str] | None:
    """Who gave their password here within MFA_PENDING_MINUTES, and where they were going."""
    from django.contrib.auth import get_user_model

    pending = request.session.get(PENDING)
    if not isinstance(pending, dict):
        return None
    age = timezone.now().timestamp() - float(pending.get("at", 0))
    if age > settings.MFA_PENDING_MINUTES * 60:
        del request.session[PENDING]
        return None
    user = get_user_model().objects.filter(pk=pending.get("user"), is_active=True).first()
    if user is None:
        return None
    return user, str(pending.get("next") or "")


def signed_in(request: HttpRequest) -> None:
    """At every sign-in (accounts.views.finish_sign_in, whatever its method): a password given
    here for someone else and left waiting for its code is forgotten, and presence is proved."""
    request.session.pop(PENDING, None)
    presence_proved(request)


# --- Proof of presence, before a change that could weaken the account -----------------------


def presence_proved(request: HttpRequest) -> None:
    request.session[RECENT] = timezone.now().timestamp()


def recently_proved(request: HttpRequest) -> bool:
    """Whether the password, a code or a passkey was given in this session within
    MFA_REAUTH_MINUTES."""
    at = request.session.get(RECENT)
    if not isinstance(at, int | float):
        return False
    age = timezone.now().timestamp() - at
    return 0 <= age <= settings.MFA_REAUTH_MINUTES * 60


def enrol_if_required(request: HttpRequest, user: Any, response: HttpResponse) -> HttpResponse:
    """After signing in with a password alone: someone who must set up two-factor goes to do
    so, and may do nothing else until they have; anyone else goes on."""
    if not required_for(user):
        return response
    request.session[MUST_ENROL] = response.get("Location", "") or reverse("home")
    redirect = HttpResponseRedirect(reverse("two_factor"))
    # The cookies set on the way (prob.unsaved, accounts.sessions_end) go with it.
    redirect.cookies = response.cookies
    return redirect


class EnrolmentRequiredMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Any, view_args: Any, view_kwargs: Any
    ) -> HttpResponse | None:
        session = getattr(request, "session", None)
        if session is None or MUST_ENROL not in session or not request.user.is_authenticated:
            return None
        match = request.resolver_match
        if match is not None and match.view_name in ENROLMENT_URL_NAMES:
            return None
        return HttpResponseRedirect(reverse("two_factor"))


def enrolled(request: HttpRequest) -> str | None:
    """Called once a method is set up: where someone who had to enrol was going, if they did."""
    return request.session.pop(MUST_ENROL, None)


# --- Changes, each in the history and emailed -----------------------------------------------


def _record(user: Any, by: Any, reason: str) -> None:
    """One row in the user's history: who changed their two-factor methods, and how."""
    user._history_user = by
    user._change_reason = f"Two-factor: {reason}"
    user.save(update_fields=["email"])
    from accounts.tasks import two_factor_changed

    two_factor_changed.enqueue(
        user_id=user.pk,
        change=reason,
        changed_at=timezone.localtime().strftime("%d %B %Y at %H:%M"),
    )


def _make_recovery_codes(user: Any) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def new_recovery_codes(user: Any, *, by: Any, reason: str) -> list[str]:
    """A new set of recovery codes; the old ones, if any, stop working."""
    with transaction.atomic():
        codes = _make_recovery_codes(user)
        _record(user, by, reason)
    return codes


WITH_CODES = ", with new recovery codes"


def _first_codes(user: Any) -> list[str] | None:
    """With the first method, recovery codes, unless some are left: recorded (and emailed) with
    the method, one change."""
    if StaticDevice.objects.filter(user=user, token_set__isnull=False).exists():
        return None
    return _make_recovery_codes(user)


def authenticator_set_up(user: Any, *, key: str, last_t: int, by: Any) -> list[str] | None:
    """The authenticator app whose `key` gave a code at step `last_t`, replacing any other;
    returns new recovery codes if it is the user's first method."""
    with transaction.atomic():
        old = TOTPDevice.objects.select_for_update().filter(user=user)
        replaced = old.exists()
        old.delete()
        first = not has_method(user)
        TOTPDevice.objects.create(
            user=user, name=AUTHENTICATOR_NAME, key=key, confirmed=True, last_t=last_t
        )
        codes = _first_codes(user) if first else None
        reason = "authenticator app replaced" if replaced else "authenticator app set up"
        _record(user, by, reason + (WITH_CODES if codes else ""))
        return codes


def passkey_added(user: Any, device: WebAuthnCredential, *, name: str, by: Any) -> list[str]:
    """A passkey just registered (saved by the library) gets its name; returns new recovery
    codes if it is the user's first method."""
    with transaction.atomic():
        first = not WebAuthnCredential.objects.filter(user=user).exclude(pk=device.pk).exists()
        first = first and not TOTPDevice.objects.filter(user=user).exists()
        device.name = name
        device.save(update_fields=["name"])
        codes = (_first_codes(user) or []) if first else []
        _record(user, by, f"passkey “{name}” added" + (WITH_CODES if codes else ""))
        return codes


class LastMethod(Exception):
    """Removing this would leave someone who must use two-factor without it."""


def describe(device: Any) -> str:
    """How the history and the email name a device."""
    if isinstance(device, TOTPDevice):
        return "authenticator app"
    if isinstance(device, WebAuthnCredential):
        return f"passkey “{device.name}”"
    return "recovery codes"


def remove(user: Any, devices: Any, *, by: Any, administrator: bool = False) -> bool:
    """Removes `devices` (a query of the user's devices), one change in the history and one
    email; False if there were none. With the last method go the recovery codes: alone, they
    would be a second password. From the account page, the last method of someone whose role
    requires two-factor stays (LastMethod); an administrator may remove it (resetting someone
    who has lost every method), and they set one up again at their next sign-in."""
    with transaction.atomic():
        found = list(devices.select_for_update())
        if not found:
            return False
        gone = {(type(d), d.pk) for d in found}
        left = [d for d in _methods_of_user(user) if (type(d), d.pk) not in gone]
        methods_gone = any(not isinstance(d, StaticDevice) for d in found)
        if not administrator and methods_gone and not left and required_for(user):
            raise LastMethod(
                "Two-factor is required for your role: set up another method before removing "
                "this one."
            )
        reason = " and ".join(describe(d) for d in found) + " removed"
        if administrator:
            reason += f" by an administrator, {by.display_name}"
        for device in found:
            device.delete()
        if not left and StaticDevice.objects.filter(user=user).delete()[0]:
            reason += ", with the recovery codes (they go with the last method)"
        _record(user, by, reason)
        return True


def _methods_of_user(user: Any) -> list[Any]:
    return [
        *TOTPDevice.objects.filter(user=user),
        *WebAuthnCredential.objects.filter(user=user),
    ]


def authenticator_remove(user: Any, *, by: Any) -> bool:
    return remove(user, TOTPDevice.objects.filter(user=user), by=by)


def passkey_remove(user: Any, pk: int, *, by: Any) -> bool:
    return remove(user, WebAuthnCredential.objects.filter(user=user, pk=pk), by=by)


def recovery_codes_remove(user: Any, *, by: Any) -> bool:
    return remove(user, StaticDevice.objects.filter(user=user), by=by)


def removed_by_administrator(devices: Any, *, by: Any) -> None:
    """The Django admin's deletion of devices (one, or a selection, of any users): each through
    `remove`, all in one transaction."""
    with transaction.atomic():
        for device in devices:
            user = device.user
            remove(user, type(device).objects.filter(pk=device.pk), by=by, administrator=True)


def normalise_code(code: str) -> str:
    """Codes as people type them: with spaces or hyphens, in either case."""
    return "".join(code.split()).replace("-", "").lower()


def verify_code(user: Any, code: str) -> Any:
    """The authenticator app or recovery code device `code` fits, or None; django-otp throttles
    each device after failures, and a recovery code fits once."""
    code = normalise_code(code)
    if not code or len(code) > 32:
        return None
    with transaction.atomic():
        devices: list[Any] = []
        if code.isdigit():
            devices += TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True)
        devices += StaticDevice.objects.select_for_update().filter(user=user, confirmed=True)
        for device in devices:
            allowed, _why = device.verify_is_allowed()
            if allowed and device.verify_token(code):
                return device
    return None
