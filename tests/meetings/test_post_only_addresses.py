"""Post-only addresses opened as pages (QA report item 9): a reload or a bookmark of an
editor change's address leads to the editor, of a workflow step's to the record page, each
with a word on why and nothing done; any other post-only address gives a page that says so,
not a blank 405. htmx answers of the editor's changes never put their own address in the
browser's history."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from meetings.models import Meeting, Paragraph
from meetings.services.lifecycle import VERBS
from meetings.views.editor.layout import OPS
from tests.addresses import editor_url
from tests.conftest import client_for


@pytest.mark.parametrize("op", [*OPS, "details", "undo", "renumber"])
def test_a_change_opened_as_a_page_leads_to_the_editor(
    seed_meeting: Meeting, secretariat: Any, op: str
) -> None:
    before = seed_meeting.revision
    response = client_for(secretariat).get(editor_url(seed_meeting, op))
    assert response.status_code == 302
    assert response["Location"] == editor_url(seed_meeting)
    (message,) = get_messages(response.wsgi_request)
    assert "not a page of its own" in str(message)
    seed_meeting.refresh_from_db()
    assert seed_meeting.revision == before


def test_the_editor_it_leads_to_is_still_the_secretariats_alone(
    seed_meeting: Meeting, board_member: Any
) -> None:
    client = client_for(board_member)
    response = client.get(editor_url(seed_meeting, "paragraph-move"), follow=True)
    assert response.status_code in (403, 404)


def paragraph(meeting: Meeting, ref: str) -> Paragraph:
    section, number = ref.split(".")
    return Paragraph.objects.get(section__meeting=meeting, section__number=section, number=number)


def test_htmx_answers_never_push_the_changes_address(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    client = client_for(secretariat)
    url = editor_url(seed_meeting, "paragraph-move")
    first = paragraph(seed_meeting, "4.1")
    # Refused (the first paragraph moved up): the editor, 400, the address left as it was.
    refused = client.post(url, {"target": first.pk, "direction": "up"}, HTTP_HX_REQUEST="true")
    assert refused.status_code == 400
    assert refused["HX-Push-Url"] == "false"
    # Saved: the editor's own address.
    moved = client.post(url, {"target": first.pk, "direction": "down"}, HTTP_HX_REQUEST="true")
    assert moved.status_code == 200
    assert moved["HX-Push-Url"].startswith(editor_url(seed_meeting) + "?saved=")
    # Without htmx, saved: redirected to the editor (post/redirect/get).
    back = client.post(url, {"target": first.pk, "direction": "up"})
    assert back.status_code == 302
    assert back["Location"].startswith(editor_url(seed_meeting))


@pytest.mark.parametrize("verb", list(VERBS))
def test_a_workflow_step_opened_as_a_page_leads_to_the_record(
    circulated_meeting: Meeting, secretariat: Any, verb: str
) -> None:
    meeting = circulated_meeting
    url = reverse("meetings:record_move", args=[meeting.board.slug, meeting.date.isoformat(), verb])
    response = client_for(secretariat).get(url)
    assert response.status_code == 302
    assert response["Location"] == meeting.get_absolute_url() + "#workflow-heading"
    (message,) = get_messages(response.wsgi_request)
    assert f"“{VERBS[verb].label}” is taken only from its button" in str(message)
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CIRCULATED


def test_a_workflow_step_opened_by_others_is_refused_as_its_post_is(
    circulated_meeting: Meeting, board_member: Any, outsider: Any
) -> None:
    meeting = circulated_meeting
    url = reverse(
        "meetings:record_move", args=[meeting.board.slug, meeting.date.isoformat(), "agree"]
    )
    assert client_for(board_member).get(url).status_code == 403
    assert client_for(outsider).get(url).status_code == 404
    nothing = url.replace("/agree/", "/no-such-step/")
    assert client_for(None).get(url).status_code == 302  # to sign in
    assert client_for(board_member).get(nothing).status_code in (403, 404)


def test_other_post_only_addresses_say_so(circulated_meeting: Meeting, board_member: Any) -> None:
    meeting = circulated_meeting
    first = paragraph(meeting, "4.1")
    url = reverse(
        "meetings:comment_add", args=[meeting.board.slug, meeting.date.isoformat(), first.pk]
    )
    response = client_for(board_member).get(url)
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    text = response.content.decode()
    assert "<h1>Nothing to show at this address</h1>" in text
    assert "Nothing was done." in text
    # Signing out, opened as a page: the same.
    logout = client_for(None).get(reverse("logout"))
    assert logout.status_code == 405
    assert "Nothing to show at this address" in logout.content.decode()
