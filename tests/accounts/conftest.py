"""What the account tests share: one ordinary account, signing in through the form, and the
two-factor helpers (codes computed from a device's key, as an authenticator app computes
them)."""

import binascii
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import mfa
from tests.conftest import PASSWORD, make_user

EMAIL = "clerk@mopac.example"


@pytest.fixture
def user(db: None) -> Any:
    return make_user(EMAIL)


@pytest.fixture
def _throttled(settings: Any) -> None:
    settings.AXES_ENABLED = True


def sign_in(client: Client, email: str, password: str = PASSWORD, **extra: str) -> Any:
    """The sign-in form posted; `extra` goes to the request (REMOTE_ADDR, headers)."""
    return client.post(reverse("login"), {"username": email, "password": password}, **extra)


def is_signed_in(client: Client) -> bool:
    """Whether the client's session is signed in (its account page answers)."""
    return client.get(reverse("account")).status_code == 200


def code_for(key: str, step: int = 1) -> str:
    """The code an app shows for the key `step` periods from now (the next one by default: the
    one just used to set the app up is never accepted again)."""
    return f"{TOTP(binascii.unhexlify(key), drift=step).token():06d}"


def with_authenticator(user: Any) -> TOTPDevice:
    device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    mfa.new_recovery_codes(user, by=user, reason="recovery codes made")
    mail.outbox.clear()
    return device


def present(client: Client) -> Client:
    """As if the password had just been given in this session: changes need no proof again."""
    session = client.session
    session[mfa.RECENT] = timezone.now().timestamp()
    session.save()
    return client


def reasons(user: Any) -> list[str]:
    return [
        row.history_change_reason
        for row in user.history.order_by("history_id")
        if (row.history_change_reason or "").startswith("Two-factor")
    ]
