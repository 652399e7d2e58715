"""Each verb of an action's lifecycle is declared once (`actions.services.ACTION_VERBS`): the
owner's status choices, the refusals and the admin's actions are read from it."""

import dataclasses
from typing import Any

import pytest

from actions.admin import ActionAdmin
from actions.forms import ActionUpdateForm, BulkUpdateRowForm
from actions.services import ACTION_VERBS, OWNER_VERB_FOR_STATUS, action_close
from meetings.models import Action
from tests.conftest import client_for


def test_it_offers_the_owner_the_registry_statuses() -> None:
    choices = ActionUpdateForm().fields["status_to"].choices
    assert [label for _, label in choices][1:] == ["In progress", "Propose closure"]


def test_it_offers_a_row_only_the_moves_its_state_allows(action: Action) -> None:
    action.status = Action.Status.IN_PROGRESS
    widget = BulkUpdateRowForm(action=action).fields["status_to"].widget
    assert [status for status, _ in widget.choices][1:] == [
        status for status, verb in OWNER_VERB_FOR_STATUS.items() if verb.allows(action)
    ]


def test_it_asks_the_service_which_moves_a_row_offers(
    action: Action, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The table says "start" is open to nothing now: the row reads that, through the service
    # (`action_verbs_allowed`), not a copy of its loop.
    monkeypatch.setitem(
        ACTION_VERBS, "start", dataclasses.replace(ACTION_VERBS["start"], source_states=frozenset())
    )
    widget = BulkUpdateRowForm(action=action).fields["status_to"].widget
    assert [status for status, _ in widget.choices][1:] == [Action.Status.PROPOSED]


def test_it_refuses_a_move_in_the_registry_words(action: Action, secretariat: Any) -> None:
    action_close(action=action, by=secretariat, at_meeting=action.paragraph.section.meeting)
    closed = Action.objects.get(pk=action.pk)
    assert ACTION_VERBS["start"].refusal(closed) == "A closed action cannot be started."


def test_it_offers_the_admin_the_secretariat_verbs() -> None:
    names = [action.__name__ for action in ActionAdmin.actions]
    assert names == [verb.name for verb in ACTION_VERBS.values() if verb.admin]


def test_it_reopens_from_the_admin(action: Action, secretariat: Any, admin_user: Any) -> None:
    action_close(action=action, by=secretariat, at_meeting=action.paragraph.section.meeting)
    client_for(admin_user).post(
        "/admin/actions/action/",
        {"action": "reopen", "_selected_action": [action.pk], "confirmed": "1"},
    )
    assert Action.objects.get(pk=action.pk).status == Action.Status.OPEN
