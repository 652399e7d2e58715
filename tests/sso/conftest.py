"""What the single sign-on tests share: a real OpenID Connect provider (tests/sso/provider.py)
for the module, Contoso (an organisation whose domain is tied to it), and a board."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.test import Client

from meetings.models import Board, Membership, Organisation, Person
from sso.models import IdentityProvider, ProviderDomain
from tests.conftest import make_user
from tests.sso.provider import CLIENT_ID, CLIENT_SECRET, TIED_DOMAIN, TestProvider

SITE = "http://testserver"
CALLBACK = f"{SITE}/sso/callback/"


@pytest.fixture(scope="module")
def oidc() -> Iterator[TestProvider]:
    # ID tokens last a minute, so that a test can let one expire (past Authlib's 2 minutes'
    # leeway) by moving PROB's clock, not by waiting.
    provider = TestProvider.start(redirect_uris=[CALLBACK], id_token_seconds=60)
    yield provider
    provider.stop()


@pytest.fixture(autouse=True)
def _site(settings: Any) -> Iterator[None]:
    """The callback address PROB gives the provider is on SITE_URL: the test client's host."""
    settings.SITE_URL = SITE
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contoso(db: None, oidc: TestProvider) -> IdentityProvider:
    organisation = Organisation.objects.create(name="Contoso Police", short_name="CONTOSO")
    provider = IdentityProvider.objects.create(
        organisation=organisation,
        name="Contoso account",
        issuer=oidc.issuer,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
    )
    ProviderDomain.objects.create(provider=provider, domain=TIED_DOMAIN)
    return provider


@pytest.fixture
def sso_board(db: None) -> Board:
    return Board.objects.create(name="Contoso Oversight Board", slug="contoso-board")


@pytest.fixture
def alice(contoso: IdentityProvider, sso_board: Board) -> Any:
    """A board member of Contoso with a PROB account (stored in lower case)."""
    return make_user(
        "alice.archer@contoso.example",
        person_name="Alice Archer",
        organisation=contoso.organisation,
        board=sso_board,
        role=Membership.Role.BOARD_MEMBER,
    )


def member_without_account(provider: IdentityProvider, board: Board, name: str) -> Person:
    person = Person.objects.create(name=name, organisation=provider.organisation)
    Membership.objects.create(
        person=person,
        board=board,
        role=Membership.Role.BOARD_MEMBER,
        start_date=datetime.date(2020, 1, 1),
    )
    return person


def begin(client: Client, email: str, **extra: Any) -> str:
    """The sign-in form posted with `email` (no password); returns the provider's address."""
    response = client.post("/accounts/login/", {"username": email, "password": ""}, **extra)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def callback_path(url: str) -> str:
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == CALLBACK, url
    return f"{parts.path}?{parts.query}"


def sign_in(client: Client, oidc: TestProvider, email: str, login: str) -> Any:
    """The whole journey: PROB's sign-in form, the provider's, and back to PROB."""
    return client.get(callback_path(oidc.sign_in(begin(client, email), login)))
