"""The Django admin keeps to the record's lifecycle and writes none of a record's content: a
meeting, its attendees, sections, paragraphs and actions are shown read-only in every state,
with a link to where they change (the editor, or the record page); the lifecycle moves through
its services, by the acting user."""

from typing import Any

import lxml.html
import pytest
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils.html import escape

from actions.models import ActionUpdate
from meetings.models import Action, Board, Meeting, Membership, Organisation, Paragraph, Person
from meetings.services import editing


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


def posted_back(html: str, **changes: str) -> dict[str, Any]:
    """The admin page's change form as the browser would send it, with `changes` made."""
    form = next(f for f in lxml.html.fromstring(html).forms if f.get("id", "").endswith("_form"))
    data: dict[str, Any] = {}
    for name, value in form.form_values():
        data.setdefault(name, []).append(value)
    return {**data, **changes, "_save": "Save"}


def reasons(rows: Any) -> list[str | None]:
    return list(rows.order_by("history_date").values_list("history_change_reason", flat=True))


def test_it_says_why_in_the_history_of_a_membership_changed_on_its_persons_page(
    secretariat: Any, admin_client: Any
) -> None:
    membership = Membership.objects.get(person__user=secretariat)
    url = f"/admin/meetings/person/{membership.person_id}/change/"
    page = admin_client.get(url).content.decode()
    data = posted_back(page, **{"memberships-0-end_date": "2031-12-31"})
    assert admin_client.post(url, data).status_code == 302
    assert reasons(membership.history.exclude(end_date=None))[-1] == "Edited in the admin"


# --- A record's content: shown, never written --------------------------------------------------

PARTS = ("meetings/section", "meetings/paragraph", "actions/action")


def part_of(meeting: Meeting, page: str) -> Any:
    """The row of `meeting` shown on `page`: the first action's, its paragraph's, its section's."""
    action = Action.objects.filter(paragraph__section__meeting=meeting).order_by("number").first()
    assert action is not None
    return {
        "meetings/section": action.paragraph.section,
        "meetings/paragraph": action.paragraph,
    }.get(page, action)


def change_form(html: str) -> Any:
    return next(f for f in lxml.html.fromstring(html).forms if f.get("id", "").endswith("_form"))


def editable(html: str) -> list[str]:
    """The fields of the page's change form someone could change."""
    form = change_form(html)
    return [field.name for field in form.inputs if field.get("type") not in ("hidden", "submit")]


def as_stored(row: Any) -> tuple[Any, int]:
    fresh = type(row).objects.get(pk=row.pk)
    return str(fresh.__dict__ | {"_state": None}), type(row).history.filter(id=row.pk).count()


@pytest.mark.parametrize("page", PARTS)
def test_it_shows_a_drafts_part_with_no_field_to_change_and_changes_nothing_posted(
    seed_meeting: Meeting, admin_client: Any, page: str
) -> None:
    # The editor is the one way to write a draft (a blank line splits a paragraph there, the
    # record is locked while it changes, each change says why).
    row = part_of(seed_meeting, page)
    before = as_stored(row)
    url = f"/admin/{page}/{row.pk}/change/"
    response = admin_client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert editable(html) == []
    assert escape(row.title if page == "meetings/section" else row.text[:40]) in html
    data = posted_back(html, text="Rewritten\n\nin two", title="Retitled", due="2030-01-01")
    assert admin_client.post(url, data).status_code == 403
    assert as_stored(row) == before


@pytest.mark.parametrize("page", PARTS)
def test_it_neither_adds_nor_deletes_a_drafts_part(
    seed_meeting: Meeting, admin_client: Any, page: str
) -> None:
    row = part_of(seed_meeting, page)
    assert admin_client.get(f"/admin/{page}/add/").status_code == 403
    url = f"/admin/{page}/{row.pk}/delete/"
    assert admin_client.post(url, {"post": "yes"}).status_code == 403
    assert type(row).objects.filter(pk=row.pk).exists()


def test_it_puts_no_old_version_of_a_paragraph_back(
    seed_meeting: Meeting, admin_client: Any, secretariat: Any
) -> None:
    # simple_history's page of an old version saves it on a POST: not a record's content.
    paragraph = part_of(seed_meeting, "meetings/paragraph")
    old = paragraph.history.latest()
    editing.paragraph_update(
        paragraph=paragraph,
        by=secretariat,
        text="Edited in the editor.",
        restricted=False,
        version=paragraph.version,
    )
    url = f"/admin/meetings/paragraph/{paragraph.pk}/history/{old.history_id}/"
    assert admin_client.get(url).status_code == 200
    assert admin_client.post(url, {"text": old.text, "_save": "Save"}).status_code == 403
    assert Paragraph.objects.get(pk=paragraph.pk).text == "Edited in the editor."


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        ("meetings/section", "section"),
        ("meetings/paragraph", "paragraph"),
        ("actions/action", "action"),
    ],
)
def test_it_links_a_drafts_part_to_the_editor_opened_on_it(
    seed_meeting: Meeting, admin_client: Any, page: str, kind: str
) -> None:
    row = part_of(seed_meeting, page)
    editor = reverse(
        "meetings:editor", args=[seed_meeting.board.slug, seed_meeting.date.isoformat()]
    )
    html = admin_client.get(f"/admin/{page}/{row.pk}/change/").content.decode()
    assert f'href="{editor}?edit={kind}:{row.pk}#{kind}-{row.pk}"' in html
    html = admin_client.get(change_url(seed_meeting)).content.decode()
    assert f'href="{editor}"' in html


def test_it_shows_an_agreed_records_action_without_a_due_date_to_change(
    published_meeting: Meeting, admin_client: Any
) -> None:
    action = Action.objects.filter(paragraph__section__meeting=published_meeting).first()
    assert action is not None
    url = f"/admin/actions/action/{action.pk}/change/"
    html = admin_client.get(url).content.decode()
    assert editable(html) == []
    # Raised: its progress and closing are followed on its own page.
    assert f'href="{action.get_absolute_url()}"' in html
    assert admin_client.post(url, {"due": "2030-01-01"}).status_code == 403
    assert (
        admin_client.post(f"/admin/actions/action/{action.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )


def test_it_links_an_agreed_records_paragraph_to_its_place_on_the_record_page(
    published_meeting: Meeting, admin_client: Any
) -> None:
    paragraph = published_meeting.sections.get(position=4).paragraphs.get(position=3)
    html = admin_client.get(f"/admin/meetings/paragraph/{paragraph.pk}/change/").content.decode()
    assert f'href="{published_meeting.get_absolute_url()}#paragraph-4.3"' in html
    assert "an amendment, with a reason, changes it" in html
    assert editable(html) == []


def test_it_shows_a_drafts_attendees_and_sections_without_saving_them(
    seed_meeting: Meeting, admin_client: Any
) -> None:
    """On a draft's meeting page, whether it is announced is the one field; its details,
    attendees and sections are shown, and a form posted with them changed changes none."""
    sections = list(seed_meeting.sections.order_by("position"))
    page = admin_client.get(change_url(seed_meeting)).content.decode()
    assert editable(page) == ["announced"]
    assert escape(sections[2].title) in page
    assert 'name="sections-TOTAL_FORMS"' in page and 'name="attendances-TOTAL_FORMS"' in page
    changed = {"title": "Rewritten", "date": "2023-09-01"}
    for i in range(len(sections)):  # as a form of the inline rows would send them
        changed |= {f"sections-{i}-title": "Retitled", f"sections-{i}-DELETE": "on"}
    changed |= {"attendances-0-role": "Chair", "attendances-0-DELETE": "on"}
    before = [as_stored(row) for row in (*sections, *seed_meeting.attendances.all())]
    response = admin_client.post(change_url(seed_meeting), posted_back(page, **changed))
    assert response.status_code == 302
    meeting = Meeting.objects.get(pk=seed_meeting.pk)
    assert (meeting.title, meeting.date) == (seed_meeting.title, seed_meeting.date)
    after = [as_stored(row) for row in (*sections, *seed_meeting.attendances.all())]
    assert after == before


def test_it_announces_a_draft_and_says_who_and_why(
    seed_meeting: Meeting, admin_client: Any, admin_user: Any
) -> None:
    page = admin_client.get(change_url(seed_meeting)).content.decode()
    revision = seed_meeting.revision
    data = posted_back(page, announced="on")
    assert admin_client.post(change_url(seed_meeting), data).status_code == 302
    meeting = Meeting.objects.get(pk=seed_meeting.pk)
    assert meeting.announced and meeting.revision > revision
    last = meeting.history.latest()
    assert (last.history_change_reason, last.history_user) == ("Announced in the admin", admin_user)


def test_it_takes_a_lifecycle_step_as_the_administrator_with_the_services_reason(
    circulated_meeting: Meeting, admin_client: Any, admin_user: Any
) -> None:
    admin_client.post(
        "/admin/meetings/meeting/",
        {
            "action": "return_to_draft",
            "_selected_action": [circulated_meeting.pk],
            "confirmed": "1",
        },
    )
    last = Meeting.objects.get(pk=circulated_meeting.pk).history.latest()
    assert last.status == "draft"
    assert (last.history_change_reason, last.history_user) == (
        "Returned to draft in the admin",
        admin_user,
    )


def test_it_deletes_a_draft_with_its_parts(seed_meeting: Meeting, admin_client: Any) -> None:
    # A draft's sections, paragraphs and actions go with it, though none goes on its own.
    url = f"/admin/meetings/meeting/{seed_meeting.pk}/delete/"
    page = admin_client.get(url).content.decode()
    assert "would require deleting" not in page
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert not Action.objects.filter(paragraph__section__meeting=seed_meeting.pk).exists()
    gone = Meeting.history.filter(id=seed_meeting.pk, history_type="-").get()
    assert gone.history_change_reason == "Deleted in the admin"


def test_it_saves_a_persons_memberships_through_their_services(
    secretariat: Any, admin_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import meetings.admin

    saved: list[Any] = []
    service = meetings.admin.membership_save
    monkeypatch.setattr(
        meetings.admin,
        "membership_save",
        lambda **kwargs: saved.append(kwargs) or service(**kwargs),
    )
    membership = Membership.objects.get(person__user=secretariat)
    url = f"/admin/meetings/person/{membership.person_id}/change/"
    data = posted_back(
        admin_client.get(url).content.decode(), **{"memberships-0-end_date": "2031-12-31"}
    )
    assert admin_client.post(url, data).status_code == 302
    assert [kwargs["membership"].pk for kwargs in saved] == [membership.pk]


def test_it_deletes_people_in_bulk_through_the_service(
    circulated_meeting: Meeting, admin_client: Any, admin_user: Any
) -> None:
    # The records that named them are made again: here, an action's owner.
    person = Person.objects.create(name="Dr Gone")
    action = Action.objects.filter(paragraph__section__meeting=circulated_meeting).first()
    action.owner_people.add(person)
    revision = Meeting.objects.get(pk=circulated_meeting.pk).revision
    response = admin_client.post(
        "/admin/meetings/person/",
        {"action": "delete_selected", "_selected_action": [person.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Person.objects.filter(pk=person.pk).exists()
    assert Meeting.objects.get(pk=circulated_meeting.pk).revision > revision
    gone = Person.history.get(id=person.pk, history_type="-")
    assert (gone.history_change_reason, gone.history_user) == ("Deleted in the admin", admin_user)


def test_it_deletes_a_board_and_its_memberships_with_who_and_why(
    admin_client: Any, admin_user: Any
) -> None:
    board = Board.objects.create(name="Short-lived Board", slug="short-lived")
    person = Person.objects.create(name="Ms Member")
    membership = Membership.objects.create(person=person, board=board, role="board_member")
    response = admin_client.post(f"/admin/meetings/board/{board.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Board.objects.filter(pk=board.pk).exists()
    for history, pk in ((Board.history, board.pk), (Membership.history, membership.pk)):
        gone = history.get(id=pk, history_type="-")
        assert (gone.history_change_reason, gone.history_user) == (
            "Deleted in the admin",
            admin_user,
        )


def test_it_deletes_organisations_in_bulk_with_who_and_why(
    admin_client: Any, admin_user: Any
) -> None:
    organisation = Organisation.objects.create(name="Gone Agency", short_name="GA")
    response = admin_client.post(
        "/admin/meetings/organisation/",
        {"action": "delete_selected", "_selected_action": [organisation.pk], "post": "yes"},
    )
    assert response.status_code == 302
    gone = Organisation.history.get(id=organisation.pk, history_type="-")
    assert (gone.history_change_reason, gone.history_user) == ("Deleted in the admin", admin_user)
