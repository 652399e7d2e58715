"""Confirm what cannot be taken back (issue 17), in Chromium with the keyboard: Circulate
names who will be emailed before sending, Publish counts and names what is withheld and
shows the checksum the published record will have; Cancel changes nothing; axe-clean at
1280 and 390 px."""

# The fixtures `attended` and `agreed` are the unit tests' own, imported, hence F811.
# ruff: noqa: F811
from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in
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
    emailed = page.locator("main ul li")
    expect(emailed).to_have_count(2)
    expect(emailed.nth(0)).to_contain_text("Sam Clerk")
    expect(emailed.nth(1)).to_contain_text("Pat Member")
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
