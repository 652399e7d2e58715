"""Resolving a comment in one step, in place (issue 17): with htmx the secretariat's "Mark
resolved" sends back the comment resolved, its resolver named and focused, and the record
header's count of those left (out of band); without JavaScript the same post comes back at
the paragraph."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Comment, Meeting, Paragraph
from meetings.services.comments import comment_add, comment_resolve
from meetings.services.lifecycle import record_agree
from tests.conftest import client_for, next_meeting
from tests.htmlcheck import assert_valid_html

HTMX = {"HTTP_HX_REQUEST": "true"}


def _comments(meeting: Meeting, author: Any, n: int = 3) -> list[Comment]:
    paragraphs = Paragraph.objects.filter(section__meeting=meeting).order_by("pk")[:n]
    return [
        comment_add(paragraph=p, author=author, text=f"Comment {i}")
        for i, p in enumerate(paragraphs)
    ]


def _resolve_url(meeting: Meeting, comment: Comment) -> str:
    return reverse(
        "meetings:comment_resolve", args=[meeting.board.slug, meeting.date.isoformat(), comment.pk]
    )


def test_it_resolves_in_place_naming_who_and_counting_those_left(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    first, second, _ = _comments(circulated_meeting, board_member)
    response = client_for(secretariat).post(_resolve_url(circulated_meeting, first), **HTMX)
    assert response.status_code == 200
    page = lxml_html.fromstring(f"<div>{response.content.decode()}</div>")
    item = page.get_element_by_id(f"comment-{first.pk}")
    assert item.get("autofocus") is not None and item.get("tabindex") == "-1"
    assert "Pat Member" in item.text_content()
    assert "Resolved by Sam Clerk" in item.text_content()
    assert not item.findall(".//button")
    header = page.get_element_by_id("comments-to-resolve")
    assert header.get("data-hx-swap-oob") == "true"
    assert header.text_content() == "2 comments to resolve"
    assert header.find("a").get("href") == f"#comment-{second.pk}"
    first.refresh_from_db()
    assert first.resolved_by == secretariat
    assert first.history.first().history_user == secretariat


def test_resolving_the_last_says_every_comment_is_resolved(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    (only,) = _comments(circulated_meeting, board_member, 1)
    response = client_for(secretariat).post(_resolve_url(circulated_meeting, only), **HTMX)
    page = lxml_html.fromstring(f"<div>{response.content.decode()}</div>")
    assert page.get_element_by_id("comments-to-resolve").text_content() == (
        "Every comment is resolved."
    )


def test_a_comment_resolved_meanwhile_comes_back_as_it_stands(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    first = _comments(circulated_meeting, board_member, 1)[0]
    comment_resolve(comment=first, by=secretariat)
    before = first.history.count()
    response = client_for(secretariat).post(_resolve_url(circulated_meeting, first), **HTMX)
    assert response.status_code == 200
    text = lxml_html.fromstring(response.content).text_content()
    assert "already resolved" in text
    assert "Resolved by Sam Clerk" in text
    assert first.history.count() == before


def test_without_htmx_it_comes_back_at_the_paragraph(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    first = _comments(circulated_meeting, board_member, 1)[0]
    response = client_for(secretariat).post(_resolve_url(circulated_meeting, first))
    assert response.status_code == 302
    assert response["Location"].endswith("#" + first.paragraph.anchor)


def test_a_member_cannot_resolve_in_place(circulated_meeting: Meeting, board_member: Any) -> None:
    first = _comments(circulated_meeting, board_member, 1)[0]
    response = client_for(board_member).post(_resolve_url(circulated_meeting, first), **HTMX)
    assert response.status_code in (403, 404)
    first.refresh_from_db()
    assert first.resolved_at is None


def test_the_record_page_loads_htmx_only_where_comments_are_sent_or_resolved_in_place(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    # A circulated record takes comments, sent in place (a refusal shown in the form's place).
    url = circulated_meeting.get_absolute_url()
    assert "htmx.min.js" in client_for(board_member).get(url).content.decode()
    first = _comments(circulated_meeting, board_member, 1)[0]
    html = client_for(secretariat).get(url).content.decode()
    assert "htmx.min.js" in html
    form = lxml_html.fromstring(html).get_element_by_id(f"comment-{first.pk}").find(".//form")
    assert form.get("data-hx-post") == form.get("action") == _resolve_url(circulated_meeting, first)
    # Agreed, with nothing to resolve: none.
    comment_resolve(comment=first, by=secretariat)
    record_agree(
        meeting=circulated_meeting, at_meeting=next_meeting(circulated_meeting), by=secretariat
    )
    assert "htmx.min.js" not in client_for(secretariat).get(url).content.decode()
    assert "htmx.min.js" not in client_for(board_member).get(url).content.decode()


def test_resolving_in_place_runs_the_same_queries_however_many_comments(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    client = client_for(secretariat)
    counts = []
    for n in (1, 3):
        Comment.objects.all().delete()
        comment = _comments(circulated_meeting, board_member, n)[0]
        with CaptureQueriesContext(connection) as queries:
            client.post(_resolve_url(circulated_meeting, comment), **HTMX)
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_record_page_with_comments_to_resolve_is_valid_html(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    first, _, _ = _comments(circulated_meeting, board_member)
    client = client_for(secretariat)
    client.post(_resolve_url(circulated_meeting, first), **HTMX)
    assert_valid_html(client.get(circulated_meeting.get_absolute_url()).content)


def test_a_post_refused_for_its_size_resolves_nothing(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    """A field over DATA_UPLOAD_MAX_MEMORY_SIZE is refused (400) before the comment is
    resolved: bad input changes nothing (found by the forms' fuzz)."""
    (comment,) = _comments(circulated_meeting, board_member, n=1)
    response = client_for(secretariat).post(
        _resolve_url(circulated_meeting, comment), {"back": "x" * (3 * 1024 * 1024)}
    )
    assert response.status_code == 400
    comment.refresh_from_db()
    assert comment.resolved_by is None
