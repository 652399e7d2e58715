"""Journey 2 from a public action's page (QA F9): an officer who opens an action of a
published record signed out, on a phone, is told how to write an update and comes back to
the action once signed in; the emailed link takes them to a saved update in three page loads,
whether or not the action's page is public."""

from __future__ import annotations

import re
from io import StringIO
from typing import Any

from django.core import mail
from django.core.management import call_command
from playwright.sync_api import Page, expect

from meetings.models import Action, Meeting
from tests.conftest import PASSWORD, first_action

SUBJECT = "Action 2 (31 August 2023, 4.5) assigned to MPS"


def sign_in_here(page: Page, email: str) -> None:
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_a_public_actions_page_tells_a_signed_out_officer_to_sign_in_and_comes_back(
    page: Page, live_server: Any, published_meeting: Meeting, action_owner: Any
) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    action = Action.objects.get(paragraph__section__meeting=published_meeting, number=2)
    page.goto(f"{live_server.url}{action.get_absolute_url()}")
    prompt = page.get_by_role("link", name="Sign in to write an update")
    expect(prompt).to_be_visible()  # not inside the collapsed menu
    prompt.click()
    sign_in_here(page, action_owner.email)
    expect(page).to_have_url(f"{live_server.url}{action.get_absolute_url()}")
    expect(page.get_by_label("Progress update")).to_be_visible()


def test_the_headers_sign_in_comes_back_to_the_page(
    page: Page, live_server: Any, published_meeting: Meeting, action_owner: Any
) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    action = first_action(published_meeting)
    page.goto(f"{live_server.url}{action.get_absolute_url()}")
    page.get_by_role("button", name="Menu").click()
    # The menu opened to its full height (Bootstrap marks it "show" when its slide ends): a
    # click on a link still sliding into place can miss it on a busy machine.
    expect(page.locator("#main-navigation")).to_have_class(re.compile(r"\bshow\b"))
    page.locator("header").get_by_role("link", name="Sign in", exact=True).click()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    sign_in_here(page, action_owner.email)
    expect(page).to_have_url(f"{live_server.url}{action.get_absolute_url()}")


def test_the_emailed_link_of_a_public_action_takes_three_page_loads_to_a_saved_update(
    page: Page, live_server: Any, published_meeting: Meeting, action_owner: Any, settings: Any
) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    settings.SITE_URL = live_server.url
    mail.outbox.clear()
    call_command("send_action_reminders", stdout=StringIO())
    email = next(message for message in mail.outbox if message.subject == SUBJECT)
    link = next(line for line in email.body.splitlines() if line.startswith(live_server.url))
    loads: list[str] = []
    page.on("load", lambda loaded: loads.append(loaded.url))
    page.goto(link)  # 1: the sign-in page
    sign_in_here(page, action_owner.email)  # 2: the action, with the form
    page.get_by_label("Progress update").fill("Every incident is being reviewed.")
    page.get_by_role("button", name="Save update").click()  # 3: the action, saved
    expect(page.get_by_text("Your update on action 2 is saved.")).to_be_visible()
    assert len(loads) <= 3, loads
