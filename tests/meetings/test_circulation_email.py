"""The emails a circulated record and the reminders send: every link in each one opens for the
person it is sent to. A reader of the record gets the record; an officer who owns actions
raised in it, and may not read the draft, gets those actions' pages instead."""

import re
from io import StringIO
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from meetings.models import Action, Attendance, Meeting, Membership, Organisation, Person
from meetings.services import record_circulate
from tests.conftest import client_for, make_user

SITE = "https://prob.example"
LINK = re.compile(r"https?://\S+")


pytestmark = pytest.mark.site(SITE + "/")


def attend(meeting: Meeting, *users: Any) -> None:
    start = Attendance.objects.filter(meeting=meeting).count() + 1
    for offset, user in enumerate(users):
        Attendance.objects.create(meeting=meeting, person=user.person, position=start + offset)


@pytest.fixture
def named_owner(seed_meeting: Meeting) -> Any:
    """Someone of no member organisation, named on Action 3, with no membership of the board."""
    user = make_user("named@else.example", person_name="Nadia Named")
    Action.objects.get(paragraph__section__meeting=seed_meeting, number=3).owner_people.add(
        Person.objects.get(user=user)
    )
    return user


@pytest.fixture
def guest(seed_meeting: Meeting) -> Any:
    """An attendee with an account who may neither read the draft nor owns any of its actions."""
    other = Organisation.objects.create(name="Elsewhere Council", short_name="ELSE")
    return make_user("guest@else.example", person_name="Gil Guest", organisation=other)


@pytest.fixture
def sent(
    seed_meeting: Meeting,
    secretariat: Any,
    board_member: Any,
    action_owner: Any,
    named_owner: Any,
    guest: Any,
    django_capture_on_commit_callbacks: Any,
) -> dict[str, str]:
    """Every body the circulation sent, by address."""
    attend(seed_meeting, secretariat, board_member, action_owner, named_owner, guest)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        record_circulate(meeting=seed_meeting, by=secretariat)
    return {message.to[0]: message.body for message in mail.outbox}


def answers(user: Any, body: str) -> dict[str, int]:
    """Each link in `body`, followed by `user` signed in: its status code. A link through
    sign-in (prob.site.sign_in_to) takes one signed in on to its next page: that page's code,
    or the redirect's where it leads anywhere else."""
    client = client_for(user)
    found = {}
    for link in LINK.findall(body):
        assert link.startswith(SITE), link
        parts = urlsplit(link)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        response = client.get(path, follow=parts.path == reverse("login"))
        landed = response.request["PATH_INFO"]
        if parts.path == reverse("login") and landed != parse_qs(parts.query)["next"][0]:
            found[link] = response.redirect_chain[0][1] if response.redirect_chain else 0
        else:
            found[link] = response.status_code
    return found


@pytest.mark.parametrize("who", ["secretariat", "board_member", "action_owner", "named_owner"])
def test_it_sends_each_recipient_only_links_that_open_for_them(
    sent: dict[str, str], who: str, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(who)
    found = answers(user, sent[user.email])
    assert found and set(found.values()) == {200}, found


def test_it_sends_an_officer_who_may_not_read_the_draft_their_actions(
    sent: dict[str, str], action_owner: Any, seed_meeting: Meeting
) -> None:
    body = sent[action_owner.email]
    mps = Action.objects.filter(paragraph__section__meeting=seed_meeting, owner__short_name="MPS")
    expected = {SITE + action.get_absolute_url() for action in mps}
    assert (set(LINK.findall(body)) >= expected, seed_meeting.get_absolute_url() in body) == (
        True,
        False,
    )


def test_it_sends_a_reader_the_record(
    sent: dict[str, str], board_member: Any, seed_meeting: Meeting
) -> None:
    assert SITE + seed_meeting.get_absolute_url() in LINK.findall(sent[board_member.email])


def test_it_sends_nothing_to_an_attendee_with_nothing_to_open(
    sent: dict[str, str], guest: Any
) -> None:
    assert guest.email not in sent


# --- Reminders ---------------------------------------------------------------------------------


@pytest.fixture
def reminded(
    circulated_meeting: Meeting, action_owner: Any, named_owner: Any, board_member: Any
) -> list[Any]:
    """Every reminder of a first run, with a restricted paragraph and a board member who owns
    an action by name."""
    first = Action.objects.get(paragraph__section__meeting=circulated_meeting, number=1)
    first.paragraph.restricted = True
    first.paragraph.save()
    first.owner_people.add(Person.objects.get(user=board_member))
    Membership.objects.filter(person__user=board_member).update(role=Membership.Role.BOARD_MEMBER)
    mail.outbox.clear()
    call_command("send_action_reminders", stdout=StringIO())
    return list(mail.outbox)


@pytest.mark.parametrize("who", ["action_owner", "named_owner", "board_member"])
def test_it_sends_each_owner_reminders_whose_links_open_for_them(
    reminded: list[Any], who: str, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(who)
    bodies = [message.body for message in reminded if message.to == [user.email]]
    found = {link: code for body in bodies for link, code in answers(user, body).items()}
    assert found and set(found.values()) == {200}, found
