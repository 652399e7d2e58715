"""A board member comments on a circulated record with the keyboard alone."""

from typing import Any

from playwright.sync_api import Locator, Page, expect

from meetings.models import Comment, Meeting
from meetings.services.comments import comment_add
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in


def tab_to(page: Page, target: Locator, limit: int = 200) -> None:
    """Presses Tab until `target` has the focus, as a keyboard user would reach it."""
    for _ in range(limit):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {target}")


def test_it_lets_a_board_member_comment_with_the_keyboard(
    page: Page, live_server: Any, circulated_meeting: Meeting, board_member: Any
) -> None:
    sign_in(page, live_server, board_member.email)
    page.goto(live_server.url + circulated_meeting.get_absolute_url())
    paragraph = page.locator("#paragraph-4\\.3")
    tab_to(page, paragraph.get_by_text("Comment on 4.3", exact=True))
    page.keyboard.press("Enter")
    field = paragraph.get_by_label("Your comment on 4.3")
    tab_to(page, field)
    page.keyboard.type("Should this say which month?")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    expect(page.get_by_role("status")).to_contain_text("Your comment on 4.3 is added.")
    expect(paragraph).to_contain_text("Should this say which month?")
    expect(paragraph).to_contain_text("Pat Member, MOPAC")
    assert Comment.objects.get().author == board_member
    assert_no_axe_violations(page)


def test_it_lets_the_secretariat_resolve_a_comment(
    page: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    board_member: Any,
    secretariat: Any,
) -> None:
    paragraph_4_3 = circulated_meeting.sections.get(number=4).paragraphs.get(number=3)
    comment_add(paragraph=paragraph_4_3, author=board_member, text="Which month?")
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + circulated_meeting.get_absolute_url())
    paragraph = page.locator("#paragraph-4\\.3")
    assert_no_axe_violations(page)
    paragraph.get_by_role("button", name="Mark resolved").click()

    expect(paragraph).to_contain_text("Resolved by Sam Clerk, MOPAC")
    expect(paragraph.get_by_role("button", name="Mark resolved")).to_have_count(0)
    assert_no_axe_violations(page)
