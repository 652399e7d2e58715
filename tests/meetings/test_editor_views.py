"""One small view per change in the editor (meetings/views/editor/): each one saved and
brought back to the part it touched, each one refused with its reason, and each one closed to
outsiders (404) and to those who only read the record (403)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Action, Attendance, Meeting, Paragraph, Section
from tests.addresses import editor_url
from tests.conftest import client_for

OPERATIONS = [
    "details",
    "attendee-add",
    "attendee-update",
    "attendee-move",
    "attendee-delete",
    "section-add",
    "section-update",
    "section-move",
    "section-delete",
    "paragraph-add",
    "paragraph-update",
    "paragraph-move",
    "paragraph-delete",
    "action-add",
    "action-update",
    "action-move",
    "action-delete",
]


def anchor(response: Any) -> str:
    """Where a saved change sends the browser back to: the part's anchor on the editor."""
    assert response.status_code == 302, response.status_code
    return urlsplit(response["Location"]).fragment


def attendance(meeting: Meeting, n: int = 0) -> Attendance:
    return Attendance.objects.filter(meeting=meeting).order_by("position")[n]


def section(meeting: Meeting, number: int = 2) -> Section:
    return Section.objects.get(meeting=meeting, number=number)


def paragraph(meeting: Meeting, ref: str = "4.3") -> Paragraph:
    number, position = ref.split(".")
    return Paragraph.objects.get(
        section__meeting=meeting, section__number=int(number), number=int(position)
    )


def action(meeting: Meeting, number: int = 1) -> Action:
    return Action.objects.get(paragraph__section__meeting=meeting, number=number)


# --- Saved ------------------------------------------------------------------------------------


def test_it_saves_the_details(seed_meeting: Meeting, clerk: Client) -> None:
    data = {"date": seed_meeting.date.isoformat(), "title": "Renamed"}
    response = clerk.post(editor_url(seed_meeting, "details"), data)
    assert anchor(response) == "details-heading"
    assert Meeting.objects.get(pk=seed_meeting.pk).title == "Renamed"


def test_it_adds_an_attendee(seed_meeting: Meeting, clerk: Client) -> None:
    data = {"name": "Dr Ada Analyst", "kind": "in_attendance"}
    response = clerk.post(editor_url(seed_meeting, "attendee-add"), data)
    added = Attendance.objects.get(meeting=seed_meeting, person__name="Dr Ada Analyst")
    assert anchor(response) == f"attendee-{added.pk}"


def test_it_updates_an_attendee(seed_meeting: Meeting, clerk: Client) -> None:
    row = attendance(seed_meeting)
    data = {"target": row.pk, "role": "Acting Chair", "kind": row.kind}
    response = clerk.post(editor_url(seed_meeting, "attendee-update"), data)
    assert anchor(response) == f"attendee-{row.pk}"
    assert Attendance.objects.get(pk=row.pk).role == "Acting Chair"


def test_it_moves_an_attendee_and_comes_back_to_them(seed_meeting: Meeting, clerk: Client) -> None:
    row = attendance(seed_meeting, 1)
    data = {"target": row.pk, "direction": "up"}
    response = clerk.post(editor_url(seed_meeting, "attendee-move"), data)
    # The attendee's row on the page, which the old editor named "attendance-..." (no such id).
    assert anchor(response) == f"attendee-{row.pk}"
    assert attendance(seed_meeting, 0) == row


def test_it_deletes_an_attendee_and_comes_back_to_what_went(
    seed_meeting: Meeting, clerk: Client
) -> None:
    row = attendance(seed_meeting)
    response = clerk.post(editor_url(seed_meeting, "attendee-delete"), {"target": row.pk})
    assert anchor(response) == "deleted-message"
    assert not Attendance.objects.filter(pk=row.pk).exists()


def test_it_adds_a_section(seed_meeting: Meeting, clerk: Client) -> None:
    response = clerk.post(editor_url(seed_meeting, "section-add"), {"title": "Any Other Business"})
    added = Section.objects.get(meeting=seed_meeting, title="Any Other Business")
    assert anchor(response) == f"section-{added.pk}"


def test_it_updates_a_section(seed_meeting: Meeting, clerk: Client) -> None:
    row = section(seed_meeting)
    data = {"target": row.pk, "title": "Retitled"}
    response = clerk.post(editor_url(seed_meeting, "section-update"), data)
    assert anchor(response) == f"section-{row.pk}"
    assert Section.objects.get(pk=row.pk).title == "Retitled"


def test_it_moves_a_section(seed_meeting: Meeting, clerk: Client) -> None:
    row = section(seed_meeting)
    data = {"target": row.pk, "direction": "up"}
    response = clerk.post(editor_url(seed_meeting, "section-move"), data)
    assert anchor(response) == f"section-{row.pk}"
    assert Section.objects.get(pk=row.pk).number == 1


def test_it_deletes_a_section(seed_meeting: Meeting, clerk: Client) -> None:
    row = section(seed_meeting)
    data = {"target": row.pk, "confirmed": "1"}
    response = clerk.post(editor_url(seed_meeting, "section-delete"), data)
    assert anchor(response) == "deleted-message"
    assert not Section.objects.filter(pk=row.pk).exists()


def test_it_adds_paragraphs_and_comes_back_to_the_first(
    seed_meeting: Meeting, clerk: Client
) -> None:
    row = section(seed_meeting)
    data = {"target": row.pk, "text": "First added.\n\nSecond added."}
    response = clerk.post(editor_url(seed_meeting, "paragraph-add"), data)
    first = Paragraph.objects.get(section=row, text="First added.")
    assert anchor(response) == f"paragraph-{first.pk}"


def test_it_updates_a_paragraph(seed_meeting: Meeting, clerk: Client) -> None:
    row = paragraph(seed_meeting)
    data = {"target": row.pk, "text": "New text.", "version": row.version}
    response = clerk.post(editor_url(seed_meeting, "paragraph-update"), data)
    assert anchor(response) == f"paragraph-{row.pk}"
    assert Paragraph.objects.get(pk=row.pk).text == "New text."


def test_it_moves_a_paragraph(seed_meeting: Meeting, clerk: Client) -> None:
    row = paragraph(seed_meeting)
    data = {"target": row.pk, "direction": "down"}
    response = clerk.post(editor_url(seed_meeting, "paragraph-move"), data)
    assert anchor(response) == f"paragraph-{row.pk}"
    assert Paragraph.objects.get(pk=row.pk).ref == "4.4"


def test_it_deletes_a_paragraph(seed_meeting: Meeting, clerk: Client) -> None:
    row = paragraph(seed_meeting)
    response = clerk.post(editor_url(seed_meeting, "paragraph-delete"), {"target": row.pk})
    assert anchor(response) == "deleted-message"
    assert not Paragraph.objects.filter(pk=row.pk).exists()


def test_it_adds_an_action(seed_meeting: Meeting, clerk: Client) -> None:
    data = {"target": paragraph(seed_meeting, "2.1").pk, "text": "MPS to report back."}
    response = clerk.post(editor_url(seed_meeting, "action-add"), data)
    added = Action.objects.get(text="MPS to report back.")
    assert anchor(response) == f"action-{added.pk}"


def test_it_updates_an_action(seed_meeting: Meeting, clerk: Client) -> None:
    row = action(seed_meeting)
    data = {"target": row.pk, "text": "MPS to report in full."}
    response = clerk.post(editor_url(seed_meeting, "action-update"), data)
    assert anchor(response) == f"action-{row.pk}"
    assert Action.objects.get(pk=row.pk).text == "MPS to report in full."


def test_it_moves_an_action(seed_meeting: Meeting, clerk: Client) -> None:
    first = action(seed_meeting)
    data = {"target": first.paragraph_id, "text": "MPS to add a second."}
    clerk.post(editor_url(seed_meeting, "action-add"), data)
    row = Action.objects.get(text="MPS to add a second.")
    response = clerk.post(
        editor_url(seed_meeting, "action-move"), {"target": row.pk, "direction": "up"}
    )
    assert anchor(response) == f"action-{row.pk}"
    assert Action.objects.get(pk=row.pk).number == first.number


def test_it_deletes_an_action(seed_meeting: Meeting, clerk: Client) -> None:
    row = action(seed_meeting)
    response = clerk.post(editor_url(seed_meeting, "action-delete"), {"target": row.pk})
    assert anchor(response) == "deleted-message"
    assert not Action.objects.filter(pk=row.pk).exists()


# --- Refused ----------------------------------------------------------------------------------


def field_value(response: Any, form_action: str, name: str) -> str:
    """What the refused form on the page holds in `name`, read with a real HTML parser."""
    page = lxml_html.fromstring(response.content)
    # The form refused is the one open (novalidate), not a paragraph's box in place.
    (form,) = page.xpath(f'//form[@action="{form_action}"][@novalidate]')
    (field,) = form.xpath(f'.//*[@name="{name}"]')
    return field.text or "" if field.tag == "textarea" else field.get("value", "")


def test_it_refuses_details_without_a_date_and_keeps_the_title(
    seed_meeting: Meeting, clerk: Client
) -> None:
    url = editor_url(seed_meeting, "details")
    response = clerk.post(url, {"date": "", "title": "Kept title"})
    assert response.status_code == 400
    assert field_value(response, url, "title") == "Kept title"


def test_it_refuses_an_attendee_with_no_kind(seed_meeting: Meeting, clerk: Client) -> None:
    url = editor_url(seed_meeting, "attendee-add")
    response = clerk.post(url, {"name": "Dr Kept Name", "kind": ""})
    assert response.status_code == 400
    assert field_value(response, url, "name") == "Dr Kept Name"


def test_it_refuses_an_attendee_update_with_an_unknown_kind(
    seed_meeting: Meeting, clerk: Client
) -> None:
    row = attendance(seed_meeting)
    url = editor_url(seed_meeting, "attendee-update")
    response = clerk.post(url, {"target": row.pk, "role": "Kept role", "kind": "nonsense"})
    assert response.status_code == 400
    assert field_value(response, url, "role") == "Kept role"


def test_it_refuses_to_move_the_first_attendee_up(seed_meeting: Meeting, clerk: Client) -> None:
    row = attendance(seed_meeting)
    data = {"target": row.pk, "direction": "up"}
    assert clerk.post(editor_url(seed_meeting, "attendee-move"), data).status_code == 400


def test_it_refuses_to_delete_an_attendee_of_a_circulated_record(
    circulated_meeting: Meeting, clerk: Client
) -> None:
    row = attendance(circulated_meeting)
    response = clerk.post(editor_url(circulated_meeting, "attendee-delete"), {"target": row.pk})
    assert response.status_code == 400
    assert Attendance.objects.filter(pk=row.pk).exists()


def test_it_refuses_a_section_without_a_title(seed_meeting: Meeting, clerk: Client) -> None:
    response = clerk.post(editor_url(seed_meeting, "section-add"), {"title": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_it_refuses_to_retitle_a_section_to_nothing(seed_meeting: Meeting, clerk: Client) -> None:
    row = section(seed_meeting)
    response = clerk.post(editor_url(seed_meeting, "section-update"), {"target": row.pk})
    assert response.status_code == 400
    assert Section.objects.get(pk=row.pk).title == row.title


def test_it_refuses_to_move_the_first_section_up(seed_meeting: Meeting, clerk: Client) -> None:
    row = section(seed_meeting, 1)
    data = {"target": row.pk, "direction": "up"}
    assert clerk.post(editor_url(seed_meeting, "section-move"), data).status_code == 400


def test_it_refuses_to_delete_a_section_of_a_circulated_record(
    circulated_meeting: Meeting, clerk: Client
) -> None:
    row = section(circulated_meeting)
    response = clerk.post(editor_url(circulated_meeting, "section-delete"), {"target": row.pk})
    assert response.status_code == 400
    assert Section.objects.filter(pk=row.pk).exists()


def test_it_refuses_an_empty_paragraph(seed_meeting: Meeting, clerk: Client) -> None:
    row = section(seed_meeting)
    response = clerk.post(editor_url(seed_meeting, "paragraph-add"), {"target": row.pk, "text": ""})
    assert response.status_code == 400
    assert f'id="paragraph-add-{row.pk}"' in response.content.decode()


def test_it_refuses_a_stale_paragraph_and_keeps_what_was_typed(
    seed_meeting: Meeting, clerk: Client
) -> None:
    row = paragraph(seed_meeting)
    url = editor_url(seed_meeting, "paragraph-update")
    clerk.post(url, {"target": row.pk, "text": "Saved first.", "version": row.version})
    response = clerk.post(url, {"target": row.pk, "text": "Typed second.", "version": row.version})
    assert response.status_code == 400
    assert field_value(response, url, "text").strip() == "Typed second."


def test_it_refuses_to_move_a_paragraph_nowhere(seed_meeting: Meeting, clerk: Client) -> None:
    row = paragraph(seed_meeting)
    data = {"target": row.pk, "direction": "sideways"}
    assert clerk.post(editor_url(seed_meeting, "paragraph-move"), data).status_code == 400


def test_it_refuses_to_delete_a_paragraph_of_a_circulated_record(
    circulated_meeting: Meeting, clerk: Client
) -> None:
    row = paragraph(circulated_meeting)
    response = clerk.post(editor_url(circulated_meeting, "paragraph-delete"), {"target": row.pk})
    assert response.status_code == 400
    assert Paragraph.objects.filter(pk=row.pk).exists()


def test_it_refuses_an_action_due_before_the_meeting(seed_meeting: Meeting, clerk: Client) -> None:
    data = {
        "target": paragraph(seed_meeting, "2.1").pk,
        "text": "MPS to report.",
        "due": "2020-01-01",
    }
    response = clerk.post(editor_url(seed_meeting, "action-add"), data)
    assert response.status_code == 400
    assert "The due date cannot be before the meeting." in response.content.decode()


def test_it_refuses_an_action_without_text(seed_meeting: Meeting, clerk: Client) -> None:
    row = action(seed_meeting)
    response = clerk.post(editor_url(seed_meeting, "action-update"), {"target": row.pk, "text": ""})
    assert response.status_code == 400
    assert Action.objects.get(pk=row.pk).text == row.text


def test_it_refuses_to_move_an_action_nowhere(seed_meeting: Meeting, clerk: Client) -> None:
    data = {"target": action(seed_meeting).pk, "direction": ""}
    assert clerk.post(editor_url(seed_meeting, "action-move"), data).status_code == 400


def test_it_refuses_to_delete_an_action_of_a_circulated_record(
    circulated_meeting: Meeting, clerk: Client
) -> None:
    row = action(circulated_meeting)
    response = clerk.post(editor_url(circulated_meeting, "action-delete"), {"target": row.pk})
    assert response.status_code == 400
    assert Action.objects.filter(pk=row.pk).exists()


# --- Closed -----------------------------------------------------------------------------------


@pytest.mark.parametrize("op", OPERATIONS)
def test_it_answers_404_to_an_outsider(seed_meeting: Meeting, outsider: Any, op: str) -> None:
    data = {"target": section(seed_meeting).pk, "title": "x", "text": "x", "direction": "up"}
    assert client_for(outsider).post(editor_url(seed_meeting, op), data).status_code == 404


@pytest.mark.parametrize("op", OPERATIONS)
def test_it_answers_403_to_a_board_member(
    circulated_meeting: Meeting, board_member: Any, op: str
) -> None:
    data = {"target": section(circulated_meeting).pk, "title": "x", "direction": "up"}
    response = client_for(board_member).post(editor_url(circulated_meeting, op), data)
    assert response.status_code == 403


@pytest.mark.parametrize("op", OPERATIONS)
def test_a_get_leads_to_the_editor_and_changes_nothing(
    seed_meeting: Meeting, clerk: Client, op: str
) -> None:
    # Opened as a page (a reload, a bookmark): the editor, not a blank 405
    # (tests/meetings/test_post_only_addresses.py says more).
    response = clerk.get(editor_url(seed_meeting, op))
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "meetings:editor", args=[seed_meeting.board.slug, seed_meeting.date.isoformat()]
    )


# --- htmx -------------------------------------------------------------------------------------


def test_it_answers_htmx_with_the_page_at_the_saved_part(
    seed_meeting: Meeting, clerk: Client
) -> None:
    """A change of the record's shape beyond one section (a section moved: every section's
    number follows) comes back as the whole editor."""
    section = paragraph(seed_meeting).section
    data = {"target": section.pk, "direction": "down"}
    response = clerk.post(editor_url(seed_meeting, "section-move"), data, HTTP_HX_REQUEST="true")
    root = lxml_html.fromstring(response.content).get_element_by_id("editor-root")
    assert response.status_code == 200
    assert root.get("data-saved") == f"section-{section.pk}"


def test_it_puts_the_editors_address_in_htmx_history(seed_meeting: Meeting, clerk: Client) -> None:
    """Not the change's own address, which, opened as a page, only leads back to the editor."""
    data = {"date": "2023-09-01", "title": "Record of Meeting"}
    response = clerk.post(editor_url(seed_meeting, "details"), data, HTTP_HX_REQUEST="true")
    editor = reverse("meetings:editor", args=[seed_meeting.board.slug, "2023-09-01"])
    assert response["HX-Push-Url"] == f"{editor}?saved=details-heading"


def test_it_says_what_was_saved_in_the_htmx_answer(seed_meeting: Meeting, clerk: Client) -> None:
    data = {"title": "Any Other Business"}
    response = clerk.post(editor_url(seed_meeting, "section-add"), data, HTTP_HX_REQUEST="true")
    status = lxml_html.fromstring(response.content).xpath(
        '//*[@role="status"][not(ancestor::template)]'
    )
    assert "The section is added." in status[0].text_content()


def test_it_takes_nothing_but_an_anchor_from_saved(seed_meeting: Meeting, clerk: Client) -> None:
    """`?saved=` names an anchor and nothing else: anything else is dropped from the page."""
    response = clerk.get(
        reverse("meetings:editor", args=[seed_meeting.board.slug, seed_meeting.date.isoformat()])
        + '?saved="><script>'
    )
    root = lxml_html.fromstring(response.content).get_element_by_id("editor-root")
    assert root.get("data-saved") == ""
