"""Who sees what of an agenda: restricted items and papers never reach the public."""

from __future__ import annotations

from typing import Any

import pytest

from meetings.models import Meeting
from tests.agenda.conftest import agenda_url
from tests.conftest import client_for, html_for

pytestmark = pytest.mark.django_db


def test_it_shows_the_public_the_public_paper(agenda_with_papers: dict[str, Any]) -> None:
    html = html_for(None, agenda_url(agenda_with_papers["meeting"]))
    assert "Budget paper" in html


def test_it_hides_restricted_papers_from_the_public(agenda_with_papers: dict[str, Any]) -> None:
    html = html_for(None, agenda_url(agenda_with_papers["meeting"]))
    assert "Confidential annex" not in html
    assert "Nightjar" not in html


def test_it_shows_a_restricted_items_number_and_reason(
    agenda_with_papers: dict[str, Any],
) -> None:
    html = html_for(None, agenda_url(agenda_with_papers["meeting"]))
    assert "3. Restricted item" in html
    assert "contains information about an ongoing investigation" in html


def test_it_shows_board_members_the_restricted_papers(
    agenda_with_papers: dict[str, Any], board_member: Any
) -> None:
    html = html_for(board_member, agenda_url(agenda_with_papers["meeting"]))
    assert "Confidential annex" in html
    assert "Nightjar brief" in html


@pytest.mark.parametrize("name", ["restricted_paper", "secret_paper"])
def test_it_answers_404_to_the_public_for_a_restricted_paper(
    agenda_with_papers: dict[str, Any], name: str
) -> None:
    url = agenda_with_papers[name].get_absolute_url()
    assert client_for(None).get(url).status_code == 404


def test_it_gives_board_members_a_restricted_paper(
    agenda_with_papers: dict[str, Any], board_member: Any
) -> None:
    url = agenda_with_papers["restricted_paper"].get_absolute_url()
    response = client_for(board_member).get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_it_serves_a_paper_as_a_download_never_inline(
    agenda_with_papers: dict[str, Any],
) -> None:
    response = client_for(None).get(agenda_with_papers["public_paper"].get_absolute_url())
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"


def test_it_answers_404_for_an_unpublished_agenda(
    upcoming: Meeting, secretariat: Any, outsider: Any, board_member: Any
) -> None:
    from tests.agenda.conftest import add_item

    add_item(upcoming, secretariat, "Welcome")
    for user in (None, outsider, board_member):
        assert client_for(user).get(agenda_url(upcoming)).status_code == 404


def test_it_answers_403_to_a_board_member_on_the_editor(
    agenda_with_papers: dict[str, Any], board_member: Any
) -> None:
    url = agenda_url(agenda_with_papers["meeting"], "agenda:editor")
    assert client_for(board_member).get(url).status_code == 403


def test_it_says_what_changed_when_published_again(
    agenda_with_papers: dict[str, Any], secretariat: Any
) -> None:
    from agenda import services
    from tests.agenda.conftest import pdf_bytes

    welcome = agenda_with_papers["items"][0]
    services.paper_add(item=welcome, by=secretariat, name="a.pdf", data=pdf_bytes(), title="New")
    services.paper_add(
        item=welcome,
        by=secretariat,
        name="b.pdf",
        data=pdf_bytes(pages=3),
        title="Hidden",
        restricted=True,
    )
    services.agenda_publish(agenda=welcome.agenda, by=secretariat, verb="republish")
    html = html_for(None, agenda_url(agenda_with_papers["meeting"]))
    assert "Item 1 paper added," in html  # once: the restricted paper's addition is not told


def test_it_reads_the_agenda_page_in_constant_queries(
    agenda_with_papers: dict[str, Any],
    secretariat: Any,
    django_assert_max_num_queries: Any,
) -> None:
    from agenda import services
    from tests.agenda.conftest import pdf_bytes

    client = client_for(None)
    url = agenda_url(agenda_with_papers["meeting"])
    with django_assert_max_num_queries(8) as small:
        client.get(url)
    item = agenda_with_papers["items"][0]
    for n in range(5):
        extra = services.item_add(
            meeting=agenda_with_papers["meeting"], by=secretariat, title=f"X{n}"
        )
        services.paper_add(
            item=extra, by=secretariat, name="p.pdf", data=pdf_bytes(pages=n + 1), title=f"P{n}"
        )
    services.paper_add(item=item, by=secretariat, name="q.pdf", data=pdf_bytes(pages=9), title="Q")
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(url).status_code == 200


def test_it_puts_the_published_agenda_in_the_feed_without_restricted_papers(
    agenda_with_papers: dict[str, Any],
) -> None:
    from django.urls import reverse

    board = agenda_with_papers["meeting"].board
    feed = client_for(None).get(reverse("meetings:board_feed", args=[board.slug]))
    text = feed.content.decode()
    assert "Agenda for" in text
    assert "2. Finance report" in text
    assert "Nightjar" not in text and "Confidential annex" not in text


def test_it_puts_the_agenda_and_public_papers_in_the_api_event(
    agenda_with_papers: dict[str, Any],
) -> None:
    from django.urls import reverse

    meeting = agenda_with_papers["meeting"]
    data = client_for(None).get(reverse("api:event", args=[meeting.pk])).json()
    assert [item["description"] for item in data["agenda"]] == [
        "Welcome and apologies",
        "Finance report",
        "Restricted item",
    ]
    notes = [document["note"] for document in data["documents"]]
    assert "Budget paper" in notes
    assert "Confidential annex" not in notes and "Nightjar brief" not in notes


def test_it_links_the_published_agenda_from_the_board_page(
    agenda_with_papers: dict[str, Any],
) -> None:
    meeting = agenda_with_papers["meeting"]
    html = html_for(None, meeting.board.get_absolute_url())
    assert agenda_url(meeting) in html


def test_it_lists_the_public_papers_considered_on_the_published_record(
    published_meeting: Meeting, secretariat: Any
) -> None:
    from agenda import services
    from tests.agenda.conftest import add_item, pdf_bytes

    item = add_item(published_meeting, secretariat, "Use of intrusive powers")
    services.paper_add(item=item, by=secretariat, name="a.pdf", data=pdf_bytes(), title="MPS paper")
    services.paper_add(
        item=item,
        by=secretariat,
        name="b.pdf",
        data=pdf_bytes(pages=2),
        title="Annex",
        restricted=True,
    )
    services.agenda_publish(agenda=item.agenda, by=secretariat)
    html = html_for(None, published_meeting.get_absolute_url())
    assert "Papers considered" in html and "MPS paper" in html
    assert "Annex" not in html


def test_it_links_the_calendar_event_to_the_published_agenda(
    agenda_with_papers: dict[str, Any],
) -> None:
    from django.urls import reverse

    meeting = agenda_with_papers["meeting"]
    body = client_for(None).get(reverse("meetings:calendar", args=[meeting.board.slug]))
    unfolded = body.content.decode().replace("\r\n ", "")
    assert agenda_url(meeting) in unfolded


def test_it_answers_404_for_a_paper_number_past_any_key(
    agenda_with_papers: dict[str, Any],
) -> None:
    meeting = agenda_with_papers["meeting"]
    url = agenda_url(meeting, "agenda:paper", 10**12)
    assert client_for(None).get(url).status_code == 404


def test_it_answers_404_for_an_item_number_past_any_key(
    agenda_with_papers: dict[str, Any], secretariat: Any
) -> None:
    meeting = agenda_with_papers["meeting"]
    url = agenda_url(meeting, "agenda:item_delete")
    assert client_for(secretariat).post(url, {"target": "9" * 30}).status_code == 404
