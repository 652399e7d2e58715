"""A new name the preview leaves unticked (doubtful, as 'Barrett' alone, or unticked by the
clerk) is left out of the draft, and the preview says so plainly beside each button that makes
the draft, and at the attendee in the preview's list (issue 15, the outside tester's UX finding
2: 'Di Mitchell' and 'Barrett', unticked as doubtful, were dropped at Create draft with nothing
on the preview to say they would be)."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from django.urls import reverse

from meetings.models import Board
from tests.conftest import client_for, make_user
from tests.htmlcheck import assert_valid_html

TEXT = (
    "Audit Panel\nRecord of Meeting 5 March 2024\n\nPresent\nAnn Auditor, Chair\nBarrett\n\n"
    "1. Welcome\n\n1.1 The Chair welcomed all.\n"
)


@pytest.fixture
def panel(db: None) -> Board:
    return Board.objects.create(name="Audit Panel", slug="audit-panel")


def preview(panel: Board, **data: Any) -> str:
    clerk = make_user(
        "clerk@panel.example", person_name="Sam Clerk", board=panel, role="secretariat"
    )
    url = reverse("meetings:import_minutes", args=[panel.slug])
    response = client_for(clerk).post(url, {"action": "preview", "text": TEXT, **data})
    assert response.status_code == 200
    return response.content.decode()


def said(element: Any) -> str:
    return " ".join(element.text_content().split())


def test_the_preview_names_the_unticked_people_left_out_beside_each_create_button(
    panel: Board,
) -> None:
    html = preview(panel)
    assert_valid_html(html)
    page = lxml.html.fromstring(html)
    notes = page.xpath("//div[contains(@class, 'left-out-names')]")
    # One in the form with the first "Create draft", one in New people above the second.
    assert [n.get("id") for n in notes] == ["left-out-names-top", "import-form-left-out-names"]
    for note in notes:
        assert "Left out of the draft unless you tick it under New people: Barrett." in said(note)
        assert "Ann Auditor" not in said(note)
    (top,) = page.xpath("//form[@id='import-form']//div[@id='left-out-names-top']")
    assert top.getnext() is not None
    (marked,) = page.xpath("//section[@id='preview']//li[contains(., 'Barrett')]")
    assert "(not ticked under New people: left out of the draft)" in said(marked)


def test_no_note_once_every_name_is_ticked(panel: Board) -> None:
    html = preview(
        panel,
        shown_people=["Ann Auditor", "Barrett"],
        new_people=["Ann Auditor", "Barrett"],
    )
    page = lxml.html.fromstring(html)
    assert not page.xpath("//div[contains(@class, 'left-out-names')]")
    assert "left out of the draft)" not in html
