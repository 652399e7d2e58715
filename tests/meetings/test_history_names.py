"""A history names another meeting by its title only to those who may read that meeting.

A record agreed (or an action closed) at a meeting still in draft: the draft's title is the
secretariat's until it is circulated, so everyone else reads "<board>, <date>".
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from actions.services import action_close
from meetings.models import Action, Meeting
from meetings.services import record_agree, record_circulate
from tests.conftest import html_for, next_meeting

SECRET_TITLE = "Extraordinary meeting on the Commissioner"
BY_DATE = "Performance and Risk Oversight Board, 30 November 2023"


@pytest.fixture
def draft_next(seed_meeting: Meeting) -> Meeting:
    """The board's next meeting, a draft with a title of its own."""
    meeting = next_meeting(seed_meeting)
    meeting.title = SECRET_TITLE
    meeting.save()
    return meeting


@pytest.fixture
def agreed_at_draft(seed_meeting: Meeting, draft_next: Meeting) -> Meeting:
    return record_agree(
        meeting=record_circulate(meeting=seed_meeting, by=None), at_meeting=draft_next, by=None
    )


def history_url(meeting: Meeting) -> str:
    return reverse("meetings:history", args=[meeting.board.slug, meeting.date.isoformat()])


def closed_action(meeting: Meeting, at: Meeting) -> Action:
    action = Action.objects.filter(paragraph__section__meeting=meeting).order_by("number")[0]
    action_close(action=action, by=None, at_meeting=at)
    return action


def test_it_names_a_draft_by_board_and_date_to_a_board_member(
    agreed_at_draft: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, history_url(agreed_at_draft))
    assert SECRET_TITLE not in html
    assert BY_DATE in html


def test_it_names_a_draft_by_its_title_to_the_secretariat(
    agreed_at_draft: Meeting, secretariat: Any
) -> None:
    assert SECRET_TITLE in html_for(secretariat, history_url(agreed_at_draft))


def test_it_names_a_circulated_meeting_by_its_title_to_a_board_member(
    agreed_at_draft: Meeting, draft_next: Meeting, board_member: Any
) -> None:
    record_circulate(meeting=draft_next, by=None)
    assert SECRET_TITLE in html_for(board_member, history_url(agreed_at_draft))


def test_it_names_the_closing_draft_by_board_and_date_to_an_owner(
    agreed_at_draft: Meeting, draft_next: Meeting, action_owner: Any
) -> None:
    action = closed_action(agreed_at_draft, draft_next)
    html = html_for(action_owner, reverse("actions:history", args=[action.pk]))
    assert SECRET_TITLE not in html
    assert BY_DATE in html


def test_it_names_the_closing_meeting_by_its_title_to_the_secretariat(
    agreed_at_draft: Meeting, draft_next: Meeting, secretariat: Any
) -> None:
    action = closed_action(agreed_at_draft, draft_next)
    html = html_for(secretariat, reverse("actions:history", args=[action.pk]))
    assert SECRET_TITLE in html


def test_it_runs_the_same_queries_for_the_names_whatever_the_meetings(
    agreed_at_draft: Meeting, draft_next: Meeting, board_member: Any, django_assert_num_queries: Any
) -> None:
    from meetings.history.trail import record_history

    with django_assert_num_queries(5):
        record_history(agreed_at_draft, reader=board_member)
