"""The secretariat closes the actions the board accepted, from the matters-arising report, with
the keyboard alone."""

from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from meetings.models import Action, Meeting, Section
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_comments import tab_to
from tests.browser.test_sign_in import sign_in

PHONE = {"width": 390, "height": 844}


def report_url(meeting: Meeting) -> str:
    return reverse("board_actions:matters_arising", args=[meeting.board.slug, meeting.date])


def test_it_closes_the_accepted_actions_with_the_keyboard(
    page: Page, live_server: Any, later: Meeting, secretariat: Any
) -> None:
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + later.get_absolute_url())
    tab_to(page, page.get_by_role("link", name="Matters arising"))
    page.keyboard.press("Enter")
    for number in (1, 3):
        tab_to(page, page.get_by_label(f"Accepted as complete: Action {number} of 31 August 2023"))
        page.keyboard.press("Space")
    tab_to(page, page.get_by_label("Add a Matters arising paragraph", exact=False))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("button", name="Close the ticked actions"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("status")).to_contain_text(
        "Closed at the meeting of 30 November 2023: Actions 1 and 3 of 31 August 2023"
    )
    closed = Action.objects.filter(closed_at_meeting=later).order_by("number")
    assert [a.number for a in closed] == [1, 3]
    assert Section.objects.get(meeting=later, title="Matters arising").paragraphs.count() == 1


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_it_passes_axe(
    page: Page, live_server: Any, later: Meeting, secretariat: Any, size: Any
) -> None:
    if size:
        page.set_viewport_size(size)
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + report_url(later))
    expect(page.get_by_role("heading", name="Actions of 31 August 2023")).to_be_visible()
    assert_no_axe_violations(page)


def test_it_passes_axe_with_a_refused_form(
    page: Page, live_server: Any, later: Meeting, secretariat: Any, console_errors: list[str]
) -> None:
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + report_url(later))
    page.get_by_role("button", name="Close the ticked actions").click()
    expect(page.get_by_role("alert")).to_contain_text("Tick at least one action")
    assert_no_axe_violations(page)
    # The refusal is answered 400, which the browser reports; it is expected here.
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    )


def test_it_fits_a_phone_without_sideways_scrolling(
    page: Page, live_server: Any, later: Meeting, secretariat: Any
) -> None:
    page.set_viewport_size(PHONE)
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + report_url(later))
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the report is {width}px wide at 390px"
