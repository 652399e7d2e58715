"""Each lifecycle verb is declared once (`lifecycle.VERBS`): the record page's buttons, the
workflow view and the admin's actions are read from it, who may take it (`Verb.who`) as well."""

import dataclasses
from typing import Any

import lxml.html
import pytest
from django.core.exceptions import ValidationError

from meetings.admin import MeetingAdmin
from meetings.models import Meeting
from meetings.services import lifecycle
from meetings.services.lifecycle import VERBS, Verb, verbs_allowed
from tests.conftest import client_for, html_for, make_user, next_meeting

WORKFLOW = "//section[contains(@class, 'workflow')]"


def buttons(html: str) -> list[str]:
    page = lxml.html.fromstring(html)
    return [button.text_content() for button in page.xpath(f"{WORKFLOW}//button")]


def test_it_labels_the_buttons_from_the_registry(seed_meeting: Meeting, secretariat: Any) -> None:
    html = html_for(secretariat, seed_meeting.get_absolute_url())
    assert buttons(html) == [verb.label for verb in verbs_allowed(seed_meeting, secretariat)]


def test_it_shows_a_verb_added_to_the_registry(
    seed_meeting: Meeting, secretariat: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A verb the templates have never heard of: its button comes from its declaration alone.
    shelve = Verb(
        name="shelve",
        label="Shelve the draft",
        admin_label="Shelve selected records",
        done="shelved",
        done_message="The record is shelved.",
        source_states=frozenset({Meeting.Status.DRAFT}),
        target=Meeting.Status.DRAFT,
        service=lifecycle.record_circulate,
    )
    monkeypatch.setitem(VERBS, "shelve", shelve)
    html = html_for(secretariat, seed_meeting.get_absolute_url())
    assert "Shelve the draft" in buttons(html)


def test_it_posts_each_button_to_its_verb(seed_meeting: Meeting, secretariat: Any) -> None:
    page = lxml.html.fromstring(html_for(secretariat, seed_meeting.get_absolute_url()))
    actions = [form.get("action") for form in page.xpath(f"{WORKFLOW}//form")]
    assert actions == [f"{seed_meeting.get_absolute_url()}workflow/circulate/"]


def test_it_says_why_a_verb_is_refused_in_the_registry_words(published_meeting: Meeting) -> None:
    assert VERBS["circulate"].refusal(published_meeting) == (
        "A published record cannot be circulated."
    )


def test_it_names_the_publish_confirmations_button_from_the_registry(
    seed_meeting: Meeting, secretariat: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    agreed = lifecycle.record_agree(
        meeting=lifecycle.record_circulate(meeting=seed_meeting, by=None),
        at_meeting=next_meeting(seed_meeting),
        by=None,
    )
    renamed = dataclasses.replace(VERBS["publish"], label="Make it public")
    monkeypatch.setitem(VERBS, "publish", renamed)
    assert renamed.confirmation is not None
    assert renamed.confirmation(agreed)["button"] == "Make it public"


def test_it_refuses_to_publish_as_imported_in_the_declared_words(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    with pytest.raises(ValidationError) as refused:
        lifecycle.record_publish_imported(
            meeting=circulated_meeting, by=secretariat, reason="From the archive"
        )
    assert refused.value.messages == [lifecycle.PUBLISH_IMPORTED.refusal(circulated_meeting)]
    assert refused.value.messages == ["A circulated record cannot be published as imported."]
    assert Meeting.objects.get(pk=circulated_meeting.pk).status == Meeting.Status.CIRCULATED


def test_it_offers_the_admin_one_action_per_verb() -> None:
    descriptions = [action.short_description for action in MeetingAdmin.actions]
    assert descriptions == [verb.admin_label for verb in VERBS.values()]


def test_it_lists_the_registry_actions_on_the_admin_page(
    seed_meeting: Meeting, admin_user: Any
) -> None:
    page = lxml.html.fromstring(client_for(admin_user).get("/admin/meetings/meeting/").content)
    options = page.xpath("//select[@name='action']/option")
    assert [option.get("value") for option in options if option.get("value")][-4:] == list(VERBS)


@pytest.fixture
def given_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """The secretariat's steps given to no one: as if `Verb.who` named a role nobody holds."""
    monkeypatch.setitem(lifecycle.WHO_MAY, "secretariat", lambda user, board_id: False)


@pytest.mark.usefixtures("given_elsewhere")
def test_the_record_page_offers_no_step_to_whoever_its_who_does_not_name(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    html = html_for(secretariat, seed_meeting.get_absolute_url())
    assert lxml.html.fromstring(html).xpath(WORKFLOW) == []


@pytest.mark.usefixtures("given_elsewhere")
def test_the_workflow_view_refuses_whoever_its_who_does_not_name(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    url = f"{seed_meeting.get_absolute_url()}workflow/circulate/"
    response = client_for(secretariat).post(url, {"confirmed": "1"})
    assert response.status_code == 403
    assert Meeting.objects.get(pk=seed_meeting.pk).status == Meeting.Status.DRAFT


def test_the_admin_takes_a_step_only_for_whoever_its_who_names(seed_meeting: Meeting) -> None:
    # Staff who may change records in the admin, but hold no role on the record's board.
    staff = make_user("staff@prob.example", is_staff=True)
    staff.user_permissions.add(*_meeting_permissions())
    client = client_for(staff)
    data = {"action": "circulate", "_selected_action": [seed_meeting.pk], "confirmed": "1"}
    response = client.post("/admin/meetings/meeting/", data, follow=True)
    assert "Only the board&#x27;s secretariat may take this step." in response.content.decode()
    assert Meeting.objects.get(pk=seed_meeting.pk).status == Meeting.Status.DRAFT


def _meeting_permissions() -> list[Any]:
    from django.contrib.auth.models import Permission

    return list(
        Permission.objects.filter(content_type__app_label="meetings", codename__endswith="_meeting")
    )
