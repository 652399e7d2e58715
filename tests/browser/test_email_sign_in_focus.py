"""Focus after signing in from an email's link (issue 17): the page the link names comes with a
"Signed in as …" message, which static/js/focus.js focuses, so the keyboard starts at the work,
not at the top of the document. The links are taken from real emails the tasks send."""

from io import StringIO
from typing import Any

from django.core import mail
from django.core.management import call_command
from playwright.sync_api import Page, expect

from meetings.models import Attendance, Meeting
from meetings.tasks import record_circulated_notify
from tests.browser.axe import assert_no_axe_violations
from tests.conftest import PASSWORD


def link_in(body: str, prefix: str) -> str:
    return next(line.strip() for line in body.splitlines() if line.strip().startswith(prefix))


def sign_in_with_the_keyboard(page: Page, link: str, email: str, lands: str = "") -> None:
    """Opens the emailed link signed out, and signs in with keys only. A draft record's page
    is not found for a reader signed out, and its "sign in first" link carries the way back.
    A link to the sign-in page itself lands on the page its `next` names (`lands`)."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(link)
    if page.get_by_role("heading", name="Page not found").is_visible():
        page.get_by_role("link", name="sign in first").focus()
        page.keyboard.press("Enter")
    expect(page.get_by_label("Email address")).to_be_visible()
    page.get_by_label("Email address").focus()
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Password")).to_be_focused()
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(lands or link)


def assert_focus_on_the_signed_in_message(page: Page, name: str) -> None:
    message = page.locator("main .messages .alert").first
    expect(message).to_have_text(f"Signed in as {name}.")
    expect(message).to_be_focused()
    assert page.evaluate("() => document.activeElement.getAttribute('role')") == "status"
    assert_no_axe_violations(page)


def test_a_reminders_action_link_lands_with_the_focus_on_the_message(
    page: Page, live_server: Any, circulated_meeting: Meeting, action_owner: Any, settings: Any
) -> None:
    settings.SITE_URL = live_server.url
    mail.outbox.clear()
    call_command("send_action_reminders", stdout=StringIO())
    email = next(m for m in mail.outbox if action_owner.email in m.to)
    # A reminder links through the sign-in page to the action (QA F9, 7ee6bcb).
    link = link_in(email.body, live_server.url + "/accounts/login/?next=/actions/")
    action = live_server.url + link.split("?next=")[1]
    sign_in_with_the_keyboard(page, link, action_owner.email, lands=action)
    assert_focus_on_the_signed_in_message(page, action_owner.display_name)


def test_a_circulation_emails_record_link_lands_with_the_focus_on_the_message(
    page: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    board_member: Any,
    settings: Any,
    console_errors: list[str],
) -> None:
    settings.SITE_URL = live_server.url
    Attendance.objects.create(meeting=circulated_meeting, person=board_member.person, position=99)
    mail.outbox.clear()
    record_circulated_notify.call(meeting_id=circulated_meeting.pk)
    email = next(m for m in mail.outbox if board_member.email in m.to)
    link = link_in(email.body, live_server.url + circulated_meeting.get_absolute_url())
    sign_in_with_the_keyboard(page, link, board_member.email)
    assert_focus_on_the_signed_in_message(page, board_member.display_name)
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 404 (Not Found)"
    )
