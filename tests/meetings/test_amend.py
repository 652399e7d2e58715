"""An agreed record changes only by an amendment with a reason, shown on the record."""

from typing import Any

from django.urls import reverse

from meetings.models import Meeting, Paragraph
from tests.conftest import client_for, html_for


def amend_url(meeting: Meeting, paragraph: Paragraph) -> str:
    return reverse(
        "meetings:amend", args=[meeting.board.slug, meeting.date.isoformat(), paragraph.pk]
    )


def first_paragraph(meeting: Meeting) -> Paragraph:
    return Paragraph.objects.filter(section__meeting=meeting).order_by("pk").first()


def test_it_offers_the_secretariat_an_amend_link(
    published_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, published_meeting.get_absolute_url())
    assert amend_url(published_meeting, first_paragraph(published_meeting)) in html


def test_it_amends_and_shows_the_reason_to_every_reader(
    published_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = first_paragraph(published_meeting)
    client_for(secretariat).post(
        amend_url(published_meeting, paragraph),
        {"text": "Corrected.", "reason": "A date was wrong", "version": paragraph.version},
    )
    html = html_for(None, published_meeting.get_absolute_url())
    assert ": A date was wrong</li>" in html
    assert "Corrected." in html


def test_it_wants_a_reason_and_keeps_the_text(published_meeting: Meeting, secretariat: Any) -> None:
    paragraph = first_paragraph(published_meeting)
    response = client_for(secretariat).post(
        amend_url(published_meeting, paragraph),
        {"text": "Kept text.", "reason": "", "version": paragraph.version},
    )
    assert response.status_code == 400
    assert "Kept text." in response.content.decode()


def test_it_sends_a_draft_to_its_editor_instead(seed_meeting: Meeting, secretariat: Any) -> None:
    response = client_for(secretariat).get(amend_url(seed_meeting, first_paragraph(seed_meeting)))
    assert response.status_code == 302
