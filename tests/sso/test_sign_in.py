"""Signing in at an organisation's identity provider: a real OpenID Connect provider
(tests/sso/provider.py), PROB's sign-in form and its callback through the test client."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from accounts.models import UserSession
from meetings.models import Board, Meeting, Membership, Person
from meetings.services.directory import person_save
from sso.models import IdentityProvider, ProviderLink, SignInAddress
from tests.conftest import PASSWORD
from tests.sso.conftest import begin, callback_path, member_without_account, sign_in
from tests.sso.provider import TestProvider

pytestmark = pytest.mark.django_db


def test_a_member_of_a_tied_domain_signs_in_at_the_provider(
    oidc: TestProvider, alice: Any, sso_board: Board
) -> None:
    client = Client()
    # Typed in any case: the domain is found, and the account matched, whatever the case.
    to_provider = begin(client, "Alice.Archer@CONTOSO.example")
    assert to_provider.startswith(oidc.issuer + "/auth?")
    query = parse_qs(urlsplit(to_provider).query)
    assert query["code_challenge_method"] == ["S256"]
    assert query["code_challenge"][0] and query["state"][0] and query["nonce"][0]
    assert query["login_hint"] == ["alice.archer@contoso.example"]
    assert query["scope"] == ["openid email profile"]
    assert "_auth_user_id" not in client.session

    response = client.get(callback_path(oidc.sign_in(to_provider, "alice")))

    # Where a password sign-in lands: the board member on their board.
    assert response.status_code == 302
    assert response["Location"] == sso_board.get_absolute_url()
    assert client.session["_auth_user_id"] == str(alice.pk)
    landing = client.get(response["Location"])
    assert "Signed in as Alice Archer, CONTOSO." in landing.content.decode()
    # The session machinery of a password sign-in: the session listed, the browser known.
    assert UserSession.objects.filter(user=alice).count() == 1
    assert alice.known_browsers.count() == 1
    # The link, and the sign-in, in the history.
    link = ProviderLink.objects.get(user=alice)
    reason = link.history.get().history_change_reason
    assert reason == "Linked at the first sign-in through Contoso account"
    assert alice.history.filter(
        history_change_reason="Signed in through Contoso account (single sign-on); "
        "linked to their account at Contoso account"
    ).exists()


def test_a_second_sign_in_uses_the_link_and_a_new_browser_is_emailed(
    oidc: TestProvider, alice: Any
) -> None:
    assert sign_in(Client(), oidc, alice.email, "alice").status_code == 302
    mail.outbox.clear()
    assert sign_in(Client(), oidc, alice.email, "alice").status_code == 302

    assert ProviderLink.objects.filter(user=alice).count() == 1
    assert alice.history.filter(
        history_change_reason="Signed in through Contoso account (single sign-on)"
    ).exists()
    reasons = list(
        ProviderLink.objects.get(user=alice).history.values_list("history_change_reason", flat=True)
    )
    assert "Signed in through Contoso account" in reasons
    assert len(mail.outbox) == 1
    assert alice.email in mail.outbox[0].to


def test_a_tied_domain_never_signs_in_with_a_password(oidc: TestProvider, alice: Any) -> None:
    client = Client()
    response = client.post("/accounts/login/", {"username": alice.email, "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"].startswith(oidc.issuer + "/auth?")
    assert "_auth_user_id" not in client.session
    assert not AccessAttempt.objects.exists()


def test_the_sign_in_page_says_so_and_lets_its_form_go_to_the_provider(
    oidc: TestProvider, contoso: IdentityProvider
) -> None:
    response = Client().get("/accounts/login/")

    assert "sign in with your organisation" in response.content.decode()
    assert f"form-action 'self' {oidc.issuer}" in response["Content-Security-Policy"]


def test_a_person_with_a_membership_and_no_account_gets_one(
    oidc: TestProvider, contoso: IdentityProvider, sso_board: Board
) -> None:
    person = member_without_account(contoso, sso_board, "Nia New")
    SignInAddress.objects.create(person=person, email="Nia.New@contoso.example")
    client = Client()

    response = sign_in(client, oidc, "nia.new@contoso.example", "newcomer")

    assert response.status_code == 302
    assert response["Location"] == sso_board.get_absolute_url()
    person.refresh_from_db()
    user = person.user
    assert user.email == "nia.new@contoso.example"
    assert not user.has_usable_password()
    assert client.session["_auth_user_id"] == str(user.pk)
    assert user.history.filter(
        history_type="+",
        history_change_reason="Account made at the first sign-in through Contoso account",
    ).exists()
    assert ProviderLink.objects.filter(user=user, provider=contoso).exists()


def test_a_first_sign_in_moves_no_record_and_a_rename_still_does(
    oidc: TestProvider, contoso: IdentityProvider, seed_meeting: Meeting
) -> None:
    """The account made at a first sign-in is linked to its person through the directory's
    service, which moves a record only for what it shows of the person (a name, an
    organisation): the records the person attends are not made again; a rename is."""
    person = seed_meeting.attendances.filter(person__user__isnull=True).first().person
    Membership.objects.create(
        person=person,
        board=seed_meeting.board,
        role=Membership.Role.BOARD_MEMBER,
        start_date=datetime.date(2020, 1, 1),
    )
    SignInAddress.objects.create(person=person, email="nia.new@contoso.example")

    def revisions() -> tuple[int, int]:
        return Meeting.objects.values_list("revision", "content_revision").get(pk=seed_meeting.pk)

    before = revisions()

    assert sign_in(Client(), oidc, "nia.new@contoso.example", "newcomer").status_code == 302

    person.refresh_from_db()
    assert person.user.email == "nia.new@contoso.example"
    linked = person.history.latest()
    assert linked.history_user == person.user
    assert linked.history_change_reason == (
        "Account made at the first sign-in through Contoso account"
    )
    assert revisions() == before
    person.name = "Ms Nia Renamed"
    person_save(person=person, by=None, reason="Renamed")
    assert all(now > then for now, then in zip(revisions(), before, strict=True))


def _nothing_written() -> tuple[int, ...]:
    return (
        get_user_model().objects.count(),
        ProviderLink.objects.count(),
        Person.objects.filter(user__isnull=False).count(),
        UserSession.objects.count(),
    )


@pytest.mark.parametrize(
    ("login", "says"),
    [
        ("outsider", "There is no PROB account for oscar.out@contoso.example"),
        ("unverified", "has not verified the address una.ver@contoso.example"),
        ("noclaim", "has not verified the address nora.noclaim@contoso.example"),
        ("elsewhere", "signs in only its own organisation"),
    ],
)
def test_it_refuses_whom_it_cannot_vouch_for(
    oidc: TestProvider, alice: Any, login: str, says: str
) -> None:
    client = Client()
    before = _nothing_written()

    response = sign_in(client, oidc, alice.email, login)

    assert response.status_code == 403
    assert says in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert _nothing_written() == before
    assert AccessFailureLog.objects.count() == 1


def test_a_sign_in_address_without_a_current_membership_gets_no_account(
    oidc: TestProvider, contoso: IdentityProvider, sso_board: Board
) -> None:
    person = member_without_account(contoso, sso_board, "Nia New")
    Membership.objects.filter(person=person).update(end_date="2021-01-01")
    SignInAddress.objects.create(person=person, email="nia.new@contoso.example")
    before = _nothing_written()

    response = sign_in(Client(), oidc, "nia.new@contoso.example", "newcomer")

    assert response.status_code == 403
    assert "There is no PROB account for nia.new@contoso.example" in response.content.decode()
    assert _nothing_written() == before


def test_a_provider_trusted_for_its_domains_needs_no_email_verified_claim(
    oidc: TestProvider, contoso: IdentityProvider, sso_board: Board
) -> None:
    """As Microsoft Entra ID, which sends no email_verified claim."""
    contoso.trusted_for_domains = True
    contoso.save()
    user = get_user_model().objects.create_user(email="nora.noclaim@contoso.example")

    response = sign_in(Client(), oidc, user.email, "noclaim")

    assert response.status_code == 302
    assert ProviderLink.objects.filter(user=user).exists()


def test_the_way_back_keeps_the_page_asked_for(oidc: TestProvider, alice: Any) -> None:
    client = Client()
    response = client.post(
        "/accounts/login/", {"username": alice.email, "password": "", "next": "/accounts/"}
    )
    back = client.get(callback_path(oidc.sign_in(response["Location"], "alice")))

    assert back["Location"] == "/accounts/"


def test_a_provider_out_of_reach_is_said_so(contoso: IdentityProvider, alice: Any) -> None:
    contoso.issuer = "http://127.0.0.1:9"  # nothing listens there
    contoso.save()
    client = Client()

    response = client.post("/accounts/login/", {"username": alice.email, "password": ""})

    assert response.status_code == 502
    assert "could not reach Contoso account" in response.content.decode()
    assert not [key for key, _value in client.session.items() if key.startswith("sso_")]


def test_a_provider_naming_another_issuer_is_not_used(
    oidc: TestProvider, contoso: IdentityProvider, alice: Any
) -> None:
    """Discovery's issuer must be the one configured, character for character."""
    contoso.issuer = oidc.issuer.replace("127.0.0.1", "localhost")
    contoso.save()

    response = Client().post("/accounts/login/", {"username": alice.email, "password": ""})

    assert response.status_code == 502
