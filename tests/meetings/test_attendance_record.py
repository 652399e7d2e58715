"""A member's attendance record (issue 18): the board's meetings they were expected at, attended
and sent apologies to, as the records the reader may open say, in a fixed number of queries."""

from __future__ import annotations

import datetime
from typing import Any

import lxml.html
import pytest
from django.test import Client
from django.urls import reverse

from meetings.models import Attendance, Board, Meeting, Membership, Person
from meetings.services import record_circulate
from tests.conftest import client_for, publish
from tests.factories import build_record
from tests.htmlcheck import assert_valid_html_pages

SINCE = datetime.date(2023, 1, 1)


@pytest.fixture
def dmpc(seed_meeting: Meeting) -> Membership:
    """The DMPC (present at the seed's meeting) as a board member since the start of 2023."""
    person = Person.objects.get(name="Sophie Linden")
    return Membership.objects.create(
        person=person, board=seed_meeting.board, role=Membership.Role.BOARD_MEMBER, start_date=SINCE
    )


def attend(meeting: Meeting, person: Person, kind: str) -> None:
    Attendance.objects.create(meeting=meeting, person=person, kind=kind, position=99)


@pytest.fixture
def record(seed_meeting: Meeting, dmpc: Membership) -> Membership:
    """The seed published (present), a later meeting with apologies and one with nothing said
    of the DMPC, both published; and a circulated one she attended."""
    publish(seed_meeting)
    board = seed_meeting.board
    for day, kind in ((datetime.date(2023, 10, 5), "apologies"), (datetime.date(2023, 10, 12), "")):
        meeting = build_record(board=board, date=day, sections=1, paragraphs_per_section=1)
        if kind:
            attend(meeting, dmpc.person, kind)
    circulated = build_record(
        board=board,
        date=datetime.date(2023, 11, 2),
        sections=1,
        paragraphs_per_section=1,
        status=Meeting.Status.DRAFT,
    )
    attend(circulated, dmpc.person, Attendance.Kind.PRESENT)
    record_circulate(meeting=circulated, by=None, ownerless_confirmed=True)
    return dmpc


def url(membership: Membership) -> str:
    return reverse("meetings:member", args=[membership.board.slug, membership.pk])


def summary(response: Any) -> str:
    assert response.status_code == 200
    page = lxml.html.fromstring(response.content)
    return " ".join(page.get_element_by_id("attendance-summary").text_content().split())


def rows(response: Any) -> list[list[str]]:
    page = lxml.html.fromstring(response.content)
    return [
        [" ".join(cell.text_content().split()) for cell in row.xpath("td")]
        for row in page.xpath("//table/tbody/tr")
    ]


def test_it_sums_up_the_published_record_for_the_public(record: Membership) -> None:
    assert summary(Client().get(url(record))) == (
        "Attended 1 of 3 meetings since 1 January 2023; apologies sent to 1."
    )


def test_it_lists_each_meeting_with_its_outcome(record: Membership) -> None:
    outcomes = [(row[0], row[2]) for row in rows(Client().get(url(record)))]
    assert outcomes == [
        ("12 October 2023", "Absent, no apologies recorded"),
        ("5 October 2023", "Apologies"),
        ("31 August 2023", "Present"),
    ]


def test_it_shows_the_role_held_on_the_day(record: Membership) -> None:
    seed_row = rows(Client().get(url(record)))[-1]
    assert seed_row[3] == "Deputy Mayor for Policing and Crime (DMPC)"


def test_it_counts_the_circulated_record_for_members(record: Membership, board_member: Any) -> None:
    assert summary(client_for(board_member).get(url(record))) == (
        "Attended 2 of 4 meetings since 1 January 2023; apologies sent to 1."
    )


def test_it_counts_only_published_records_for_an_action_owner(
    record: Membership, action_owner: Any
) -> None:
    assert summary(client_for(action_owner).get(url(record))).startswith("Attended 1 of 3")


def test_it_notes_meetings_attended_outside_the_membership(record: Membership) -> None:
    Membership.objects.filter(pk=record.pk).update(start_date=datetime.date(2023, 9, 1))
    text = summary(Client().get(url(record)))
    assert text == (
        "Attended 0 of 2 meetings since 1 September 2023; apologies sent to 1. "
        "Also at 1 meeting outside this membership."
    )
    assert rows(Client().get(url(record)))[-1][2] == "Present"


def test_it_answers_404_on_a_private_board(dmpc: Membership, outsider: Any) -> None:
    assert Client().get(url(dmpc)).status_code == 404
    assert client_for(outsider).get(url(dmpc)).status_code == 404


def test_it_answers_404_for_another_board_s_membership(record: Membership) -> None:
    other = Board.objects.create(name="Other Board", slug="other", is_public=True)
    elsewhere = Membership.objects.create(
        person=record.person, board=other, role=Membership.Role.BOARD_MEMBER, start_date=SINCE
    )
    address = reverse("meetings:member", args=[record.board.slug, elsewhere.pk])
    assert Client().get(address).status_code == 404


def test_it_says_so_when_no_record_is_published_yet(dmpc: Membership, board_member: Any) -> None:
    dmpc.board.is_public = True
    dmpc.board.save()
    assert summary(Client().get(url(dmpc))) == (
        "No meeting since 1 January 2023 has a record published yet."
    )


def test_it_links_each_member_from_the_board_page(record: Membership) -> None:
    page = lxml.html.fromstring(Client().get(record.board.get_absolute_url()).content)
    links = page.xpath(f"//a[@href='{url(record)}']")
    assert [a.text_content() for a in links] == ["Sophie Linden"]


def test_it_shows_no_email_address(record: Membership, board_member: Any) -> None:
    member = Membership.objects.get(person__user=board_member)
    assert "@" not in client_for(None).get(url(member)).content.decode()


@pytest.mark.parametrize("meetings", [1, 10])
def test_it_costs_the_same_queries_whatever_the_number_of_meetings(
    record: Membership, board_member: Any, django_assert_max_num_queries: Any, meetings: int
) -> None:
    for n in range(meetings):
        meeting = build_record(
            board=record.board,
            date=datetime.date(2024, 1, 4) + datetime.timedelta(days=7 * n),
            sections=1,
            paragraphs_per_section=1,
        )
        attend(meeting, record.person, Attendance.Kind.PRESENT)
    client = client_for(board_member)
    client.get(url(record))  # the session warmed
    with django_assert_max_num_queries(11):
        response = client.get(url(record))
    assert len(rows(response)) == 4 + meetings


def test_it_serves_valid_html(record: Membership, board_member: Any) -> None:
    assert_valid_html_pages(
        {
            "public": Client().get(url(record)).content,
            "member": client_for(board_member).get(url(record)).content,
        }
    )
