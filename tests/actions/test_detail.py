from typing import Any

import pytest
from django.test import Client

from actions.models import ActionUpdate
from meetings.models import Action, Meeting
from tests.conftest import client_for, html_for

PARAGRAPH_4_3 = "The DMPC noted that MOPAC had not yet received from the MPS data on the use"
# Text of the same draft that did not raise the action.
ELSEWHERE_IN_THE_DRAFT = ["in 50% of cases", "Cyber Security Incident", "Robbery levels"]


def action_in(meeting: Meeting, number: int = 1) -> Action:
    return Action.objects.filter(paragraph__section__meeting=meeting).order_by(
        "paragraph__section__position", "paragraph__position", "position"
    )[number - 1]


def page(user: Any, action: Action) -> str:
    return html_for(user, action.get_absolute_url())


def test_it_shows_the_owner_their_action_once_circulated(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    html = page(action_owner, action_in(circulated_meeting))
    assert "MPS to share with MOPAC as soon as possible the data on the use of handcuffs" in html
    assert "<h1>Action 1 <span" in html


def test_it_shows_the_paragraph_that_raised_it(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    html = page(action_owner, action_in(circulated_meeting))
    assert "Raised in paragraph 4.3" in html
    assert PARAGRAPH_4_3 in html


def test_it_shows_nothing_else_of_the_draft(circulated_meeting: Meeting, action_owner: Any) -> None:
    html = page(action_owner, action_in(circulated_meeting))
    assert [text for text in ELSEWHERE_IN_THE_DRAFT if text in html] == []


@pytest.mark.parametrize("suffix", ["", ".json", ".txt"])
def test_it_keeps_the_draft_record_from_the_owner(
    seed_meeting: Meeting, action_owner: Any, suffix: str
) -> None:
    url = seed_meeting.get_absolute_url().rstrip("/") + (suffix or "/")
    assert client_for(action_owner).get(url).status_code == 404


def test_it_shows_owner_due_date_and_status(published_meeting: Meeting, client: Client) -> None:
    html = client.get(action_in(published_meeting).get_absolute_url()).content.decode()
    assert '<dd class="col-sm-9">MPS</dd>' in html
    assert "No date set" in html
    assert "Open" in html


def test_it_answers_404_to_an_outsider_for_a_draft(seed_meeting: Meeting, outsider: Any) -> None:
    response = client_for(outsider).get(action_in(seed_meeting).get_absolute_url())
    assert response.status_code == 404


def test_it_answers_404_to_a_board_member_for_a_draft(
    seed_meeting: Meeting, board_member: Any
) -> None:
    response = client_for(board_member).get(action_in(seed_meeting).get_absolute_url())
    assert response.status_code == 404


def test_it_shows_a_published_action_to_the_public(
    published_meeting: Meeting, client: Client
) -> None:
    assert client.get(action_in(published_meeting, 2).get_absolute_url()).status_code == 200


def test_it_offers_the_owner_the_update_form(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    html = page(action_owner, action_in(circulated_meeting))
    assert "Add an update" in html


def test_it_offers_no_form_to_a_board_member(published_meeting: Meeting, board_member: Any) -> None:
    html = page(board_member, action_in(published_meeting))
    assert "Add an update" not in html


def test_it_offers_no_form_on_a_closed_action(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    action = action_in(circulated_meeting)
    Action.objects.filter(pk=action.pk).update(
        status=Action.Status.CLOSED, closed_at_meeting=circulated_meeting
    )
    assert "Add an update" not in page(action_owner, action)


def test_it_links_the_history_for_the_owner(circulated_meeting: Meeting, action_owner: Any) -> None:
    action = action_in(circulated_meeting)
    assert f'href="/actions/{action.pk}/history/"' in page(action_owner, action)


def test_it_does_not_link_the_history_for_the_public(
    published_meeting: Meeting, outsider: Any
) -> None:
    action = action_in(published_meeting)
    assert f'href="/actions/{action.pk}/history/"' not in page(outsider, action)


def test_it_lists_updates_newest_first_with_author(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    action = action_in(circulated_meeting)
    ActionUpdate.objects.create(action=action, author=action_owner, text="First step taken.")
    ActionUpdate.objects.create(action=action, author=action_owner, text="Second step taken.")
    html = page(action_owner, action)
    assert html.index("Second step taken.") < html.index("First step taken.")
    assert "<strong>Olu Officer, MPS</strong>" in html


@pytest.mark.parametrize("updates", [1, 20])
def test_it_runs_the_same_queries_whatever_the_updates(
    circulated_meeting: Meeting, action_owner: Any, django_assert_num_queries: Any, updates: int
) -> None:
    action = action_in(circulated_meeting)
    ActionUpdate.objects.bulk_create(
        ActionUpdate(action=action, author=action_owner, text=f"Update {n}.")
        for n in range(updates)
    )
    client = client_for(action_owner)
    # Session (1), the user with their memberships (1: one statement, accounts.backends, for
    # whether they read its record and for the navigation's roles), the action and its named
    # people (2), whether the user may update it, and so see its history (2), whether an
    # action is theirs (1, an action owner's: by their organisation), updates and their count
    # for paging (2); no session write (its last activity moved under a minute ago).
    with django_assert_num_queries(9):
        client.get(action.get_absolute_url())


def test_it_links_the_paragraph_in_the_record_for_its_readers(
    published_meeting: Meeting, client: Client
) -> None:
    action = action_in(published_meeting)
    html = client.get(action.get_absolute_url()).content.decode()
    assert f'href="{published_meeting.get_absolute_url()}#paragraph-4.3"' in html


def test_it_does_not_link_a_record_the_owner_cannot_read(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    html = page(action_owner, action_in(circulated_meeting))
    assert "#paragraph-4.3" not in html
