"""The Django admin keeps to the record's lifecycle: no silent edits of agreed records."""

from typing import Any

import lxml.html
import pytest
from django.db.models import ProtectedError

from actions.models import ActionUpdate
from meetings.models import Action, Meeting, Membership, Paragraph
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


# --- Only drafts, and only through the services -------------------------------------------------


def test_it_makes_no_meeting_itself(seed_meeting: Meeting, admin_client: Any) -> None:
    # A meeting is made by its services (the editor's new meeting, the import).
    count = Meeting.objects.count()
    assert admin_client.get("/admin/meetings/meeting/add/").status_code == 403
    assert admin_client.post("/admin/meetings/meeting/add/", {"title": "x"}).status_code == 403
    assert Meeting.objects.count() == count


def test_it_refuses_to_edit_a_circulated_record(
    circulated_meeting: Meeting, admin_client: Any
) -> None:
    # Not frozen yet, but not a draft: the editor refuses it too (it goes back to draft first).
    paragraph = circulated_meeting.sections.get(position=4).paragraphs.get(position=3)
    assert admin_client.post(change_url(circulated_meeting), {"title": "x"}).status_code == 403
    url = f"/admin/meetings/paragraph/{paragraph.pk}/change/"
    assert admin_client.post(url, {"text": "Rewritten"}).status_code == 403
    section = f"/admin/meetings/section/{paragraph.section_id}/delete/"
    assert admin_client.post(section, {"post": "yes"}).status_code == 403
    assert Paragraph.objects.get(pk=paragraph.pk).text == paragraph.text


@pytest.mark.parametrize(
    ("page", "field"),
    [
        ("meetings/section", "meeting"),
        ("meetings/paragraph", "section"),
        ("actions/action", "paragraph"),
    ],
)
def test_it_never_moves_a_row_to_another_record(
    seed_meeting: Meeting, admin_client: Any, page: str, field: str
) -> None:
    action = Action.objects.filter(paragraph__section__meeting=seed_meeting).first()
    assert action is not None
    row = {"meetings/section": action.paragraph.section, "meetings/paragraph": action.paragraph}
    pk = row.get(page, action).pk
    html = admin_client.get(f"/admin/{page}/{pk}/change/").content.decode()
    assert f'name="{field}"' not in html


def numbers(meeting: Meeting) -> list[int | None]:
    return list(
        Action.objects.filter(paragraph__section__meeting=meeting)
        .order_by("paragraph__section__position", "paragraph__position", "position")
        .values_list("number", flat=True)
    )


def test_it_renumbers_a_draft_when_an_action_is_added(
    seed_meeting: Meeting, admin_client: Any
) -> None:
    first = Action.objects.filter(paragraph__section__meeting=seed_meeting).get(number=1)
    before = numbers(seed_meeting)
    last = max(a.position for a in first.paragraph.actions.all())
    response = admin_client.post(
        "/admin/actions/action/add/",
        {
            "paragraph": first.paragraph_id,
            "position": last + 1,
            "text": "The clerk to write to the board.",
            "owner": "",
            "due": "",
            **{f"updates-{key}": "0" for key in ("TOTAL_FORMS", "INITIAL_FORMS")},
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert numbers(seed_meeting) == list(range(1, len(before) + 2))


def test_it_renumbers_a_draft_when_an_action_is_deleted(
    seed_meeting: Meeting, admin_client: Any
) -> None:
    first = Action.objects.filter(paragraph__section__meeting=seed_meeting).get(number=1)
    count = len(numbers(seed_meeting))
    admin_client.post(f"/admin/actions/action/{first.pk}/delete/", {"post": "yes"})
    assert numbers(seed_meeting) == list(range(1, count))


def test_it_shows_an_agreed_records_action_without_a_due_date_to_change(
    published_meeting: Meeting, admin_client: Any
) -> None:
    # Its due date moves through `action_change_due`, with a reason in the history.
    action = Action.objects.filter(paragraph__section__meeting=published_meeting).first()
    assert action is not None
    url = f"/admin/actions/action/{action.pk}/change/"
    assert 'name="due"' not in admin_client.get(url).content.decode()
    assert admin_client.post(url, {"due": "2030-01-01"}).status_code == 403
    assert (
        admin_client.post(f"/admin/actions/action/{action.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )


def posted_back(html: str, **changes: str) -> dict[str, Any]:
    """The admin page's change form as the browser would send it, with `changes` made."""
    form = next(f for f in lxml.html.fromstring(html).forms if f.get("id", "").endswith("_form"))
    data: dict[str, Any] = {}
    for name, value in form.form_values():
        data.setdefault(name, []).append(value)
    return {**data, **changes, "_save": "Save"}


def reasons(rows: Any) -> list[str | None]:
    return list(rows.order_by("history_date").values_list("history_change_reason", flat=True))


def test_it_says_why_in_the_history_of_what_it_changes_in_a_draft(
    seed_meeting: Meeting, admin_client: Any
) -> None:
    """As every service does: the admin's rows say why (and who) in their history, on a
    part's own page, in the meeting's inlines, and when a part is deleted."""
    section = seed_meeting.sections.get(position=2)
    url = f"/admin/meetings/section/{section.pk}/change/"
    page = admin_client.get(url).content.decode()
    assert admin_client.post(url, posted_back(page, title="Retitled")).status_code == 302
    inline = seed_meeting.sections.get(position=3)
    page = admin_client.get(change_url(seed_meeting)).content.decode()
    index = next(i for i in range(50) if f'name="sections-{i}-id" value="{inline.pk}"' in page)
    data = posted_back(page, **{f"sections-{index}-title": "Retitled inline"})
    assert admin_client.post(change_url(seed_meeting), data).status_code == 302
    paragraph = seed_meeting.sections.get(position=4).paragraphs.get(position=3)
    url = f"/admin/meetings/paragraph/{paragraph.pk}/delete/"
    assert admin_client.post(url, {"post": "yes"}).status_code == 302

    assert reasons(section.history.filter(title="Retitled"))[-1] == "Edited in the admin"
    assert reasons(inline.history.filter(title="Retitled inline"))[-1] == "Edited in the admin"
    gone = Paragraph.history.filter(id=paragraph.pk, history_type="-").get()
    assert gone.history_change_reason == "Deleted in the admin"
    assert gone.history_user_id == section.history.latest().history_user_id is not None


def test_it_says_why_in_the_history_of_a_membership_changed_on_its_persons_page(
    secretariat: Any, admin_client: Any
) -> None:
    membership = Membership.objects.get(person__user=secretariat)
    url = f"/admin/meetings/person/{membership.person_id}/change/"
    page = admin_client.get(url).content.decode()
    data = posted_back(page, **{"memberships-0-end_date": "2031-12-31"})
    assert admin_client.post(url, data).status_code == 302
    assert reasons(membership.history.exclude(end_date=None))[-1] == "Edited in the admin"


def test_it_keeps_an_actions_due_date_to_the_editors_rule(
    seed_meeting: Meeting, admin_client: Any
) -> None:
    first = Action.objects.filter(paragraph__section__meeting=seed_meeting).get(number=1)
    count = Action.objects.count()
    response = admin_client.post(
        "/admin/actions/action/add/",
        {
            "paragraph": first.paragraph_id,
            "position": 99,
            "text": "The clerk to write to the board.",
            "owner": "",
            "due": "2023-08-30",  # the day before the meeting
            **{f"updates-{key}": "0" for key in ("TOTAL_FORMS", "INITIAL_FORMS")},
        },
    )
    assert "The due date cannot be before the meeting." in response.content.decode()
    assert Action.objects.count() == count
    url = f"/admin/actions/action/{first.pk}/change/"
    page = admin_client.get(url).content.decode()
    response = admin_client.post(url, posted_back(page, due="2023-08-30"))
    assert "The due date cannot be before the meeting." in response.content.decode()
    assert Action.objects.get(pk=first.pk).due == first.due
