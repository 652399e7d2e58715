"""The public reads the agenda as it was last published: changes made since stay unseen by
the public (page, feed, API, papers) until the secretariat publishes them again, while the
board and the secretariat see them at once. A restriction added since applies at once."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from agenda import services
from tests.agenda.conftest import agenda_url, pdf_bytes
from tests.conftest import client_for, html_for

pytestmark = pytest.mark.django_db


def _feed(meeting: Any) -> str:
    url = reverse("meetings:board_feed", args=[meeting.board.slug])
    return client_for(None).get(url).content.decode()


def _api(meeting: Any) -> dict[str, Any]:
    return client_for(None).get(reverse("api:event", args=[meeting.pk])).json()


def test_it_shows_the_public_an_items_published_title_until_republished(
    agenda_with_papers: dict[str, Any], secretariat: Any, board_member: Any
) -> None:
    meeting = agenda_with_papers["meeting"]
    finance = agenda_with_papers["items"][1]
    services.item_update(item=finance, by=secretariat, title="Finance and budget report")
    public = html_for(None, agenda_url(meeting))
    assert "Finance report" in public and "Finance and budget report" not in public
    assert "Finance and budget report" not in _feed(meeting)
    assert "Finance report" in [item["description"] for item in _api(meeting)["agenda"]]
    assert "Finance and budget report" in html_for(board_member, agenda_url(meeting))
    editor = html_for(secretariat, agenda_url(meeting, "agenda:editor"))
    assert "Finance and budget report" in editor
    assert "Changed since publication — republish to show the public" in editor

    services.agenda_publish(agenda=finance.agenda, by=secretariat, verb="republish")
    public = html_for(None, agenda_url(meeting))
    assert "Finance and budget report" in public
    assert "Item 2 changed" in public
    assert "2. Finance and budget report" in _feed(meeting)
    editor = html_for(secretariat, agenda_url(meeting, "agenda:editor"))
    assert "Changed since publication" not in editor


def test_it_keeps_a_paper_added_after_publication_from_the_public_until_republished(
    agenda_with_papers: dict[str, Any], secretariat: Any, board_member: Any
) -> None:
    meeting = agenda_with_papers["meeting"]
    welcome = agenda_with_papers["items"][0]
    paper = services.paper_add(
        item=welcome, by=secretariat, name="w.pdf", data=pdf_bytes(), title="Welcome note"
    )
    download = agenda_url(meeting, "agenda:paper", paper.pk)
    assert "Welcome note" not in html_for(None, agenda_url(meeting))
    assert "Welcome note" not in [doc["note"] for doc in _api(meeting)["documents"]]
    assert client_for(None).get(download).status_code == 404
    assert "Welcome note" in html_for(board_member, agenda_url(meeting))
    assert client_for(board_member).get(download).status_code == 200

    services.agenda_publish(agenda=welcome.agenda, by=secretariat, verb="republish")
    public = html_for(None, agenda_url(meeting))
    assert "Welcome note" in public and "Item 1 paper added" in public
    assert "Welcome note" in [doc["note"] for doc in _api(meeting)["documents"]]
    assert client_for(None).get(download).status_code == 200


def test_it_withholds_at_once_what_is_restricted_after_publication(
    agenda_with_papers: dict[str, Any], secretariat: Any
) -> None:
    meeting = agenda_with_papers["meeting"]
    budget = agenda_with_papers["public_paper"]
    services.paper_update(
        paper=budget, by=secretariat, title="Budget paper", version="1", restricted=True
    )
    assert "Budget paper" not in html_for(None, agenda_url(meeting))
    assert "Budget paper" not in [doc["note"] for doc in _api(meeting)["documents"]]
    assert client_for(None).get(agenda_url(meeting, "agenda:paper", budget.pk)).status_code == 404

    finance = agenda_with_papers["items"][1]
    services.item_update(
        item=finance,
        by=secretariat,
        restricted=True,
        restricted_reason="Not for publication: legal advice",
    )
    public = html_for(None, agenda_url(meeting))
    # The label typed before the reason is shown once: the page's own.
    assert "Not for publication:</strong> legal advice" in public
