import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import KnownBrowser
from tests.accounts.conftest import sign_in
from tests.conftest import PASSWORD


def test_it_shows_the_sign_in_form(client: Client, db: None) -> None:
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert 'type="email"' in response.content.decode()


def test_it_signs_in_with_email_and_password(client: Client, user: Any) -> None:
    response = sign_in(client, "clerk@mopac.example")
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert client.session["_auth_user_id"] == str(user.pk)


def test_it_ignores_the_case_of_the_email(client: Client, user: Any) -> None:
    sign_in(client, "Clerk@MOPAC.Example")
    assert client.session["_auth_user_id"] == str(user.pk)


def test_it_goes_on_to_the_page_asked_for(client: Client, user: Any) -> None:
    response = client.post(
        reverse("login"),
        {"username": "clerk@mopac.example", "password": PASSWORD, "next": reverse("account")},
    )
    assert response["Location"] == reverse("account")


def test_it_refuses_a_wrong_password(client: Client, user: Any) -> None:
    response = sign_in(client, "clerk@mopac.example", "not-the-password")
    assert response.status_code == 200
    assert "Enter a correct email address and password." in response.content.decode()
    assert "_auth_user_id" not in client.session


def without_token(html: str) -> str:
    # The CSRF token is masked afresh on every response.
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_it_says_the_same_for_an_unknown_email(client: Client, user: Any) -> None:
    known = sign_in(client, "clerk@mopac.example", "not-the-password").content.decode()
    unknown = sign_in(client, "nobody@mopac.example", "not-the-password").content.decode()
    assert without_token(known.replace("clerk@", "nobody@")) == without_token(unknown)


def test_it_does_not_sign_in_a_deactivated_user(client: Client, user: Any) -> None:
    user.is_active = False
    user.save()
    sign_in(client, "clerk@mopac.example")
    assert "_auth_user_id" not in client.session


def test_it_keeps_the_password_out_of_the_form(client: Client, user: Any) -> None:
    response = sign_in(client, "clerk@mopac.example", "not-the-password-shown")
    assert "not-the-password-shown" not in response.content.decode()


def test_it_signs_out_on_post(client: Client, user: Any) -> None:
    client.force_login(user, backend="accounts.backends.EmailBackend")
    response = client.post(reverse("logout"))
    assert response["Location"] == reverse("home")
    assert "_auth_user_id" not in client.session


def test_it_does_not_sign_out_on_get(client: Client, user: Any) -> None:
    client.force_login(user, backend="accounts.backends.EmailBackend")
    assert client.get(reverse("logout")).status_code == 405
    assert client.session["_auth_user_id"] == str(user.pk)


def test_it_offers_sign_out_as_a_form(client: Client, user: Any) -> None:
    client.force_login(user, backend="accounts.backends.EmailBackend")
    html = client.get(reverse("home")).content.decode()
    assert f'<form method="post" action="{reverse("logout")}"' in html


def test_it_does_not_send_on_to_another_site(client: Client, user: Any) -> None:
    response = client.post(
        reverse("login"),
        {"username": "clerk@mopac.example", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("home")


@pytest.mark.parametrize(
    ("who", "lands_on"),
    [
        ("secretariat", "/boards/performance-and-risk-oversight-board/"),
        ("action_owner", "/actions/mine/"),
        ("board_member", "/boards/performance-and-risk-oversight-board/"),
    ],
)
def test_it_lands_each_role_where_its_work_is(
    circulated_meeting: Any, request: pytest.FixtureRequest, who: str, lands_on: str
) -> None:
    user = request.getfixturevalue(who)
    response = Client().post("/accounts/login/", {"username": user.email, "password": PASSWORD})
    assert response["Location"] == lands_on


def test_it_goes_where_it_was_asked_to(circulated_meeting: Any, secretariat: Any) -> None:
    response = Client().post(
        "/accounts/login/?next=/actions/", {"username": secretariat.email, "password": PASSWORD}
    )
    assert response["Location"] == "/actions/"


def test_it_signs_in_in_a_constant_number_of_queries(
    client: Client, user: Any, django_assert_num_queries: Any
) -> None:
    """Throttling, the two-factor check, the session and its record, `last_login`, the
    known browser and the landing page's address: no query for the identity
    providers' form policy on the redirect (it has no form), the providers looked up once (not
    again by the password backends), the person and organisation read with the user, the two
    kinds of method in one query, axes' two deletions in one, the memberships read once, the
    session's new key written once (prob.sessions), `last_login` stamped by one UPDATE with
    no history row of nothing changed, no read for a record of a key just made. 34 before
    (issue 16)."""
    with django_assert_num_queries(18):
        response = sign_in(client, "clerk@mopac.example")
    assert response.status_code == 302


# Each sample role's sign-in (their person, organisation and memberships read), and the page
# it lands on, in a constant number of queries: one more for a board member than the
# secretariat (whether any action is theirs, before their board). The page's counts are its
# own views' (board page, My actions), the user read with their memberships and whether an
# action names them (accounts.backends; 9, 8 and 9 before). 33, 35 and 35 for the sign-in
# before (issue 16).
SIGN_IN_QUERIES = {"secretariat": 18, "action_owner": 18, "board_member": 19}
LANDING_QUERIES = {"secretariat": 7, "action_owner": 7, "board_member": 7}


@pytest.mark.parametrize("who", sorted(SIGN_IN_QUERIES))
def test_each_role_signs_in_and_lands_in_a_constant_number_of_queries(
    circulated_meeting: Any,
    request: pytest.FixtureRequest,
    who: str,
    django_assert_num_queries: Any,
) -> None:
    user = request.getfixturevalue(who)
    client = Client()
    with django_assert_num_queries(SIGN_IN_QUERIES[who]):
        response = sign_in(client, user.email)
    assert response.status_code == 302
    with django_assert_num_queries(LANDING_QUERIES[who]):
        page = client.get(response["Location"])
    assert page.status_code == 200
    assert f"Signed in as {user.display_name}." in page.content.decode()


def test_a_known_browser_signs_in_with_a_query_fewer(
    client: Client, user: Any, django_assert_num_queries: Any
) -> None:
    """The browser is recorded once: signing in on it again reads it, and writes nothing."""
    sign_in(client, "clerk@mopac.example")
    client.post(reverse("logout"))
    with django_assert_num_queries(15):
        response = sign_in(client, "clerk@mopac.example")
    assert response.status_code == 302
    assert KnownBrowser.objects.filter(user=user).count() == 1
