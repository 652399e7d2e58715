"""Confirm what cannot be taken back (issue 17), in Chromium with the keyboard: Circulate
names who will be emailed before sending, Agree names the meeting and what agreeing fixes and
warns of comments still to resolve, Publish counts and names what is withheld and shows the
checksum the published record will have; the focus starts on the confirmation's heading, with
and without JavaScript; Cancel changes nothing; axe-clean at 1280 and 390 px."""

# The fixtures `attended` and `agreed` are the unit tests' own, imported, hence F811.
# ruff: noqa: F811
from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from meetings.services.comments import comment_add
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in
from tests.conftest import next_meeting
from tests.meetings.test_confirmations import agreed, attended, status_of  # noqa: F401


def _record(page: Page, live_server: Any, meeting: Meeting, user: Any) -> None:
    sign_in(page, live_server, user.email)
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    page.goto(live_server.url + meeting.get_absolute_url())


def _fits(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", [1280, 390])
def test_circulate_names_who_will_be_emailed_and_cancel_changes_nothing(
    page: Page,
    live_server: Any,
    attended: Meeting,
    secretariat: Any,
    width: int,
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    _record(page, live_server, attended, secretariat)
    page.get_by_role("button", name="Circulate to attendees").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Who will be emailed")).to_be_visible()
    emailed = page.locator("main ul:not(.not-emailed) li")
    expect(emailed).to_have_count(2)
    expect(emailed.nth(0)).to_contain_text("Sam Clerk")
    expect(emailed.nth(1)).to_contain_text("Pat Member")
    # The other attendees are named, with why they are not emailed.
    expect(page.get_by_role("heading", name="Not emailed")).to_be_visible()
    expect(page.locator("ul.not-emailed")).to_contain_text("No account (")
    expect(page.locator("ul.not-emailed")).to_contain_text("Out Sider")
    expect(page.get_by_role("button", name="Circulate and email 2 people")).to_be_visible()
    assert_no_axe_violations(page)
    _fits(page)
    page.get_by_role("link", name="Cancel").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(attended.title)
    assert status_of(attended) == "draft"


def test_circulating_is_done_once_confirmed_with_the_keyboard(
    page: Page,
    live_server: Any,
    attended: Meeting,
    secretariat: Any,
) -> None:
    _record(page, live_server, attended, secretariat)
    page.get_by_role("button", name="Circulate to attendees").focus()
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Circulate and email 2 people").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("The record is circulated")
    assert status_of(attended) == "circulated"


@pytest.mark.parametrize("width", [1280, 390])
def test_publish_counts_and_names_what_is_withheld_and_shows_the_checksum_to_be(
    page: Page,
    live_server: Any,
    agreed: Meeting,
    secretariat: Any,
    width: int,
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    _record(page, live_server, agreed, secretariat)
    page.get_by_role("region", name=re.compile("^Workflow")).get_by_role(
        "button", name="Publish"
    ).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Withheld from the public")).to_be_visible()
    withheld = page.locator("ul.withheld-list")
    expect(withheld).to_contain_text("1 restricted section")
    expect(withheld).to_contain_text("5. ")
    expect(withheld).to_contain_text("1 restricted paragraph")
    expect(withheld).to_contain_text("1.1 “")
    checksum = page.locator("code.checksum").inner_text()
    assert re.fullmatch(r"[0-9a-f]{64}", checksum)
    assert_no_axe_violations(page)
    _fits(page)
    page.get_by_role("button", name="Publish").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("The record is published.")
    assert status_of(agreed) == "published"
    # The record says the checksum the confirmation said it would have.
    expect(page.locator(".record-check code.checksum")).to_have_text(checksum)


@pytest.fixture
def commented(circulated_meeting: Meeting, board_member: Any) -> Meeting:
    """The circulated seed record with one comment of a member's not resolved."""
    paragraph = circulated_meeting.sections.order_by("position")[0].paragraphs.first()
    comment_add(paragraph=paragraph, author=board_member, text="Was it 12 or 14?")
    next_meeting(circulated_meeting)
    return circulated_meeting


@pytest.mark.parametrize("width", [1280, 390])
def test_agree_names_the_meeting_warns_of_comments_and_is_done_once_confirmed(
    page: Page, live_server: Any, commented: Meeting, secretariat: Any, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    _record(page, live_server, commented, secretariat)
    at = next_meeting(commented)
    long = f"{at.date.day} {at.date:%B %Y}"
    page.get_by_role("region", name=re.compile("^Workflow")).get_by_role(
        "button", name="Agree as a true record"
    ).focus()
    page.keyboard.press("Enter")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Agree as a true record?")
    expect(heading).to_be_focused()
    expect(page.locator(".unresolved-comments")).to_contain_text(
        "1 comment from the board is not resolved."
    )
    expect(page.locator("ul.agree-facts")).to_contain_text(f"at the meeting of {long}")
    assert_no_axe_violations(page)
    _fits(page)
    assert status_of(commented) == "circulated"
    page.get_by_role("button", name=f"Agree at the meeting of {long}").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("The record is agreed as a true record")
    assert status_of(commented) == "agreed"


def test_agree_confirmation_takes_the_focus_and_links_to_the_comment_without_javascript(
    page_without_js: Page, live_server: Any, commented: Meeting, secretariat: Any
) -> None:
    page = page_without_js
    _record(page, live_server, commented, secretariat)
    page.get_by_role("button", name="Agree as a true record").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_be_focused()
    page.get_by_role("link", name="Read the comment to resolve").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#comment-\d+$"))
    expect(page.locator(":target")).to_contain_text("Was it 12 or 14?")
    assert status_of(commented) == "circulated"
