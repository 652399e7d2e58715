"""The editor is valid HTML in every state a clerk meets: the draft as it stands, each kind
of part open for editing and for adding, a refused form, an edit conflict, a save in place
and an empty draft. All pages go to the Nu Html Checker in one call, as each run of it starts
a JVM."""

from __future__ import annotations

from typing import Any

from django.test import Client
from django.urls import reverse

from meetings.models import Action, Attendance, Meeting, Paragraph, Section
from tests.conftest import client_for, next_meeting
from tests.htmlcheck import as_page, assert_valid_html_pages


def _edit_url(meeting: Meeting, op: str) -> str:
    return reverse("meetings:edit", args=[meeting.board.slug, meeting.date.isoformat(), op])


def _editor_states(meeting: Meeting, clerk: Client) -> dict[str, bytes]:
    editor = reverse("meetings:editor", args=[meeting.board.slug, meeting.date.isoformat()])
    attendee = Attendance.objects.filter(meeting=meeting).first()
    section = Section.objects.filter(meeting=meeting).first()
    paragraph = Paragraph.objects.filter(section__meeting=meeting).first()
    action = Action.objects.filter(paragraph__section__meeting=meeting).first()
    assert None not in (attendee, section, paragraph, action), "the draft lacks a kind of part"
    queries = [
        "",
        f"?edit=attendee:{attendee.pk}",
        f"?edit=section:{section.pk}",
        f"?edit=paragraph:{paragraph.pk}",
        f"?edit=action:{action.pk}",
        f"?add=paragraph:{section.pk}",
        f"?add=action:{action.paragraph_id}",
    ]
    pages = {f"GET {editor}{query}": clerk.get(editor + query) for query in queries}
    update = _edit_url(meeting, "paragraph-update")
    pages["refused: an empty paragraph"] = clerk.post(
        _edit_url(meeting, "paragraph-add"), {"target": section.pk, "text": ""}
    )
    pages["refused: a section without a title"] = clerk.post(
        _edit_url(meeting, "section-add"), {"title": ""}
    )
    clerk.post(update, {"target": paragraph.pk, "text": "Saved first.", "version": 1})
    pages["edit conflict"] = clerk.post(
        update, {"target": paragraph.pk, "text": "Typed second.", "version": 1}
    )
    # Answered with the paragraph's section alone (and the messages): checked as a page's body.
    pages["saved in place (htmx)"] = clerk.post(
        update,
        {"target": paragraph.pk, "text": "Saved in place.", "version": 2},
        HTTP_HX_REQUEST="true",
    )
    pages["saved in place (htmx)"].content = as_page(pages["saved in place (htmx)"].content)
    empty = next_meeting(meeting)
    pages["an empty draft, which offers pasted minutes"] = clerk.get(
        reverse("meetings:editor", args=[empty.board.slug, empty.date.isoformat()])
    )
    expected = {"refused": 400, "edit conflict": 400}
    for name, response in pages.items():
        status = next((code for key, code in expected.items() if name.startswith(key)), 200)
        assert response.status_code == status, name
    return {name: response.content for name, response in pages.items()}


def test_it_is_valid_html_in_every_state(seed_meeting: Meeting, secretariat: Any) -> None:
    assert_valid_html_pages(_editor_states(seed_meeting, client_for(secretariat)))
