"""Matters arising: the open actions with their updates since the previous meeting, and closing
in one submit the actions the board accepted."""

import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from lxml import html as lxml_html

from actions.services import action_close, action_update_post
from meetings.models import Action, Meeting, Paragraph, Section
from tests.conftest import client_for, html_for
from tests.htmlcheck import assert_valid_html

LONDON = ZoneInfo("Europe/London")


def url_for(meeting: Meeting) -> str:
    return reverse("board_actions:matters_arising", args=[meeting.board.slug, meeting.date])


def action(number: int) -> Action:
    return Action.objects.get(paragraph__section__meeting__date="2023-08-31", number=number)


def form_data(*numbers: int, **extra: str) -> dict[str, Any]:
    actions = [action(n) for n in numbers]
    data: dict[str, Any] = {"accept": [a.pk for a in actions]}
    data |= {f"version_{a.pk}": a.version for a in actions}
    return data | extra


def test_it_lists_open_actions_with_their_updates_since_the_previous_meeting(
    later: Meeting, secretariat: Any, action_owner: Any
) -> None:
    with time_machine.travel(datetime.datetime(2023, 8, 31, 15, tzinfo=LONDON), tick=False):
        action_update_post(action=action(1), author=action_owner, text="Reported on the day.")
    with time_machine.travel(datetime.datetime(2023, 10, 2, 9, tzinfo=LONDON), tick=False):
        action_update_post(action=action(1), author=action_owner, text="Data being linked.")
    html = html_for(secretariat, url_for(later))
    assert [f"Action {n}</a>" in html for n in (1, 2, 3)] == [True, True, True]
    assert "Data being linked." in html
    assert "Reported on the day." not in html


def test_it_leaves_out_actions_closed_at_or_before_the_previous_meeting(
    later: Meeting, circulated_meeting: Meeting, secretariat: Any
) -> None:
    action_close(action=action(2), by=secretariat, at_meeting=circulated_meeting)
    html = html_for(secretariat, url_for(later))
    assert (f'href="{action(1).get_absolute_url()}"' in html) is True
    assert (f'href="{action(2).get_absolute_url()}"' in html) is False


def test_it_closes_two_actions_in_one_submit(later: Meeting, clerk: Client) -> None:
    response = clerk.post(url_for(later), form_data(1, 3))
    assert response.status_code == 302
    closed = [(a.status, a.closed_at_meeting_id) for a in (action(1), action(2), action(3))]
    assert closed == [("closed", later.pk), ("open", None), ("closed", later.pk)]
    assert action(3).updates.get().status_to == "closed"


def test_it_says_what_it_closed(later: Meeting, clerk: Client) -> None:
    response = clerk.post(url_for(later), form_data(1, 3), follow=True)
    assert (
        "Closed at the meeting of 30 November 2023: Actions 1 and 3 of 31 August 2023 (4.3, 4.6)."
        in response.content.decode()
    )


def test_it_adds_the_paragraph_in_a_new_second_section(later: Meeting, clerk: Client) -> None:
    clerk.post(url_for(later), form_data(1, 3, add_paragraph="on"))
    section = Section.objects.get(meeting=later, title="Matters arising")
    assert section.number == 2
    assert [p.text for p in section.paragraphs.all()] == [
        "The board agreed to close Actions 1 and 3 of 31 August 2023 (4.3, 4.6)."
    ]


def test_it_appends_to_an_existing_section(later: Meeting, clerk: Client) -> None:
    clerk.post(url_for(later), form_data(1, add_paragraph="on"))
    clerk.post(url_for(later), form_data(2, add_paragraph="on"))
    paragraphs = Paragraph.objects.filter(section__meeting=later, section__title="Matters arising")
    assert [(p.ref, p.text) for p in paragraphs.select_related("section")] == [
        ("2.1", "The board agreed to close Action 1 of 31 August 2023 (4.3)."),
        ("2.2", "The board agreed to close Action 2 of 31 August 2023 (4.5)."),
    ]


def test_it_refuses_when_nothing_is_ticked(later: Meeting, clerk: Client) -> None:
    response = clerk.post(url_for(later), {"add_paragraph": "on"})
    assert response.status_code == 400
    assert "Tick at least one action the board accepted as complete." in response.content.decode()
    assert not Section.objects.filter(meeting=later, title="Matters arising").exists()


def test_it_refuses_an_action_not_on_the_report(later: Meeting, clerk: Client) -> None:
    data = form_data(1) | {"accept": [action(1).pk, 999_999]}
    response = clerk.post(url_for(later), data)
    assert response.status_code == 400
    assert action(1).status == "open"


def test_it_refuses_a_stale_form_and_shows_the_newer_state(
    later: Meeting, clerk: Client, action_owner: Any
) -> None:
    data = form_data(1, 3)
    action_update_post(
        action=action(3),
        author=action_owner,
        text="Panel updated in October.",
        status_to=Action.Status.PROPOSED,
    )
    response = clerk.post(url_for(later), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Action 3 of 31 August 2023 changed since you opened this page: it is now pro" in html
    assert (action(1).status, "Panel updated in October." in html) == ("open", True)


def test_it_sends_the_current_versions_back_after_a_stale_form(
    later: Meeting, clerk: Client, action_owner: Any
) -> None:
    data = form_data(3)
    action_update_post(
        action=action(3), author=action_owner, text="Done.", status_to=Action.Status.PROPOSED
    )
    html = clerk.post(url_for(later), data).content.decode()
    assert f'name="version_{action(3).pk}" value="{action(3).version}"' in html


def test_it_refuses_the_paragraph_once_the_record_has_left_draft(
    later: Meeting, clerk: Client
) -> None:
    Meeting.objects.filter(pk=later.pk).update(status=Meeting.Status.CIRCULATED)
    response = clerk.post(url_for(later), form_data(1, add_paragraph="on"))
    assert response.status_code == 400
    assert action(1).status == "open"


def test_it_links_a_draft_record_to_its_matters_arising(later: Meeting, secretariat: Any) -> None:
    assert f'href="{url_for(later)}"' in html_for(secretariat, later.get_absolute_url())


@pytest.mark.parametrize(("who", "expected"), [("board_member", 404), ("outsider", 404)])
def test_it_hides_a_draft_meetings_report(
    later: Meeting, who: str, expected: int, request: pytest.FixtureRequest
) -> None:
    client = client_for(request.getfixturevalue(who))
    assert client.get(url_for(later)).status_code == expected


def test_it_answers_403_to_a_board_member_who_sees_the_meeting(
    later: Meeting, board_member: Any
) -> None:
    Meeting.objects.filter(pk=later.pk).update(status=Meeting.Status.CIRCULATED)
    assert client_for(board_member).get(url_for(later)).status_code == 403


def test_it_changes_nothing_on_a_post_from_a_board_member(
    later: Meeting, board_member: Any
) -> None:
    Meeting.objects.filter(pk=later.pk).update(status=Meeting.Status.CIRCULATED)
    client_for(board_member).post(url_for(later), form_data(1))
    assert action(1).status == "open"


def test_it_serves_valid_html(later: Meeting, clerk: Client, action_owner: Any) -> None:
    action_update_post(action=action(1), author=action_owner, text="Data being linked.")
    assert_valid_html(clerk.post(url_for(later), {}).content)


def test_it_puts_the_actions_proposed_for_closure_first(
    later: Meeting, secretariat: Any, action_owner: Any
) -> None:
    action_update_post(
        action=action(2),
        author=action_owner,
        text="Done: the data is shared.",
        status_to=Action.Status.PROPOSED,
    )
    page = lxml_html.fromstring(html_for(secretariat, url_for(later)))
    listed = [li.get("id") for li in page.iter("li") if (li.get("id") or "").startswith("action-")]
    assert listed == [f"action-{action(n).pk}" for n in (2, 1, 3)]
