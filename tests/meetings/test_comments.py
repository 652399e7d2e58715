"""Board members comment on a circulated record's paragraphs; the secretariat resolves them."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from meetings.models import Comment, Meeting, Paragraph
from meetings.services import record_agree, record_publish
from meetings.services.comments import comment_add, comment_resolve
from tests.conftest import client_for, html_for, next_meeting
from tests.factories import build_record
from tests.htmlcheck import assert_valid_html


def paragraph_4_3(meeting: Meeting) -> Paragraph:
    return Paragraph.objects.select_related("section").get(
        section__meeting=meeting, section__number=4, number=3
    )


def add_url(meeting: Meeting, paragraph: Paragraph) -> str:
    return reverse(
        "meetings:comment_add", args=[meeting.board.slug, meeting.date.isoformat(), paragraph.pk]
    )


def resolve_url(meeting: Meeting, comment: Comment) -> str:
    return reverse(
        "meetings:comment_resolve", args=[meeting.board.slug, meeting.date.isoformat(), comment.pk]
    )


def paragraph_html(html: str, ref: str) -> str:
    """The paragraph's own list item on the record page."""
    start = html.index(f'<li id="paragraph-{ref}">')
    return html[start : html.index('<li id="paragraph-', start + 1)]


@pytest.fixture
def comment(circulated_meeting: Meeting, board_member: Any) -> Comment:
    return comment_add(
        paragraph=paragraph_4_3(circulated_meeting),
        author=board_member,
        text="Should this say which month?",
    )


@pytest.fixture
def agreed_with_comment(circulated_meeting: Meeting, comment: Comment) -> Meeting:
    return record_agree(
        meeting=circulated_meeting, at_meeting=next_meeting(circulated_meeting), by=None
    )


# --- Commenting -------------------------------------------------------------------------------


def test_it_lets_a_board_member_comment_on_a_circulated_paragraph(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    paragraph = paragraph_4_3(circulated_meeting)
    response = client_for(board_member).post(
        add_url(circulated_meeting, paragraph), {"text": "  Which month?  "}
    )
    assert response["Location"] == circulated_meeting.get_absolute_url() + "#paragraph-4.3"
    assert Comment.objects.get(paragraph=paragraph, author=board_member).text == "Which month?"


def test_it_records_who_commented_in_the_history(comment: Comment, board_member: Any) -> None:
    row = comment.history.get()
    assert (row.history_user, row.history_change_reason) == (board_member, "Comment on 4.3")


def test_it_offers_a_comment_form_on_each_paragraph(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, circulated_meeting.get_absolute_url())
    assert "<summary>Comment on 4.3</summary>" in paragraph_html(html, "4.3")
    assert "Your comment on 4.3" in html


def test_it_refuses_a_comment_on_a_draft(seed_meeting: Meeting, secretariat: Any) -> None:
    response = client_for(secretariat).post(
        add_url(seed_meeting, paragraph_4_3(seed_meeting)), {"text": "Too early."}
    )
    assert response.status_code == 400
    assert "only while a record is circulated" in response.content.decode()
    assert not Comment.objects.exists()


def test_it_refuses_an_empty_comment(circulated_meeting: Meeting, board_member: Any) -> None:
    response = client_for(board_member).post(
        add_url(circulated_meeting, paragraph_4_3(circulated_meeting)), {"text": "   "}
    )
    assert response.status_code == 400
    assert "Write your comment before sending it." in response.content.decode()
    assert not Comment.objects.exists()


def test_it_keeps_an_over_long_comment_with_its_error(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    text = "Long. " * 2_000
    response = client_for(board_member).post(
        add_url(circulated_meeting, paragraph_4_3(circulated_meeting)), {"text": text}
    )
    assert response.status_code == 400
    assert text.strip() in paragraph_html(response.content.decode(), "4.3")
    assert not Comment.objects.exists()


def test_it_opens_the_form_that_was_refused(circulated_meeting: Meeting, board_member: Any) -> None:
    response = client_for(board_member).post(
        add_url(circulated_meeting, paragraph_4_3(circulated_meeting)), {"text": ""}
    )
    assert '<details class="mb-2" open>' in paragraph_html(response.content.decode(), "4.3")


def test_it_answers_404_to_an_outsider(circulated_meeting: Meeting, outsider: Any) -> None:
    response = client_for(outsider).post(
        add_url(circulated_meeting, paragraph_4_3(circulated_meeting)), {"text": "Hello"}
    )
    assert response.status_code == 404


def test_it_answers_404_to_an_action_owner_before_publication(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    response = client_for(action_owner).post(
        add_url(circulated_meeting, paragraph_4_3(circulated_meeting)), {"text": "Hello"}
    )
    assert response.status_code == 404


def test_it_answers_403_to_an_action_owner_on_a_published_record(
    published_meeting: Meeting, action_owner: Any
) -> None:
    response = client_for(action_owner).post(
        add_url(published_meeting, paragraph_4_3(published_meeting)), {"text": "Hello"}
    )
    assert response.status_code == 403


def test_it_answers_404_for_a_paragraph_of_another_record(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    build_record(
        board=circulated_meeting.board,
        date=datetime.date(2024, 1, 1),
        sections=1,
        paragraphs_per_section=1,
        status=Meeting.Status.CIRCULATED,
    )
    other = Paragraph.objects.exclude(section__meeting=circulated_meeting).get()
    response = client_for(board_member).post(add_url(circulated_meeting, other), {"text": "Hello"})
    assert response.status_code == 404


def test_it_refuses_a_comment_from_outside_the_board(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    with pytest.raises(PermissionDenied):
        comment_add(paragraph=paragraph_4_3(circulated_meeting), author=action_owner, text="Hi")


# --- Reading and resolving ----------------------------------------------------------------------


def test_it_shows_the_comment_beside_its_paragraph_to_the_secretariat(
    circulated_meeting: Meeting, comment: Comment, secretariat: Any
) -> None:
    beside = paragraph_html(html_for(secretariat, circulated_meeting.get_absolute_url()), "4.3")
    assert "Should this say which month?" in beside
    assert "Pat Member, MOPAC" in beside
    assert "member@mopac.example" not in beside


def test_it_offers_the_secretariat_a_resolve_button(
    circulated_meeting: Meeting, comment: Comment, secretariat: Any
) -> None:
    html = html_for(secretariat, circulated_meeting.get_absolute_url())
    assert resolve_url(circulated_meeting, comment) in html


def test_it_offers_a_board_member_no_resolve_button(
    circulated_meeting: Meeting, comment: Comment, board_member: Any
) -> None:
    html = html_for(board_member, circulated_meeting.get_absolute_url())
    assert "Mark resolved" not in html


def test_it_lets_the_secretariat_resolve_a_comment(
    circulated_meeting: Meeting, comment: Comment, secretariat: Any
) -> None:
    response = client_for(secretariat).post(resolve_url(circulated_meeting, comment))
    assert response["Location"] == circulated_meeting.get_absolute_url() + "#paragraph-4.3"
    html = html_for(secretariat, circulated_meeting.get_absolute_url())
    assert "Resolved by Sam Clerk, MOPAC" in paragraph_html(html, "4.3")
    assert resolve_url(circulated_meeting, comment) not in html


def test_it_records_who_resolved_it(comment: Comment, secretariat: Any) -> None:
    comment_resolve(comment=comment, by=secretariat)
    row = comment.history.latest()
    assert (row.resolved_by, row.history_user) == (secretariat, secretariat)
    assert row.history_change_reason == "Comment on 4.3 resolved"


def test_it_resolves_a_comment_only_once(
    circulated_meeting: Meeting, comment: Comment, secretariat: Any
) -> None:
    client = client_for(secretariat)
    client.post(resolve_url(circulated_meeting, comment))
    response = client.post(resolve_url(circulated_meeting, comment))
    assert response.status_code == 400
    assert "already resolved" in response.content.decode()


def test_it_refuses_to_resolve_twice_in_the_service(comment: Comment, secretariat: Any) -> None:
    comment_resolve(comment=comment, by=secretariat)
    with pytest.raises(ValidationError):
        comment_resolve(comment=comment, by=secretariat)


def test_it_forbids_a_board_member_to_resolve(
    circulated_meeting: Meeting, comment: Comment, board_member: Any
) -> None:
    response = client_for(board_member).post(resolve_url(circulated_meeting, comment))
    assert response.status_code == 403
    assert Comment.objects.get(pk=comment.pk).resolved_at is None


# --- After circulation, and the public -----------------------------------------------------------


def test_it_keeps_comments_for_the_board_with_no_form_once_agreed(
    agreed_with_comment: Meeting, board_member: Any
) -> None:
    html = html_for(board_member, agreed_with_comment.get_absolute_url())
    assert "Should this say which month?" in html
    assert "Comment on 4.3" not in html


def test_it_refuses_a_comment_on_a_published_record(
    agreed_with_comment: Meeting, board_member: Any
) -> None:
    published = record_publish(meeting=agreed_with_comment, by=None)
    response = client_for(board_member).post(
        add_url(published, paragraph_4_3(published)), {"text": "Too late."}
    )
    assert response.status_code == 400
    assert Comment.objects.count() == 1


def test_it_never_shows_comments_to_the_public(agreed_with_comment: Meeting) -> None:
    published = record_publish(meeting=agreed_with_comment, by=None)
    html = html_for(None, published.get_absolute_url())
    assert "Should this say which month?" not in html
    assert "Comments on" not in html


def test_it_never_leaks_a_restricted_paragraphs_comments(
    agreed_with_comment: Meeting, board_member: Any
) -> None:
    Paragraph.objects.filter(pk=paragraph_4_3(agreed_with_comment).pk).update(restricted=True)
    published = record_publish(meeting=agreed_with_comment, by=None)
    assert "Should this say which month?" in html_for(board_member, published.get_absolute_url())
    assert "Should this say which month?" not in html_for(None, published.get_absolute_url())


def test_it_leaves_comments_out_of_the_public_preview(
    circulated_meeting: Meeting, comment: Comment, secretariat: Any
) -> None:
    html = html_for(secretariat, circulated_meeting.get_absolute_url() + "?preview=public")
    assert "Should this say which month?" not in html


# --- The page -----------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 20])
def test_it_runs_the_same_queries_whatever_the_number_of_comments(
    circulated_meeting: Meeting,
    board_member: Any,
    secretariat: Any,
    django_assert_num_queries: Any,
    count: int,
) -> None:
    paragraphs = list(Paragraph.objects.filter(section__meeting=circulated_meeting))
    for n in range(count):
        author = board_member if n % 2 else secretariat
        comment_add(paragraph=paragraphs[n % len(paragraphs)], author=author, text=f"Note {n}.")
    client = client_for(board_member)
    # As tests/meetings/test_record_page.py counts for a member, with the comments' one query.
    with django_assert_num_queries(10):
        client.get(circulated_meeting.get_absolute_url())


def test_it_is_valid_html(circulated_meeting: Meeting, comment: Comment, secretariat: Any) -> None:
    comment_resolve(comment=comment, by=secretariat)
    comment_add(paragraph=paragraph_4_3(circulated_meeting), author=secretariat, text="Open.")
    assert_valid_html(html_for(secretariat, circulated_meeting.get_absolute_url()))
