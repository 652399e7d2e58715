"""Sessions end after a period of inactivity (8 hours by default for those who are not
staff), and at the latest at an absolute age (tests/accounts/test_sessions_end.py)."""

import datetime
from typing import Any

import time_machine
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from prob.sessions import SessionStore
from tests.accounts.conftest import is_signed_in, sign_in
from tests.conftest import client_for

IDLE = datetime.timedelta(hours=8)


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


def test_signing_in_writes_the_session_once(client: Client, user: Any) -> None:
    """login() gives the session a new key: written by the one save at the end of the request
    (prob.sessions), not inserted empty first and updated after; the old key is gone."""
    session = client.session  # a session before signing in, as a kept form leaves one
    session["before"] = True
    session.save()
    before = session.session_key
    with CaptureQueriesContext(connection) as queries:
        response = sign_in(client, "clerk@mopac.example")
    assert response.status_code == 302
    writes = [
        q["sql"].split(" ", 1)[0]
        for q in queries.captured_queries
        if '"django_session"' in q["sql"] and not q["sql"].startswith("SELECT")
    ]
    assert writes.count("INSERT") == 1
    assert "UPDATE" not in writes
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert Session.objects.filter(session_key=key).exists()
    assert is_signed_in(client)
    assert key != before
    assert not Session.objects.filter(session_key=before).exists()


def test_a_new_key_already_taken_is_replaced(db: None, monkeypatch: Any) -> None:
    """Never seen in practice (32 random characters), but the insert would say so: another key."""
    taken = SessionStore()
    taken["x"] = 1
    taken.save()
    keys = iter([taken.session_key, "b" * 32])
    monkeypatch.setattr("prob.sessions.get_random_string", lambda *args: next(keys))
    store = SessionStore()
    store["y"] = 2
    store.save()
    assert store.session_key == "b" * 32
    assert SessionStore(session_key="b" * 32).load() == {"y": 2}
    assert SessionStore(session_key=taken.session_key).load() == {"x": 1}
