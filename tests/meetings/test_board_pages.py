import datetime

import pytest
from django.test import Client

from meetings.models import Board, Meeting
from tests.conftest import client_for


def test_it_lists_boards_on_the_home_page(published_meeting: Meeting, client: Client) -> None:
    html = client.get("/").content.decode()
    assert 'href="/boards/performance-and-risk-oversight-board/"' in html


def test_it_links_the_board_page_to_the_published_record(
    published_meeting: Meeting, client: Client
) -> None:
    html = client.get(published_meeting.board.get_absolute_url()).content.decode()
    assert f'href="{published_meeting.get_absolute_url()}"' in html


def test_it_writes_when_an_open_action_was_raised_in_the_long_style(
    published_meeting: Meeting, client: Client
) -> None:
    html = client.get(published_meeting.board.get_absolute_url()).content.decode()
    assert "Raised 31 August 2023" in html
    assert "Raised 31 Aug 2023" not in html


def test_it_leaves_drafts_off_the_public_board_page(seed_meeting: Meeting, client: Client) -> None:
    html = client.get(seed_meeting.board.get_absolute_url()).content.decode()
    assert seed_meeting.get_absolute_url() not in html


def test_it_shows_drafts_to_the_secretariat(seed_meeting: Meeting, secretariat: object) -> None:
    html = client_for(secretariat).get(seed_meeting.board.get_absolute_url()).content.decode()
    assert seed_meeting.get_absolute_url() in html


def test_it_answers_404_for_an_unknown_board(db: None, client: Client) -> None:
    response = client.get("/boards/nothing-here/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize("url", ["/", "/healthz"])
def test_it_serves_the_public_pages(db: None, client: Client, url: str) -> None:
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("extra", [0, 10])
def test_it_runs_the_same_queries_however_many_meetings(
    published_meeting: Meeting, client: Client, django_assert_num_queries: object, extra: int
) -> None:
    for n in range(extra):
        Meeting.objects.create(
            board=published_meeting.board,
            date=published_meeting.date.replace(year=2000 + n),
            title=f"Record {n}",
            status="published",
        )
    url = published_meeting.board.get_absolute_url()
    # The board, its records, and its upcoming announced meetings.
    with django_assert_num_queries(5):
        client.get(url)


def test_it_keeps_a_board_with_only_drafts_off_the_home_page(
    seed_meeting: Meeting, client: Client
) -> None:
    assert seed_meeting.board.get_absolute_url() not in client.get("/").content.decode()


def test_it_answers_404_for_a_board_with_only_drafts(seed_meeting: Meeting, client: Client) -> None:
    assert client.get(seed_meeting.board.get_absolute_url()).status_code == 404


def test_it_shows_a_board_an_administrator_made_public(
    seed_meeting: Meeting, client: Client
) -> None:
    Board.objects.filter(pk=seed_meeting.board_id).update(is_public=True)
    html = client.get(seed_meeting.board.get_absolute_url()).content.decode()
    assert seed_meeting.get_absolute_url() not in html


def test_it_shows_a_draft_only_board_to_its_secretariat(
    seed_meeting: Meeting, secretariat: object
) -> None:
    response = client_for(secretariat).get(seed_meeting.board.get_absolute_url())
    assert response.status_code == 200


def test_it_lists_an_announced_meeting_without_its_record(
    published_meeting: Meeting, client: Client
) -> None:
    announced = Meeting.objects.create(
        board=published_meeting.board,
        date=datetime.date(2099, 3, 5),
        title="Record of Meeting 5 March 2099",
        announced=True,
    )
    html = client.get(published_meeting.board.get_absolute_url()).content.decode()
    assert "5 March 2099" in html
    assert announced.get_absolute_url() not in html
