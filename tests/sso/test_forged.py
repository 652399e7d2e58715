"""Replayed and forged answers from a provider are refused with a clear message, change
nothing, and count as failed sign-ins in django-axes."""

from __future__ import annotations

import datetime
import time
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import pytest
import time_machine
from axes.models import AccessFailureLog
from django.test import Client
from joserfc import jwt
from joserfc.errors import BadSignatureError, ExpiredTokenError, InvalidClaimError
from joserfc.jwk import RSAKey

from sso import oidc
from sso.models import IdentityProvider, ProviderLink
from tests.sso.conftest import begin, callback_path
from tests.sso.provider import CLIENT_ID, TestProvider

pytestmark = pytest.mark.django_db


def _refused(response: Any, says: str) -> None:
    __tracebackhide__ = True
    assert response.status_code == 400, response.status_code
    text = response.content.decode()
    assert "Not signed in" in text
    assert says in text, text


def test_an_answer_used_twice_is_refused(oidc: TestProvider, alice: Any) -> None:
    client = Client()
    back = callback_path(oidc.sign_in(begin(client, alice.email), "alice"))
    assert client.get(back).status_code == 302
    client.post("/accounts/logout/")

    _refused(client.get(back), "does not belong to a sign-in started in this browser")
    assert "_auth_user_id" not in client.session
    assert AccessFailureLog.objects.count() == 1


def test_an_answer_to_another_browser_is_refused(oidc: TestProvider, alice: Any) -> None:
    back = callback_path(oidc.sign_in(begin(Client(), alice.email), "alice"))
    attacker = Client()

    _refused(attacker.get(back), "does not belong to a sign-in started in this browser")
    assert "_auth_user_id" not in attacker.session
    assert not ProviderLink.objects.exists()


def test_a_forged_state_is_refused(oidc: TestProvider, alice: Any) -> None:
    client = Client()
    back = callback_path(oidc.sign_in(begin(client, alice.email), "alice"))
    parts = urlsplit(back)
    query = parse_qs(parts.query)
    query["state"] = ["forged-state"]

    _refused(
        client.get(urlunsplit(("", "", parts.path, urlencode(query, doseq=True), ""))),
        "does not belong to a sign-in started in this browser",
    )
    assert AccessFailureLog.objects.count() == 1


def test_a_code_used_again_in_a_new_sign_in_is_refused(oidc: TestProvider, alice: Any) -> None:
    """An old code, sent back with the state of a sign-in now under way: the provider refuses
    it (used already, and not for this sign-in's PKCE verifier)."""
    client = Client()
    first = urlsplit(oidc.sign_in(begin(client, alice.email), "alice"))
    assert client.get(f"{first.path}?{first.query}").status_code == 302
    client.post("/accounts/logout/")
    second = parse_qs(urlsplit(begin(client, alice.email)).query)
    old_code = parse_qs(first.query)["code"][0]

    response = client.get(
        "/sso/callback/?" + urlencode({"code": old_code, "state": second["state"][0]})
    )

    _refused(response, "the provider refused it (invalid_grant)")
    assert "_auth_user_id" not in client.session


def test_a_wrong_nonce_is_refused(oidc: TestProvider, alice: Any) -> None:
    """The provider signs whatever nonce the browser carried there: one not this sign-in's."""
    client = Client()
    to_provider = urlsplit(begin(client, alice.email))
    query = parse_qs(to_provider.query)
    query["nonce"] = ["a-nonce-of-someone-elses"]
    tampered = urlunsplit(to_provider._replace(query=urlencode(query, doseq=True)))

    response = client.get(callback_path(oidc.sign_in(tampered, "alice")))

    _refused(response, "has the wrong nonce")
    assert not ProviderLink.objects.exists()


def test_an_expired_id_token_is_refused(oidc: TestProvider, alice: Any) -> None:
    """The test provider's ID tokens last a minute; PROB allows two minutes' clock skew."""
    client = Client()
    back = callback_path(oidc.sign_in(begin(client, alice.email), "alice"))

    later = datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(minutes=5)
    with time_machine.travel(later):
        response = client.get(back)

    _refused(response, "has expired")
    assert "_auth_user_id" not in client.session


def test_failed_answers_lock_the_sign_in_out(oidc: TestProvider, alice: Any, settings: Any) -> None:
    """Answers with no sign-in under way name no one: the address's own limit applies."""
    settings.AXES_ADDRESS_FAILURE_LIMIT = settings.AXES_FAILURE_LIMIT
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.get("/sso/callback/?code=x&state=forged")

    # Even a genuine answer is refused now, from this address.
    response = client.get(callback_path(oidc.sign_in(begin(client, alice.email), "alice")))

    assert response.status_code == settings.AXES_HTTP_RESPONSE_CODE
    assert "_auth_user_id" not in client.session


# --- The ID token's checks, on tokens forged with the provider's own key or another ----------


def _token(oidc: TestProvider, key: RSAKey | None = None, **changes: Any) -> dict[str, str]:
    now = int(time.time())
    claims = {
        "iss": oidc.issuer,
        "aud": CLIENT_ID,
        "sub": "alice",
        "email": "alice.archer@contoso.example",
        "email_verified": True,
        "nonce": "the-nonce",
        "iat": now,
        "exp": now + 300,
        **changes,
    }
    signing = key or oidc.key
    header = {"alg": "RS256", "kid": signing.kid}
    return {"id_token": jwt.encode(header, claims, signing), "access_token": "at"}


def _check(contoso: IdentityProvider, token: dict[str, str]) -> Any:
    client = oidc.client_for(contoso)
    return client.parse_id_token(
        token, nonce="the-nonce", claims_options=oidc.claims_options(contoso)
    )


def test_a_token_signed_by_the_provider_passes(
    oidc: TestProvider, contoso: IdentityProvider
) -> None:
    assert _check(contoso, _token(oidc))["sub"] == "alice"


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"iss": "https://login.example/evil"}, InvalidClaimError),
        ({"aud": "another-client"}, InvalidClaimError),
        ({"aud": ["another-client"], "azp": CLIENT_ID}, InvalidClaimError),
        ({"exp": int(time.time()) - 3600}, ExpiredTokenError),
        ({"nonce": "another-nonce"}, InvalidClaimError),
    ],
    ids=["issuer", "audience", "audience-with-azp", "expired", "nonce"],
)
def test_a_token_with_wrong_claims_is_refused(
    oidc: TestProvider, contoso: IdentityProvider, changes: dict[str, Any], error: type
) -> None:
    with pytest.raises(error):
        _check(contoso, _token(oidc, **changes))


def test_a_token_signed_by_another_key_is_refused(
    oidc: TestProvider, contoso: IdentityProvider
) -> None:
    forger = RSAKey.generate_key(2048, parameters={"kid": oidc.key.kid})
    with pytest.raises(BadSignatureError):
        _check(contoso, _token(oidc, key=forger))


def test_an_unsigned_token_is_refused(oidc: TestProvider, contoso: IdentityProvider) -> None:
    header = "eyJhbGciOiJub25lIn0"  # {"alg":"none"}
    good = _token(oidc)["id_token"].split(".")
    with pytest.raises(oidc_errors()):
        _check(contoso, {"id_token": f"{header}.{good[1]}.", "access_token": "at"})


def oidc_errors() -> tuple[type[Exception], ...]:
    return oidc.FLOW_ERRORS
