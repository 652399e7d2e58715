"""Deleting in the editor says what went and offers Undo, which puts it back where it was with
its numbers, actions and comments, in the history with who put it back; a section's deletion
first says what goes with it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from meetings.models import Action, Attendance, Comment, Meeting, Paragraph, Section
from meetings.services import record_circulate, record_return_to_draft
from meetings.services.comments import comment_add
from tests.addresses import editor_url
from tests.conftest import client_for
from tests.htmlcheck import assert_valid_html_pages


def shape(meeting: Meeting) -> list[tuple[int, str, list[tuple[int, int | None]]]]:
    """Every paragraph's id and reference, with its actions' ids and numbers, in order."""
    rows = Paragraph.objects.filter(section__meeting=meeting).select_related("section")
    return [
        (p.pk, p.ref, [(a.pk, a.number) for a in p.actions.order_by("position")])
        for p in rows.order_by("section__position", "position")
    ]


def with_action(meeting: Meeting) -> Paragraph:
    paragraph = Action.objects.filter(paragraph__section__meeting=meeting).first().paragraph
    return Paragraph.objects.select_related("section").get(pk=paragraph.pk)


def token(response: Any) -> str:
    found = re.search(
        r'name="target" value="([-\w]+)"><button[^>]*>Undo', response.content.decode()
    )
    assert found, "no Undo button"
    return found.group(1)


@pytest.fixture
def draft_with_comment(circulated_meeting: Meeting, board_member: Any, secretariat: Any) -> Meeting:
    """The seed record with a board member's comment on a paragraph that raises an action,
    back in draft."""
    comment_add(paragraph=with_action(circulated_meeting), author=board_member, text="Which month?")
    return record_return_to_draft(meeting=circulated_meeting, by=secretariat, reason="Rework")


def test_it_says_what_went_and_offers_undo(seed_meeting: Meeting, clerk: Client) -> None:
    paragraph = with_action(seed_meeting)
    response = clerk.post(
        editor_url(seed_meeting, "paragraph-delete"), {"target": paragraph.pk}, follow=True
    )
    html = response.content.decode()
    assert f"Paragraph {paragraph.ref} deleted, with its 1 action." in html
    assert token(response)


def test_it_puts_a_paragraph_back_with_its_numbers_actions_and_comments(
    draft_with_comment: Meeting, clerk: Client
) -> None:
    meeting = draft_with_comment
    before = shape(meeting)
    comments = list(Comment.objects.filter(paragraph__section__meeting=meeting).values())
    paragraph = with_action(meeting)
    deleted = clerk.post(
        editor_url(meeting, "paragraph-delete"), {"target": paragraph.pk}, follow=True
    )
    assert shape(meeting) != before
    response = clerk.post(editor_url(meeting, "undo"), {"target": token(deleted)})
    assert response.status_code == 302
    assert shape(meeting) == before
    assert list(Comment.objects.filter(paragraph__section__meeting=meeting).values()) == comments


def test_it_records_who_put_it_back_and_why(
    seed_meeting: Meeting, clerk: Client, secretariat: Any
) -> None:
    paragraph = with_action(seed_meeting)
    deleted = clerk.post(
        editor_url(seed_meeting, "paragraph-delete"), {"target": paragraph.pk}, follow=True
    )
    clerk.post(editor_url(seed_meeting, "undo"), {"target": token(deleted)})
    kinds = list(paragraph.history.order_by("history_id").values_list("history_type", flat=True))
    assert kinds[-2:] == ["-", "+"]
    last = paragraph.history.latest("history_id")
    assert last.history_user == secretariat
    assert last.history_change_reason.startswith("Put back by undo: deleted on ")


def test_it_says_what_is_back_and_goes_to_it(seed_meeting: Meeting, clerk: Client) -> None:
    paragraph = with_action(seed_meeting)
    deleted = clerk.post(
        editor_url(seed_meeting, "paragraph-delete"), {"target": paragraph.pk}, follow=True
    )
    response = clerk.post(editor_url(seed_meeting, "undo"), {"target": token(deleted)}, follow=True)
    assert f"Paragraph {paragraph.ref} is back where it was, with its 1 action." in (
        response.content.decode()
    )
    # The page shows it again: the record's cached view moved on.
    assert f'id="paragraph-{paragraph.pk}"' in response.content.decode()
    assert response.redirect_chain[-1][0].endswith(
        f"?saved=paragraph-{paragraph.pk}#paragraph-{paragraph.pk}"
    )


def test_it_asks_before_deleting_a_section(seed_meeting: Meeting, clerk: Client) -> None:
    section = Section.objects.get(meeting=seed_meeting, number=4)
    paragraphs = section.paragraphs.count()
    response = clerk.post(editor_url(seed_meeting, "section-delete"), {"target": section.pk})
    assert response.status_code == 200
    assert f"These go with it: {paragraphs} paragraphs" in response.content.decode()
    assert Section.objects.filter(pk=section.pk).exists()


def test_it_puts_a_section_back_with_its_paragraphs(seed_meeting: Meeting, clerk: Client) -> None:
    before = shape(seed_meeting)
    section = Section.objects.get(meeting=seed_meeting, number=2)
    deleted = clerk.post(
        editor_url(seed_meeting, "section-delete"),
        {"target": section.pk, "confirmed": "1"},
        follow=True,
    )
    assert not Section.objects.filter(pk=section.pk).exists()
    assert f"Section 2, {section.title} deleted" in deleted.content.decode()
    clerk.post(editor_url(seed_meeting, "undo"), {"target": token(deleted)})
    assert Section.objects.get(pk=section.pk).number == 2
    assert shape(seed_meeting) == before


def test_it_puts_an_attendee_back_in_place(seed_meeting: Meeting, clerk: Client) -> None:
    order = list(
        Attendance.objects.filter(meeting=seed_meeting)
        .order_by("position")
        .values_list("pk", flat=True)
    )
    deleted = clerk.post(
        editor_url(seed_meeting, "attendee-delete"), {"target": order[1]}, follow=True
    )
    clerk.post(editor_url(seed_meeting, "undo"), {"target": token(deleted)})
    after = list(
        Attendance.objects.filter(meeting=seed_meeting)
        .order_by("position")
        .values_list("pk", flat=True)
    )
    assert after == order


def test_it_puts_an_action_back_with_its_number(seed_meeting: Meeting, clerk: Client) -> None:
    before = shape(seed_meeting)
    action = (
        Action.objects.filter(paragraph__section__meeting=seed_meeting).order_by("number").first()
    )
    deleted = clerk.post(
        editor_url(seed_meeting, "action-delete"), {"target": action.pk}, follow=True
    )
    assert "Action 1 deleted." in deleted.content.decode()
    clerk.post(editor_url(seed_meeting, "undo"), {"target": token(deleted)})
    assert shape(seed_meeting) == before


def test_it_cannot_undo_twice(seed_meeting: Meeting, clerk: Client) -> None:
    paragraph = with_action(seed_meeting)
    deleted = clerk.post(
        editor_url(seed_meeting, "paragraph-delete"), {"target": paragraph.pk}, follow=True
    )
    clerk.post(editor_url(seed_meeting, "undo"), {"target": token(deleted)})
    again = clerk.post(editor_url(seed_meeting, "undo"), {"target": token(deleted)})
    assert again.status_code == 400
    assert "It can no longer be undone" in again.content.decode()


def test_it_cannot_undo_once_the_record_is_circulated(
    seed_meeting: Meeting, clerk: Client, secretariat: Any
) -> None:
    paragraph = with_action(seed_meeting)
    deleted = clerk.post(
        editor_url(seed_meeting, "paragraph-delete"), {"target": paragraph.pk}, follow=True
    )
    record_circulate(meeting=seed_meeting, by=secretariat)
    response = clerk.post(editor_url(seed_meeting, "undo"), {"target": token(deleted)})
    assert response.status_code == 400
    assert "It cannot be undone: the record is no longer a draft." in response.content.decode()
    assert not Paragraph.objects.filter(pk=paragraph.pk).exists()


def test_it_says_to_put_the_section_back_first(seed_meeting: Meeting, clerk: Client) -> None:
    paragraph = with_action(seed_meeting)
    deleted = clerk.post(
        editor_url(seed_meeting, "paragraph-delete"), {"target": paragraph.pk}, follow=True
    )
    clerk.post(
        editor_url(seed_meeting, "section-delete"),
        {"target": paragraph.section_id, "confirmed": "1"},
    )
    response = clerk.post(editor_url(seed_meeting, "undo"), {"target": token(deleted)})
    assert "the section it was in has been deleted since. Put that back first." in (
        response.content.decode()
    )


def test_it_offers_undo_only_in_the_session_that_deleted(
    seed_meeting: Meeting, clerk: Client, secretariat: Any
) -> None:
    paragraph = with_action(seed_meeting)
    deleted = clerk.post(
        editor_url(seed_meeting, "paragraph-delete"), {"target": paragraph.pk}, follow=True
    )
    other = client_for(secretariat).post(
        editor_url(seed_meeting, "undo"), {"target": token(deleted)}
    )
    assert other.status_code == 400
    assert not Paragraph.objects.filter(pk=paragraph.pk).exists()


@pytest.mark.parametrize("who", ["board_member", "outsider"])
def test_it_lets_only_the_secretariat_undo(
    seed_meeting: Meeting, who: str, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(who)
    response = client_for(user).post(editor_url(seed_meeting, "undo"), {"target": "x"})
    # A draft is not theirs to read: it is not there for them.
    assert response.status_code == 404


def test_the_deleted_message_and_the_section_confirmation_are_valid_html(
    seed_meeting: Meeting, clerk: Client
) -> None:
    section = Section.objects.get(meeting=seed_meeting, number=4)
    confirmation = clerk.post(editor_url(seed_meeting, "section-delete"), {"target": section.pk})
    paragraph = with_action(seed_meeting)
    deleted = clerk.post(
        editor_url(seed_meeting, "paragraph-delete"), {"target": paragraph.pk}, follow=True
    )
    assert_valid_html_pages(
        {"section confirmation": confirmation.content, "after a deletion": deleted.content}
    )
