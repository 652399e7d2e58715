"""The agenda's pages are valid HTML (the Nu Html Checker), in every state they show."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from agenda.models import AgendaItem
from agenda.pack import packs_make
from tests.agenda.conftest import agenda_url
from tests.conftest import client_for
from tests.htmlcheck import assert_valid_html_pages

pytestmark = pytest.mark.django_db


def test_it_serves_valid_html(
    agenda_with_papers: dict[str, Any], secretariat: Any, board_member: Any
) -> None:
    meeting = agenda_with_papers["meeting"]
    packs_make(agenda_with_papers["agenda"])  # so that the page links its packs
    clerk = client_for(secretariat)
    item = AgendaItem.objects.filter(agenda__meeting=meeting).order_by("position")[1]
    refused_item = clerk.post(
        agenda_url(meeting, "agenda:item_add"),
        {"add-title": "", "add-purpose": "noting", "add-restricted": "on"},
    )
    refused_paper = clerk.post(
        agenda_url(meeting, "agenda:paper_add"),
        {
            "target": item.pk,
            f"paper-{item.pk}-title": "Not a paper",
            f"paper-{item.pk}-version": "1",
            f"paper-{item.pk}-upload": SimpleUploadedFile("x.pdf", b"<html></html>"),
        },
    )
    assert (refused_item.status_code, refused_paper.status_code) == (400, 400)
    assert_valid_html_pages(
        {
            "public agenda": client_for(None).get(agenda_url(meeting)).content,
            "members' agenda": client_for(board_member).get(agenda_url(meeting)).content,
            "editor": clerk.get(agenda_url(meeting, "agenda:editor")).content,
            "editor, item refused": refused_item.content,
            "editor, paper refused": refused_paper.content,
            "board page": clerk.get(meeting.board.get_absolute_url()).content,
        }
    )
