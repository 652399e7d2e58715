"""Every kind of page is valid HTML, checked by the Nu Html Checker in one run."""

from typing import Any

from actions.models import ActionUpdate
from meetings.models import Action, Meeting
from tests.conftest import client_for, next_meeting
from tests.htmlcheck import assert_valid_html_pages


def test_it_serves_valid_html_on_every_kind_of_page(
    published_meeting: Meeting, secretariat: Any, action_owner: Any
) -> None:
    action = Action.objects.filter(paragraph__section__meeting=published_meeting).first()
    ActionUpdate.objects.create(action=action, author=action_owner, text="Data shared.")
    record = published_meeting.get_absolute_url()
    public = client_for(None)
    clerk = client_for(secretariat)
    owner = client_for(action_owner)
    pages = {
        "/": public,
        published_meeting.board.get_absolute_url(): public,
        record: public,
        "/actions/": public,
        "/accounts/login/": public,
        "/accounts/password/reset/": public,
        "/does-not-exist/": public,
        record + "history/": clerk,
        # The draft the seed was agreed at, with the secretariat's workflow forms.
        next_meeting(published_meeting).get_absolute_url(): clerk,
        "/accounts/": clerk,
        "/accounts/password/": clerk,
        "/actions/mine/": owner,
        action.get_absolute_url(): owner,
        action.get_absolute_url() + "history/": owner,
    }
    assert_valid_html_pages({url: client.get(url).content for url, client in pages.items()})
