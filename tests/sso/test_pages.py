"""The page that asks for a work address, the admin's page for a provider, and two-factor
left to the provider."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from sso.models import IdentityProvider
from tests.conftest import client_for, make_user
from tests.htmlcheck import assert_valid_html_pages
from tests.sso.conftest import sign_in
from tests.sso.provider import CLIENT_SECRET, TestProvider

pytestmark = pytest.mark.django_db


def test_it_asks_for_the_work_address(
    oidc: TestProvider, contoso: IdentityProvider, django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(3):
        response = Client().get("/sso/?email=alice@contoso.example")

    text = response.content.decode()
    assert response.status_code == 200
    assert 'for="id_email"' in text and 'id="id_email"' in text
    assert 'value="alice@contoso.example"' in text
    assert f"form-action 'self' {oidc.issuer}" in response["Content-Security-Policy"]


def test_it_sends_a_tied_address_to_its_provider(oidc: TestProvider, alice: Any) -> None:
    client = Client()
    response = client.post("/sso/", {"email": alice.email, "next": "/accounts/"})

    assert response.status_code == 302
    assert response["Location"].startswith(oidc.issuer + "/auth?")


@pytest.mark.parametrize(
    ("email", "says"),
    [
        ("someone@mopac.example", "Addresses at mopac.example do not sign in through"),
        ("not an address", "Enter a valid email address."),
        ("", "This field is required."),
    ],
)
def test_it_refuses_an_address_it_cannot_send_anywhere(
    contoso: IdentityProvider, email: str, says: str
) -> None:
    client = Client()
    response = client.post("/sso/", {"email": email})

    assert response.status_code == 400
    assert says in response.content.decode()
    assert not [key for key, _value in client.session.items() if key.startswith("sso_")]


def test_the_signed_in_are_sent_on(alice: Any) -> None:
    assert client_for(alice).get("/sso/").status_code == 302


def test_an_address_of_an_inactive_provider_signs_in_with_a_password(
    contoso: IdentityProvider, alice: Any
) -> None:
    contoso.active = False
    contoso.save()
    client = Client()

    response = client.post(
        "/accounts/login/", {"username": alice.email, "password": "a-long-test-password"}
    )

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(alice.pk)


def test_a_switched_off_account_is_refused(oidc: TestProvider, alice: Any) -> None:
    alice.is_active = False
    alice.save()
    client = Client()

    response = sign_in(client, oidc, alice.email, "alice")

    assert response.status_code == 403
    assert "switched off" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_two_factor_is_the_providers(oidc: TestProvider, alice: Any, settings: Any) -> None:
    """Neither PROB's code step nor its enrolment: the provider had its own second factor."""
    settings.MFA_REQUIRED_ROLES = ["board_member"]
    TOTPDevice.objects.create(user=alice, name="Authenticator app", confirmed=True)
    client = Client()

    response = sign_in(client, oidc, alice.email, "alice")

    assert response.status_code == 302
    assert response["Location"] == "/boards/contoso-board/"
    assert client.get(response["Location"]).status_code == 200


# --- The admin --------------------------------------------------------------------------------


def test_the_admin_never_shows_the_secret(admin_client: Client, contoso: IdentityProvider) -> None:
    page = admin_client.get(f"/admin/sso/identityprovider/{contoso.pk}/change/")

    text = page.content.decode()
    assert page.status_code == 200
    assert CLIENT_SECRET not in text
    assert f"ending …{CLIENT_SECRET[-4:]}" in text


def test_the_admin_keeps_the_secret_when_left_blank(
    admin_client: Client, contoso: IdentityProvider
) -> None:
    domain = contoso.domains.get()
    data = {
        "organisation": contoso.organisation_id,
        "name": "Contoso work account",
        "issuer": contoso.issuer,
        "client_id": contoso.client_id,
        "client_secret": "",
        "active": "on",
        "domains-TOTAL_FORMS": "1",
        "domains-INITIAL_FORMS": "1",
        "domains-MIN_NUM_FORMS": "0",
        "domains-MAX_NUM_FORMS": "1000",
        "domains-0-id": str(domain.pk),
        "domains-0-provider": str(contoso.pk),
        "domains-0-domain": "Contoso.example",
    }

    response = admin_client.post(f"/admin/sso/identityprovider/{contoso.pk}/change/", data)

    assert response.status_code == 302, response.content.decode()[:3000]
    contoso.refresh_from_db()
    assert contoso.name == "Contoso work account"
    assert contoso.client_secret == CLIENT_SECRET
    assert contoso.domains.get().domain == "contoso.example"
    # Who changed it is in its history; its secret is not.
    assert not hasattr(contoso.history.first(), "client_secret")


def test_the_admin_refuses_an_issuer_over_plain_http(
    admin_client: Client, contoso: IdentityProvider
) -> None:
    response = admin_client.post(
        "/admin/sso/identityprovider/add/",
        {
            "organisation": contoso.organisation_id,
            "name": "Fabrikam",
            "issuer": "http://login.fabrikam.example/v2.0",
            "client_id": "id",
            "client_secret": "secret",
            "domains-TOTAL_FORMS": "0",
            "domains-INITIAL_FORMS": "0",
            "domains-MIN_NUM_FORMS": "0",
            "domains-MAX_NUM_FORMS": "1000",
        },
    )

    assert response.status_code == 200
    assert "The issuer must be an https:// address." in response.content.decode()
    assert IdentityProvider.objects.count() == 1


def test_its_pages_are_valid_html(contoso: IdentityProvider) -> None:
    client = Client()
    assert_valid_html_pages(
        {
            "/sso/": client.get("/sso/").content,
            "/sso/ (refused)": client.post("/sso/", {"email": "a@mopac.example"}).content,
            "/sso/callback/": client.get("/sso/callback/?state=forged&code=x").content,
            "/accounts/login/": client.get("/accounts/login/").content,
        }
    )


def test_the_admins_sign_in_refuses_a_tied_domains_password(contoso: IdentityProvider) -> None:
    staff = make_user("admin@contoso.example", is_staff=True, is_superuser=True)
    client = Client()

    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": staff.email, "password": "a-long-test-password", "next": "/admin/"},
    )

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
