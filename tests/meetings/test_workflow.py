"""The secretariat moves a record through its lifecycle from the record page."""

from typing import Any

from meetings.models import Meeting
from tests.addresses import move_url
from tests.conftest import client_for, html_for, next_meeting

# Circulating and publishing are taken once confirmed (tests/meetings/test_confirmations.py).
CONFIRMED = {"confirmed": "1"}


def status_of(meeting: Meeting) -> str:
    return Meeting.objects.get(pk=meeting.pk).status


def test_it_offers_the_secretariat_the_next_step(seed_meeting: Meeting, secretariat: Any) -> None:
    html = html_for(secretariat, seed_meeting.get_absolute_url())
    assert "Circulate to attendees</button>" in html


def test_it_offers_a_board_member_no_step(circulated_meeting: Meeting, board_member: Any) -> None:
    assert "Workflow:" not in html_for(board_member, circulated_meeting.get_absolute_url())


def test_it_circulates_the_draft(seed_meeting: Meeting, secretariat: Any) -> None:
    response = client_for(secretariat).post(move_url(seed_meeting, "circulate"), CONFIRMED)
    assert response.status_code == 302
    assert status_of(seed_meeting) == "circulated"


def test_it_says_why_a_step_is_refused(published_meeting: Meeting, secretariat: Any) -> None:
    response = client_for(secretariat).post(move_url(published_meeting, "circulate"))
    assert response.status_code == 400
    assert "A published record cannot be circulated." in response.content.decode()


def test_it_wants_a_reason_to_return_to_draft(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    response = client_for(secretariat).post(
        move_url(circulated_meeting, "return_to_draft"), {"reason": ""}
    )
    assert response.status_code == 400
    assert status_of(circulated_meeting) == "circulated"


def test_it_agrees_at_the_chosen_meeting(circulated_meeting: Meeting, secretariat: Any) -> None:
    later = next_meeting(circulated_meeting)
    client_for(secretariat).post(
        move_url(circulated_meeting, "agree"), {"at_meeting": later.pk} | CONFIRMED
    )
    assert Meeting.objects.get(pk=circulated_meeting.pk).agreed_at == later


def test_it_refuses_to_agree_at_an_earlier_meeting(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    earlier = Meeting.objects.create(
        board=circulated_meeting.board,
        date=circulated_meeting.date.replace(year=2022),
        title="Earlier",
    )
    response = client_for(secretariat).post(
        move_url(circulated_meeting, "agree"), {"at_meeting": earlier.pk} | CONFIRMED
    )
    assert response.status_code == 400
    assert status_of(circulated_meeting) == "circulated"


def test_it_keeps_the_reason_typed_when_refusing(
    published_meeting: Meeting, secretariat: Any
) -> None:
    response = client_for(secretariat).post(
        move_url(published_meeting, "return_to_draft"), {"reason": "Names are wrong"}
    )
    assert response.status_code == 400
    assert "A published record cannot be returned to draft." in response.content.decode()


def test_it_publishes_an_agreed_record(circulated_meeting: Meeting, secretariat: Any) -> None:
    client = client_for(secretariat)
    client.post(
        move_url(circulated_meeting, "agree"),
        {"at_meeting": next_meeting(circulated_meeting).pk} | CONFIRMED,
    )
    client.post(move_url(circulated_meeting, "publish"), CONFIRMED)
    assert status_of(circulated_meeting) == "published"
