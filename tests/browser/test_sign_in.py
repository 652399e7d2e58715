"""Each role signs in with the keyboard and finds its own way around."""

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.axe import assert_no_axe_violations
from tests.browser.conftest import sign_in


@pytest.mark.parametrize(
    ("role", "sees", "does_not_see"),
    [
        ("secretariat", "(secretariat)", "My actions"),
        ("board_member", "(board member)", "My actions"),
        ("action_owner", "My actions", "Administration"),
        ("admin_user", "Administration", "My actions"),
    ],
)
def test_it_shows_each_role_its_navigation(
    page: Page,
    live_server: Any,
    published_meeting: Meeting,
    request: pytest.FixtureRequest,
    role: str,
    sees: str,
    does_not_see: str,
) -> None:
    user = request.getfixturevalue(role)
    sign_in(page, live_server, user.email, through_form=True)
    navigation = page.get_by_role("navigation", name="Main")
    expect(navigation).to_contain_text(sees)
    expect(navigation).not_to_contain_text(does_not_see)
    expect(navigation.get_by_role("button", name="Sign out")).to_be_visible()


def test_it_signs_out(page: Page, live_server: Any, action_owner: Any) -> None:
    sign_in(page, live_server, action_owner.email, through_form=True)
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


def test_it_explains_a_failed_sign_in(page: Page, live_server: Any, action_owner: Any) -> None:
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email address").fill(action_owner.email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    # Summed up at the top of the page, focused (templates/_error_summary.html), as beside the form.
    summary = page.locator("[data-error-summary]")
    expect(summary).to_contain_text("Enter a correct email address and password")
    expect(summary).to_be_focused()
    expect(page.get_by_label("Email address")).to_have_value(action_owner.email)
    assert_no_axe_violations(page)


@pytest.mark.parametrize("path", ["/accounts/login/", "/accounts/password/reset/"])
def test_it_has_accessible_account_pages(page: Page, live_server: Any, path: str) -> None:
    page.goto(live_server.url + path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_no_axe_violations(page)


def test_it_has_an_accessible_password_reset_journey(
    page: Page, live_server: Any, action_owner: Any, mailoutbox: list, settings: Any
) -> None:
    settings.SITE_URL = live_server.url  # emailed links lead to the site's address
    page.goto(live_server.url + "/accounts/password/reset/")
    page.get_by_label("Email address").fill(action_owner.email)
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    assert_no_axe_violations(page)
    link = next(line for line in mailoutbox[0].body.splitlines() if "/password/reset/" in line)
    page.goto(link.strip())
    expect(page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    assert_no_axe_violations(page)


def test_it_has_an_accessible_history_page(
    page: Page, live_server: Any, published_meeting: Meeting, secretariat: Any
) -> None:
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + published_meeting.get_absolute_url())
    page.get_by_role("link", name="History of this record").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("History")
    expect(page.get_by_text("Created").first).to_be_visible()
    assert_no_axe_violations(page)


def test_it_has_an_accessible_action_page_for_its_owner(
    page: Page, live_server: Any, published_meeting: Meeting, action_owner: Any
) -> None:
    sign_in(page, live_server, action_owner.email, through_form=True)
    page.get_by_role("link", name="My actions").click()
    page.get_by_role("link", name="Action 2").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Action 2")
    assert_no_axe_violations(page)
