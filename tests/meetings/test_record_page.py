import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from meetings.models import Meeting, Organisation, Paragraph
from tests.conftest import client_for
from tests.factories import build_record
from tests.htmlcheck import assert_valid_html


@pytest.fixture
def page_html(published_meeting: Meeting, client: Client) -> str:
    response = client.get(published_meeting.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_the_board_and_title(page_html: str) -> None:
    assert "Performance and Risk Oversight Board" in page_html
    assert "<h1>Record of Meeting 31 August 2023</h1>" in page_html


def test_it_lists_attendees_under_their_organisation(page_html: str) -> None:
    mps = page_html.index(">MPS</h3>")
    assert (
        page_html.index(">MOPAC</h3>") < page_html.index("Dr Paul Dawson, Head of Evidence") < mps
    )
    assert mps < page_html.index("Dame Lynne Owens, Deputy Commissioner")


def test_it_numbers_sections_paragraphs_and_actions(page_html: str) -> None:
    assert "4. Use of Intrusive Powers" in page_html
    assert '<span class="ref">4.3</span>' in page_html
    assert "Action 2</a>:</strong> MPS to advise MOPAC" in page_html


def test_it_shows_owner_and_due_date_beside_each_action(page_html: str) -> None:
    assert page_html.count("Owner: MPS") == 3
    assert "Due: no date set" in page_html


def test_it_is_valid_html(page_html: str) -> None:
    assert_valid_html(page_html)


def test_it_withholds_a_restricted_paragraph_from_the_public(
    published_meeting: Meeting, client: Client
) -> None:
    Paragraph.objects.filter(text__startswith="The DMPC noted that in 50%").update(restricted=True)
    html = client.get(published_meeting.get_absolute_url()).content.decode()
    assert "50% of cases" not in html
    assert "Withheld from publication" in html


def test_it_hides_a_draft_from_the_public(seed_meeting: Meeting, client: Client) -> None:
    assert client.get(seed_meeting.get_absolute_url()).status_code == 404


def test_it_answers_404_for_a_date_that_does_not_exist(
    published_meeting: Meeting, client: Client
) -> None:
    url = f"/boards/{published_meeting.board.slug}/2023-02-31/"
    assert client.get(url).status_code == 404


def test_it_serves_json_and_text_beside_the_page(
    published_meeting: Meeting, client: Client
) -> None:
    base = published_meeting.get_absolute_url().rstrip("/")
    assert client.get(base + ".json").json()["sections"][3]["paragraphs"][2]["ref"] == "4.3"
    assert (
        client.get(base + ".txt")
        .content.decode()
        .startswith("Performance and Risk Oversight Board")
    )


def test_it_runs_the_same_queries_whatever_the_size(published_meeting: Meeting) -> None:
    """A 300-paragraph record costs the page no more queries than a 3-paragraph one, the
    first time (when it is rendered) and in another process (which makes it from the record's
    view and paragraphs kept in the shared cache)."""
    mps = Organisation.objects.get(short_name="MPS")
    counts = {}
    for day, size in ((1, 3), (2, 300)):
        meeting = build_record(
            board=published_meeting.board,
            date=datetime.date(2024, 1, day),
            sections=size // 3 if size > 3 else 1,
            paragraphs_per_section=3,
            owner=mps,
        )
        assert Paragraph.objects.filter(section__meeting=meeting).count() == size
        with CaptureQueriesContext(connection) as first:
            assert Client().get(meeting.get_absolute_url()).status_code == 200
        # Another process (a new client: its own front door) makes the page from the parts
        # kept in the shared cache: the record's revision, the record through the scoping
        # layer, and the stored plain text whose checksum the page shows.
        with CaptureQueriesContext(connection) as later:
            assert Client().get(meeting.get_absolute_url()).status_code == 200
        counts[size] = (len(first), len(later))
    assert counts[3] == counts[300]
    assert counts[3][1] == 3, [q["sql"][:80] for q in later.captured_queries]


@pytest.mark.parametrize("sections", [1, 100])
def test_it_runs_the_same_queries_for_a_signed_in_board_member(
    published_meeting: Meeting,
    board_member: object,
    django_assert_num_queries: object,
    sections: int,
) -> None:
    client = client_for(board_member)
    build_record(
        board=published_meeting.board,
        date=datetime.date(2024, 1, 1),
        sections=sections,
        paragraphs_per_section=3,
        status=Meeting.Status.CIRCULATED,
    )
    # Session (1), the user with their memberships (kept for the request, so whether they read
    # the record, its restricted content, as its secretariat, and the navigation's roles ask
    # no more) and whether an action names them (for the navigation), in one statement (1:
    # accounts.backends), record, seven record queries, and the record's comments with their
    # authors (1: the board reads them beside each paragraph); no session write (its last
    # activity moved under a minute ago).
    with django_assert_num_queries(10):
        client.get("/boards/performance-and-risk-oversight-board/2024-01-01/")
    # Its body kept (tests/meetings/test_record_body_kept.py): session, user (with their
    # memberships and whether an action names them), record; the record's queries and its
    # comments are read only when the body is made.
    with django_assert_num_queries(3):
        client.get("/boards/performance-and-risk-oversight-board/2024-01-01/")


def test_it_keeps_a_members_view_out_of_shared_caches(
    published_meeting: Meeting, board_member: object
) -> None:
    response = client_for(board_member).get(published_meeting.get_absolute_url())
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_it_lets_the_public_version_be_cached(published_meeting: Meeting, client: Client) -> None:
    response = client.get(published_meeting.get_absolute_url())
    assert "private" not in response.get("Cache-Control", "")
