import datetime
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from meetings.models import Action, Meeting, Organisation, Paragraph, Section
from meetings.services import record_circulate
from tests.conftest import client_for
from tests.factories import build_record

URL = reverse("actions:list")


def listed(client: Client) -> list[int]:
    html = client.get(URL).content.decode()
    return [a.pk for a in Action.objects.order_by("pk") if f'href="{a.get_absolute_url()}"' in html]


def test_it_lists_the_actions_of_published_records(
    published_meeting: Meeting, client: Client
) -> None:
    assert listed(client) == list(Action.objects.order_by("pk").values_list("pk", flat=True))


def test_it_leaves_out_actions_of_drafts(seed_meeting: Meeting, client: Client) -> None:
    assert listed(client) == []


def test_it_leaves_out_actions_of_circulated_records(seed_meeting: Meeting, client: Client) -> None:
    record_circulate(meeting=seed_meeting, by=None)
    assert listed(client) == []


def test_it_leaves_out_actions_in_restricted_paragraphs(
    published_meeting: Meeting, client: Client
) -> None:
    action = Action.objects.get(text__startswith="MPS to advise MOPAC")
    Paragraph.objects.filter(pk=action.paragraph_id).update(restricted=True)
    assert action.pk not in listed(client)
    assert "use of taser on a child" not in client.get(URL).content.decode()


def test_it_leaves_out_actions_in_restricted_sections(
    published_meeting: Meeting, client: Client
) -> None:
    Section.objects.filter(title="Use of Intrusive Powers").update(restricted=True)
    assert listed(client) == []


def test_it_shows_number_reference_and_owner(published_meeting: Meeting, client: Client) -> None:
    html = client.get(URL).content.decode()
    assert "Action 2</a> (4.5): MPS to advise MOPAC" in html
    assert '<td data-label="Owner">MPS</td>' in html


def test_it_marks_overdue_actions(published_meeting: Meeting, client: Client) -> None:
    Action.objects.filter(text__startswith="MPS to advise MOPAC").update(
        due=datetime.date(2024, 4, 30)
    )
    assert client.get(URL).content.decode().count(">Overdue</strong>") == 1


def test_it_does_not_mark_closed_actions_overdue(
    published_meeting: Meeting, client: Client
) -> None:
    Action.objects.update(
        due=datetime.date(2024, 4, 30),
        status=Action.Status.CLOSED,
        closed_at_meeting=published_meeting,
    )
    assert ">Overdue</strong>" not in client.get(URL).content.decode()


def test_it_shows_a_board_member_the_circulated_records_actions(
    seed_meeting: Meeting, board_member: Any
) -> None:
    record_circulate(meeting=seed_meeting, by=None)
    assert len(listed(client_for(board_member))) == 3


def test_it_shows_the_owner_their_circulated_actions(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    assert len(listed(client_for(action_owner))) == 3


@pytest.mark.parametrize("sections", [1, 10])
def test_it_runs_the_same_queries_whatever_the_number(
    published_meeting: Meeting, django_assert_num_queries: Any, sections: int
) -> None:
    build_record(
        board=published_meeting.board,
        date=datetime.date(2024, 1, 1),
        sections=sections,
        paragraphs_per_section=9,
        owner=Organisation.objects.get(short_name="MPS"),
    )
    client = Client()
    # The count for paging, actions and their named people (3).
    with django_assert_num_queries(3):
        assert client.get(URL).status_code == 200


def test_it_lists_fifty_actions_a_page_and_links_to_the_next(
    published_meeting: Meeting, client: Client
) -> None:
    build_record(
        board=published_meeting.board,
        date=datetime.date(2024, 1, 1),
        sections=20,
        paragraphs_per_section=9,
    )
    first = client.get(URL).content.decode()
    assert first.count('href="/actions/') == 50 + 1  # the rows and the navigation's link
    assert 'href="?page=2"' in first


def test_it_shows_the_last_page_for_a_page_past_the_end(
    published_meeting: Meeting, client: Client
) -> None:
    assert client.get(URL + "?page=99").status_code == 200
