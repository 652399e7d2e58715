"""Journey 2: an MPS officer follows the emailed link, signs in and reports progress; once a
month they update all their open actions on one page, with the keyboard as well as the mouse."""

from io import StringIO
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import Page, expect

from meetings.models import Action, Meeting
from tests.browser.axe import assert_no_axe_violations
from tests.browser.conftest import sign_in
from tests.conftest import PASSWORD

SUBJECT = "Action 2 (31 August 2023, 4.5) assigned to MPS"


def emailed_link(live_server: Any, settings: Any) -> str:
    settings.SITE_URL = live_server.url
    mail.outbox.clear()
    call_command("send_action_reminders", stdout=StringIO())
    email = next(message for message in mail.outbox if message.subject == SUBJECT)
    return next(line for line in email.body.splitlines() if line.startswith(live_server.url))


def test_it_takes_an_owner_from_the_email_to_a_saved_update_in_three_page_loads(
    page: Page, live_server: Any, circulated_meeting: Meeting, action_owner: Any, settings: Any
) -> None:
    link = emailed_link(live_server, settings)
    loads: list[str] = []
    page.on("load", lambda loaded: loads.append(loaded.url))
    page.goto(link)  # 1: the sign-in page, the action's page as where to go next
    page.get_by_label("Email address").fill(action_owner.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()  # 2: the action, with the form
    expect(page.get_by_role("heading", level=1)).to_contain_text("Action 2")
    page.get_by_label("Progress update").fill("Every incident is being reviewed.")
    page.get_by_role("button", name="Save update").click()  # 3: the action, saved
    expect(page.get_by_text("Your update on action 2 is saved.")).to_be_visible()
    assert len(loads) <= 3, loads


def test_it_updates_several_actions_at_once_with_the_keyboard(
    page: Page, live_server: Any, circulated_meeting: Meeting, action_owner: Any
) -> None:
    sign_in(page, live_server, action_owner.email, reverse("actions:mine_update"))
    page.get_by_label("Update on action 1 (31 August 2023, 4.3)").focus()
    page.keyboard.type("Data shared with MOPAC.")
    page.keyboard.press("Tab")  # to the status choices, on "Leave as it is"
    page.keyboard.press("ArrowDown")  # "In progress"
    row = page.get_by_role("group", name="Action 1 (31 August 2023, 4.3)")
    expect(row.get_by_role("radio", name="In progress")).to_be_checked()
    page.keyboard.press("Tab")  # the next action's page link
    page.keyboard.press("Tab")  # the next action's box
    expect(page.get_by_label("Update on action 2 (31 August 2023, 4.5)")).to_be_focused()
    page.keyboard.type("Review under way.")
    page.get_by_role("button", name="Save all updates").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("2 updates saved.")).to_be_visible()
    assert Action.objects.get(number=1).status == Action.Status.IN_PROGRESS


def test_it_brings_a_refused_row_back_with_its_text(
    page: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    action_owner: Any,
    console_errors: list[str],
) -> None:
    sign_in(page, live_server, action_owner.email, reverse("actions:mine_update"))
    page.get_by_label("Update on action 1 (31 August 2023, 4.3)").fill("Data shared.")
    row = page.get_by_role("group", name="Action 2 (31 August 2023, 4.5)")
    row.get_by_role("radio", name="Propose closure").check()
    page.get_by_role("button", name="Save all updates").click()
    expect(page.get_by_text("1 update saved. 1 could not be saved")).to_be_visible()
    expect(row.get_by_text("Write an update to go with the new status.")).to_be_visible()
    expect(page.get_by_label("Update on action 1 (31 August 2023, 4.3)")).to_have_value("")
    assert_no_axe_violations(page)
    # The page comes back as 400, which the browser reports.
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    )


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("name", ["actions:mine", "actions:mine_update"])
def test_it_has_accessible_pages_for_an_owner_at_every_width(
    page: Page,
    live_server: Any,
    circulated_meeting: Meeting,
    action_owner: Any,
    name: str,
    width: int,
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server, action_owner.email, reverse(name))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_no_axe_violations(page)
    scroll = page.evaluate("() => document.documentElement.scrollWidth")
    assert scroll <= width, f"{scroll}px wide at {width}px: it scrolls sideways"
