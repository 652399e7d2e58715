"""Decisions (issue 15): a paragraph that records what the board decided ("RESOLVED") is kept
as one by the import, says so in words on the record, in its JSON and in search, and the
secretariat marks or unmarks one in the editor."""

from __future__ import annotations

import io
import json
from typing import Any

import docx
import lxml.html
import pytest
from django.test import Client
from django.urls import reverse

from meetings.models import Meeting, Paragraph
from tests.conftest import client_for, import_record, make_user, publish
from tests.meetings.test_references_as_written import MINUTES, address

DECIDED = "the Clerk writes to the county about the Leicester Road footpath"


@pytest.fixture
def decisions_record(db: None) -> Meeting:
    imported = import_record(MINUTES)
    assert imported is not None
    return imported


def decision(meeting: Meeting) -> Paragraph:
    return Paragraph.objects.get(section__meeting=meeting, text__contains=DECIDED)


def test_it_keeps_a_resolved_paragraph_as_a_decision(decisions_record: Meeting) -> None:
    decisions = Paragraph.objects.filter(section__meeting=decisions_record, decision=True)
    assert [p.pk for p in decisions] == [decision(decisions_record).pk]


def test_it_labels_the_decision_in_words_on_the_record(decisions_record: Meeting) -> None:
    page = lxml.html.fromstring(Client().get(address(publish(decisions_record), "record")).content)
    item = page.get_element_by_id(decision(decisions_record).anchor)
    assert item.xpath(".//strong")[0].text_content() == "Decision"


def test_it_says_decision_true_in_the_json(decisions_record: Meeting) -> None:
    data = json.loads(Client().get(address(publish(decisions_record), "record_json")).content)
    paragraphs = data["sections"][1]["paragraphs"]
    assert [p.get("decision", False) for p in paragraphs] == [False, True]


def test_it_names_the_decision_in_the_word_document(decisions_record: Meeting) -> None:
    body = Client().get(address(publish(decisions_record), "record_docx")).content
    texts = [p.text for p in docx.Document(io.BytesIO(body)).paragraphs]
    # Under a reference the minutes wrote, the paragraph they did not number is that reference
    # and its place (numbering.displayed), as on the page.
    assert any(t.startswith("Cou/236/09-10.2 Decision: RESOLVED") for t in texts)


def test_it_marks_a_decision_found_by_search(decisions_record: Meeting) -> None:
    publish(decisions_record)
    response = Client().get(reverse("search"), {"q": "resolved footpath"})
    assert response.context["hits"][0].paragraph.decision
    assert "<strong>Decision</strong>" in response.content.decode()


def test_it_withholds_a_restricted_decision_from_the_public(decisions_record: Meeting) -> None:
    Paragraph.objects.filter(decision=True).update(restricted=True)
    data = json.loads(Client().get(address(publish(decisions_record), "record_json")).content)
    assert "decision" not in data["sections"][1]["paragraphs"][1]


def editor_post(user: Any, meeting: Meeting, paragraph: Paragraph, **fields: Any) -> Any:
    url = reverse(
        "meetings:edit", args=[meeting.board.slug, meeting.date.isoformat(), "paragraph-update"]
    )
    data = {"target": paragraph.pk, "text": paragraph.text, "version": paragraph.version, **fields}
    return client_for(user).post(url, data)


@pytest.fixture
def secretary(decisions_record: Meeting) -> Any:
    return make_user(
        "clerk@groby.example",
        person_name="Sam Clerk",
        board=decisions_record.board,
        role="secretariat",
    )


def test_it_offers_the_decision_checkbox_in_the_editor(
    decisions_record: Meeting, secretary: Any
) -> None:
    paragraph = decision(decisions_record)
    url = address(decisions_record, "editor") + f"?edit=paragraph:{paragraph.pk}"
    page = lxml.html.fromstring(client_for(secretary).get(url).content)
    box = page.xpath("//input[@name='decision']")[0]
    assert box.get("type") == "checkbox" and box.get("checked") is not None
    label = page.xpath(f"//label[@for='{box.get('id')}']")[0]
    assert label.text_content().strip() == "This paragraph records a decision"


def test_it_unmarks_a_decision_in_the_editor_with_who_and_why(
    decisions_record: Meeting, secretary: Any
) -> None:
    paragraph = decision(decisions_record)
    editor_post(secretary, decisions_record, paragraph)  # the box unticked
    paragraph.refresh_from_db()
    latest = paragraph.history.latest()
    assert not paragraph.decision
    assert (latest.history_user, latest.history_change_reason) == (secretary, "Paragraph edited")


def test_it_marks_a_paragraph_as_a_decision_in_the_editor(
    decisions_record: Meeting, secretary: Any
) -> None:
    paragraph = Paragraph.objects.filter(section__meeting=decisions_record, decision=False).first()
    editor_post(secretary, decisions_record, paragraph, decision="on")
    paragraph.refresh_from_db()
    assert paragraph.decision
