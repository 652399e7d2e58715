"""The board and home pages offer each board's calendar as a subscription (webcal:), which a
calendar program keeps up to date, as well as the file to download, with a line of help."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Meeting

pytestmark = pytest.mark.site("https://prob.example.gov.uk")


def links(url: str) -> list[str]:
    response = Client().get(url)
    assert response.status_code == 200
    return lxml_html.fromstring(response.content).xpath("//main//a/@href")


def test_it_offers_a_subscription_on_the_board_page(published_meeting: Meeting) -> None:
    slug = published_meeting.board.slug
    expected = f"webcal://prob.example.gov.uk/boards/{slug}/calendar.ics"
    assert expected in links(published_meeting.board.get_absolute_url())


def test_it_offers_a_subscription_on_the_home_page(published_meeting: Meeting) -> None:
    slug = published_meeting.board.slug
    assert f"webcal://prob.example.gov.uk/boards/{slug}/calendar.ics" in links("/")


def test_it_still_offers_the_file(published_meeting: Meeting) -> None:
    calendar = reverse("meetings:calendar", args=[published_meeting.board.slug])
    assert calendar in links(published_meeting.board.get_absolute_url())


def test_it_keeps_the_path_of_a_site_below_the_root(
    published_meeting: Meeting, settings: Any
) -> None:
    settings.SITE_URL = "https://www.example.gov.uk/prob/"
    slug = published_meeting.board.slug
    expected = f"webcal://www.example.gov.uk/prob/boards/{slug}/calendar.ics"
    assert expected in links(published_meeting.board.get_absolute_url())


def test_it_says_how_to_subscribe(published_meeting: Meeting) -> None:
    page = lxml_html.fromstring(Client().get(published_meeting.board.get_absolute_url()).content)
    help_text = " ".join(page.xpath('//*[@id="calendar-help"]')[0].text_content().split())
    assert "keeps them up to date" in help_text
    slug = published_meeting.board.slug
    assert f"https://prob.example.gov.uk/boards/{slug}/calendar.ics" in help_text
