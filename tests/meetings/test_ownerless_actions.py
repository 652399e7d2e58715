"""An action may be added with no owner (the owner is not always known in the meeting), but
no one could report progress on it: the editor says "No owner yet" at it, and circulating
lists such actions by number, each linked to its form in the editor, and goes ahead only once
each has an owner or the clerk ticks that the record goes out with them as they are. One home
for the rule: `lifecycle.ownerless_actions`, which `record_circulate` checks."""

from typing import Any

import lxml.html
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from meetings.models import Meeting, Paragraph
from meetings.services import editing, record_circulate
from meetings.services.lifecycle import ownerless_actions, record_publish_imported
from tests.addresses import move_url
from tests.conftest import client_for
from tests.htmlcheck import assert_valid_html


@pytest.fixture
def ownerless(seed_meeting: Meeting, secretariat: Any) -> Meeting:
    """The seed draft with one more action, added with no owner (none in its words)."""
    paragraph = Paragraph.objects.get(section__meeting=seed_meeting, section__number=4, number=3)
    editing.action_add(paragraph=paragraph, by=secretariat, text="Look again at the figures.")
    return seed_meeting


def test_an_action_can_be_added_with_no_owner_and_the_editor_says_so(
    ownerless: Meeting, secretariat: Any
) -> None:
    [action] = ownerless_actions(ownerless)
    editor = reverse("meetings:editor", args=[ownerless.board.slug, ownerless.date.isoformat()])
    page = lxml.html.fromstring(client_for(secretariat).get(editor).content)
    marked = page.xpath('//*[contains(@class, "no-owner")]/ancestor::div[@id][1]/@id')
    assert marked == [f"action-{action.id}"]
    assert page.xpath('//*[contains(@class, "no-owner")]')[0].text_content() == "No owner yet"


def test_circulating_is_refused_by_the_service_unless_confirmed(
    ownerless: Meeting, secretariat: Any
) -> None:
    [action] = ownerless_actions(ownerless)
    with pytest.raises(ValidationError) as refused:
        record_circulate(meeting=ownerless, by=secretariat)
    assert refused.value.code == "ownerless"
    assert f"Action {action.number} has no owner yet" in refused.value.messages[0]
    assert Meeting.objects.get(pk=ownerless.pk).status == "draft"
    record_circulate(meeting=ownerless, by=secretariat, ownerless_confirmed=True)
    assert Meeting.objects.get(pk=ownerless.pk).status == "circulated"


def test_the_confirmation_lists_them_linked_to_the_editor_and_asks(
    ownerless: Meeting, secretariat: Any, django_capture_on_commit_callbacks: Any
) -> None:
    [action] = ownerless_actions(ownerless)
    clerk = client_for(secretariat)
    response = clerk.post(move_url(ownerless, "circulate"))
    assert response.status_code == 200
    assert_valid_html(response.content)
    page = lxml.html.fromstring(response.content)
    [link] = page.xpath('//ul[@class="ownerless"]//a')
    assert link.text_content() == f"Action {action.number}"
    assert link.get("href").endswith(f"?edit=action:{action.id}#action-{action.id}")
    assert page.xpath('//input[@name="ownerless_confirmed"]/@type') == ["checkbox"]
    # Confirmed without the box ticked: asked again, with why, and nothing sent.
    response = clerk.post(move_url(ownerless, "circulate"), {"confirmed": "1"})
    assert response.status_code == 400
    page = lxml.html.fromstring(response.content)
    assert "has no owner yet" in page.get_element_by_id("confirm-errors").text_content()
    # The keyboard starts at the box asked for, described by why.
    [box] = page.xpath("//*[@autofocus]")
    assert box.get("name") == "ownerless_confirmed"
    assert box.get("aria-describedby") == "confirm-errors"
    assert_valid_html(response.content)
    assert Meeting.objects.get(pk=ownerless.pk).status == "draft"
    with django_capture_on_commit_callbacks(execute=True):
        response = clerk.post(
            move_url(ownerless, "circulate"), {"confirmed": "1", "ownerless_confirmed": "on"}
        )
    assert response.status_code == 302
    assert Meeting.objects.get(pk=ownerless.pk).status == "circulated"


def test_with_every_action_owned_the_confirmation_asks_nothing_more(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    assert ownerless_actions(seed_meeting) == []
    page = client_for(secretariat).post(move_url(seed_meeting, "circulate")).content
    assert b"ownerless" not in page


def test_imported_published_records_are_unaffected(ownerless: Meeting, secretariat: Any) -> None:
    record_publish_imported(meeting=ownerless, by=secretariat, reason="Imported as published")
    assert Meeting.objects.get(pk=ownerless.pk).status == "published"
