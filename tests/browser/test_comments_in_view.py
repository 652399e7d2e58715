"""Comments in view (issue 17): the board page and the record's header count the comments to
resolve, each comment sits beside its paragraph with its author named, and the secretariat
resolves one in one step, in place with JavaScript (no reload, focus on the comment, the
header's count following) and by an ordinary post without it."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Comment, Meeting, Paragraph
from meetings.services.comments import comment_add
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_comments import tab_to
from tests.browser.test_sign_in import sign_in


def _two_comments(meeting: Meeting, author: Any) -> list[Comment]:
    return [
        comment_add(
            paragraph=Paragraph.objects.get(
                section__meeting=meeting, section__number=4, number=number
            ),
            author=author,
            text=text,
        )
        for number, text in ((3, "Which month?"), (4, "Half of which cases?"))
    ]


@pytest.mark.parametrize("width", [1280, 390])
def test_the_secretariat_finds_the_comments_and_resolves_one_in_place_with_the_keyboard(
    page: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    board_member: Any,
    secretariat: Any,
    width: int,
) -> None:
    first, second = _two_comments(circulated_meeting, board_member)
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + circulated_meeting.board.get_absolute_url())
    link = page.get_by_role("link", name="2 comments to resolve")
    expect(link).to_have_count(1)
    assert_no_axe_violations(page)
    link.focus()
    page.keyboard.press("Enter")

    # The record: the count in its header, the comment beside its paragraph, focused.
    header = page.locator("#comments-to-resolve")
    expect(header).to_have_text("2 comments to resolve")
    item = page.locator(f"#comment-{first.pk}")
    expect(item).to_be_focused()
    paragraph = page.locator("#paragraph-4\\.3")
    expect(paragraph.locator(f"#comment-{first.pk}")).to_contain_text("Pat Member")
    expect(paragraph).to_contain_text("Which month?")
    assert_no_axe_violations(page)
    page.evaluate("() => { window.__marker = 1; }")

    button = item.get_by_role("button", name="Mark resolved")
    tab_to(page, button)
    page.keyboard.press("Enter")
    expect(item).to_contain_text("Resolved by Sam Clerk")
    expect(item).to_be_focused()
    expect(item.get_by_role("button")).to_have_count(0)
    expect(header).to_have_text("1 comment to resolve")
    expect(header.get_by_role("link")).to_have_attribute("href", f"#comment-{second.pk}")
    assert page.evaluate("() => window.__marker") == 1, "resolving reloaded the page"
    first.refresh_from_db()
    assert first.resolved_by == secretariat
    assert_no_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_without_javascript_a_comment_is_resolved_by_an_ordinary_post(
    page_without_js: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    board_member: Any,
    secretariat: Any,
) -> None:
    page = page_without_js
    first, _ = _two_comments(circulated_meeting, board_member)
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + circulated_meeting.get_absolute_url())
    page.locator(f"#comment-{first.pk}").get_by_role("button", name="Mark resolved").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "The comment on 4.3 is marked resolved."
    )
    expect(page.locator(f"#comment-{first.pk}")).to_contain_text("Resolved by Sam Clerk")
    expect(page.locator("#comments-to-resolve")).to_have_text("1 comment to resolve")
