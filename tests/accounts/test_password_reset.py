import re
from typing import Any
from urllib.parse import urlsplit

from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.tasks import password_reset_send
from tests.conftest import client_for

NEW_PASSWORD = "a-brand-new-password-42"


def ask_for_reset(client: Client, email: str) -> Any:
    return client.post(reverse("password_reset"), {"email": email})


def reset_url() -> str:
    (message,) = mail.outbox
    match = re.search(r"https?://\S+", message.body)
    assert match is not None
    return match[0]


def reset_link() -> str:
    return urlsplit(reset_url()).path


def test_it_sends_one_email_with_a_link(client: Client, user: Any) -> None:
    ask_for_reset(client, "clerk@mopac.example")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["clerk@mopac.example"]
    assert "/accounts/password/reset/" in mail.outbox[0].body


def test_it_says_check_your_email(client: Client, user: Any) -> None:
    response = ask_for_reset(client, "clerk@mopac.example")
    assert response["Location"] == reverse("password_reset_done")
    assert "Check your email" in client.get(response["Location"]).content.decode()


def test_it_finds_the_account_whatever_the_case(client: Client, user: Any) -> None:
    ask_for_reset(client, "Clerk@MOPAC.example")
    assert len(mail.outbox) == 1


def test_it_sends_nothing_for_an_unknown_email(client: Client, user: Any) -> None:
    response = ask_for_reset(client, "nobody@mopac.example")
    assert response["Location"] == reverse("password_reset_done")
    assert mail.outbox == []


def test_it_lets_the_link_set_a_new_password(client: Client, user: Any) -> None:
    ask_for_reset(client, "clerk@mopac.example")
    form_url = client.get(reset_link())["Location"]
    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response["Location"] == reverse("password_reset_complete")
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_it_shows_the_new_password_form(client: Client, user: Any) -> None:
    ask_for_reset(client, "clerk@mopac.example")
    response = client.get(client.get(reset_link())["Location"])
    assert "Choose a new password" in response.content.decode()


def test_it_takes_a_link_only_once(client: Client, user: Any) -> None:
    ask_for_reset(client, "clerk@mopac.example")
    link = reset_link()
    form_url = client.get(link)["Location"]
    client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert "This link no longer works" in Client().get(link).content.decode()


def test_it_refuses_a_tampered_link(client: Client, user: Any) -> None:
    ask_for_reset(client, "clerk@mopac.example")
    html = client.get(reset_link()[:-3] + "xx/").content.decode()
    assert "This link no longer works" in html


def test_it_signs_out_sessions_from_before_the_reset(client: Client, user: Any) -> None:
    signed_in = client_for(user)
    ask_for_reset(client, "clerk@mopac.example")
    form_url = client.get(reset_link())["Location"]
    client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert signed_in.get(reverse("account")).status_code == 302


def test_it_sends_nothing_during_the_request(client: Client, user: Any, queued: list) -> None:
    ask_for_reset(client, "clerk@mopac.example")
    assert mail.outbox == []
    assert len(queued) == 1


def test_it_queues_the_same_for_an_unknown_email(client: Client, user: Any, queued: list) -> None:
    ask_for_reset(client, "nobody@mopac.example")
    assert len(queued) == 1


def test_it_does_the_same_work_for_a_known_and_an_unknown_email(
    client: Client, user: Any, queued: list
) -> None:
    with CaptureQueriesContext(connection) as known:
        ask_for_reset(client, "clerk@mopac.example")
    with CaptureQueriesContext(connection) as unknown:
        ask_for_reset(client, "nobody@mopac.example")
    assert len(known) == len(unknown)


def test_it_sends_the_link_from_the_task(user: Any, settings: Any) -> None:
    settings.SITE_URL = "https://prob.example/"
    password_reset_send.call(email="clerk@mopac.example")
    (message,) = mail.outbox
    assert message.to == ["clerk@mopac.example"]
    assert reset_url().startswith("https://prob.example/accounts/password/reset/")


def test_it_links_to_the_site_whatever_host_the_request_named(
    client: Client, user: Any, settings: Any
) -> None:
    # A host the site answers to, but not its public address: the link must not follow the
    # request, or anyone could have a reset link sent that leads to a host they control.
    settings.ALLOWED_HOSTS = ["*"]
    settings.SITE_URL = "https://prob.example"
    client.post(
        reverse("password_reset"), {"email": "clerk@mopac.example"}, HTTP_HOST="evil.example"
    )
    assert urlsplit(reset_url())[:2] == ("https", "prob.example")


def test_it_keeps_the_path_of_the_site_address(user: Any, settings: Any) -> None:
    settings.SITE_URL = "https://council.example/prob/"
    password_reset_send.call(email="clerk@mopac.example")
    assert reset_url().startswith("https://council.example/prob/accounts/password/reset/")


def test_it_sends_a_request_queued_with_a_domain_to_the_site(user: Any, settings: Any) -> None:
    settings.SITE_URL = "https://prob.example"
    password_reset_send.call(email="clerk@mopac.example", domain="evil.example", use_https=False)
    assert urlsplit(reset_url())[:2] == ("https", "prob.example")
