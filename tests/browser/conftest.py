"""Browser tests: a real Chromium (Debian's, not Playwright's download) driven by
Playwright's sync API against pytest-django's live_server.

    def test_home(page, live_server):
        page.goto(live_server.url + "/")
        expect(page.get_by_role("heading", level=1)).to_have_text("PROB")
        assert_no_axe_violations(page)

Without Chromium these tests are skipped, unless PROB_REQUIRE_BROWSER=1 (as in CI), where
a skip would hide that nothing was tested, so they fail instead.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NoReturn

import pytest
from playwright.sync_api import expect, sync_playwright

from .axe import assert_no_axe_violations

# Playwright's sync API keeps an event loop running on the main thread, which makes Django
# refuse ORM calls there (in fixtures and test bodies) as if they came from async code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

__all__ = ["assert_no_axe_violations"]

HERE = Path(__file__).resolve().parent

# Short, so a wrong locator fails in seconds instead of hanging for Playwright's 30.
TIMEOUT_MS = 5_000
# A page load: a test's first is also its new browser context's first, which on a loaded
# machine (CI's two cores, each test with its own context) takes Chromium seconds of its own.
NAVIGATION_TIMEOUT_MS = 15_000

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    # No network traffic of Chromium's own: the tests must not depend on (or wait for) it.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    # This hook sees the whole session's items, not just this directory's: each file's path
    # is resolved once, not once per test (some 8,000 of them, 1-2 s of every worker's start).
    here: dict[Path, bool] = {}
    for item in items:
        path = Path(item.path)
        if path not in here:
            here[path] = path.resolve().is_relative_to(HERE)
        if here[path]:
            item.add_marker(pytest.mark.browser)


def _unavailable(reason: str) -> NoReturn:
    __tracebackhide__ = True
    if os.environ.get("PROB_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (PROB_REQUIRE_BROWSER=1, so this is a failure, not a skip)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    executable = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    if not (os.path.isfile(executable) and os.access(executable, os.X_OK)):
        _unavailable(f"Chromium not found at {executable}; apt-get install chromium")
    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            args=CHROMIUM_ARGS,
            timeout=60_000,
        )
        yield browser
        browser.close()


@pytest.fixture
def console_errors() -> list[str]:
    """What the browser reported as errors; a test that expects one removes it."""
    return []


@pytest.fixture
def page_without_js(browser):
    """A page of a browser with JavaScript off: the forms as ordinary posts."""
    context = browser.new_context(
        locale="en-GB", timezone_id="Europe/London", java_script_enabled=False
    )
    context.set_default_timeout(5_000)
    context.set_default_navigation_timeout(NAVIGATION_TIMEOUT_MS)
    yield context.new_page()
    context.close()


@pytest.fixture
def page(browser, console_errors):
    context = browser.new_context(locale="en-GB", timezone_id="Europe/London")
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(NAVIGATION_TIMEOUT_MS)
    page = context.new_page()
    # A blocked script or style (CSP) or a broken asset shows up only as a console error.
    errors = console_errors
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"The browser reported errors: {errors}"


def sign_in(
    page, live_server, email: str, next_url: str | None = None, *, through_form: bool = False
) -> None:
    """Signs `email` in; given `next_url`, asks for it and waits until the browser arrives there.

    Through the sign-in form with the tests' password when `through_form` (the tests whose
    subject is signing in, a role's journey from its start), which lands on the user's page.
    Otherwise as Django's test client's force_login does: a session made for the user, its
    cookies given to the browser, and no page loaded until `next_url` (three page loads fewer
    than the form: its page, the post, where it lands)."""
    if through_form:
        _sign_in_through_the_form(page, live_server, email, next_url)
        return
    page.context.add_cookies(_signed_in_cookies(email, live_server.url))
    if next_url:
        page.goto(f"{live_server.url}{next_url}")
        page.wait_for_url(f"{live_server.url}{next_url}")


def signed_in(page, live_server, user, *, through_form: bool = False):
    """`sign_in` for `user`, checked: the browser is not left on the sign-in page. Returns
    the page."""
    sign_in(page, live_server, user.email, through_form=through_form)
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    return page


def _sign_in_through_the_form(page, live_server, email: str, next_url: str | None) -> None:
    from django.urls import reverse

    from tests.conftest import PASSWORD

    query = f"?next={next_url}" if next_url else ""
    page.goto(f"{live_server.url}{reverse('login')}{query}")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    if next_url:
        page.wait_for_url(f"{live_server.url}{next_url}")


def _signed_in_cookies(email: str, url: str) -> list[dict]:
    """The cookies of a sign-in by password of the user with this email: a session made as
    `login()` makes it, marked as accounts.views.finish_sign_in marks it (presence just
    proved), and the cookie that says who signed in on this browser (prob.unsaved)."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import get_user_model, login
    from django.http import HttpRequest, HttpResponse

    from accounts import mfa
    from prob.unsaved import signed_in_here

    user = get_user_model().objects.get(email__iexact=email)
    request = HttpRequest()
    request.META["REMOTE_ADDR"] = "127.0.0.1"
    request.session = import_module(settings.SESSION_ENGINE).SessionStore()
    login(request, user, backend="accounts.backends.EmailBackend")
    mfa.signed_in(request)
    request.session.save()
    response = HttpResponse()
    signed_in_here(response, user)
    values = {settings.SESSION_COOKIE_NAME: request.session.session_key}
    values |= {name: morsel.value for name, morsel in response.cookies.items()}
    return [
        {"name": name, "value": value, "url": url, "httpOnly": True, "sameSite": "Lax"}
        for name, value in values.items()
    ]
