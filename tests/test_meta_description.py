"""Every page says what it is in one meta description, which search engines show under its
link: the record pages, the boards and the search their own, every other page a default."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Meeting


def description(url: str) -> str:
    response = Client().get(url)
    assert response.status_code == 200
    found = lxml_html.fromstring(response.content).xpath('//head/meta[@name="description"]')
    assert len(found) == 1, f"{len(found)} meta descriptions on {url}"
    return found[0].get("content")


def test_it_describes_a_record_by_its_board_and_date(published_meeting: Meeting) -> None:
    text = description(published_meeting.get_absolute_url())
    assert text.startswith(
        "Record of the meeting of the Performance and Risk Oversight Board on 31 August 2023"
    )


def test_it_describes_a_board_by_its_name(published_meeting: Meeting) -> None:
    text = description(published_meeting.board.get_absolute_url())
    assert "Performance and Risk Oversight Board" in text


def test_it_describes_the_search(db: None) -> None:
    assert description(reverse("search")).startswith("Search the published records")


@pytest.mark.parametrize("name", ["home", "login", "password_reset"])
def test_it_gives_every_other_page_a_description(db: None, name: str) -> None:
    assert len(description(reverse(name))) > 50
