"""Who owns an action: the people named on it, and the people of its owning organisation who
hold the action owner role on its board. A board member or a secretary owns one only when
named on it — the DMPC sits on the board for MOPAC, but does not answer for MOPAC's actions."""

import datetime
from io import StringIO
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from accounts.views import landing_url
from actions.reminders import open_actions, owners_of
from meetings.action_scoping import actions_owned_by, may_update
from meetings.models import Action, Board, Meeting, Membership, Organisation, Person
from tests.conftest import client_for, make_user


@pytest.fixture
def mopac_action(circulated_meeting: Meeting) -> Action:
    """Action 1 of the circulated seed, given to MOPAC."""
    action = Action.objects.get(paragraph__section__meeting=circulated_meeting, number=1)
    action.owner = Organisation.objects.get(short_name="MOPAC")
    action.save()
    return action


@pytest.fixture
def mps_action(circulated_meeting: Meeting) -> Action:
    return Action.objects.get(paragraph__section__meeting=circulated_meeting, number=2)


@pytest.fixture
def commissioner(board: Board) -> Any:
    """An MPS board member: sits on the board for MPS, does not answer for its actions."""
    return make_user(
        "commissioner@mps.example",
        person_name="Mark Commissioner",
        organisation=Organisation.objects.get(short_name="MPS"),
        board=board,
        role=Membership.Role.BOARD_MEMBER,
    )


def owns(user: Any, action: Action) -> bool:
    return actions_owned_by(user).filter(pk=action.pk).exists()


def test_it_does_not_make_a_board_member_an_owner_of_her_organisations_action(
    board_member: Any, mopac_action: Action
) -> None:
    assert (owns(board_member, mopac_action), may_update(board_member, mopac_action)) == (
        False,
        False,
    )


def test_it_makes_a_board_member_an_owner_when_named(
    board_member: Any, mopac_action: Action
) -> None:
    mopac_action.owner_people.add(Person.objects.get(user=board_member))
    assert owns(board_member, mopac_action)


def test_it_does_not_make_a_secretary_an_owner_of_her_organisations_action(
    secretariat: Any, mopac_action: Action
) -> None:
    assert not owns(secretariat, mopac_action)


def test_it_does_not_make_an_mps_board_member_an_owner_of_an_mps_action(
    commissioner: Any, mps_action: Action
) -> None:
    assert not owns(commissioner, mps_action)


def test_it_makes_an_officer_with_the_action_owner_role_an_owner(
    action_owner: Any, mps_action: Action
) -> None:
    assert (owns(action_owner, mps_action), may_update(action_owner, mps_action)) == (True, True)


def test_it_does_not_make_an_officer_without_a_membership_of_the_board_an_owner(
    mps_action: Action,
) -> None:
    officer = make_user(
        "none@mps.example",
        person_name="Nell None",
        organisation=Organisation.objects.get(short_name="MPS"),
    )
    assert not owns(officer, mps_action)


def test_it_does_not_list_her_organisations_actions_in_a_board_members_my_actions(
    board_member: Any, mopac_action: Action
) -> None:
    html = client_for(board_member).get(reverse("actions:mine")).content.decode()
    assert "You have no actions." in html


def test_it_does_not_remind_a_board_member_of_her_organisations_action(
    board_member: Any, commissioner: Any, mopac_action: Action
) -> None:
    mail.outbox.clear()
    call_command("send_action_reminders", stdout=StringIO())
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients.isdisjoint({board_member.email, commissioner.email})


def test_it_finds_the_same_owners_for_reminders_as_for_my_actions(
    board_member: Any, commissioner: Any, action_owner: Any, mopac_action: Action
) -> None:
    owners = owners_of(open_actions(), datetime.date.today())
    for user in (board_member, commissioner, action_owner):
        found = {pk for pk, users in owners.items() if user in users}
        assert found == set(actions_owned_by(user).values_list("pk", flat=True))


def test_it_leaves_the_sample_officer_the_mps_actions_and_the_dmpc_none(db: None) -> None:
    call_command("load_sample_data", stdout=StringIO())
    officer, dmpc = (
        actions_owned_by(get_user_model().objects.get(email=email))
        for email in ("officer@mps.example", "dmpc@mopac.example")
    )
    mps = Action.objects.filter(owner__short_name="MPS").exclude(
        paragraph__section__meeting__status=Meeting.Status.DRAFT
    )
    assert (set(officer), dmpc.count()) == (set(mps), 0)


def test_it_lands_a_board_member_on_her_board_not_on_her_organisations_actions(
    board_member: Any, mopac_action: Action, board: Board
) -> None:
    assert landing_url(board_member) == board.get_absolute_url()
