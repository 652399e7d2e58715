"""Control characters in a query string are dropped before any view reads it.

A NUL reached PostgreSQL from the search box ("text fields cannot contain NUL"), a 500 for
anyone; forms refuse NUL in posted data, but a query string skipped that check. One
middleware (prob/middleware.py) cleans every value, so search, the action log's filters,
sorting and pages, and the API all read what a person could have typed.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from meetings.models import Meeting
from tests.conftest import client_for


def test_it_searches_for_the_query_without_its_nul(client: Client, published_meeting: Meeting):
    response = client.get(reverse("search"), {"q": "handcuf\x00fing"})
    assert response.status_code == 200
    assert response.context["query"] == "handcuffing"
    assert response.context["hits"]


def test_it_turns_a_tab_or_newline_into_a_space(client: Client, published_meeting: Meeting):
    response = client.get(reverse("search"), {"q": "stop\tand\nsearch"})
    assert response.context["query"] == "stop and search"


def test_it_drops_the_control_characters_of_a_page_number(
    client: Client, published_meeting: Meeting
):
    response = client.get(reverse("search"), {"q": "board", "page": "1\x00\x07"})
    assert response.status_code == 200
    assert response.context["page"].number == 1


@pytest.mark.parametrize(
    "query",
    [
        {"q": "stop\x00search"},
        {"status": "open\x00"},
        {"sort": "\x00due"},
        {"page": "\x002"},
        {"due_after": "2023-01-01\x00"},
        {"q\x00": "x", "meeting": "1\x1b"},
    ],
)
def test_it_reads_the_action_log_filters_without_control_characters(
    published_meeting: Meeting, board_member: Any, query: dict[str, str]
):
    url = reverse("board_actions:log", args=[published_meeting.board.slug])
    response = client_for(board_member).get(url, query)
    assert response.status_code == 200
    assert "\x00" not in response.content.decode()


def test_it_sorts_the_action_log_as_asked_once_cleaned(
    published_meeting: Meeting, board_member: Any
):
    url = reverse("board_actions:log", args=[published_meeting.board.slug])
    response = client_for(board_member).get(url, {"sort": "\x00due"})
    assert response.context["filters"].current_sort == "due"


@pytest.mark.parametrize("name", ["events", "actions", "people"])
def test_it_reads_the_api_page_without_control_characters(
    client: Client, published_meeting: Meeting, name: str
):
    response = client.get(reverse(f"api:{name}"), {"page": "1\x00"})
    assert response.status_code == 200
    assert response.json()["page"] == 1


def test_it_drops_a_lone_surrogate(rf: Any, db: None):
    from prob.middleware import QueryStringCleanMiddleware

    request = rf.get("/search/")
    request.GET = request.GET.copy()
    request.GET["q"] = "a\ud800b"
    seen = {}

    def view(request: Any) -> Any:
        seen["q"] = request.GET["q"]
        return None

    QueryStringCleanMiddleware(view)(request)
    assert seen["q"] == "ab"
