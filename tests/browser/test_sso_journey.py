"""Single sign-on in Chromium: a board member whose email domain is tied to their
organisation's identity provider (a real OpenID Connect provider, tests/sso/provider.py)
signs in there and lands in PROB with their memberships; with and without JavaScript."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Board, Membership, Organisation
from sso.models import IdentityProvider, ProviderDomain
from tests.browser.axe import assert_no_axe_violations
from tests.conftest import make_user
from tests.sso.provider import CLIENT_ID, CLIENT_SECRET, PASSWORD, TIED_DOMAIN, TestProvider


@pytest.fixture
def oidc(live_server: Any, settings: Any) -> Iterator[TestProvider]:
    # The callback PROB names is on SITE_URL: here, the live server.
    settings.SITE_URL = live_server.url
    provider = TestProvider.start(redirect_uris=[f"{live_server.url}/sso/callback/"])
    yield provider
    provider.stop()


@pytest.fixture
def alice(oidc: TestProvider) -> Any:
    organisation = Organisation.objects.create(name="Contoso Police", short_name="CONTOSO")
    provider = IdentityProvider.objects.create(
        organisation=organisation,
        name="Contoso account",
        issuer=oidc.issuer,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
    )
    ProviderDomain.objects.create(provider=provider, domain=TIED_DOMAIN)
    board = Board.objects.create(name="Contoso Oversight Board", slug="contoso-board")
    return make_user(
        "alice.archer@contoso.example",
        person_name="Alice Archer",
        organisation=organisation,
        board=board,
        role=Membership.Role.BOARD_MEMBER,
    )


def _at_the_provider(page: Page) -> None:
    expect(page.get_by_role("heading", name="Test identity provider")).to_be_visible()
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in at the provider").click()


def _landed(page: Page, live_server: Any) -> None:
    expect(page.get_by_text("Signed in as Alice Archer, CONTOSO.")).to_be_visible()
    assert page.url == f"{live_server.url}/boards/contoso-board/"
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("(board member)")


def test_a_tied_member_signs_in_at_their_provider(page: Page, live_server: Any, alice: Any) -> None:
    for width, height in ((1280, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.goto(live_server.url + "/sso/")
        assert_no_axe_violations(page)
        page.goto(live_server.url + "/accounts/login/")
        assert_no_axe_violations(page)

    page.set_viewport_size({"width": 1280, "height": 900})
    # The address alone, and Enter: the page sends it to the provider, no password asked.
    page.get_by_label("Email address").fill("Alice.Archer@contoso.example")
    page.get_by_label("Email address").press("Enter")
    _at_the_provider(page)

    _landed(page, live_server)
    assert_no_axe_violations(page)
    page.set_viewport_size({"width": 390, "height": 844})
    assert_no_axe_violations(page)
    page.goto(live_server.url + "/accounts/")
    expect(page.get_by_role("main")).to_contain_text("Contoso Oversight Board: Board member")


def test_it_works_without_javascript(page_without_js: Page, live_server: Any, alice: Any) -> None:
    page = page_without_js
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_role("link", name="sign in with your organisation's account").click()
    page.get_by_label("Your work email address").fill(alice.email)
    page.get_by_role("button", name="Continue").click()
    _at_the_provider(page)

    _landed(page, live_server)
