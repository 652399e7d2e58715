"""Responses every anonymous reader gets alike are gzipped; nothing that carries a secret (a
CSRF token, a signed-in user's page, a private calendar) is, since compressing a secret next to
text an attacker chooses leaks it through the length (BREACH)."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import CalendarToken
from meetings.models import Meeting
from tests.conftest import client_for

GZIP = {"accept-encoding": "gzip, deflate, br"}


def record_url(meeting: Meeting, suffix: str = "/") -> str:
    return f"/boards/{meeting.board.slug}/{meeting.date.isoformat()}{suffix}"


def test_it_gzips_a_published_record_for_an_anonymous_reader(published_meeting: Meeting) -> None:
    response = Client().get(record_url(published_meeting), headers=GZIP)
    assert response["Content-Encoding"] == "gzip"
    assert published_meeting.title in gzip.decompress(response.content).decode()


def test_it_gzips_the_copy_kept_for_the_next_anonymous_reader(
    published_meeting: Meeting,
) -> None:
    Client().get(record_url(published_meeting), headers=GZIP)
    response = Client().get(record_url(published_meeting), headers=GZIP)
    assert response["Content-Encoding"] == "gzip"
    assert published_meeting.title in gzip.decompress(response.content).decode()


def test_it_gzips_the_plain_text_record(published_meeting: Meeting) -> None:
    response = Client().get(record_url(published_meeting, ".txt"), headers=GZIP)
    assert response["Content-Encoding"] == "gzip"
    assert "31 August 2023" in gzip.decompress(response.content).decode()


def test_it_gzips_the_json_record(published_meeting: Meeting) -> None:
    response = Client().get(record_url(published_meeting, ".json"), headers=GZIP)
    assert response["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(response.content))


def test_it_gzips_the_home_page(published_meeting: Meeting) -> None:
    response = Client().get("/", headers=GZIP)
    assert response["Content-Encoding"] == "gzip"


def test_it_sends_plain_bytes_to_a_client_that_cannot_gunzip(published_meeting: Meeting) -> None:
    response = Client().get(record_url(published_meeting))
    assert not response.has_header("Content-Encoding")
    assert "Accept-Encoding" in response["Vary"]


def test_it_answers_304_to_the_etag_of_a_gzipped_record(published_meeting: Meeting) -> None:
    client = Client()
    etag = client.get(record_url(published_meeting), headers=GZIP)["ETag"]
    again = client.get(record_url(published_meeting), headers=GZIP | {"if-none-match": etag})
    assert again.status_code == 304


def test_it_never_gzips_a_signed_in_users_page(
    published_meeting: Meeting, secretariat: Any
) -> None:
    response = client_for(secretariat).get(record_url(published_meeting), headers=GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")


@pytest.mark.parametrize("name", ["login", "password_reset"])
def test_it_never_gzips_a_page_with_a_csrf_token(db: None, name: str) -> None:
    response = Client().get(reverse(name), headers=GZIP)
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert not response.has_header("Content-Encoding")


def test_it_never_gzips_a_private_calendar(published_meeting: Meeting, secretariat: Any) -> None:
    token = CalendarToken.renew(secretariat).token
    response = Client().get(reverse("personal_calendar", args=[token]), headers=GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
