"""Journey 2, QA T-1: an owner's update typed on the action's page (the page the email links to)
outlives an expired session. Sent after the session ran out, it is kept; signing in again comes
back to the action's page (never to the address the form posts to, which answers only a POST)
with the text in the box and "You were signed out … What you typed is below", as "Update all my
open actions" and the record editor do (prob.unsaved)."""

from typing import Any

from django.conf import settings
from django.urls import reverse
from playwright.sync_api import Page, expect

from actions.models import ActionUpdate
from meetings.models import Action
from tests.browser.conftest import sign_in
from tests.conftest import PASSWORD

TYPED = "Typed before the session ended: KEEPME-123."


def test_an_update_typed_on_the_action_page_survives_an_expired_session(
    page: Page, live_server: Any, action: Action, action_owner: Any
) -> None:
    page_url = reverse("actions:detail", args=[action.pk])
    sign_in(page, live_server, action_owner.email, page_url)
    page.get_by_label("Progress update").fill(TYPED)
    # The session ends: the browser's session cookie is no longer any good.
    cookies = page.context.cookies()
    page.context.clear_cookies()
    page.context.add_cookies([c for c in cookies if c["name"] != settings.SESSION_COOKIE_NAME])
    page.get_by_role("button", name="Save update").click()
    expect(page.get_by_label("Email address")).to_be_visible()
    page.get_by_label("Email address").fill(action_owner.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}{page_url}")
    expect(page.get_by_text("You were signed out before your update was saved")).to_be_visible()
    expect(page.get_by_label("Progress update")).to_have_value(TYPED)
    assert not ActionUpdate.objects.exists()
    page.get_by_role("button", name="Save update").click()
    expect(page.get_by_text(f"Your update on action {action.number} is saved.")).to_be_visible()
    assert ActionUpdate.objects.get().text == TYPED
