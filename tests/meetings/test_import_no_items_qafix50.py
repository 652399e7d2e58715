"""Minutes with no item found are refused with what was found and what to do (issue 15, the
outside tester's UX finding 4: the Epsom and Walton Downs Conservators' minutes, numbered
'2838' ... in a column beside their titles, and a Minute | Action table of titled items were
refused with "No numbered sections were found; sections look like '1. Minutes'", which read
as if no item was numbered)."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from django.urls import reverse

from meetings.minutes import MinutesError, parse_minutes
from meetings.models import Board
from tests.conftest import client_for, make_user

HEAD = (
    "Downs Conservators\nMinutes of the Meeting held on 19 July 2006\n\n"
    "Present: Councillor Jean Smith (Chairman), Councillor Chris Long\n\n"
)
# Each minute's number in a column of its own, its title run into its text beside it.
COLUMN = (
    "| 2838 | MINUTES. The Minutes of the meeting held on 19 April 2006 were agreed. |\n"
    "| 2839 | APOLOGIES FOR ABSENCE. Apologies were received from Mr Andrew Cooper. |\n"
    "| 2840 | SIGN POSTING. The Conservators received verbal reports from the Clerk. |\n"
)


def refusal(text: str) -> str:
    with pytest.raises(MinutesError) as caught:
        parse_minutes(text)
    return str(caught.value)


def test_it_says_what_was_found_and_that_the_numbers_stand_in_a_column_of_their_own() -> None:
    said = refusal(HEAD + COLUMN)
    assert said.startswith("No numbered sections were found: in ")
    assert "the reader found the date 19 July 2006 and 2 attendees, but no items" in said
    assert "The numbers 2838, 2839, 2840 stand in a column of their own" in said
    assert "put each item's number and title at the start of a line of its own" in said
    assert "then press Preview again" in said


def test_words_alone_are_said_as_no_date_and_no_items() -> None:
    said = refusal("Some notes\n\nJust some words about the day.\n")
    assert "the reader found no date and no attendees, but no items" in said
    assert "column of their own" not in said


@pytest.fixture
def panel(db: None) -> Board:
    return Board.objects.create(name="Downs Conservators", slug="downs")


def test_the_page_says_the_refusal_once_in_its_summary(panel: Board) -> None:
    clerk: Any = make_user(
        "clerk@downs.example", person_name="Sam Clerk", board=panel, role="secretariat"
    )
    url = reverse("meetings:import_minutes", args=[panel.slug])
    response = client_for(clerk).post(url, {"action": "preview", "text": HEAD + COLUMN})
    assert response.status_code == 400
    page = lxml.html.fromstring(response.content.decode())
    said = " ".join(page.text_content().split())
    assert said.count("No numbered sections were found") == 1
    (summary,) = page.xpath("//div[contains(@class, 'import-summary')]")
    assert "stand in a column of their own" in summary.text_content()
