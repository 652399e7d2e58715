"""A refused form says so the same way on every page (QA finding 6): the title starts "Error:",
and the top of the page sums up the errors, each linked to its field (`templates/base.html`,
`_error_summary.html`, in the words of `meetings.views.editor.focus.error_summary`), where
static/js/focus.js puts the keyboard (tests/browser/test_focus.py)."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client
from django.urls import reverse

from meetings.models import Board, Meeting
from tests.conftest import client_for


def title(html: str) -> str:
    found = re.search(r"<title>([^<]*)</title>", html)
    assert found is not None
    return found.group(1)


def summary(html: str) -> str:
    found = re.search(r"<section[^>]*data-error-summary[^>]*>(.*?)</section>", html, re.S)
    assert found is not None, "no error summary"
    return found.group(1)


def test_an_officers_empty_update(action: Any, action_owner: Any) -> None:
    response = client_for(action_owner).post(
        reverse("actions:post_update", args=[action.pk]), {"text": ""}
    )
    html = response.content.decode()
    assert title(html).startswith("Error: Action ")
    assert 'href="#id_text"' in summary(html)
    assert "This field is required." in summary(html)


def test_a_refused_sign_in(client: Client, secretariat: Any) -> None:
    html = client.post(
        reverse("login"), {"username": secretariat.email, "password": "wrong"}
    ).content.decode()
    assert title(html).startswith("Error: Sign in")
    assert "Enter a correct email address and password." in summary(html)


def test_a_refused_password_change(clerk: Client) -> None:
    html = clerk.post(reverse("password_change"), {"old_password": "wrong"}).content.decode()
    assert title(html).startswith("Error: ")
    assert 'href="#id_old_password"' in summary(html)


def test_a_refused_new_meeting(clerk: Client, board: Board) -> None:
    html = clerk.post(
        reverse("meetings:new_meeting", args=[board.slug]), {"title": "x"}
    ).content.decode()
    assert title(html).startswith("Error: New meeting")
    assert 'href="#id_date"' in summary(html)


def test_a_page_with_its_own_summary_keeps_it_alone(clerk: Client, seed_meeting: Meeting) -> None:
    url = reverse("meetings:import_minutes", args=[seed_meeting.board.slug])
    html = clerk.post(url, {"text": "nothing numbered here"}).content.decode()
    assert title(html).startswith("Error: Import minutes")
    assert "Error: Error:" not in html
    assert "data-error-summary" not in html  # the import page's own summary is focused instead
    assert clerk.get(url).content.decode().count("Error:") == 0
