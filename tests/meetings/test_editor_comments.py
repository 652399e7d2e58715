"""Comments in view in the editor (issue 17): a draft returned from circulation shows each
comment nobody has resolved beside its paragraph, its author named, the header counting them
and linking to the first; "Mark resolved" is the record page's one step (the same view and
partial), in place with htmx and, without JavaScript, an ordinary post that comes back to the
editor at the paragraph. The editor's parts kept per record revision never show a comment
resolved as still waiting."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Comment, Meeting
from meetings.revisions import record_changed
from meetings.services.comments import comment_add, comment_resolve
from meetings.services.lifecycle import record_return_to_draft
from tests.addresses import editor_url
from tests.conftest import client_for
from tests.htmlcheck import assert_valid_html
from tests.meetings.test_editor import paragraph

HTMX = {"HTTP_HX_REQUEST": "true"}


def returned_with_comments(
    meeting: Meeting, member: Any, secretariat: Any
) -> tuple[Meeting, list[Comment]]:
    """`meeting` (circulated) with two members' comments, on 4.3 and 4.4, back in draft."""
    comments = [
        comment_add(paragraph=paragraph(meeting, ref), author=member, text=text)
        for ref, text in (("4.3", "Which month?"), ("4.4", "Half of which cases?"))
    ]
    record_return_to_draft(meeting=meeting, by=secretariat, reason="Comments to take in.")
    return Meeting.objects.get(pk=meeting.pk), comments


@pytest.fixture
def returned(
    circulated_meeting: Meeting, board_member: Any, secretariat: Any
) -> tuple[Meeting, list[Comment]]:
    return returned_with_comments(circulated_meeting, board_member, secretariat)


def resolve_url(meeting: Meeting, comment: Comment) -> str:
    return reverse(
        "meetings:comment_resolve", args=[meeting.board.slug, meeting.date.isoformat(), comment.pk]
    )


def _page(client: Client, meeting: Meeting, **query: str) -> lxml_html.HtmlElement:
    response = client.get(editor_url(meeting), query)
    assert response.status_code == 200
    return lxml_html.fromstring(response.content)


def test_each_comment_is_beside_its_paragraph_its_author_named(
    returned: tuple[Meeting, list[Comment]], clerk: Client
) -> None:
    meeting, (first, second) = returned
    page = _page(clerk, meeting)
    row = page.get_element_by_id(f"paragraph-{first.paragraph_id}")
    item = row.get_element_by_id(f"comment-{first.pk}")
    assert "Pat Member" in item.text_content()
    assert "Which month?" in item.text_content()
    assert item.find(".//time").get("datetime")
    (heading,) = row.xpath(".//h4")
    assert heading.text_content() == "Comments on 4.3"
    form = item.find(".//form")
    assert form.get("action") == form.get("data-hx-post") == resolve_url(meeting, first)
    # Its own answer in place of the comment, not the editor's (which the page's boost selects).
    assert form.get("data-hx-select") == "unset"
    assert form.xpath(".//input[@name='back']/@value") == ["editor"]
    assert form.xpath(".//input[@name='csrfmiddlewaretoken']/@value")
    assert (
        "Half of which cases?"
        in page.get_element_by_id(f"paragraph-{second.paragraph_id}").text_content()
    )
    assert len(page.xpath("//li[contains(@class, 'comment')]")) == 2


def test_the_header_counts_the_comments_to_resolve_and_links_to_the_first(
    returned: tuple[Meeting, list[Comment]], clerk: Client
) -> None:
    meeting, (first, _) = returned
    header = _page(clerk, meeting).get_element_by_id("comments-to-resolve")
    assert header.text_content() == "2 comments to resolve"
    assert header.find("a").get("href") == f"#comment-{first.pk}"


def test_resolved_comments_are_not_shown_nor_a_header_without_any(
    returned: tuple[Meeting, list[Comment]], clerk: Client, secretariat: Any
) -> None:
    meeting, comments = returned
    for comment in comments:
        comment_resolve(comment=comment, by=secretariat)
    page = _page(clerk, meeting)
    assert not page.xpath("//*[@id='comments-to-resolve']")
    assert not page.xpath("//li[contains(@class, 'comment')]")


def test_without_javascript_it_comes_back_to_the_editor_at_the_paragraph_resolved(
    returned: tuple[Meeting, list[Comment]], clerk: Client, secretariat: Any
) -> None:
    meeting, (first, second) = returned
    _page(clerk, meeting)  # the editor's parts kept for this revision
    response = clerk.post(resolve_url(meeting, first), {"back": "editor"})
    assert response.status_code == 302
    at = f"paragraph-{first.paragraph_id}"
    assert response["Location"] == f"{editor_url(meeting)}?saved={at}#{at}"
    first.refresh_from_db()
    assert first.resolved_by == secretariat
    assert first.history.first().history_user == secretariat
    page = lxml_html.fromstring(clerk.get(response["Location"]).content)
    assert "The comment on 4.3 is marked resolved." in page.text_content()
    # Shown at once: nothing kept from before the resolution shows it waiting.
    assert not page.xpath(f"//*[@id='comment-{first.pk}']")
    assert page.xpath(f"//*[@id='comment-{second.pk}']")
    assert page.get_element_by_id("comments-to-resolve").text_content() == ("1 comment to resolve")


def test_in_place_it_answers_with_the_comment_and_the_count_and_the_editor_follows(
    returned: tuple[Meeting, list[Comment]], clerk: Client
) -> None:
    meeting, (first, second) = returned
    _page(clerk, meeting)
    response = clerk.post(resolve_url(meeting, first), {"back": "editor"}, **HTMX)
    assert response.status_code == 200
    answer = lxml_html.fromstring(f"<div>{response.content.decode()}</div>")
    item = answer.get_element_by_id(f"comment-{first.pk}")
    assert "Resolved by Sam Clerk" in item.text_content()
    assert item.get("autofocus") is not None
    count = answer.get_element_by_id("comments-to-resolve")
    assert count.get("data-hx-swap-oob") == "true"
    assert count.find("a").get("href") == f"#comment-{second.pk}"
    page = _page(clerk, meeting)
    assert not page.xpath(f"//*[@id='comment-{first.pk}']")
    assert page.xpath(f"//*[@id='comment-{second.pk}']")


def test_a_comment_resolved_meanwhile_is_said_in_the_editor_and_changes_nothing(
    returned: tuple[Meeting, list[Comment]], clerk: Client, secretariat: Any
) -> None:
    meeting, (first, _) = returned
    comment_resolve(comment=first, by=secretariat)
    before = first.history.count()
    response = clerk.post(resolve_url(meeting, first), {"back": "editor"})
    assert response.status_code == 400
    page = lxml_html.fromstring(response.content)
    assert page.get_element_by_id("editor-root") is not None
    assert "This comment on 4.3 is already resolved." in page.text_content()
    assert first.history.count() == before


def test_a_paragraph_open_for_editing_keeps_its_comments_beside_it(
    returned: tuple[Meeting, list[Comment]], clerk: Client
) -> None:
    meeting, (first, _) = returned
    page = _page(clerk, meeting, edit=f"paragraph:{first.paragraph_id}")
    row = page.get_element_by_id(f"paragraph-{first.paragraph_id}")
    assert row.xpath(".//textarea[@id='edit-text']")
    assert "Which month?" in row.get_element_by_id(f"comment-{first.pk}").text_content()


def test_a_member_cannot_resolve_from_the_editor_address(
    returned: tuple[Meeting, list[Comment]], board_member: Any
) -> None:
    meeting, (first, _) = returned
    response = client_for(board_member).post(resolve_url(meeting, first), {"back": "editor"})
    assert response.status_code in (403, 404)
    first.refresh_from_db()
    assert first.resolved_at is None


def test_the_editor_runs_the_same_queries_however_many_comments(
    returned: tuple[Meeting, list[Comment]], clerk: Client, board_member: Any
) -> None:
    meeting, _ = returned
    clerk.get(editor_url(meeting))  # the session's expiry renewed: each request below alike
    counts = []
    for more in (0, 12):
        for n in range(more):
            target = paragraph(meeting, ("2.1", "4.3", "4.4")[n % 3])
            Comment.objects.create(paragraph=target, author=board_member, text=f"C{n}")
        # As the comment services do: the record's revision counted up, nothing kept from before.
        record_changed(meeting, content=False)
        with CaptureQueriesContext(connection) as queries:
            response = clerk.get(editor_url(meeting))
        counts.append(len(queries))
        assert response.content.count(b'class="mb-3 comment"') == 2 + more
    assert counts[0] == counts[1]


def test_the_editor_with_comments_is_valid_html(
    returned: tuple[Meeting, list[Comment]], clerk: Client
) -> None:
    meeting, (first, _) = returned
    assert_valid_html(clerk.get(editor_url(meeting)).content)
    assert_valid_html(
        clerk.get(editor_url(meeting), {"edit": f"paragraph:{first.paragraph_id}"}).content
    )
