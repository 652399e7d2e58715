"""`get_meeting_for_user` applies `meetings_for`'s rule to one record in Python, from the
memberships read once per request (`_may_open`); outside a request the rule is the query. The
two forms must agree for every role and every status, or a page and a list would disagree on
who may open a record."""

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from meetings.models import Meeting
from meetings.scoping import _may_open, current_memberships, meetings_for

ROLES = ("secretariat", "board_member", "action_owner", "outsider", "admin_user")


@pytest.mark.parametrize("status", [status for status, _ in Meeting.Status.choices])
@pytest.mark.parametrize("role", (*ROLES, "public"))
def test_the_rule_for_one_record_is_the_rule_of_the_query(
    request: pytest.FixtureRequest, seed_meeting: Meeting, role: str, status: str
) -> None:
    user: Any = AnonymousUser() if role == "public" else request.getfixturevalue(role)
    Meeting.objects.filter(pk=seed_meeting.pk).update(status=status)
    meeting = Meeting.objects.get(pk=seed_meeting.pk)
    held = (
        frozenset()
        if role == "public"
        else frozenset(current_memberships(user).values_list("board_id", "role"))
    )
    in_the_query = meetings_for(user).filter(pk=meeting.pk).exists()
    assert _may_open(user, meeting, held) is in_the_query
