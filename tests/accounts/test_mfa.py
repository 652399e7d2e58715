"""Two-factor sign-in (accounts/mfa.py): setting up, replacing and removing methods, the code
asked for after the password, its throttling, recovery codes, the history and the emails.
Codes are computed here from the device's key, as an authenticator app computes them."""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

import pytest
from axes.models import AccessAttempt
from django.conf import settings as project_settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from accounts import mfa
from tests.accounts.conftest import (
    EMAIL,
    code_for,
    present,
    reasons,
    sign_in,
    with_authenticator,
)
from tests.conftest import client_for, make_user


@pytest.fixture
def just_signed_in(user: Any) -> Client:
    """The user signed in, their password given in this session just now."""
    return present(client_for(user))


# --- Setting up ---------------------------------------------------------------------------------


def test_it_sets_up_an_authenticator_app_with_a_qr_code_drawn_here(
    just_signed_in: Client, user: Any
) -> None:
    page = just_signed_in.get(reverse("mfa_totp"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html and "http" not in html.split("<svg", 1)[1].split("</svg>", 1)[0]
    key = just_signed_in.session[mfa.NEW_TOTP_KEY]
    # The key, as text, for typing in by hand.
    shown = re.search(r'class="totp-key">([A-Z2-7 ]+)<', html).group(1).replace(" ", "")
    assert binascii.unhexlify(key) == base64.b32decode(shown)

    response = just_signed_in.post(reverse("mfa_totp"), {"code": code_for(key, 0)})

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_recovery_codes")
    device = TOTPDevice.objects.get(user=user)
    assert device.key == key and device.confirmed
    assert StaticToken.objects.filter(device__user=user).count() == mfa.RECOVERY_CODE_COUNT
    codes = just_signed_in.get(reverse("mfa_recovery_codes")).content.decode()
    for token in StaticToken.objects.filter(device__user=user):
        assert token.token in codes
    # Shown once.
    assert just_signed_in.get(reverse("mfa_recovery_codes")).status_code == 302
    # One change, one email: the app and its recovery codes.
    assert reasons(user) == ["Two-factor: authenticator app set up, with new recovery codes"]
    assert user.history.latest().history_user == user
    assert [m.to for m in mail.outbox] == [[EMAIL]]
    assert "authenticator app set up, with new recovery codes" in mail.outbox[0].body.lower()


def test_a_wrong_code_sets_nothing_up(just_signed_in: Client, user: Any) -> None:
    just_signed_in.get(reverse("mfa_totp"))
    key = just_signed_in.session[mfa.NEW_TOTP_KEY]
    wrong = f"{(int(code_for(key, 0)) + 1) % 1_000_000:06d}"
    response = just_signed_in.post(reverse("mfa_totp"), {"code": wrong})
    assert response.status_code == 200
    assert "That code does not match" in response.content.decode()
    assert not TOTPDevice.objects.exists()
    assert reasons(user) == []
    assert mail.outbox == []
    # Not digits: a clear message.
    response = just_signed_in.post(reverse("mfa_totp"), {"code": "abcdef"})
    assert "Enter the 6 digits" in response.content.decode()


def test_it_replaces_the_app_and_the_old_one_stops_working(
    just_signed_in: Client, user: Any
) -> None:
    old = with_authenticator(user)
    just_signed_in.get(reverse("mfa_totp"))
    key = just_signed_in.session[mfa.NEW_TOTP_KEY]
    response = just_signed_in.post(reverse("mfa_totp"), {"code": code_for(key, 0)})
    # Recovery codes were left: none are made, and the account page follows.
    assert response["Location"] == reverse("account") + "#two-factor"
    assert not TOTPDevice.objects.filter(pk=old.pk).exists()
    assert TOTPDevice.objects.get(user=user).key == key
    assert reasons(user)[-1] == "Two-factor: authenticator app replaced"
    assert "replaced" in mail.outbox[-1].body


def test_it_removes_the_app_and_its_recovery_codes_with_it(
    just_signed_in: Client, user: Any
) -> None:
    with_authenticator(user)
    response = just_signed_in.post(reverse("mfa_totp_remove"))
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()
    assert reasons(user)[-1] == (
        "Two-factor: authenticator app removed, with the recovery codes (they go with the last "
        "method)"
    )
    assert len(mail.outbox) == 1
    # Nothing left to remove.
    assert just_signed_in.post(reverse("mfa_totp_remove")).status_code == 404


def test_it_makes_new_recovery_codes_and_the_old_ones_stop_working(
    just_signed_in: Client, user: Any
) -> None:
    with_authenticator(user)
    old = set(StaticToken.objects.values_list("token", flat=True))
    response = just_signed_in.post(reverse("mfa_recovery_new"))
    assert response["Location"] == reverse("mfa_recovery_codes")
    new = set(StaticToken.objects.values_list("token", flat=True))
    assert len(new) == mfa.RECOVERY_CODE_COUNT and not old & new
    assert reasons(user)[-1] == "Two-factor: recovery codes replaced"


def test_it_removes_the_recovery_codes_and_keeps_the_app(just_signed_in: Client, user: Any) -> None:
    with_authenticator(user)
    response = just_signed_in.post(reverse("mfa_recovery_remove"))
    assert response["Location"] == reverse("account") + "#two-factor"
    assert not StaticDevice.objects.filter(user=user).exists()
    assert TOTPDevice.objects.filter(user=user).exists()
    assert reasons(user)[-1] == "Two-factor: recovery codes removed"
    assert "recovery codes removed" in mail.outbox[-1].body.lower()
    assert just_signed_in.post(reverse("mfa_recovery_remove")).status_code == 404


def test_it_makes_no_recovery_codes_without_a_method(just_signed_in: Client, user: Any) -> None:
    just_signed_in.post(reverse("mfa_recovery_new"))
    assert not StaticDevice.objects.exists()


def test_it_removes_only_ones_own_passkey(just_signed_in: Client, user: Any) -> None:
    other = make_user("other@mopac.example")
    theirs = WebAuthnCredential.objects.create(
        user=other, name="Theirs", credential_id=b"x", public_key=b"y"
    )
    mine = WebAuthnCredential.objects.create(
        user=user, name="Laptop", credential_id=b"z", public_key=b"w"
    )
    assert just_signed_in.post(reverse("mfa_passkey_remove", args=[theirs.pk])).status_code == 404
    assert WebAuthnCredential.objects.filter(pk=theirs.pk).exists()
    assert just_signed_in.post(reverse("mfa_passkey_remove", args=[mine.pk])).status_code == 302
    assert not WebAuthnCredential.objects.filter(pk=mine.pk).exists()
    assert reasons(user) == ["Two-factor: passkey “Laptop” removed"]


def test_it_refuses_a_passkey_answer_that_is_not_one(just_signed_in: Client, user: Any) -> None:
    begin = just_signed_in.post(reverse("mfa_passkey_add_begin"))
    assert begin.status_code == 200 and begin.json()["rp"]["id"] == "testserver"
    response = just_signed_in.post(
        reverse("mfa_passkey_add_complete"),
        {"name": "Laptop", "credential": {"id": "forged", "response": {}}},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "could not be added" in response.json()["detail"]
    assert not WebAuthnCredential.objects.exists()
    response = just_signed_in.post(
        reverse("mfa_passkey_add_complete"), "not json", content_type="application/json"
    )
    assert response.status_code == 400


def test_the_account_page_shows_the_methods_in_few_queries(
    just_signed_in: Client, user: Any, django_assert_max_num_queries: Any
) -> None:
    with_authenticator(user)
    for n in range(3):
        WebAuthnCredential.objects.create(
            user=user, name=f"Key {n}", credential_id=bytes([n]), public_key=b"k"
        )
    with django_assert_max_num_queries(20):
        html = just_signed_in.get(reverse("account")).content.decode()
    assert "Remove the authenticator app" in html
    assert "Key 2" in html
    assert f"{mfa.RECOVERY_CODE_COUNT} unused recovery codes" in html


# --- Signing in ---------------------------------------------------------------------------------


def test_a_password_alone_does_not_sign_in_someone_with_a_method(user: Any) -> None:
    device = with_authenticator(user)
    client = Client()
    response = sign_in(client, EMAIL)
    assert response["Location"] == reverse("mfa_verify")
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("account")).status_code == 302

    response = client.post(reverse("mfa_verify"), {"code": code_for(device.key)})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    assert mfa.PENDING not in client.session
    assert client.get(reverse("account")).status_code == 200


def test_it_goes_where_the_sign_in_was_going(user: Any) -> None:
    device = with_authenticator(user)
    client = Client()
    client.post(
        reverse("login"),
        {"username": EMAIL, "password": "a-long-test-password", "next": reverse("account")},
    )
    response = client.post(reverse("mfa_verify"), {"code": code_for(device.key)})
    assert response["Location"] == reverse("account")


def test_the_code_page_needs_the_password_first(client: Client, user: Any) -> None:
    with_authenticator(user)
    response = client.post(reverse("mfa_verify"), {"code": "123456"})
    assert response["Location"] == reverse("login")
    response = client.post(reverse("mfa_passkey_sign_in_begin"))
    assert response.status_code == 403


def test_the_password_must_be_given_again_after_a_while(user: Any, settings: Any) -> None:
    device = with_authenticator(user)
    client = Client()
    sign_in(client, EMAIL)
    session = client.session
    session[mfa.PENDING] = {**session[mfa.PENDING], "at": 0}
    session.save()
    response = client.post(reverse("mfa_verify"), {"code": code_for(device.key)})
    assert response["Location"] == reverse("login")
    assert "_auth_user_id" not in client.session


@pytest.mark.usefixtures("_throttled")
def test_a_wrong_code_counts_as_a_failed_sign_in_and_locks_out(user: Any) -> None:
    device = with_authenticator(user)
    client = Client()
    sign_in(client, EMAIL)
    limit = project_settings.AXES_FAILURE_LIMIT
    # Each of the limit's wrong codes is said to be wrong; the next attempt is refused.
    for _ in range(limit):
        response = client.post(reverse("mfa_verify"), {"code": "000000"})
        assert response.status_code == 200
        assert "That code is not right" in response.content.decode()
    assert AccessAttempt.objects.get(username=EMAIL).failures_since_start == limit
    assert client.post(reverse("mfa_verify"), {"code": "000000"}).status_code == 429
    # Locked out: even the right code is refused.
    response = client.post(reverse("mfa_verify"), {"code": code_for(device.key)})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_recovery_code_signs_in_once(user: Any) -> None:
    with_authenticator(user)
    code = StaticToken.objects.filter(device__user=user).first().token
    first = Client()
    sign_in(first, EMAIL)
    # As people type it: spaced, in capitals.
    typed = f" {code[:4]} {code[4:].upper()} "
    assert first.post(reverse("mfa_verify"), {"code": typed})["Location"] != reverse("login")
    assert first.session["_auth_user_id"] == str(user.pk)
    assert StaticToken.objects.filter(device__user=user).count() == mfa.RECOVERY_CODE_COUNT - 1

    second = Client()
    sign_in(second, EMAIL)
    response = second.post(reverse("mfa_verify"), {"code": code})
    assert response.status_code == 200
    assert "_auth_user_id" not in second.session


def test_a_code_is_not_accepted_twice(user: Any) -> None:
    device = with_authenticator(user)
    code = code_for(device.key)
    first = Client()
    sign_in(first, EMAIL)
    first.post(reverse("mfa_verify"), {"code": code})
    second = Client()
    sign_in(second, EMAIL)
    assert second.post(reverse("mfa_verify"), {"code": code}).status_code == 200
    assert "_auth_user_id" not in second.session


def test_someone_without_a_method_signs_in_with_the_password(user: Any) -> None:
    client = Client()
    response = sign_in(client, EMAIL)
    assert response["Location"] != reverse("mfa_verify")
    assert client.session["_auth_user_id"] == str(user.pk)


# --- Required where it matters ------------------------------------------------------------------


@pytest.mark.usefixtures("mfa_required")
def test_the_secretariat_must_enrol_before_anything_else(secretariat: Any, board: Any) -> None:
    client = Client()
    response = sign_in(client, secretariat.email)
    assert response["Location"] == reverse("two_factor")
    page = client.get(reverse("two_factor")).content.decode()
    assert "Your role on PROB needs two-factor sign-in" in page
    assert client.get(board.get_absolute_url())["Location"] == reverse("two_factor")
    assert client.post(reverse("calendar_address_new"))["Location"] == reverse("two_factor")
    assert client.get(reverse("mfa_totp")).status_code == 200

    key = client.session[mfa.NEW_TOTP_KEY]
    response = client.post(reverse("mfa_totp"), {"code": code_for(key, 0)})
    assert response["Location"] == reverse("mfa_recovery_codes")
    codes = client.get(reverse("mfa_recovery_codes")).content.decode()
    # Then on to where they were going: their board.
    assert f'href="{board.get_absolute_url()}"' in codes
    assert client.get(board.get_absolute_url()).status_code == 200


@pytest.mark.usefixtures("mfa_required")
def test_signing_out_still_works_before_enrolling(secretariat: Any) -> None:
    client = Client()
    sign_in(client, secretariat.email)
    client.post(reverse("logout"))
    assert "_auth_user_id" not in client.session


@pytest.mark.usefixtures("mfa_required")
def test_administrators_must_enrol_and_board_members_need_not(
    admin_user: Any, board_member: Any
) -> None:
    assert sign_in(Client(), admin_user.email)["Location"] == reverse("two_factor")
    assert sign_in(Client(), board_member.email)["Location"] != reverse("two_factor")


def test_no_role_must_enrol_when_the_setting_is_empty(settings: Any, secretariat: Any) -> None:
    settings.MFA_REQUIRED_ROLES = []
    assert sign_in(Client(), secretariat.email)["Location"] != reverse("two_factor")


@pytest.mark.usefixtures("mfa_required")
def test_the_last_method_cannot_be_removed_when_required(secretariat: Any) -> None:
    with_authenticator(secretariat)
    client = present(client_for(secretariat))
    response = client.post(reverse("mfa_totp_remove"), follow=True)
    assert "Two-factor is required for your role" in response.content.decode()
    assert TOTPDevice.objects.filter(user=secretariat).exists()
    assert mail.outbox == []


def test_the_two_factor_pages_are_valid_html(user: Any) -> None:
    from tests.htmlcheck import assert_valid_html_pages

    with_authenticator(user)
    WebAuthnCredential.objects.create(user=user, name="Laptop", credential_id=b"a", public_key=b"k")
    client = present(client_for(user))
    pages = {
        "account": client.get(reverse("account")).content,
        "two_factor": client.get(reverse("two_factor")).content,
        "authenticator": client.get(reverse("mfa_totp")).content,
        "wrong code": client.post(reverse("mfa_totp"), {"code": "x"}).content,
    }
    client.post(reverse("mfa_recovery_new"))
    pages["recovery codes"] = client.get(reverse("mfa_recovery_codes")).content
    signing_in = Client()
    sign_in(signing_in, EMAIL)
    pages["code"] = signing_in.get(reverse("mfa_verify")).content
    pages["wrong"] = signing_in.post(reverse("mfa_verify"), {"code": "1"}).content
    assert_valid_html_pages(pages)


@pytest.mark.usefixtures("_throttled")
def test_a_forged_passkey_answer_counts_as_a_failed_sign_in(user: Any) -> None:
    WebAuthnCredential.objects.create(user=user, name="Laptop", credential_id=b"a", public_key=b"k")
    client = Client()
    sign_in(client, EMAIL)
    page = client.get(reverse("mfa_verify")).content.decode()
    assert "Sign in with a passkey" in page
    options = client.post(reverse("mfa_passkey_sign_in_begin")).json()
    assert options["rpId"] == "testserver"
    assert [c["id"] for c in options["allowCredentials"]] == ["YQ"]
    forged = {"id": "YQ", "rawId": "YQ", "type": "public-key", "response": {}}
    response = client.post(
        reverse("mfa_passkey_sign_in_complete"), forged, content_type="application/json"
    )
    assert response.status_code == 400
    assert "not accepted" in response.json()["detail"]
    assert AccessAttempt.objects.get(username=EMAIL).failures_since_start == 1
    assert "_auth_user_id" not in client.session
    # The challenge went with the answer: it is not accepted twice.
    response = client.post(
        reverse("mfa_passkey_sign_in_complete"), forged, content_type="application/json"
    )
    assert AccessAttempt.objects.get(username=EMAIL).failures_since_start == 2


# --- The Django admin's sign-in -----------------------------------------------------------------


def admin_sign_in(client: Client, email: str) -> Any:
    return client.post(
        reverse("admin:login") + "?next=" + reverse("admin:index"),
        {"username": email, "password": "a-long-test-password", "next": reverse("admin:index")},
    )


def test_the_admin_sign_in_asks_for_the_code_too(admin_user: Any) -> None:
    device = with_authenticator(admin_user)
    client = Client()
    assert client.get(reverse("admin:login")).status_code == 200
    response = admin_sign_in(client, admin_user.email)
    assert response["Location"] == reverse("mfa_verify")
    assert "_auth_user_id" not in client.session
    response = client.post(reverse("mfa_verify"), {"code": code_for(device.key)})
    assert response["Location"] == reverse("admin:index")
    assert client.get(reverse("admin:index")).status_code == 200


def test_the_admin_sign_in_takes_who_must_enrol_to_enrolment(
    admin_user: Any, settings: Any
) -> None:
    settings.MFA_REQUIRED_ROLES = ["admin"]
    client = Client()
    assert admin_sign_in(client, admin_user.email)["Location"] == reverse("two_factor")
    assert client.get(reverse("admin:index"))["Location"] == reverse("two_factor")


def test_the_admin_sign_in_still_signs_in_staff_without_two_factor(admin_user: Any) -> None:
    client = Client()
    assert admin_sign_in(client, admin_user.email)["Location"] == reverse("admin:index")
    assert client.get(reverse("admin:index")).status_code == 200
    # And refuses those who are not staff, as before.
    make_user("someone@else.example")
    response = Client().post(
        reverse("admin:login"), {"username": "someone@else.example", "password": "x" * 20}
    )
    assert response.status_code == 200
