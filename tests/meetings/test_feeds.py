"""Atom feeds of published records, read back with xml.etree and feedparser."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from typing import Any

import feedparser
import pytest
from django.test import Client
from django.urls import reverse

from meetings.models import Meeting, Section
from tests.conftest import client_for

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://prob.example.gov.uk"


# A port in SITE_URL, and another host the site answers to: neither may show in an id.
pytestmark = pytest.mark.site(f"{SITE}:8443", "other.example")


def _feed(path: str, client: Client | None = None) -> ET.Element:
    response = (client or Client()).get(path)
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own response, not untrusted


def _parsed(path: str, **headers: str) -> feedparser.FeedParserDict:
    parsed = feedparser.parse(Client().get(path, headers=headers).content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def _titles(feed: ET.Element) -> list[str]:
    return [entry.findtext(f"{ATOM}title") or "" for entry in feed.iter(f"{ATOM}entry")]


@pytest.mark.django_db
def test_it_is_atom_with_the_required_elements(published_meeting: Meeting) -> None:
    feed = _feed(reverse("site_feed"))
    assert feed.tag == f"{ATOM}feed"
    entry = feed.find(f"{ATOM}entry")
    assert entry is not None
    assert all(
        entry.find(f"{ATOM}{name}") is not None for name in ("id", "title", "updated", "link")
    )


@pytest.mark.django_db
def test_it_lists_published_records_only(published_meeting: Meeting, secretariat: Any) -> None:
    # `publish` left the next meeting, at which the seed was agreed, as a draft.
    feed = _feed(reverse("site_feed"), client_for(secretariat))
    assert _titles(feed) == [f"{published_meeting.board.name}: {published_meeting.title}"]


@pytest.mark.django_db
def test_it_links_each_entry_to_its_record(published_meeting: Meeting) -> None:
    board = published_meeting.board
    entry = _feed(reverse("meetings:board_feed", args=[board.slug])).find(f"{ATOM}entry")
    assert entry is not None
    link = entry.find(f"{ATOM}link")
    assert link is not None
    assert link.get("href") == f"{SITE}:8443{published_meeting.get_absolute_url()}"


@pytest.mark.django_db
def test_it_summarises_with_public_section_titles_only(published_meeting: Meeting) -> None:
    section = published_meeting.sections.order_by("position").last()
    assert section is not None
    Section.objects.filter(pk=section.pk).update(restricted=True, title="Secret matters")
    summary = _feed(reverse("site_feed")).findtext(f"{ATOM}entry/{ATOM}summary") or ""
    assert "Secret matters" not in summary
    assert published_meeting.sections.order_by("position").first().title in summary


@pytest.mark.django_db
def test_it_dates_an_entry_when_it_was_published(published_meeting: Meeting) -> None:
    became = published_meeting.history.filter(status="published").earliest("history_date")
    updated = _feed(reverse("site_feed")).findtext(f"{ATOM}entry/{ATOM}updated") or ""
    assert datetime.datetime.fromisoformat(updated) == became.history_date


@pytest.mark.django_db
def test_it_is_404_for_a_board_not_yet_public(seed_meeting: Meeting) -> None:
    path = reverse("meetings:board_feed", args=[seed_meeting.board.slug])
    assert Client().get(path).status_code == 404


@pytest.mark.django_db
def test_it_names_the_board_as_the_author_of_its_feed(published_meeting: Meeting) -> None:
    # RFC 4287 4.1.1: a feed without an author is invalid unless every entry has one.
    board = published_meeting.board
    parsed = _parsed(reverse("meetings:board_feed", args=[board.slug]))
    assert parsed.feed.author_detail.name == board.name


@pytest.mark.django_db
def test_it_names_the_body_that_runs_the_site_as_the_author_of_the_site_feed(
    published_meeting: Meeting, settings: Any
) -> None:
    settings.SITE_OWNER_NAME = "Mayor's Office for Policing and Crime"
    parsed = _parsed(reverse("site_feed"))
    assert parsed.feed.author_detail.name == "Mayor's Office for Policing and Crime"


@pytest.mark.django_db
def test_it_gives_ids_that_are_tag_uris_of_the_site_host(published_meeting: Meeting) -> None:
    board = published_meeting.board
    parsed = _parsed(reverse("meetings:board_feed", args=[board.slug]))
    assert parsed.feed.id == f"tag:prob.example.gov.uk,2023:board/{board.pk}/feed"
    assert [entry.id for entry in parsed.entries] == [
        f"tag:prob.example.gov.uk,2023:meeting/{published_meeting.pk}"
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["site_feed", "board_feed"])
def test_it_answers_the_same_ids_and_links_whatever_the_host(
    published_meeting: Meeting, name: str
) -> None:
    path = reverse(
        "site_feed" if name == "site_feed" else "meetings:board_feed",
        args=[] if name == "site_feed" else [published_meeting.board.slug],
    )
    here, there = _parsed(path), _parsed(path, host="other.example:8000")

    def names(parsed: feedparser.FeedParserDict) -> list[Any]:
        links = [link.href for link in parsed.feed.links]
        return [parsed.feed.id, links, *((e.id, e.link) for e in parsed.entries)]

    assert names(there) == names(here)
    assert all(link.startswith(f"{SITE}:8443/") for link in names(here)[1])
