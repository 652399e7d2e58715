"""Sessions end after a period of inactivity (8 hours by default for those who are not
staff), and at the latest at an absolute age (tests/accounts/test_sessions_end.py)."""

import datetime
from typing import Any

import time_machine
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.conftest import client_for

IDLE = datetime.timedelta(hours=8)


def is_signed_in(client: Client) -> bool:
    return client.get(reverse("account")).status_code == 200


def test_it_ends_sessions_after_eight_idle_hours_by_default() -> None:
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    # Not every request: the session is saved when the last activity in it moves, at most once
    # a SESSION_ACTIVITY_SECONDS (tests/accounts/test_sessions_end.py).
    assert settings.SESSION_SAVE_EVERY_REQUEST is False
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is False


def test_it_stores_the_expiry_in_the_database(user: Any) -> None:
    start = timezone.now()
    client = client_for(user)
    session = Session.objects.get(pk=client.session.session_key)
    assert start + IDLE <= session.expire_date <= timezone.now() + IDLE


def test_it_signs_out_a_session_idle_for_longer(user: Any) -> None:
    client = client_for(user)
    with time_machine.travel(timezone.now() + IDLE + datetime.timedelta(minutes=1)):
        assert not is_signed_in(client)


def test_it_keeps_a_session_in_use_signed_in(user: Any) -> None:
    start = timezone.now()
    client = client_for(user)
    with time_machine.travel(start + datetime.timedelta(hours=5), tick=False):
        assert is_signed_in(client)
    # Ten hours after signing in, but only five since the last request (and under the
    # absolute age, SESSION_MAX_AGE_HOURS: tests/accounts/test_sessions_end.py).
    with time_machine.travel(start + datetime.timedelta(hours=10), tick=False):
        assert is_signed_in(client)


def test_it_pushes_the_expiry_back_on_each_request(user: Any) -> None:
    start = timezone.now()
    client = client_for(user)
    later = start + datetime.timedelta(hours=3)
    with time_machine.travel(later, tick=False):
        client.get(reverse("home"))
    session = Session.objects.get(pk=client.session.session_key)
    assert session.expire_date == later + IDLE
