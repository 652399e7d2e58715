"""An empty draft's editor offers "Start the record from the agenda" when its meeting has an
agenda with items (QA report item 10), as the agenda's own page does; not otherwise."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Meeting
from tests.agenda.conftest import add_item
from tests.conftest import client_for

START = "Start the record from the agenda"


def editor(meeting: Meeting, user: Any) -> lxml_html.HtmlElement:
    url = reverse("meetings:editor", args=[meeting.board.slug, meeting.date.isoformat()])
    response = client_for(user).get(url)
    assert response.status_code == 200
    return lxml_html.fromstring(response.content)


def start_buttons(page: lxml_html.HtmlElement) -> list[Any]:
    return [b for b in page.iter("button") if b.text_content().strip() == START]


def test_an_empty_draft_with_an_agenda_offers_to_start_from_it(
    upcoming: Meeting, secretariat: Any
) -> None:
    add_item(upcoming, secretariat, "Finance")
    add_item(upcoming, secretariat, "Policing plan")
    page = editor(upcoming, secretariat)
    (button,) = start_buttons(page)
    form = button.getparent()
    assert form.get("action") == reverse(
        "agenda:start_record", args=[upcoming.board.slug, upcoming.date.isoformat()]
    )
    assert "2 items" in form.text_content()
    # Posted, the record has its sections and the editor comes back without the offer.
    response = client_for(secretariat).post(form.get("action"))
    assert response.status_code == 302
    assert list(upcoming.sections.values_list("title", flat=True)) == ["Finance", "Policing plan"]
    assert start_buttons(editor(upcoming, secretariat)) == []


def test_no_offer_without_agenda_items(upcoming: Meeting, secretariat: Any) -> None:
    assert start_buttons(editor(upcoming, secretariat)) == []


def test_no_offer_once_the_record_has_sections(seed_meeting: Meeting, secretariat: Any) -> None:
    add_item(seed_meeting, secretariat, "Finance")
    assert start_buttons(editor(seed_meeting, secretariat)) == []
