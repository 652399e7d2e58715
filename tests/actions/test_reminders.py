import datetime
import zoneinfo
from io import StringIO
from typing import Any
from unittest import mock

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse

from actions.models import SentReminder
from actions.reminders import open_actions, owners_of
from meetings.action_scoping import actions_owned_by
from meetings.models import Action, Meeting, Membership, Person
from tests.conftest import client_for, make_user

LONDON = zoneinfo.ZoneInfo("Europe/London")
DUE = datetime.date(2024, 6, 3)  # a Monday


def on(day: datetime.date) -> Any:
    """Frozen time: nine in the morning, London time, on `day`."""
    return time_machine.travel(datetime.datetime.combine(day, datetime.time(9), LONDON), tick=False)


def run(*args: str) -> str:
    out = StringIO()
    call_command("send_action_reminders", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def outbox(circulated_meeting: Meeting) -> list:
    """The emails sent from here on (circulating the record sent its own)."""
    mail.outbox.clear()
    return mail.outbox


@pytest.fixture
def due_action(circulated_meeting: Meeting) -> Action:
    """Action 2 of the seed (4.5), MPS's, due on a Monday."""
    action = Action.objects.get(paragraph__section__meeting=circulated_meeting, number=2)
    action.due = DUE
    action.save()
    return action


def subjects(outbox: list, to: str = "officer@mps.example") -> list[str]:
    return [message.subject for message in outbox if message.to == [to]]


def test_it_emails_an_owner_each_action_assigned_to_them(outbox: list, action_owner: Any) -> None:
    run()
    assert "Action 2 (31 August 2023, 4.5) assigned to MPS" in subjects(outbox)


def test_it_links_the_email_to_the_action_page_through_sign_in(
    outbox: list, action_owner: Any, due_action: Action, settings: Any
) -> None:
    """Signing in first, then the action's page, whether or not the page is public: the owner
    is there to write an update (QA F9: a public action's page, opened signed out, took five
    page loads to a saved update)."""
    settings.SITE_URL = "https://prob.example/"
    run()
    body = next(m.body for m in outbox if m.subject.startswith("Action 2 "))
    assert f"https://prob.example/accounts/login/?next=/actions/{due_action.pk}/\n" in body


def test_the_emailed_link_takes_an_owner_signed_in_straight_to_the_action(
    outbox: list, action_owner: Any, due_action: Action, settings: Any
) -> None:
    settings.SITE_URL = "https://prob.example/"
    run()
    body = next(m.body for m in outbox if m.subject.startswith("Action 2 "))
    link = next(line for line in body.splitlines() if "/accounts/login/" in line)
    path = link.removeprefix("https://prob.example")
    assert client_for(action_owner).get(path)["Location"] == due_action.get_absolute_url()


def test_it_sends_nothing_twice(outbox: list, action_owner: Any, due_action: Action) -> None:
    with on(DUE - datetime.timedelta(days=7)):
        run()
        outbox.clear()
        second = run()
    assert outbox == []
    assert second.count(": 0 sent") == 5  # with paper requests


def test_it_prints_how_many_of_each_kind_it_sent(
    outbox: list, action_owner: Any, due_action: Action
) -> None:
    with on(DUE + datetime.timedelta(days=1)):
        printed = run()
    assert printed == (
        "Assigned: 3 sent\nDue in seven days: 0 sent\nOverdue: 1 sent\nWeekly digest: 1 sent\n"
        "Paper requests: 0 sent\n"
    )


def test_it_counts_without_sending_on_a_dry_run(outbox: list, action_owner: Any) -> None:
    printed = run("--dry-run")
    assert "Assigned: 3 would be sent" in printed
    assert (outbox, SentReminder.objects.count()) == ([], 0)


def test_it_reminds_seven_days_before_the_due_date(
    outbox: list, action_owner: Any, due_action: Action
) -> None:
    with on(DUE - datetime.timedelta(days=7)):
        run()
    assert "Due 3 June 2024: Action 2 (31 August 2023, 4.5) assigned to MPS" in subjects(outbox)


def test_it_does_not_remind_eight_days_before_the_due_date(
    outbox: list, action_owner: Any, due_action: Action
) -> None:
    with on(DUE - datetime.timedelta(days=8)):
        run()
    assert not [s for s in subjects(outbox) if s.startswith("Due ")]


def test_it_reminds_again_when_the_due_date_moves(
    outbox: list, action_owner: Any, due_action: Action
) -> None:
    with on(DUE - datetime.timedelta(days=7)):
        run()
        Action.objects.filter(pk=due_action.pk).update(due=DUE - datetime.timedelta(days=1))
        outbox.clear()
        run()
    assert subjects(outbox) == ["Due 2 June 2024: Action 2 (31 August 2023, 4.5) assigned to MPS"]


def test_it_emails_on_the_day_an_action_becomes_overdue(
    outbox: list, action_owner: Any, due_action: Action
) -> None:
    with on(DUE + datetime.timedelta(days=1)):
        run()
    assert "Overdue: Action 2 (31 August 2023, 4.5) assigned to MPS" in subjects(outbox)


def test_it_does_not_call_an_action_overdue_on_its_due_date(
    outbox: list, action_owner: Any, due_action: Action
) -> None:
    with on(DUE):
        run()
    assert not [s for s in subjects(outbox) if s.startswith("Overdue")]


def test_it_sends_the_weekly_digest_once_a_week(outbox: list, action_owner: Any) -> None:
    for day in (DUE, DUE + datetime.timedelta(days=2), DUE + datetime.timedelta(days=7)):
        with on(day):
            run()
    digests = [s for s in subjects(outbox) if s.startswith("Your open actions")]
    assert digests == ["Your open actions this week: 3"] * 2


def test_it_lists_every_open_action_in_the_digest(outbox: list, action_owner: Any) -> None:
    run()
    digest = next(m.body for m in outbox if m.subject.startswith("Your open actions"))
    assert [f"Action {n} (31 August 2023, 4." in digest for n in (1, 2, 3)] == [True] * 3


def test_it_sends_nothing_about_a_draft(seed_meeting: Meeting, action_owner: Any) -> None:
    mail.outbox.clear()
    assert run().count(": 0 sent") == 5  # with paper requests
    assert mail.outbox == []


def test_it_sends_nothing_about_a_closed_action(
    outbox: list, action_owner: Any, due_action: Action, circulated_meeting: Meeting
) -> None:
    Action.objects.update(status=Action.Status.CLOSED, closed_at_meeting=circulated_meeting)
    with on(DUE + datetime.timedelta(days=1)):
        run()
    assert outbox == []


def test_it_sends_nothing_to_an_inactive_user(outbox: list, action_owner: Any) -> None:
    get_user_model().objects.filter(pk=action_owner.pk).update(is_active=False)
    run()
    assert outbox == []


def test_it_sends_nothing_to_an_owner_whose_membership_ended(
    outbox: list, action_owner: Any
) -> None:
    Membership.objects.filter(person__user=action_owner).update(end_date=datetime.date(2022, 1, 1))
    run()
    assert outbox == []


def test_it_emails_people_named_on_an_action(outbox: list, due_action: Action) -> None:
    named = make_user("named@else.example", person_name="Nadia Named")
    due_action.owner_people.add(Person.objects.get(user=named))
    run()
    assert "Action 2 (31 August 2023, 4.5) assigned to MPS" in subjects(outbox, to=named.email)


def test_it_names_people_and_never_gives_their_addresses(
    outbox: list, action_owner: Any, due_action: Action
) -> None:
    named = make_user("named@else.example", person_name="Nadia Named")
    due_action.owner_people.add(Person.objects.get(user=named))
    run()
    body = next(m.body for m in outbox if m.to == [action_owner.email] and "Action 2" in m.subject)
    assert ("Owner: MPS (Nadia Named)" in body, "@" in body) == (True, False)


def test_it_leaves_the_text_of_a_restricted_paragraphs_action_out(
    outbox: list, action_owner: Any, due_action: Action
) -> None:
    due_action.paragraph.restricted = True
    due_action.paragraph.save()
    run()
    body = next(m.body for m in outbox if m.subject.startswith("Action 2 "))
    assert due_action.text not in body
    assert "restricted paragraph" in body


def test_it_finds_the_owners_my_actions_finds(
    circulated_meeting: Meeting, action_owner: Any, board_member: Any, outsider: Any
) -> None:
    named = make_user("named@else.example", person_name="Nadia Named")
    Action.objects.get(number=1).owner_people.add(Person.objects.get(user=named))
    owners = owners_of(open_actions(), datetime.date.today())
    for user in (action_owner, board_member, outsider, named):
        found = {pk for pk, users in owners.items() if user in users}
        assert found == set(actions_owned_by(user).values_list("pk", flat=True))


def test_it_tries_again_after_a_failed_send(outbox: list, action_owner: Any) -> None:
    with (
        mock.patch("actions.reminders.send_mail", side_effect=OSError("SMTP down")),
        pytest.raises(CommandError, match="4 reminder"),
    ):
        run()
    assert "Assigned: 3 sent" in run()


def test_it_keeps_one_digest_a_week_per_person_in_the_database(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    SentReminder.objects.create(kind="digest", user=action_owner, key="2024-W23")
    with pytest.raises(IntegrityError):
        SentReminder.objects.create(kind="digest", user=action_owner, key="2024-W23")


# The link in an email is the action's page: an owner not yet signed in is sent to sign in.


def test_it_sends_the_anonymous_from_an_emailed_link_to_sign_in(due_action: Action) -> None:
    url = due_action.get_absolute_url()
    assert Client().get(url)["Location"] == f"{reverse('login')}?next={url}"


def test_it_answers_any_number_the_same_to_the_anonymous(due_action: Action) -> None:
    url = reverse("actions:detail", args=[due_action.pk + 1000])
    assert Client().get(url)["Location"] == f"{reverse('login')}?next={url}"


def test_it_still_answers_404_to_someone_signed_in(due_action: Action, outsider: Any) -> None:
    assert client_for(outsider).get(due_action.get_absolute_url()).status_code == 404
