import datetime
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from actions.models import ActionUpdate
from actions.services import action_update_post
from meetings.models import Action, Board, Meeting
from prob import limits
from tests.conftest import client_for, html_for
from tests.factories import build_record
from tests.htmlcheck import assert_valid_html_pages

URL = reverse("actions:mine_update")


def row(action: Action, text: str = "", status: str = "", version: int | None = None) -> dict:
    """One row of the page as a browser sends it."""
    prefix = f"action-{action.pk}"
    return {
        f"{prefix}-version": str(version or action.version),
        f"{prefix}-text": text,
        f"{prefix}-status_to": status,
    }


def rows(*parts: dict) -> dict:
    return {key: value for part in parts for key, value in part.items()}


@pytest.fixture
def mps_actions(circulated_meeting: Meeting) -> list[Action]:
    """The seed's three actions, all MPS's: 4.3, 4.5 and 4.6."""
    return list(Action.objects.filter(owner__short_name="MPS").order_by("number"))


def test_it_shows_a_fieldset_per_open_action(
    mps_actions: list[Action], action_owner: Any, circulated_meeting: Meeting
) -> None:
    Action.objects.filter(pk=mps_actions[0].pk).update(
        status=Action.Status.CLOSED, closed_at_meeting=circulated_meeting
    )
    html = html_for(action_owner, URL)
    assert html.count("<fieldset class=") == 2
    assert f'id="action-{mps_actions[0].pk}"' not in html


def test_it_labels_each_rows_fields_with_the_actions_number_and_reference(
    mps_actions: list[Action], action_owner: Any
) -> None:
    html = html_for(action_owner, URL)
    assert '<legend class="h5">Action 2 (31 August 2023, 4.5)</legend>' in html
    assert re.search(r"<label[^>]*>\s*Update on action 2 \(31 August 2023, 4\.5\)", html)
    assert re.search(r"<legend[^>]*>\s*Status of action 2 \(31 August 2023, 4\.5\)", html)


def test_it_saves_every_row_with_an_update(mps_actions: list[Action], action_owner: Any) -> None:
    first, second, third = mps_actions
    data = rows(row(first, "Data shared."), row(second, "Review under way."), row(third))
    response = client_for(action_owner).post(URL, data, follow=True)
    assert [u.action for u in ActionUpdate.objects.order_by("action__number")] == [first, second]
    assert "2 updates saved." in response.content.decode()


def test_it_moves_an_action_to_the_status_chosen(
    mps_actions: list[Action], action_owner: Any
) -> None:
    action = mps_actions[1]
    client_for(action_owner).post(URL, row(action, "Done.", Action.Status.PROPOSED))
    action.refresh_from_db()
    assert action.status == Action.Status.PROPOSED


def test_it_goes_to_my_actions_when_every_row_is_saved(
    mps_actions: list[Action], action_owner: Any
) -> None:
    response = client_for(action_owner).post(URL, row(mps_actions[0], "Data shared."))
    assert response["Location"] == reverse("actions:mine")


def test_it_saves_good_rows_and_returns_bad_ones_with_their_text(
    mps_actions: list[Action], action_owner: Any
) -> None:
    good, too_long, no_text = mps_actions
    long_text = "Too much to say. " * (limits.UPDATE // 10)
    data = rows(
        row(good, "Data shared."),
        row(too_long, long_text),
        row(no_text, "", Action.Status.PROPOSED),
    )
    response = client_for(action_owner).post(URL, data)
    html = response.content.decode()
    assert list(ActionUpdate.objects.values_list("action", flat=True)) == [good.pk]
    assert (response.status_code, long_text.strip() in html) == (400, True)
    assert "1 update saved. 2 could not be saved" in html


def test_it_says_why_a_status_without_an_update_is_refused(
    mps_actions: list[Action], action_owner: Any
) -> None:
    response = client_for(action_owner).post(URL, row(mps_actions[0], "", "in_progress"))
    assert "Write an update to go with the new status." in response.content.decode()


def test_it_refuses_a_stale_row_showing_the_newer_state_and_keeping_the_text(
    mps_actions: list[Action], action_owner: Any, secretariat: Any
) -> None:
    action = mps_actions[0]
    action_update_post(action=action, author=secretariat, text="Chased by the clerk.")
    response = client_for(action_owner).post(URL, row(action, "Data shared.", version=1))
    html = response.content.decode()
    assert "This action changed since you opened the page" in html
    assert ("Data shared." in html, "Chased by the clerk." in html) == (True, True)
    assert not ActionUpdate.objects.filter(author=action_owner).exists()


def test_it_saves_a_stale_row_sent_again(
    mps_actions: list[Action], action_owner: Any, secretariat: Any
) -> None:
    action = mps_actions[0]
    action_update_post(action=action, author=secretariat, text="Chased by the clerk.")
    client = client_for(action_owner)
    html = client.post(URL, row(action, "Data shared.", version=1)).content.decode()
    version = re.search(rf'name="action-{action.pk}-version" value="(\d+)"', html)
    client.post(URL, row(action, "Data shared.", version=int(version[1])))
    assert ActionUpdate.objects.filter(author=action_owner, text="Data shared.").exists()


def test_it_keeps_the_text_of_a_row_whose_action_was_closed_meanwhile(
    mps_actions: list[Action], action_owner: Any, circulated_meeting: Meeting
) -> None:
    action = mps_actions[0]
    Action.objects.filter(pk=action.pk).update(
        status=Action.Status.CLOSED, closed_at_meeting=circulated_meeting, version=2
    )
    html = client_for(action_owner).post(URL, row(action, "Data shared.")).content.decode()
    assert "it is now closed" in html
    assert "Data shared." in html


def test_it_offers_no_status_for_an_action_proposed_for_closure(
    mps_actions: list[Action], action_owner: Any
) -> None:
    action = mps_actions[0]
    Action.objects.filter(pk=action.pk).update(status=Action.Status.PROPOSED)
    html = html_for(action_owner, URL)
    assert f'name="action-{action.pk}-status_to" value=""' not in html
    assert f'type="hidden" name="action-{action.pk}-status_to"' in html


def test_it_ignores_rows_for_actions_the_user_does_not_own(
    mps_actions: list[Action], outsider: Any
) -> None:
    response = client_for(outsider).post(URL, row(mps_actions[0], "Not mine."), follow=True)
    assert not ActionUpdate.objects.exists()
    assert "Nothing to save" in response.content.decode()


def test_it_says_so_when_nothing_was_typed(mps_actions: list[Action], action_owner: Any) -> None:
    response = client_for(action_owner).post(URL, rows(*(row(a) for a in mps_actions)))
    assert (response.status_code, response["Location"]) == (302, URL)
    assert not ActionUpdate.objects.exists()


def test_it_keeps_what_was_sent_after_the_session_expired(
    mps_actions: list[Action], action_owner: Any
) -> None:
    client = Client()
    response = client.post(URL, row(mps_actions[1], "Typed before the session expired."))
    client.force_login(action_owner, backend="accounts.backends.EmailBackend")
    html = client.get(URL).content.decode()
    assert response["Location"] == f"{reverse('login')}?next={URL}"
    assert "Typed before the session expired." in html
    assert not ActionUpdate.objects.exists()


def test_it_sends_the_anonymous_to_sign_in(client: Client, db: None) -> None:
    assert client.get(URL)["Location"] == f"{reverse('login')}?next={URL}"


@pytest.mark.parametrize(("sections", "expected"), [(1, 3), (10, 30)])
def test_it_runs_the_same_queries_whatever_the_number(
    lone_officer: Any, django_assert_num_queries: Any, sections: int, expected: int
) -> None:
    meeting = build_record(
        board=Board.objects.get(slug="test-board"),
        date=datetime.date(2024, 1, 1),
        sections=sections,
        paragraphs_per_section=9,  # an action in every third paragraph
        owner=lone_officer.person.organisation,
    )
    for action in Action.objects.filter(paragraph__section__meeting=meeting):
        action_update_post(action=action, author=lone_officer, text="Under way.")
    client = client_for(lone_officer)
    # Session (1), the user with their memberships (1: one statement, accounts.backends), the
    # actions (1) and their latest updates (1), whether an action is theirs (1, for the
    # navigation); no session write (its last activity moved under a minute ago).
    with django_assert_num_queries(5):
        html = client.get(URL).content.decode()
    assert html.count("Under way.") == expected


def test_it_serves_valid_html_with_and_without_refused_rows(
    mps_actions: list[Action], action_owner: Any
) -> None:
    client = client_for(action_owner)
    refused = client.post(
        URL, rows(row(mps_actions[0], "Done."), row(mps_actions[1], "", "proposed"))
    )
    assert_valid_html_pages({URL: client.get(URL).content, f"{URL}#refused": refused.content})
