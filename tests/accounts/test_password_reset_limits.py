"""Password reset is limited per email address and per client address, counted in the
database (web processes keep no state), and the limit answers like any other request."""

import datetime
from typing import Any

import time_machine
from django.conf import settings as project_settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import PasswordResetRequest
from tests.accounts.conftest import EMAIL

PER_ADDRESS = project_settings.PASSWORD_RESET_LIMIT_PER_ADDRESS
PER_CLIENT = project_settings.PASSWORD_RESET_LIMIT_PER_CLIENT


def ask_for_reset(client: Client, email: str = EMAIL, times: int = 1, **extra: str) -> Any:
    for _ in range(times):
        response = client.post(reverse("password_reset"), {"email": email}, **extra)
    return response


def ask_for_others(client: Client, times: int, **extra: str) -> None:
    for n in range(times):
        ask_for_reset(client, f"nobody{n}@mopac.example", **extra)


def test_it_allows_three_an_hour_per_address_and_twenty_per_client_by_default() -> None:
    assert (PER_ADDRESS, PER_CLIENT) == (3, 20)


def test_it_sends_no_more_than_the_limit_to_one_address(client: Client, user: Any) -> None:
    ask_for_reset(client, times=PER_ADDRESS + 1)
    assert len(mail.outbox) == PER_ADDRESS


def test_it_answers_the_same_over_the_limit(client: Client, user: Any) -> None:
    response = ask_for_reset(client, times=PER_ADDRESS + 1)
    assert response.status_code == 302
    assert response["Location"] == reverse("password_reset_done")


def test_it_counts_the_address_in_any_case(client: Client, user: Any) -> None:
    for email in [EMAIL, EMAIL.upper(), EMAIL.capitalize(), f" {EMAIL}"]:
        ask_for_reset(client, email)
    assert len(mail.outbox) == PER_ADDRESS


def test_it_counts_an_address_across_clients(client: Client, user: Any) -> None:
    for n in range(PER_ADDRESS + 1):
        ask_for_reset(client, REMOTE_ADDR=f"192.0.2.{n + 1}")
    assert len(mail.outbox) == PER_ADDRESS


def test_it_sends_again_an_hour_later(client: Client, user: Any) -> None:
    ask_for_reset(client, times=PER_ADDRESS)
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=61)):
        ask_for_reset(client)
    assert len(mail.outbox) == PER_ADDRESS + 1


def test_it_limits_one_client_asking_for_many_addresses(client: Client, user: Any) -> None:
    ask_for_others(client, PER_CLIENT)
    ask_for_reset(client)
    assert mail.outbox == []


def test_it_lets_another_client_ask(client: Client, user: Any) -> None:
    ask_for_others(client, PER_CLIENT)
    ask_for_reset(client, REMOTE_ADDR="192.0.2.7")
    assert len(mail.outbox) == 1


def test_it_counts_the_client_behind_a_proxy(client: Client, user: Any, settings: Any) -> None:
    settings.PROXY_COUNT = 1
    ask_for_others(client, PER_CLIENT, HTTP_X_FORWARDED_FOR="198.51.100.9")
    ask_for_reset(client, HTTP_X_FORWARDED_FOR="203.0.113.4")
    assert len(mail.outbox) == 1


def test_it_keeps_no_email_address(client: Client, user: Any) -> None:
    ask_for_reset(client)
    (request,) = PasswordResetRequest.objects.all()
    assert EMAIL not in request.email_hash
    assert request.client_ip == "127.0.0.1"


def test_it_forgets_requests_older_than_an_hour(client: Client, user: Any) -> None:
    ask_for_reset(client, times=PER_ADDRESS)
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=61)):
        ask_for_reset(client)
    assert PasswordResetRequest.objects.count() == 1
