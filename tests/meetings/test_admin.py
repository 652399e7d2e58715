"""The Django admin keeps to the record's lifecycle: no silent edits of agreed records."""

from typing import Any

import pytest
from django.db.models import ProtectedError

from actions.models import Action, ActionUpdate
from meetings.models import Meeting
from tests.conftest import client_for


@pytest.fixture
def admin_client(admin_user: Any) -> Any:
    return client_for(admin_user)


def change_url(meeting: Meeting) -> str:
    return f"/admin/meetings/meeting/{meeting.pk}/change/"


def test_it_never_offers_the_status_as_a_field(seed_meeting: Meeting, admin_client: Any) -> None:
    html = admin_client.get(change_url(seed_meeting)).content.decode()
    assert 'name="status"' not in html


def test_it_moves_a_record_on_through_the_lifecycle_action(
    seed_meeting: Meeting, admin_client: Any
) -> None:
    admin_client.post(
        "/admin/meetings/meeting/",
        {"action": "circulate", "_selected_action": [seed_meeting.pk], "confirmed": "1"},
    )
    assert Meeting.objects.get(pk=seed_meeting.pk).status == "circulated"


def test_it_lists_what_a_bulk_action_changes_before_taking_it(
    seed_meeting: Meeting, admin_client: Any
) -> None:
    response = admin_client.post(
        "/admin/meetings/meeting/",
        {"action": "circulate", "_selected_action": [seed_meeting.pk]},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert str(seed_meeting) in html
    assert 'name="confirmed" value="1"' in html
    assert f'name="_selected_action" value="{seed_meeting.pk}"' in html
    assert Meeting.objects.get(pk=seed_meeting.pk).status == "draft"


def test_it_refuses_a_step_out_of_order_and_says_why(
    seed_meeting: Meeting, admin_client: Any
) -> None:
    response = admin_client.post(
        "/admin/meetings/meeting/",
        {"action": "publish", "_selected_action": [seed_meeting.pk], "confirmed": "1"},
        follow=True,
    )
    assert "A draft record cannot be published." in response.content.decode()
    assert Meeting.objects.get(pk=seed_meeting.pk).status == "draft"


def test_it_refuses_to_change_a_published_record(
    published_meeting: Meeting, admin_client: Any
) -> None:
    response = admin_client.post(change_url(published_meeting), {"title": "Rewritten"})
    assert response.status_code == 403
    assert Meeting.objects.get(pk=published_meeting.pk).title == "Record of Meeting 31 August 2023"


def test_it_refuses_to_delete_a_published_record(
    published_meeting: Meeting, admin_client: Any
) -> None:
    url = f"/admin/meetings/meeting/{published_meeting.pk}/delete/"
    assert admin_client.post(url, {"post": "yes"}).status_code == 403
    assert Meeting.objects.filter(pk=published_meeting.pk).exists()


def test_it_refuses_to_edit_the_paragraphs_of_an_agreed_record(
    published_meeting: Meeting, admin_client: Any
) -> None:
    paragraph = published_meeting.sections.get(position=4).paragraphs.get(position=3)
    url = f"/admin/meetings/paragraph/{paragraph.pk}/change/"
    assert admin_client.post(url, {"text": "Rewritten"}).status_code == 403


def test_it_lets_a_draft_be_deleted(seed_meeting: Meeting, admin_client: Any) -> None:
    url = f"/admin/meetings/meeting/{seed_meeting.pk}/delete/"
    admin_client.post(url, {"post": "yes"})
    assert not Meeting.objects.filter(pk=seed_meeting.pk).exists()


@pytest.fixture
def update(seed_meeting: Meeting, action_owner: Any) -> ActionUpdate:
    action = Action.objects.filter(paragraph__section__meeting=seed_meeting).first()
    return ActionUpdate.objects.create(action=action, author=action_owner, text="Data shared.")


def test_it_never_deletes_progress_updates_with_their_record(
    seed_meeting: Meeting, update: ActionUpdate
) -> None:
    with pytest.raises(ProtectedError):
        seed_meeting.delete()
    assert ActionUpdate.objects.count() == 1


def test_it_never_deletes_progress_updates_with_their_author(
    update: ActionUpdate, action_owner: Any
) -> None:
    with pytest.raises(ProtectedError):
        action_owner.delete()
