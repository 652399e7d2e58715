"""What an import withholds from the public is read from evidence, and said plainly before the
draft is made (issue 15, the outside tester's UX finding 1: Maidstone's standing item "108.
Exempt Items", whose text is "RESOLVED: That the items on the agenda be taken in public as
proposed", was marked restricted from its title alone, and its public decision withheld, with
only a warning line among the lines to check)."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from django.urls import reverse

from meetings.minutes import parse_minutes
from meetings.models import Board
from tests.conftest import client_for, make_user

HEAD = "Audit Panel\nRecord of Meeting 5 March 2024\n\nPresent\nAnn Auditor, Chair\n\n"


def restricted(title: str, text: str) -> list[bool]:
    minutes = (
        f"{HEAD}1. Welcome\n\n1.1 The Chair welcomed all.\n\n2. {title}\n\n2.1 {text}\n\n"
        "3. Date of Next Meeting\n\n3.1 The next meeting is on 3 June 2024.\n"
    )
    return [s["restricted"] for s in parse_minutes(minutes).record["sections"]]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Exempt Items", "RESOLVED: That the items on the agenda be taken in public as proposed."),
        ("Confidential Items", "It was agreed that all business be considered in public."),
        ("Items to be taken in private session", "None."),
        ("Exempt Business", "There were no exempt items."),
    ],
)
def test_a_heading_that_only_announces_private_business_over_public_text_is_public(
    title: str, text: str
) -> None:
    assert restricted(title, text) == [False, False, False]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Exempt Items", "The Panel considered the tender for the cleaning contract."),
        ("Exempt Items", "RESOLVED: That item 12 be taken in private."),
        ("Exempt Items", "There were no questions. The Panel agreed the land sale."),
        ("Confidential Items", "The Board did not agree the sale of land at Mill Lane."),
        ("Staffing Review (exempt)", "RESOLVED: That the report be taken in public."),
    ],
)
def test_private_or_subject_matter_under_such_a_heading_stays_restricted(
    title: str, text: str
) -> None:
    assert restricted(title, text)[1] is True


@pytest.fixture
def panel(db: None) -> Board:
    return Board.objects.create(name="Audit Panel", slug="audit-panel")


def preview(panel: Board, body: str) -> Any:
    clerk = make_user(
        "clerk@panel.example", person_name="Sam Clerk", board=panel, role="secretariat"
    )
    url = reverse("meetings:import_minutes", args=[panel.slug])
    response = client_for(clerk).post(url, {"action": "preview", "text": HEAD + body})
    assert response.status_code == 200
    return lxml.html.fromstring(response.content.decode())


def test_the_preview_says_plainly_which_items_the_public_version_will_withhold(
    panel: Board,
) -> None:
    page = preview(
        panel,
        "1. Welcome\n\n1.1 The Chair welcomed all.\n\n2. Land at Mill Lane (exempt)\n\n"
        "2.1 The Panel agreed the sale.\n",
    )
    (note,) = page.xpath("//section[@id='preview']//div[@id='withheld']")
    said = " ".join(note.text_content().split())
    assert "This item will be withheld from the public version" in said
    assert "2. Land at Mill Lane (exempt)" in said
    assert "Restricted: withhold from publication" in said
    # Said before the button that makes the draft.
    button = page.xpath("//section[@id='preview']//button[@value='create']")[0]
    assert note.getparent().index(note) < button.getparent().index(button)


def test_no_such_note_where_nothing_is_withheld(panel: Board) -> None:
    page = preview(
        panel,
        "1. Welcome\n\n1.1 The Chair welcomed all.\n\n2. Exempt Items\n\n2.1 RESOLVED: That "
        "the items on the agenda be taken in public as proposed.\n",
    )
    assert page.xpath("//section[@id='preview']")
    assert not page.xpath("//div[@id='withheld']")
