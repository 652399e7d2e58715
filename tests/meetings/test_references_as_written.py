"""References as written (issue 15): minutes numbered "Cou/236/09-10", "41/17" or "(a)" keep
those references on the page, in its anchors, in search and in every file, so that a citation
of "Minute 41/17" still finds its minute. The seed, numbered as PROB numbers, is unchanged."""

from __future__ import annotations

import hashlib
import io
import json
from typing import Any

import docx
import lxml.html
import pypdf
import pytest
from django.test import Client
from django.urls import reverse

from meetings.models import Meeting, Paragraph, Section
from meetings.numbering import paragraph_anchor
from meetings.records import record_as_text, record_view
from tests.conftest import import_record, publish
from tests.htmlcheck import assert_valid_html_pages

MINUTES = """Groby Parish Council

Minutes of a meeting of the Parish Council held at 7.00pm on Monday 1st March 2010 at the \
Parish Council Chamber.

Cou/235/09-10 / Present.

Members: Cllr. P. Batty (Chairman), Cllr. J. Batty and Cllr. Beck.

Cou/236/09-10 / Election of Vice Chairman for the Meeting.

In the absence of Cllr. L. Smith Cllr. Beck was elected, unanimously, as the Vice Chairman.

RESOLVED, unanimously, that the Clerk writes to the county about the Leicester Road footpath.

41/17 Planning

(a) The application for the new village hall was noted.

(b) The council raised no objection to the extension at Field Head.
"""

# The SHA-256 of the seed's public plain text before references as written were kept: pinned,
# as readers check published copies against it.
SEED_TEXT_SHA256 = "b9f0c25d2760c175d858575858d3cd68d28928cd03663fee59816f4f06a05998"


@pytest.fixture
def references_record(db: None) -> Meeting:
    imported = import_record(MINUTES)
    assert imported is not None
    return publish(imported)


def address(meeting: Meeting, name: str) -> str:
    return reverse(f"meetings:{name}", args=[meeting.board.slug, meeting.date.isoformat()])


@pytest.fixture
def page(references_record: Meeting) -> Any:
    response = Client().get(address(references_record, "record"))
    assert response.status_code == 200
    return lxml.html.fromstring(response.content)


def test_it_keeps_a_reference_only_where_prob_would_number_it_otherwise(
    references_record: Meeting,
) -> None:
    sections = Section.objects.filter(meeting=references_record).order_by("position")
    paragraphs = Paragraph.objects.filter(section__meeting=references_record)
    assert [s.label for s in sections] == ["Cou/235/09-10", "Cou/236/09-10", "41/17"]
    assert [p.label for p in paragraphs.order_by("section__position", "position")] == [
        "",
        "",
        "(a)",
        "(b)",
    ]


def test_it_heads_each_section_with_its_reference_as_written(page: Any) -> None:
    headings = [h.text_content().strip() for h in page.xpath("//section/h2")]
    assert "Cou/236/09-10 Election of Vice Chairman for the Meeting." in headings
    assert "41/17 Planning" in headings


def test_it_shows_each_paragraph_at_a_safe_anchor(page: Any) -> None:
    items = page.xpath("//ol[@class='paragraphs']/li")
    assert [li.get("id") for li in items] == [
        "paragraph-2.1",
        "paragraph-2.2",
        "paragraph-a",
        "paragraph-b",
    ]
    assert [li.xpath("span[@class='ref']")[0].text_content() for li in items][2:] == ["(a)", "(b)"]


def test_it_keeps_the_page_and_search_results_valid_html(references_record: Meeting) -> None:
    client = Client()
    assert_valid_html_pages(
        {
            "record": client.get(address(references_record, "record")).content,
            "search": client.get(reverse("search"), {"q": "41/17"}).content,
        }
    )


def test_it_makes_a_written_reference_a_valid_id() -> None:
    assert paragraph_anchor("Cou/236/09-10") == "paragraph-Cou-236-09-10"
    assert paragraph_anchor("5 (a)") == "paragraph-5-a"
    # PROB's own numbers keep the anchors links were made with.
    assert paragraph_anchor("4.3") == "paragraph-4.3"


def test_it_gives_each_paragraph_its_own_id_where_minutes_repeat_a_reference(db: None) -> None:
    repeated = MINUTES.replace("Cou/236/09-10 / Election of Vice Chairman for the Meeting.\n\n", "")
    repeated = repeated.replace("In the absence", "(a) In the absence").replace(
        "RESOLVED", "(b) RESOLVED"
    )
    meeting = import_record(repeated)
    assert meeting is not None
    anchors = [p.anchor for s in record_view(meeting, public=False).sections for p in s.paragraphs]
    assert len(anchors) == len(set(anchors)) == 4


def test_it_gives_the_reference_as_written_beside_the_number_in_json(
    references_record: Meeting,
) -> None:
    data = json.loads(Client().get(address(references_record, "record_json")).content)
    assert (data["sections"][1]["number"], data["sections"][1]["ref"]) == (2, "Cou/236/09-10")
    assert data["sections"][2]["paragraphs"][0]["ref"] == "(a)"


def test_it_writes_the_references_in_the_plain_text(references_record: Meeting) -> None:
    lines = Client().get(address(references_record, "record_text")).content.decode().splitlines()
    assert "Cou/236/09-10 Election of Vice Chairman for the Meeting." in lines
    assert any(line.startswith("(a)") for line in lines)


def test_it_writes_the_references_in_the_word_document(references_record: Meeting) -> None:
    body = Client().get(address(references_record, "record_docx")).content
    texts = [p.text for p in docx.Document(io.BytesIO(body)).paragraphs]
    assert "41/17 Planning" in texts
    assert "(a) The application for the new village hall was noted." in texts


def test_it_prints_the_references_in_the_pdf(references_record: Meeting) -> None:
    response = Client().get(address(references_record, "record_pdf"))
    if response.status_code != 200:
        pytest.skip("PDFs cannot be made here")
    pages = pypdf.PdfReader(io.BytesIO(response.content)).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "Cou/236/09-10 Election of Vice Chairman" in text
    assert "(b) The council raised no objection" in text


def test_it_finds_a_minute_by_its_reference_as_written(references_record: Meeting) -> None:
    response = Client().get(reverse("search"), {"q": "Minute 41/17"})
    first = response.context["hits"][0]
    assert first.paragraph.section.label == "41/17"
    assert f"#{first.paragraph.anchor}" in response.content.decode()


def test_it_finds_a_paragraph_by_its_own_reference_first(references_record: Meeting) -> None:
    hits = Client().get(reverse("search"), {"q": "(b)"}).context["hits"]
    assert hits[0].paragraph.label == "(b)"


def test_it_keeps_the_seed_as_prob_numbers_it(seed_meeting: Meeting) -> None:
    labels = Section.objects.exclude(label="").count() + Paragraph.objects.exclude(label="").count()
    text = record_as_text(record_view(seed_meeting, public=True))
    assert labels == 0
    assert hashlib.sha256(text.encode()).hexdigest() == SEED_TEXT_SHA256
