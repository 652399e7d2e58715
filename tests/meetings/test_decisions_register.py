"""The decisions register (issue 18): a board's decisions, as the reader may read them, filtered,
a page at a time, in a fixed number of queries, as CSV and in the API."""

from __future__ import annotations

import csv
import datetime
import io
import json
from typing import Any

import lxml.html
import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from meetings.models import Board, Meeting, Membership, Paragraph, Section
from meetings.services import record_circulate
from tests.conftest import client_for, next_meeting, publish
from tests.factories import build_record
from tests.htmlcheck import assert_valid_html_pages

PUBLIC_DECISION = "The board agreed the revised stop and search reporting framework."
RESTRICTED_DECISION = "The board agreed the covert tasking review terms."
CIRCULATED_DECISION = "The board approved the estates strategy for consultation."


def _decide(meeting: Meeting, text: str, *, restricted: bool = False) -> Paragraph:
    """A paragraph of the record's first section made into a decision saying `text`."""
    paragraph = Paragraph.objects.filter(section__meeting=meeting).order_by(
        "section__position", "position"
    )[0 if not restricted else 1]
    paragraph.text, paragraph.decision, paragraph.restricted = text, True, restricted
    paragraph.save()
    return paragraph


@pytest.fixture
def decided(seed_meeting: Meeting) -> Meeting:
    """The seed with a public and a restricted decision, published."""
    _decide(seed_meeting, PUBLIC_DECISION)
    _decide(seed_meeting, RESTRICTED_DECISION, restricted=True)
    return publish(seed_meeting)


@pytest.fixture
def circulated(decided: Meeting) -> Meeting:
    """A later record with a decision, circulated to the board, not published."""
    later = next_meeting(decided)
    section = Section.objects.create(meeting=later, position=1, title="Estates")
    Paragraph.objects.create(section=section, position=1, text=CIRCULATED_DECISION, decision=True)
    return record_circulate(meeting=later, by=None)


def url(board: Board, **query: str) -> str:
    address = reverse("meetings:decisions", args=[board.slug])
    return address + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def texts(response: Any) -> list[str]:
    page = lxml.html.fromstring(response.content)
    return [
        p.text_content().strip()
        for p in page.xpath("//ol[contains(@class, 'decisions')]/li/p[contains(@class, 'mb-0')]")
    ]


def test_it_lists_the_published_decisions_for_the_public(decided: Meeting) -> None:
    response = Client().get(url(decided.board))
    assert texts(response) == [PUBLIC_DECISION]


def test_it_links_each_decision_to_its_minute(decided: Meeting) -> None:
    paragraph = Paragraph.objects.get(text=PUBLIC_DECISION)
    page = lxml.html.fromstring(Client().get(url(decided.board)).content)
    hrefs = page.xpath("//ol[contains(@class, 'decisions')]//a/@href")
    assert hrefs == [f"{decided.get_absolute_url()}#{paragraph.anchor}"]
    record = lxml.html.fromstring(Client().get(decided.get_absolute_url()).content)
    assert record.get_element_by_id(paragraph.anchor) is not None


def test_it_shows_members_the_restricted_and_circulated_decisions(
    circulated: Meeting, board_member: Any
) -> None:
    response = client_for(board_member).get(url(circulated.board))
    assert texts(response) == [CIRCULATED_DECISION, PUBLIC_DECISION, RESTRICTED_DECISION]
    assert "Restricted" in response.content.decode()


def test_it_keeps_circulated_decisions_from_the_public_and_owners(
    circulated: Meeting, action_owner: Any
) -> None:
    assert texts(Client().get(url(circulated.board))) == [PUBLIC_DECISION]
    assert texts(client_for(action_owner).get(url(circulated.board))) == [PUBLIC_DECISION]


def test_it_leaves_out_a_draft_s_decisions_even_for_the_secretariat(
    decided: Meeting, secretariat: Any
) -> None:
    draft = next_meeting(decided)
    section = Section.objects.create(meeting=draft, position=1, title="Estates")
    Paragraph.objects.create(section=section, position=1, text="Not yet decided.", decision=True)
    assert "Not yet decided." not in texts(client_for(secretariat).get(url(decided.board)))


def test_it_answers_404_for_a_private_board(seed_meeting: Meeting, outsider: Any) -> None:
    _decide(seed_meeting, PUBLIC_DECISION)
    for client in (Client(), client_for(outsider)):
        assert client.get(url(seed_meeting.board)).status_code == 404
        csv_url = reverse("meetings:decisions_csv", args=[seed_meeting.board.slug])
        assert client.get(csv_url).status_code == 404


def test_it_withholds_a_decision_in_a_restricted_section(decided: Meeting) -> None:
    Section.objects.filter(paragraphs__text=PUBLIC_DECISION).update(restricted=True)
    assert texts(Client().get(url(decided.board))) == []


def test_it_filters_by_meeting(circulated: Meeting, board_member: Any) -> None:
    response = client_for(board_member).get(url(circulated.board, meeting=str(circulated.pk)))
    assert texts(response) == [CIRCULATED_DECISION]


def test_it_filters_by_dates(circulated: Meeting, board_member: Any) -> None:
    day = circulated.date.isoformat()
    client = client_for(board_member)
    assert texts(client.get(url(circulated.board, start=day))) == [CIRCULATED_DECISION]
    before = (circulated.date - datetime.timedelta(days=1)).isoformat()
    assert CIRCULATED_DECISION not in texts(client.get(url(circulated.board, end=before)))


def test_it_filters_by_words_in_any_case(decided: Meeting, board_member: Any) -> None:
    response = client_for(board_member).get(url(decided.board, q="COVERT+terms"))
    assert texts(response) == [RESTRICTED_DECISION]


def test_it_says_an_invalid_date_was_ignored(decided: Meeting) -> None:
    response = Client().get(url(decided.board, start="31-02-2023"))
    notes = [str(m) for m in get_messages(response.wsgi_request)]
    assert notes == ["Meetings on or after “31-02-2023” was ignored: Enter a valid date."]
    assert texts(response) == [PUBLIC_DECISION]


def test_it_says_an_end_before_the_start_was_ignored(decided: Meeting) -> None:
    response = Client().get(url(decided.board, start="2023-09-01", end="2023-08-01"))
    notes = [str(m) for m in get_messages(response.wsgi_request)]
    assert notes == [
        "Meetings on or before “2023-08-01” was ignored: The end date is before the start date."
    ]


def test_it_ignores_a_meeting_the_reader_may_not_open(circulated: Meeting) -> None:
    response = Client().get(url(circulated.board, meeting=str(circulated.pk)))
    assert texts(response) == [PUBLIC_DECISION]
    notes = [str(m) for m in get_messages(response.wsgi_request)]
    assert len(notes) == 1 and "was ignored" in notes[0]


def test_it_labels_every_filter(decided: Meeting) -> None:
    page = lxml.html.fromstring(Client().get(url(decided.board)).content)
    form = page.xpath("//form[@method='get']")[-1]
    fields = form.xpath(".//input[not(@type='hidden')] | .//select")
    assert len(fields) == 4
    for field in fields:
        assert page.xpath(f"//label[@for='{field.get('id')}']"), field.get("name")


def _many(board: Board, meetings: int) -> None:
    start = datetime.date(2022, 1, 3)
    for n in range(meetings):
        meeting = build_record(
            board=board,
            date=start + datetime.timedelta(days=7 * n),
            sections=2,
            paragraphs_per_section=3,
        )
        Paragraph.objects.filter(section__meeting=meeting).update(decision=True)


def test_it_pages_the_register(decided: Meeting) -> None:
    _many(decided.board, 5)  # 30 decisions and the seed's one
    response = Client().get(url(decided.board, page="2"))
    assert len(texts(response)) == 31 - 25
    assert "Page 2 of 2" in response.content.decode()


@pytest.mark.parametrize("meetings", [1, 8])
def test_it_costs_the_same_queries_whatever_the_number_of_decisions(
    decided: Meeting, board_member: Any, django_assert_max_num_queries: Any, meetings: int
) -> None:
    _many(decided.board, meetings)
    client = client_for(board_member)
    client.get(url(decided.board))  # the session and caches warmed
    with django_assert_max_num_queries(12):
        response = client.get(url(decided.board, q="paragraph"))
    assert len(texts(response)) == min(25, meetings * 6)


def _csv(client: Client, board: Board, **query: str) -> list[list[str]]:
    address = reverse("meetings:decisions_csv", args=[board.slug])
    response = client.get(address, query)
    assert response["Content-Disposition"].startswith("attachment;")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_it_downloads_the_register_as_csv(decided: Meeting) -> None:
    rows = _csv(Client(), decided.board)
    paragraph = Paragraph.objects.get(text=PUBLIC_DECISION)
    assert rows[0] == ["Meeting date", "Record", "Minute", "Decision", "Restricted", "Address"]
    assert rows[1][:5] == ["2023-08-31", decided.title, paragraph.ref, PUBLIC_DECISION, "No"]
    assert rows[1][5].endswith(f"{decided.get_absolute_url()}#{paragraph.anchor}")
    assert len(rows) == 2


def test_it_neutralises_formulas_in_the_csv(decided: Meeting) -> None:
    Paragraph.objects.filter(text=PUBLIC_DECISION).update(text='=HYPERLINK("http://x.example")')
    rows = _csv(Client(), decided.board)
    assert rows[1][3] == '\'=HYPERLINK("http://x.example")'


def test_it_filters_the_csv_as_the_page(decided: Meeting, board_member: Any) -> None:
    rows = _csv(client_for(board_member), decided.board, q="covert")
    assert [row[3] for row in rows[1:]] == [RESTRICTED_DECISION]


def test_it_links_the_register_from_the_board_page(decided: Meeting) -> None:
    page = lxml.html.fromstring(Client().get(decided.board.get_absolute_url()).content)
    assert page.xpath(f"//a[@href='{url(decided.board)}']")


def test_it_lists_public_decisions_in_the_api(circulated: Meeting) -> None:
    data = json.loads(Client().get(reverse("api:decisions")).content)
    assert [item["text"] for item in data["results"]] == [PUBLIC_DECISION]
    item = data["results"][0]
    assert item["result"] == "pass"
    assert item["date"] == "2023-08-31"
    assert item["organization_id"].endswith(reverse("api:board", args=[circulated.board.slug]))


def test_it_serves_one_decision_in_the_api_and_404_for_a_withheld_one(decided: Meeting) -> None:
    public = Paragraph.objects.get(text=PUBLIC_DECISION)
    withheld = Paragraph.objects.get(text=RESTRICTED_DECISION)
    data = json.loads(Client().get(reverse("api:decision", args=[public.pk])).content)
    assert data["id"].endswith(reverse("api:decision", args=[public.pk]))
    assert Client().get(reverse("api:decision", args=[withheld.pk])).status_code == 404


def test_it_serves_valid_html(circulated: Meeting, board_member: Any) -> None:
    assert_valid_html_pages(
        {
            "public": Client().get(url(circulated.board)).content,
            "member": client_for(board_member).get(url(circulated.board)).content,
            "filtered": Client().get(url(circulated.board, start="nonsense", q="board")).content,
        }
    )


def test_the_sample_data_has_decisions_and_attendance(db: None) -> None:
    call_command("load_sample_data", stdout=io.StringIO())
    board = Board.objects.get(slug="performance-and-risk-oversight-board")
    public = texts(Client().get(url(board)))
    assert len(public) == 1 and public[0].startswith("The minutes of the 28 April 2023")
    dmpc = Membership.objects.get(board=board, person__name="Sophie Linden")
    member = client_for(dmpc.person.user)
    assert len(texts(member.get(url(board)))) == 2  # the circulated record's too
    attendance = member.get(reverse("meetings:member", args=[board.slug, dmpc.pk]))
    page = lxml.html.fromstring(attendance.content)
    summary = " ".join(page.get_element_by_id("attendance-summary").text_content().split())
    assert summary == "Attended 2 of 2 meetings since 1 January 2023."


@pytest.mark.parametrize(
    "query",
    [
        {"meeting": "99999999999999999999"},
        {"meeting": "-1", "start": "2023-02-30", "end": "0000-00-00"},
        {"q": "x" * 5000},
        {"q": "\x00=cmd|' /C calc'!A0", "page": "\x00"},
        {"start": "9999-12-31", "end": "0001-01-01", "page": "-3"},
        {"meeting": "1e3", "q": "%", "page": "99999"},
    ],
)
def test_it_never_fails_on_hostile_filters(decided: Meeting, query: dict[str, str]) -> None:
    address = reverse("meetings:decisions", args=[decided.board.slug])
    assert Client().get(address, query).status_code == 200
    csv_address = reverse("meetings:decisions_csv", args=[decided.board.slug])
    assert Client().get(csv_address, query).status_code == 200
