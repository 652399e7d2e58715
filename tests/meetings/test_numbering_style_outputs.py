"""A record written in minute numbers shows them everywhere a reference is shown: the record
page with its anchors, search, JSON (the reference beside the number) and the plain text."""

from __future__ import annotations

import datetime
import io
import json
from typing import Any

import pytest
from django.urls import reverse

from meetings.models import Board, Meeting, Section
from meetings.services import record_agree, record_circulate, record_publish
from meetings.services.editing import meeting_new, paragraph_add, section_add
from tests.conftest import html_for, make_user


@pytest.fixture
def published(db: None) -> Meeting:
    board = Board.objects.create(
        name="Police and Crime Panel", slug="pcp", numbering_style=Board.NumberingStyle.MINUTE
    )
    june = meeting_new(board=board, date=datetime.date(2023, 6, 1), by=None)
    for title in ("Apologies", "Minutes", "Declarations"):
        section_add(meeting=june, by=None, title=title)
    september = meeting_new(board=board, date=datetime.date(2023, 9, 14), by=None)
    section_add(meeting=september, by=None, title="Apologies")
    section_add(meeting=september, by=None, title="Police and Crime Plan")
    plan = Section.objects.get(meeting=september, title="Police and Crime Plan")
    paragraph_add(section=plan, by=None, text="The panel scrutinised the draft plan.")
    record_circulate(meeting=september, by=None)
    agreed = record_agree(
        meeting=Meeting.objects.get(pk=september.pk),
        at_meeting=meeting_new(board=board, date=datetime.date(2023, 11, 9), by=None),
        by=None,
    )
    return record_publish(meeting=agreed, by=None)


def test_it_shows_minute_numbers_on_the_record_page(client: Any, published: Meeting) -> None:
    html = client.get(published.get_absolute_url()).content.decode()
    assert "5/23 Police and Crime Plan" in html
    assert 'id="paragraph-5.1"' in html


def test_it_writes_the_reference_beside_the_number_in_json(client: Any, published: Meeting) -> None:
    url = reverse("meetings:record_json", args=["pcp", "2023-09-14"])
    sections = json.loads(client.get(url).content)["sections"]
    assert (sections[1]["number"], sections[1]["ref"]) == (5, "5/23")
    assert sections[1]["paragraphs"][0]["ref"] == "5.1"


def test_it_writes_minute_numbers_in_the_text(client: Any, published: Meeting) -> None:
    url = reverse("meetings:record_text", args=["pcp", "2023-09-14"])
    text = client.get(url).content.decode()
    assert "5/23 Police and Crime Plan" in text
    assert "5.1" in text


def test_it_finds_a_minute_by_its_reference(client: Any, published: Meeting) -> None:
    html = client.get(reverse("search"), {"q": "Minute 5/23"}).content.decode()
    assert "5/23, paragraph 5.1" in html


def test_the_editor_shows_minute_numbers(db: None) -> None:
    board = Board.objects.create(
        name="Police and Crime Panel", slug="pcp", numbering_style=Board.NumberingStyle.MINUTE
    )
    clerk = make_user("clerk@pcp.example", person_name="Clerk", board=board, role="secretariat")
    meeting_new(board=board, date=datetime.date(2023, 6, 1), by=None)
    june = Meeting.objects.get(board=board)
    for title in ("Apologies", "Minutes"):
        section_add(meeting=june, by=None, title=title)
    html = html_for(clerk, reverse("meetings:editor", args=["pcp", "2023-06-01"]))
    assert "Add a paragraph to section 2/23" in html


def test_it_writes_minute_numbers_in_the_word_file(client: Any, published: Meeting) -> None:
    import docx

    url = reverse("meetings:record_docx", args=["pcp", "2023-09-14"])
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    document = docx.Document(io.BytesIO(body))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "5/23 Police and Crime Plan" in texts
