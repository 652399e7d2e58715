import datetime
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from meetings.action_scoping import actions_owned_by
from meetings.models import Action, Board, Meeting, Organisation, Person
from tests.conftest import client_for, html_for, make_user
from tests.factories import build_record

URL = reverse("actions:mine")


def listed(user: Any) -> list[str]:
    """The actions on the user's page, by their link."""
    html = client_for(user).get(URL).content.decode()
    return sorted(
        action.get_absolute_url()
        for action in Action.objects.all()
        if f'href="{action.get_absolute_url()}"' in html
    )


def urls(actions: Any) -> list[str]:
    return sorted(action.get_absolute_url() for action in actions)


def test_it_lists_the_actions_of_the_users_organisation(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    mps_actions = Action.objects.filter(owner__short_name="MPS")
    assert len(mps_actions) == 3
    assert listed(action_owner) == urls(mps_actions)


def test_it_lists_actions_naming_the_user(circulated_meeting: Meeting) -> None:
    named = make_user("named@else.example", person_name="Nadia Named")
    action = Action.objects.order_by("pk")[1]
    action.owner_people.add(Person.objects.get(user=named))
    assert listed(named) == [action.get_absolute_url()]


def test_it_lists_nothing_for_someone_without_actions(
    seed_meeting: Meeting, board_member: Any
) -> None:
    html = client_for(board_member).get(URL).content.decode()
    assert "You have no actions." in html


def test_it_leaves_out_other_organisations_actions(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    other = Action.objects.order_by("pk").first()
    other.owner = Organisation.objects.get(short_name="MOPAC")
    other.save()
    assert other.get_absolute_url() not in listed(action_owner)


def test_it_includes_actions_of_circulated_records(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    html = client_for(action_owner).get(URL).content.decode()
    assert "Action 1</a> (4.3)" in html


def test_it_leaves_out_actions_of_drafts(seed_meeting: Meeting, action_owner: Any) -> None:
    assert "You have no actions." in client_for(action_owner).get(URL).content.decode()


def test_it_lists_open_actions_first_then_by_due_date_then_newest_meeting(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    closed, undated, dated = Action.objects.filter(owner__short_name="MPS").order_by("number")
    Action.objects.filter(pk=closed.pk).update(
        status=Action.Status.CLOSED, closed_at_meeting=circulated_meeting, due="2023-09-01"
    )
    Action.objects.filter(pk=dated.pk).update(due="2024-06-01")
    later = build_record(
        board=circulated_meeting.board,
        date=datetime.date(2024, 1, 1),
        sections=1,
        paragraphs_per_section=1,
        owner=Organisation.objects.get(short_name="MPS"),
    )
    undated_later = Action.objects.get(paragraph__section__meeting=later)
    html = client_for(action_owner).get(URL).content.decode()
    expected = [dated, undated_later, undated, closed]
    assert sorted(expected, key=lambda a: html.index(f'href="{a.get_absolute_url()}"')) == expected


def test_it_links_to_the_page_that_updates_them_all(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    assert f'href="{reverse("actions:mine_update")}"' in html_for(action_owner, URL)


def test_it_sends_the_anonymous_to_sign_in(client: Client, db: None) -> None:
    assert client.get(URL)["Location"] == f"{reverse('login')}?next={URL}"


@pytest.mark.parametrize(("sections", "expected"), [(1, 3), (10, 30)])
def test_it_runs_the_same_queries_whatever_the_number(
    lone_officer: Any, django_assert_num_queries: Any, sections: int, expected: int
) -> None:
    build_record(
        board=Board.objects.get(slug="test-board"),
        date=datetime.date(2024, 1, 1),
        sections=sections,
        paragraphs_per_section=9,  # an action in every third paragraph
        owner=lone_officer.person.organisation,
    )
    assert actions_owned_by(lone_officer).count() == expected
    client = client_for(lone_officer)
    # Session (1), the user with their memberships (1: one statement, accounts.backends), the
    # count for paging, actions and their named people (3), whether an action is theirs (1,
    # for the navigation), and the papers requested of the officer's organisation (1); no
    # session write (its last activity moved under a minute ago).
    with django_assert_num_queries(7):
        assert client.get(URL).status_code == 200
