from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from actions.models import ActionUpdate
from meetings.models import Action, Meeting, Person
from tests.conftest import client_for, first_action, make_user


def post(client: Client, action: Action, text: str = "Data shared.", status_to: str = "") -> Any:
    url = reverse("actions:post_update", args=[action.pk])
    return client.post(url, {"text": text, "status_to": status_to})


def test_it_saves_the_update_with_its_author(action: Action, action_owner: Any) -> None:
    post(client_for(action_owner), action, "Data requested from the central team.")
    update = ActionUpdate.objects.get(action=action)
    assert update.text == "Data requested from the central team."
    assert update.author == action_owner


def test_it_redirects_to_the_action_with_a_message(action: Action, action_owner: Any) -> None:
    client = client_for(action_owner)
    response = post(client, action)
    assert response["Location"] == action.get_absolute_url()
    assert "Your update on action 1 is saved." in client.get(response["Location"]).content.decode()


def test_it_leaves_the_status_alone_by_default(action: Action, action_owner: Any) -> None:
    post(client_for(action_owner), action)
    action.refresh_from_db()
    assert action.status == Action.Status.OPEN


@pytest.mark.parametrize("status", [Action.Status.IN_PROGRESS, Action.Status.PROPOSED])
def test_it_moves_the_action_on(action: Action, action_owner: Any, status: str) -> None:
    post(client_for(action_owner), action, status_to=status)
    action.refresh_from_db()
    assert action.status == status
    assert ActionUpdate.objects.get(action=action).status_from == Action.Status.OPEN


def test_it_lets_an_owner_named_on_the_action_update(action: Action) -> None:
    named = make_user("named@else.example", person_name="Nadia Named")
    action.owner_people.add(Person.objects.get(user=named))
    assert post(client_for(named), action).status_code == 302


def test_it_lets_the_secretariat_update(action: Action, secretariat: Any) -> None:
    assert post(client_for(secretariat), action).status_code == 302


def test_it_refuses_empty_text(action: Action, action_owner: Any) -> None:
    response = post(client_for(action_owner), action, "   ", Action.Status.IN_PROGRESS)
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not ActionUpdate.objects.exists()


def test_it_keeps_what_was_typed_when_refusing(action: Action, action_owner: Any) -> None:
    response = post(client_for(action_owner), action, "Half done.", Action.Status.CLOSED)
    assert response.status_code == 400
    assert "Half done.</textarea>" in response.content.decode()


def test_it_does_not_let_an_owner_close_the_action(action: Action, action_owner: Any) -> None:
    response = post(client_for(action_owner), action, "All done.", Action.Status.CLOSED)
    assert "Select a valid choice." in response.content.decode()
    action.refresh_from_db()
    assert action.status == Action.Status.OPEN
    assert not ActionUpdate.objects.exists()


def test_it_takes_no_update_on_a_closed_action(action: Action, action_owner: Any) -> None:
    Action.objects.filter(pk=action.pk).update(
        status=Action.Status.CLOSED, closed_at_meeting=action.paragraph.section.meeting
    )
    response = post(client_for(action_owner), action)
    assert response.status_code == 400
    assert "This action is closed; it takes no more updates." in response.content.decode()
    assert not ActionUpdate.objects.exists()


def test_it_answers_403_to_a_board_member(published_meeting: Meeting, board_member: Any) -> None:
    action = first_action(published_meeting)
    assert post(client_for(board_member), action).status_code == 403
    assert not ActionUpdate.objects.exists()


def test_it_answers_404_to_an_outsider_on_a_draft(action: Action, outsider: Any) -> None:
    assert post(client_for(outsider), action).status_code == 404


def test_it_sends_the_anonymous_to_sign_in(action: Action, client: Client) -> None:
    response = post(client, action)
    assert response["Location"].startswith(reverse("login") + "?next=")
    assert not ActionUpdate.objects.exists()


def test_it_answers_405_to_get(action: Action, action_owner: Any) -> None:
    url = reverse("actions:post_update", args=[action.pk])
    assert client_for(action_owner).get(url).status_code == 405


def test_it_refuses_an_update_based_on_an_older_state_and_keeps_the_text(
    action: Action, action_owner: Any
) -> None:
    client = client_for(action_owner)
    seen = Action.objects.get(pk=action.pk).version
    client.post(reverse("actions:post_update", args=[action.pk]), {"text": "First."})
    response = client.post(
        reverse("actions:post_update", args=[action.pk]),
        {"text": "Typed on an old page.", "version": seen},
    )
    assert response.status_code == 400
    assert "Typed on an old page." in response.content.decode()


@pytest.mark.parametrize(
    ("field", "error"),
    [("status", "This form has no status to set"), ("status_to", "Select a valid choice")],
)
def test_it_refuses_a_status_not_offered_and_saves_nothing(
    action: Action, action_owner: Any, field: str, error: str
) -> None:
    """QA F-1: status=closed was saved as a plain update, the status dropped in silence."""
    url = reverse("actions:post_update", args=[action.pk])
    response = client_for(action_owner).post(url, {"text": "Done.", field: "closed"})
    assert response.status_code == 400
    assert error in response.content.decode()
    assert "Done." in response.content.decode()  # what was typed comes back
    assert not ActionUpdate.objects.exists()
    action.refresh_from_db()
    assert action.status == Action.Status.OPEN
