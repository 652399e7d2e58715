"""The action's lifecycle: one table, one service per verb, every move logged with who and why."""

import datetime
from typing import Any

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from actions.services import (
    action_close,
    action_reopen,
    action_update_post,
    action_verbs_allowed,
)
from meetings.models import Action, Meeting
from tests.conftest import next_meeting


def fresh(action: Action) -> Action:
    return Action.objects.get(pk=action.pk)


def test_it_lets_each_verb_start_only_where_the_table_says(action: Action) -> None:
    assert [verb.name for verb in action_verbs_allowed(action)] == [
        "start",
        "propose_closure",
        "close",
    ]


def test_it_proposes_closure_with_the_owners_update(action: Action, action_owner: Any) -> None:
    update = action_update_post(
        action=action, author=action_owner, text="Data shared.", status_to=Action.Status.PROPOSED
    )
    assert (fresh(action).status, update.status_from, update.status_to) == (
        "proposed",
        "open",
        "proposed",
    )


def test_it_closes_at_a_meeting_and_logs_it(action: Action, secretariat: Any) -> None:
    later = next_meeting(action.paragraph.section.meeting)
    update = action_close(action=action, by=secretariat, at_meeting=later)
    assert (fresh(action).status, fresh(action).closed_at_meeting) == ("closed", later)
    assert update.text == f"Closed by the board at its meeting of {later.date:%-d %B %Y}."


def test_it_refuses_to_close_at_an_earlier_meeting(action: Action, secretariat: Any) -> None:
    earlier = Meeting.objects.create(
        board=action.paragraph.section.meeting.board, date=datetime.date(2020, 1, 1), title="x"
    )
    with pytest.raises(ValidationError):
        action_close(action=action, by=secretariat, at_meeting=earlier)


def test_it_refuses_to_propose_closure_of_a_closed_action(
    action: Action, secretariat: Any, action_owner: Any
) -> None:
    action_close(action=action, by=secretariat, at_meeting=action.paragraph.section.meeting)
    with pytest.raises(ValidationError):
        action_update_post(
            action=action, author=action_owner, text="Done.", status_to=Action.Status.PROPOSED
        )


def test_it_reopens_with_a_reason(action: Action, secretariat: Any) -> None:
    action_close(action=action, by=secretariat, at_meeting=action.paragraph.section.meeting)
    action_reopen(action=action, by=secretariat, reason="Not done after all")
    assert (fresh(action).status, fresh(action).closed_at_meeting) == ("open", None)


def test_it_refuses_a_stale_form(action: Action, action_owner: Any) -> None:
    seen = action.version
    action_update_post(action=action, author=action_owner, text="First.")
    with pytest.raises(ValidationError, match="changed since you opened the page"):
        action_update_post(action=action, author=action_owner, text="Second.", version=seen)


def test_it_keeps_closed_and_closed_at_a_meeting_together(action: Action) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Action.objects.filter(pk=action.pk).update(status=Action.Status.CLOSED)


@time_machine.travel(datetime.date(2024, 5, 1))
def test_it_derives_overdue_from_the_due_date(action: Action) -> None:
    action.due = datetime.date(2024, 4, 30)
    assert action.is_overdue()


@time_machine.travel(datetime.date(2024, 5, 1))
def test_it_never_calls_a_closed_action_overdue(action: Action, secretariat: Any) -> None:
    action_close(action=action, by=secretariat, at_meeting=action.paragraph.section.meeting)
    closed = fresh(action)
    closed.due = datetime.date(2024, 4, 30)
    assert not closed.is_overdue()
