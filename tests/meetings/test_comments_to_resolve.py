"""The comments nobody has resolved yet, counted where the secretariat and the board look: the
board page (for the secretariat, per record) and the record's header, each linked to the
first of them."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import html as lxml_html

from meetings.models import Comment, Meeting, Paragraph
from meetings.services.comments import comment_add, comment_resolve
from tests.conftest import client_for, html_for


def _paragraphs(meeting: Meeting) -> list[Paragraph]:
    return list(Paragraph.objects.filter(section__meeting=meeting).order_by("pk")[:3])


def _comment_on_three(meeting: Meeting, author: Any) -> list[Comment]:
    return [
        comment_add(paragraph=p, author=author, text=f"Comment {n}")
        for n, p in enumerate(_paragraphs(meeting))
    ]


def _links(html: str, words: str) -> list[str]:
    page = lxml_html.fromstring(html)
    return [a.get("href") for a in page.iter("a") if a.text_content().startswith(words)]


def test_it_counts_the_comments_to_resolve_in_the_record_header(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    first, second, _ = _comment_on_three(circulated_meeting, board_member)
    comment_resolve(comment=second, by=secretariat)
    html = html_for(board_member, circulated_meeting.get_absolute_url())
    assert _links(html, "2 comments to resolve") == [f"#comment-{first.pk}"]


def test_it_says_one_comment_in_the_singular(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    first = _comment_on_three(circulated_meeting, board_member)[0]
    html = html_for(secretariat, circulated_meeting.get_absolute_url())
    assert _links(html, "3 comments to resolve") == [f"#comment-{first.pk}"]
    for comment in Comment.objects.exclude(pk=first.pk):
        comment_resolve(comment=comment, by=secretariat)
    html = html_for(secretariat, circulated_meeting.get_absolute_url())
    assert _links(html, "1 comment to resolve") == [f"#comment-{first.pk}"]


def test_it_counts_the_comments_to_resolve_per_record_on_the_board_page(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    first = _comment_on_three(circulated_meeting, board_member)[0]
    html = html_for(secretariat, circulated_meeting.board.get_absolute_url())
    expected = f"{circulated_meeting.get_absolute_url()}#comment-{first.pk}"
    assert _links(html, "3 comments to resolve") == [expected]


def test_it_counts_them_on_the_board_page_for_the_members_too(
    circulated_meeting: Meeting, board_member: Any
) -> None:
    first = _comment_on_three(circulated_meeting, board_member)[0]
    html = html_for(board_member, circulated_meeting.board.get_absolute_url())
    expected = f"{circulated_meeting.get_absolute_url()}#comment-{first.pk}"
    assert _links(html, "3 comments to resolve") == [expected]


def test_it_keeps_the_counts_off_the_board_page_for_others(
    circulated_meeting: Meeting, board_member: Any, outsider: Any, public_board: Any
) -> None:
    _comment_on_three(circulated_meeting, board_member)
    html = html_for(outsider, circulated_meeting.board.get_absolute_url())
    assert "to resolve" not in html
    assert "to resolve" not in html_for(None, circulated_meeting.board.get_absolute_url())


def _query_counts(client: Any, meeting: Meeting) -> tuple[int, int]:
    counts = []
    for url in (meeting.board.get_absolute_url(), meeting.get_absolute_url()):
        client.get(url)  # Anything cached once is cached before counting.
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts.append(len(queries))
    return counts[0], counts[1]


def test_it_runs_the_same_queries_however_many_comments(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> None:
    client = client_for(secretariat)
    before = _query_counts(client, circulated_meeting)
    _comment_on_three(circulated_meeting, board_member)
    assert _query_counts(client, circulated_meeting) == before
