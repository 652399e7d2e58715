"""The history pages of a record and of an action: who changed what, when, field by field."""

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from actions.models import Action
from meetings.models import Meeting, Paragraph
from meetings.services import record_circulate
from tests.conftest import client_for, html_for

PARAGRAPH_1_1 = "The minutes of the 28 April 2023 Performance and Risk Oversight Board"


def history_url(meeting: Meeting) -> str:
    return reverse("meetings:history", args=[meeting.board.slug, meeting.date.isoformat()])


def first_action(meeting: Meeting) -> Action:
    return Action.objects.filter(paragraph__section__meeting=meeting).order_by(
        "paragraph__section__position", "paragraph__position", "position"
    )[0]


def changed_row(field: str, old: str, new: str) -> str:
    return f'<th scope="row">{field}</th><td>{old}</td><td>{new}</td>'


def test_it_shows_the_secretariat_how_a_draft_was_created(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, history_url(seed_meeting))
    assert "<strong>Created</strong> Record — System" in html
    assert "<strong>Created</strong> Section “Use of Intrusive Powers”" in html


def test_it_shows_a_status_change_made_through_a_service(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    record_circulate(meeting=seed_meeting, by=None)
    html = html_for(secretariat, history_url(seed_meeting))
    assert "<strong>Changed</strong> Record" in html
    assert changed_row("status", "draft", "circulated") in html


def test_it_shows_a_text_edit_before_and_after(seed_meeting: Meeting, secretariat: Any) -> None:
    paragraph = Paragraph.objects.get(text__startswith=PARAGRAPH_1_1)
    old = paragraph.text
    paragraph.text = "The minutes of the previous meeting were agreed."
    paragraph.save()
    html = html_for(secretariat, history_url(seed_meeting))
    assert changed_row("text", old, "The minutes of the previous meeting were agreed.") in html


def test_it_shows_the_newest_change_first(seed_meeting: Meeting, secretariat: Any) -> None:
    record_circulate(meeting=seed_meeting, by=None)
    html = html_for(secretariat, history_url(seed_meeting))
    assert html.index("<strong>Changed</strong> Record") < html.index(
        "<strong>Created</strong> Record"
    )


def test_it_shows_a_circulated_records_history_to_a_board_member(
    seed_meeting: Meeting, board_member: Any
) -> None:
    meeting = record_circulate(meeting=seed_meeting, by=None)
    assert "<strong>Created</strong> Record" in html_for(board_member, history_url(meeting))


def test_it_answers_404_to_a_board_member_for_a_draft(
    seed_meeting: Meeting, board_member: Any
) -> None:
    assert client_for(board_member).get(history_url(seed_meeting)).status_code == 404


def test_it_answers_404_to_an_outsider_for_a_draft(seed_meeting: Meeting, outsider: Any) -> None:
    assert client_for(outsider).get(history_url(seed_meeting)).status_code == 404


def test_it_answers_403_to_the_public_for_a_published_record(
    published_meeting: Meeting, client: Client
) -> None:
    assert client.get(history_url(published_meeting)).status_code == 403


def test_it_answers_403_to_an_outsider_for_a_published_record(
    published_meeting: Meeting, outsider: Any
) -> None:
    assert client_for(outsider).get(history_url(published_meeting)).status_code == 403


def test_it_links_the_history_from_the_record_for_the_board(
    published_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, published_meeting.get_absolute_url())
    assert f'href="{history_url(published_meeting)}"' in html


def test_it_does_not_link_the_history_for_the_public(
    published_meeting: Meeting, client: Client
) -> None:
    html = client.get(published_meeting.get_absolute_url()).content.decode()
    assert history_url(published_meeting) not in html


@pytest.mark.parametrize("changes", [1, 10])
def test_it_runs_the_same_queries_whatever_the_changes(
    seed_meeting: Meeting, secretariat: Any, django_assert_num_queries: Any, changes: int
) -> None:
    paragraph = Paragraph.objects.get(text__startswith=PARAGRAPH_1_1)
    for n in range(changes):
        paragraph.text = f"Version {n}."
        paragraph.save()
    client = client_for(secretariat)
    # Session and user (2), the record (1), membership (1), the history of the record, its
    # attendees, sections, paragraphs and actions (5), navigation roles (2), and the
    # session's renewed expiry in a savepoint (3).
    with django_assert_num_queries(14):
        assert client.get(history_url(seed_meeting)).status_code == 200


# --- The history of an action -------------------------------------------------------------------


def action_history_url(action: Action) -> str:
    return reverse("actions:history", args=[action.pk])


def test_it_shows_the_owner_who_moved_their_action_on(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    action = first_action(circulated_meeting)
    client = client_for(action_owner)
    client.post(
        reverse("actions:post_update", args=[action.pk]),
        {"text": "Started.", "status_to": "in_progress"},
    )
    html = client.get(action_history_url(action)).content.decode()
    assert "<strong>Changed</strong> Action — Olu Officer, MPS" in html
    assert changed_row("status", "open", "in_progress") in html


def test_it_names_an_administrator_without_their_email(
    circulated_meeting: Meeting, action_owner: Any, admin_user: Any
) -> None:
    action = first_action(circulated_meeting)
    client_for(admin_user).post(
        reverse("actions:post_update", args=[action.pk]),
        {"text": "Started.", "status_to": "in_progress"},
    )
    html = client_for(action_owner).get(action_history_url(action)).content.decode()
    assert "Action — PROB administrator" in html
    assert "@" not in html.replace(action_owner.email, "")


def test_it_shows_the_secretariat_how_the_action_was_created(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, action_history_url(first_action(seed_meeting)))
    assert "<strong>Created</strong> Action — System" in html


def test_it_shows_a_board_member_the_history_of_a_published_action(
    published_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, action_history_url(first_action(published_meeting)))
    assert "<strong>Created</strong> Action" in html


def test_it_answers_404_to_an_outsider_for_a_draft_action(
    seed_meeting: Meeting, outsider: Any
) -> None:
    url = action_history_url(first_action(seed_meeting))
    assert client_for(outsider).get(url).status_code == 404


def test_it_answers_403_to_the_public_for_a_published_action(
    published_meeting: Meeting, client: Client
) -> None:
    assert client.get(action_history_url(first_action(published_meeting))).status_code == 403


def test_it_answers_403_to_an_outsider_for_a_published_action(
    published_meeting: Meeting, outsider: Any
) -> None:
    """The history keeps the action as drafted, which the public version may not show."""
    url = action_history_url(first_action(published_meeting))
    assert client_for(outsider).get(url).status_code == 403


@pytest.mark.parametrize("changes", [1, 10])
def test_it_runs_the_same_queries_for_an_action_whatever_the_changes(
    circulated_meeting: Meeting, action_owner: Any, django_assert_num_queries: Any, changes: int
) -> None:
    action = first_action(circulated_meeting)
    for n in range(changes):
        action.text = f"Version {n}."
        action.save()
    client = client_for(action_owner)
    # Session and user (2), the action and its named people (2), whether the user may update
    # it (2), its history (1), navigation roles (2), and the session's renewed expiry in a
    # savepoint (3).
    with django_assert_num_queries(12):
        assert client.get(action_history_url(action)).status_code == 200
