"""The warning before the idle limit (static/js/session-timeout.js): it appears, politely, and
"Stay signed in" keeps the session. The server's clock is patched (the live server runs in
this process), so that minutes of idleness take no time."""

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from accounts import sessions_end
from tests.accounts.test_sessions_end import Clock
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in


@pytest.fixture
def short_limits(settings: Any, monkeypatch: pytest.MonkeyPatch) -> Clock:
    settings.SESSION_IDLE_MINUTES = 1
    # The warning comes 58 seconds before the one-minute limit: two seconds after the page.
    settings.SESSION_WARNING_SECONDS = 58
    clock = Clock()
    monkeypatch.setattr(sessions_end, "now", clock)
    return clock


def test_it_warns_before_the_idle_limit_and_stays_signed_in(
    page: Page, live_server: Any, board_member: Any, short_limits: Clock
) -> None:
    sign_in(page, live_server, board_member.email)
    page.goto(live_server.url + "/accounts/")
    notice = page.get_by_role("status").filter(has_text="You will be signed out")
    expect(notice).to_be_visible(timeout=6_000)
    expect(notice).to_have_attribute("aria-live", "polite")
    assert_no_axe_violations(page)

    short_limits.advance(seconds=50)
    with page.expect_response(lambda r: r.url.endswith("/session/ping/")) as pinged:
        notice.get_by_role("button", name="Stay signed in").click()
    assert pinged.value.status == 204
    expect(notice).to_be_hidden()

    # A minute and more after signing in, but under a minute since "Stay signed in".
    short_limits.advance(seconds=50)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account")


def test_without_staying_the_session_ends(
    page: Page, live_server: Any, board_member: Any, short_limits: Clock
) -> None:
    sign_in(page, live_server, board_member.email)
    page.goto(live_server.url + "/accounts/")
    short_limits.advance(seconds=100)
    page.reload()
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()
