"""Two-factor sign-in, the holes closed (accounts/mfa.py, accounts/mfa_views.py,
accounts/mfa_admin.py): a change that could weaken the account asks for the password (or a code,
or a passkey) again unless it was given within MFA_REAUTH_MINUTES, a wrong one counting as a
failed sign-in; an administrator's removal in the Django admin is in the user's history and
emailed; the first method sends one email; and the sign-in's second step holds: its waiting
state expires and serves no one else, it is CSRF-protected, goes only to this site's pages,
and who must enrol reaches nothing else."""

from __future__ import annotations

from typing import Any

import pytest
from axes.models import AccessAttempt
from django.conf import settings as project_settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from accounts import mfa, passkeys
from tests.accounts.conftest import (
    EMAIL,
    code_for,
    present,
    reasons,
    sign_in,
    with_authenticator,
)
from tests.conftest import PASSWORD, client_for, make_user

CONFIRM = {"confirm_presence": "1"}


def passkey_of(user: Any, name: str = "Laptop", credential: bytes = b"a") -> WebAuthnCredential:
    return WebAuthnCredential.objects.create(
        user=user, name=name, credential_id=credential, public_key=b"k"
    )


# --- Proof of presence before a change ----------------------------------------------------------


def test_removing_the_app_asks_for_the_password_first(user: Any) -> None:
    with_authenticator(user)
    client = client_for(user)  # signed in long ago: no recent proof in the session
    response = client.post(reverse("mfa_totp_remove"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Confirm it is you" in html and "To remove your authenticator app" in html
    assert f'action="{reverse("mfa_totp_remove")}"' in html
    assert TOTPDevice.objects.filter(user=user).exists()

    wrong = client.post(reverse("mfa_totp_remove"), {**CONFIRM, "password": "not-it"})
    assert "That password is not right. Nothing has changed." in wrong.content.decode()
    assert TOTPDevice.objects.filter(user=user).exists()
    empty = client.post(reverse("mfa_totp_remove"), CONFIRM)
    assert "Enter your password, or a code." in empty.content.decode()
    assert not [r for r in reasons(user) if "removed" in r]
    assert mail.outbox == []

    response = client.post(reverse("mfa_totp_remove"), {**CONFIRM, "password": PASSWORD})
    assert response["Location"] == reverse("account") + "#two-factor"
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert len(mail.outbox) == 1
    # Proved: the next change within the minutes asks nothing.
    passkey = passkey_of(user)
    response = client.post(reverse("mfa_passkey_remove", args=[passkey.pk]))
    assert response.status_code == 302
    assert not WebAuthnCredential.objects.filter(pk=passkey.pk).exists()


def test_nothing_to_remove_is_404_before_any_question(user: Any) -> None:
    other = make_user("other@mopac.example")
    theirs = passkey_of(other)
    client = client_for(user)
    assert client.post(reverse("mfa_totp_remove")).status_code == 404
    assert client.post(reverse("mfa_recovery_remove")).status_code == 404
    assert client.post(reverse("mfa_passkey_remove", args=[theirs.pk])).status_code == 404
    # Their password would not remove another's passkey either.
    response = client.post(
        reverse("mfa_passkey_remove", args=[theirs.pk]), {**CONFIRM, "password": PASSWORD}
    )
    assert response.status_code == 404
    assert WebAuthnCredential.objects.filter(pk=theirs.pk).exists()


def test_a_code_proves_presence_for_new_recovery_codes(user: Any) -> None:
    device = with_authenticator(user)
    old = set(StaticToken.objects.values_list("token", flat=True))
    client = client_for(user)
    page = client.post(reverse("mfa_recovery_new")).content.decode()
    assert "To make new recovery codes" in page
    assert "Or a code from your authenticator app, or a recovery code" in page
    assert set(StaticToken.objects.values_list("token", flat=True)) == old

    # (A wrong code first would hold the app back a second: django-otp's own throttle.)
    response = client.post(reverse("mfa_recovery_new"), {**CONFIRM, "code": code_for(device.key)})
    assert response["Location"] == reverse("mfa_recovery_codes")
    assert not set(StaticToken.objects.values_list("token", flat=True)) & old


def test_replacing_the_app_asks_first_and_then_shows_the_new_key(user: Any) -> None:
    with_authenticator(user)
    client = client_for(user)
    page = client.get(reverse("mfa_totp")).content.decode()
    assert "To replace your authenticator app" in page and "<svg" not in page
    assert mfa.NEW_TOTP_KEY not in client.session
    # A code for the new app, sent without the proof, sets nothing up.
    response = client.post(reverse("mfa_totp"), {"code": "123456"})
    assert "Confirm it is you" in response.content.decode()

    response = client.post(reverse("mfa_totp"), {**CONFIRM, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("mfa_totp")
    assert "<svg" in client.get(reverse("mfa_totp")).content.decode()


def test_the_proof_lapses_after_the_setting_s_minutes(user: Any, settings: Any) -> None:
    settings.MFA_REAUTH_MINUTES = 10
    with_authenticator(user)
    client = present(client_for(user))
    session = client.session
    session[mfa.RECENT] = timezone.now().timestamp() - 10 * 60 - 5
    session.save()
    assert "Confirm it is you" in client.post(reverse("mfa_recovery_remove")).content.decode()
    session[mfa.RECENT] = timezone.now().timestamp() - 9 * 60
    session.save()
    assert client.post(reverse("mfa_recovery_remove")).status_code == 302
    assert not StaticDevice.objects.filter(user=user).exists()


def test_signing_in_counts_as_a_proof(user: Any) -> None:
    device = with_authenticator(user)
    client = Client()
    sign_in(client, EMAIL)
    assert mfa.RECENT not in client.session
    client.post(reverse("mfa_verify"), {"code": code_for(device.key)})
    assert mfa.RECENT in client.session
    assert client.post(reverse("mfa_recovery_remove")).status_code == 302


@pytest.mark.usefixtures("_throttled")
def test_a_wrong_password_counts_as_a_failed_sign_in_and_locks_out(user: Any) -> None:
    with_authenticator(user)
    client = client_for(user)
    limit = project_settings.AXES_FAILURE_LIMIT
    # Each of the limit's wrong passwords is said to be wrong; the next attempt is refused.
    for _ in range(limit):
        response = client.post(reverse("mfa_totp_remove"), {**CONFIRM, "password": "wrong!"})
        assert response.status_code == 200
    assert AccessAttempt.objects.get(username=EMAIL).failures_since_start == limit
    response = client.post(reverse("mfa_totp_remove"), {**CONFIRM, "password": "wrong!"})
    assert response.status_code == 429
    # Locked out: even the right password is refused, and nothing changes.
    response = client.post(reverse("mfa_totp_remove"), {**CONFIRM, "password": PASSWORD})
    assert response.status_code == 429
    assert TOTPDevice.objects.filter(user=user).exists()
    assert mfa.RECENT not in client.session


def test_adding_a_passkey_names_the_confirmation_page(user: Any) -> None:
    client = client_for(user)
    response = client.post(reverse("mfa_passkey_add_begin"))
    assert response.status_code == 403
    confirm = response.json()["confirm"]
    assert confirm.startswith(reverse("mfa_confirm") + "?next=")
    assert passkeys.ADD_STATE not in client.session
    page = client.get(confirm).content.decode()
    assert "To change your two-factor sign-in" in page
    response = client.post(confirm, {**CONFIRM, "password": PASSWORD})
    response = client.get(response["Location"])
    assert response["Location"] == reverse("account") + "#two-factor"
    assert client.post(reverse("mfa_passkey_add_begin")).status_code == 200


@pytest.mark.parametrize(
    "next_url", ["https://elsewhere.example/", "//elsewhere.example/", "javascript:alert(1)"]
)
def test_the_confirmation_goes_only_to_this_site_s_pages(user: Any, next_url: str) -> None:
    client = present(client_for(user))
    response = client.get(reverse("mfa_confirm"), {"next": next_url})
    assert response["Location"] == reverse("account") + "#two-factor"
    response = client.get(reverse("mfa_confirm"), {"next": reverse("home")})
    assert response["Location"] == reverse("home")


@pytest.mark.usefixtures("_throttled")
def test_a_passkey_confirms_once_and_a_forged_one_is_a_failed_sign_in(user: Any) -> None:
    client = client_for(user)
    response = client.post(reverse("mfa_confirm_passkey_begin"))
    assert response.status_code == 400  # no passkey to confirm with
    passkey_of(user)
    page = client.post(reverse("mfa_totp_remove"), follow=False)
    assert page.status_code == 404  # (no app)
    page = client.get(reverse("mfa_confirm")).content.decode()
    assert "Confirm with a passkey" in page
    options = client.post(reverse("mfa_confirm_passkey_begin")).json()
    assert [c["id"] for c in options["allowCredentials"]] == ["YQ"]
    forged = {"id": "YQ", "rawId": "YQ", "type": "public-key", "response": {}}
    complete = reverse("mfa_confirm_passkey_complete")
    response = client.post(complete, forged, content_type="application/json")
    assert response.status_code == 400 and "not accepted" in response.json()["detail"]
    assert AccessAttempt.objects.get(username=EMAIL).failures_since_start == 1
    # The challenge went with the answer: none is left to answer.
    assert passkeys.SIGN_IN_STATE not in client.session
    assert client.post(complete, forged, content_type="application/json").status_code == 400
    assert mfa.RECENT not in client.session


def test_the_confirmation_page_is_valid_html(user: Any) -> None:
    from tests.htmlcheck import assert_valid_html_pages

    with_authenticator(user)
    passkey_of(user)
    client = client_for(user)
    assert_valid_html_pages(
        {
            "confirm": client.post(reverse("mfa_totp_remove")).content,
            "wrong": client.post(reverse("mfa_totp_remove"), {**CONFIRM, "code": "1"}).content,
            "empty": client.post(reverse("mfa_recovery_remove"), CONFIRM).content,
        }
    )


# --- One email for the first method -------------------------------------------------------------


def test_the_first_passkey_and_its_recovery_codes_are_one_change(user: Any) -> None:
    device = passkey_of(user)
    codes = mfa.passkey_added(user, device, name="Laptop", by=user)
    assert len(codes) == mfa.RECOVERY_CODE_COUNT
    assert reasons(user) == ["Two-factor: passkey “Laptop” added, with new recovery codes"]
    assert len(mail.outbox) == 1
    second = passkey_of(user, "Key", b"b")
    assert mfa.passkey_added(user, second, name="Key", by=user) == []
    assert reasons(user)[-1] == "Two-factor: passkey “Key” added"


# --- Removed by an administrator ----------------------------------------------------------------


def test_an_administrator_s_removal_is_in_the_history_and_emailed(
    user: Any, admin_user: Any, settings: Any
) -> None:
    settings.MFA_REQUIRED_ROLES = ["secretariat"]
    device = with_authenticator(user)
    admin = client_for(admin_user)
    url = reverse("admin:otp_totp_totpdevice_delete", args=[device.pk])
    assert admin.get(url).status_code == 200
    response = admin.post(url, {"post": "yes"})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()
    # The last method: its recovery codes went with it, in the same change.
    assert not StaticDevice.objects.filter(user=user).exists()
    row = user.history.latest()
    assert row.history_user == admin_user
    assert row.history_change_reason == (
        f"Two-factor: authenticator app removed by an administrator, {admin_user.display_name}, "
        "with the recovery codes (they go with the last method)"
    )
    assert [m.to for m in mail.outbox] == [[EMAIL]]
    assert f"removed by an administrator, {admin_user.display_name}" in mail.outbox[0].body


def test_an_administrator_removes_a_selection_of_several_users_devices(
    user: Any, admin_user: Any
) -> None:
    other = make_user("other@mopac.example")
    mine, theirs = passkey_of(user), passkey_of(other, "Key", b"b")
    admin = client_for(admin_user)
    response = admin.post(
        reverse("admin:django_otp_webauthn_webauthncredential_changelist"),
        {"action": "delete_selected", "_selected_action": [mine.pk, theirs.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not WebAuthnCredential.objects.exists()
    assert sorted(m.to[0] for m in mail.outbox) == [EMAIL, "other@mopac.example"]
    assert reasons(other) == [
        f"Two-factor: passkey “Key” removed by an administrator, {admin_user.display_name}"
    ]


def test_an_administrator_may_look_and_remove_but_not_add_or_change(
    user: Any, admin_user: Any
) -> None:
    device = with_authenticator(user)
    admin = client_for(admin_user)
    assert admin.get(reverse("admin:otp_totp_totpdevice_add")).status_code == 403
    change = reverse("admin:otp_totp_totpdevice_change", args=[device.pk])
    assert admin.get(change).status_code == 200
    admin.post(change, {"user": user.pk, "name": "Mine now", "confirmed": "on"})
    device.refresh_from_db()
    assert device.name == "Authenticator app"


# --- The second step of signing in, held ---------------------------------------------------------


def test_a_password_waiting_for_its_code_is_forgotten_at_another_sign_in(user: Any) -> None:
    device = with_authenticator(user)
    make_user("other@mopac.example")
    client = Client()
    sign_in(client, EMAIL)
    assert mfa.PENDING in client.session
    sign_in(client, "other@mopac.example")  # someone else, at the same browser
    assert mfa.PENDING not in client.session
    response = client.post(reverse("mfa_verify"), {"code": code_for(device.key)})
    assert response["Location"] == reverse("login")
    assert client.session["_auth_user_id"] != str(user.pk)


def test_the_code_step_is_csrf_protected(user: Any) -> None:
    device = with_authenticator(user)
    passkey_of(user)
    client = Client(enforce_csrf_checks=True)
    session = client.session
    session[mfa.PENDING] = {"user": user.pk, "at": timezone.now().timestamp(), "next": ""}
    session.save()
    assert client.post(reverse("mfa_verify"), {"code": code_for(device.key)}).status_code == 403
    assert client.post(reverse("mfa_passkey_sign_in_begin")).status_code == 403
    assert "_auth_user_id" not in client.session
    signed_in = Client(enforce_csrf_checks=True)
    signed_in.force_login(user, backend="accounts.backends.EmailBackend")
    response = signed_in.post(reverse("mfa_totp_remove"), {**CONFIRM, "password": PASSWORD})
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=user).exists()


@pytest.mark.parametrize(
    "next_url", ["https://elsewhere.example/", "//elsewhere.example/x", "javascript:alert(1)"]
)
def test_the_code_step_goes_only_to_this_site_s_pages(user: Any, next_url: str) -> None:
    device = with_authenticator(user)
    client = Client()
    session = client.session
    session[mfa.PENDING] = {"user": user.pk, "at": timezone.now().timestamp(), "next": next_url}
    session.save()
    response = client.post(reverse("mfa_verify"), {"code": code_for(device.key)})
    assert response.status_code == 302
    assert response["Location"] == reverse("home")


@pytest.mark.usefixtures("_throttled")
def test_the_waiting_password_expires(user: Any, settings: Any) -> None:
    settings.MFA_PENDING_MINUTES = 5
    device = with_authenticator(user)
    client = Client()
    sign_in(client, EMAIL)
    session = client.session
    session[mfa.PENDING] = {**session[mfa.PENDING], "at": timezone.now().timestamp() - 5 * 60 - 1}
    session.save()
    assert client.post(reverse("mfa_passkey_sign_in_begin")).status_code == 403
    assert mfa.PENDING not in client.session
    response = client.post(reverse("mfa_verify"), {"code": code_for(device.key)})
    assert response["Location"] == reverse("login")
    assert "_auth_user_id" not in client.session


def test_who_must_enrol_reaches_only_enrolment_and_signing_out(
    settings: Any, secretariat: Any
) -> None:
    settings.MFA_REQUIRED_ROLES = ["secretariat"]
    client = Client()
    sign_in(client, secretariat.email)
    enrol = reverse("two_factor")
    # The API with the session, the admin, the account page: all back to enrolment.
    for path in ("/api/people/", reverse("admin:index"), reverse("account"), reverse("home")):
        assert client.get(path)["Location"] == enrol, path
    for name in ("mfa_recovery_new", "mfa_totp_remove", "sign_out_everywhere"):
        assert client.post(reverse(name))["Location"] == enrol, name
    # Enrolment and its confirmation (should the password given at sign-in lapse) are open.
    assert client.get(reverse("mfa_totp")).status_code == 200
    assert client.get(reverse("mfa_confirm"))["Location"] == enrol


def test_a_passkey_challenge_is_used_once_and_not_after_a_while(rf: Any, settings: Any) -> None:
    request = rf.post("/")
    request.session = {}
    passkeys._keep(request, "challenge", {"challenge": "x"})
    assert passkeys._take(request, "challenge") == {"challenge": "x"}
    assert passkeys._take(request, "challenge") is None
    passkeys._keep(request, "challenge", {"challenge": "x"})
    request.session["challenge"]["at"] -= settings.MFA_PENDING_MINUTES * 60 + 1
    assert passkeys._take(request, "challenge") is None
    assert "challenge" not in request.session


def test_someone_whose_organisation_signs_them_in_is_asked_for_a_code(
    user: Any, django_assert_max_num_queries: Any
) -> None:
    from meetings.models import Organisation
    from sso.models import IdentityProvider, ProviderDomain

    organisation = Organisation.objects.create(name="MOPAC", short_name="MOPAC")
    provider = IdentityProvider.objects.create(
        organisation=organisation,
        name="MOPAC account",
        issuer="https://login.mopac.example",
        client_id="prob",
        client_secret="secret",
    )
    ProviderDomain.objects.create(provider=provider, domain="mopac.example")
    device = with_authenticator(user)
    for n in range(3):
        passkey_of(user, f"Key {n}", bytes([n]))
    client = client_for(user)
    with django_assert_max_num_queries(20):
        page = client.post(reverse("mfa_recovery_remove")).content.decode()
    assert "sign in again with your MOPAC account" in page
    assert 'type="password"' not in page
    assert "A code from your authenticator app, or a recovery code" in page
    from tests.htmlcheck import assert_valid_html_pages

    assert_valid_html_pages({"tied to a provider": page.encode()})
    empty = client.post(reverse("mfa_recovery_remove"), {**CONFIRM, "password": PASSWORD})
    assert "Enter a code." in empty.content.decode()
    assert StaticDevice.objects.filter(user=user).exists()
    response = client.post(
        reverse("mfa_recovery_remove"), {**CONFIRM, "code": code_for(device.key)}
    )
    assert response.status_code == 302
    assert not StaticDevice.objects.filter(user=user).exists()
