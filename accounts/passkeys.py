"""Passkeys and security keys (WebAuthn), through django-otp-webauthn's helper.

The relying party is the host the page was reached by, and the origin expected is the page's
own: Django has already checked the host against ALLOWED_HOSTS, so both are the site's, and
a passkey made on https://prob.example.gov.uk works there (as one made in a test on
http://localhost works on the test server). A passkey is tied to its host name: one made under
another name does not work here.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django_otp_webauthn.exceptions import OTPWebAuthnApiError
from django_otp_webauthn.helpers import WebAuthnHelper
from django_otp_webauthn.models import WebAuthnCredential
from webauthn.helpers.exceptions import WebAuthnException


def relying_party_id(request: HttpRequest) -> str:
    """The host name the page was reached by, without its port."""
    host = request.get_host()
    return host.rsplit(":", 1)[0] if not host.endswith("]") else host


class PasskeyHelper(WebAuthnHelper):
    def get_allowed_origins(self) -> list[str]:
        return [f"{self.request.scheme}://{self.request.get_host()}"]

    def get_credential_display_name(self, user: object) -> str:
        # Shown by the browser when choosing a passkey: the address, not a name with it.
        return user.get_username()  # type: ignore[attr-defined]


# In the session, between a ceremony's two requests: its challenge, used once, and only within
# MFA_PENDING_MINUTES of being made.
SIGN_IN_STATE = "prob_passkey_sign_in_state"
ADD_STATE = "prob_passkey_add_state"


def _keep(request: HttpRequest, key: str, state: dict) -> None:
    request.session[key] = {"state": state, "at": timezone.now().timestamp()}


def _take(request: HttpRequest, key: str) -> dict | None:
    """The challenge kept under `key`, gone from the session whatever it is; None if there is
    none, or it is too old."""
    kept = request.session.pop(key, None)
    if not isinstance(kept, dict) or not isinstance(kept.get("at"), int | float):
        return None
    age = timezone.now().timestamp() - kept["at"]
    if not 0 <= age <= settings.MFA_PENDING_MINUTES * 60:
        return None
    state = kept.get("state")
    return state if isinstance(state, dict) and state else None


# What a forged, replayed or malformed answer raises, in the library or in py_webauthn.
REFUSED = (OTPWebAuthnApiError, WebAuthnException, ValueError, KeyError, TypeError)


def _helper(request: HttpRequest) -> PasskeyHelper:
    return WebAuthnCredential.get_webauthn_helper(request=request)


def sign_in_begin(request: HttpRequest, user: Any) -> dict:
    """The options for the browser to ask for one of `user`'s passkeys."""
    options, state = _helper(request).authenticate_begin(user=user, require_user_verification=False)
    _keep(request, SIGN_IN_STATE, state)
    return options


def sign_in_verify(request: HttpRequest, user: Any, answer: Any) -> WebAuthnCredential | None:
    """The passkey of `user`'s that signed the challenge of `sign_in_begin`, or None. The
    challenge goes from the session first, so that an answer is never accepted twice."""
    state = _take(request, SIGN_IN_STATE)
    if state is None or not isinstance(answer, dict):
        return None
    try:
        device = _helper(request).authenticate_complete(user=user, state=state, data=answer)
    except REFUSED:
        return None
    return device if device.confirmed else None


def add_begin(request: HttpRequest, user: Any) -> dict:
    options, state = _helper(request).register_begin(user=user)
    _keep(request, ADD_STATE, state)
    return options


def add_complete(request: HttpRequest, user: Any, answer: Any) -> WebAuthnCredential | None:
    """The new passkey, saved, or None if the browser's answer does not fit the challenge."""
    state = _take(request, ADD_STATE)
    if state is None or not isinstance(answer, dict):
        return None
    try:
        return _helper(request).register_complete(user=user, state=state, data=answer)
    except REFUSED:
        return None
