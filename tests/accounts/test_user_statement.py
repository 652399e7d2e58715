"""The signed-in user's row brings their memberships in force today and whether an action names
them (accounts.backends): every signed-in page asks both, and they cost no statement of their
own; what changes between requests is read afresh by the next (issue 16)."""

from typing import Any

import pytest

from accounts.backends import EmailBackend
from meetings import scoping
from meetings.action_scoping import owns_any
from meetings.models import Meeting, Membership
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_the_users_statement_brings_their_memberships_and_whether_an_action_names_them(
    board_member: Any, action_owner: Any, django_assert_num_queries: Any
) -> None:
    scoping._request_started()
    try:
        with django_assert_num_queries(2):  # one statement for each user
            member = EmailBackend().get_user(board_member.pk)
            owner = EmailBackend().get_user(action_owner.pk)
            assert member is not None and owner is not None
            assert scoping.held_roles(member) == {Membership.Role.BOARD_MEMBER}
            assert scoping.held_roles(owner) == {Membership.Role.ACTION_OWNER}
            assert owns_any(member, named=member.named_on_readable) is False
    finally:
        scoping._request_finished()


def test_a_membership_changed_in_the_request_is_read_again(board_member: Any) -> None:
    scoping._request_started()
    try:
        member = EmailBackend().get_user(board_member.pk)
        Membership.objects.filter(person__user=board_member).delete()
        scoping.forget_held()
        assert scoping.held_roles(member) == set()
    finally:
        scoping._request_finished()


def test_a_membership_ended_between_requests_closes_the_record_at_the_next(
    board_member: Any, circulated_meeting: Meeting
) -> None:
    client = client_for(board_member)
    url = circulated_meeting.get_absolute_url()
    assert client.get(url).status_code == 200
    Membership.objects.filter(person__user=board_member).delete()
    assert client.get(url).status_code == 404
