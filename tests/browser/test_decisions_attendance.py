"""The decisions register and a member's attendance record in a browser: axe at desktop width
(1280 px) and on a phone (390 px), nothing scrolling sideways on the phone, and the register
filtered from the keyboard."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from meetings.models import Attendance, Meeting, Membership, Paragraph, Person
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_site_chrome import tab_to
from tests.conftest import publish

SIZES = [{"width": 1280, "height": 900}, {"width": 390, "height": 844}]
LONG = (
    "RESOLVED: that the board agrees the revised framework for reporting the use of stop and "
    "search, published at https://example.org/a/very/long/unbroken/address/for/the/framework"
)


@pytest.fixture
def paths(seed_meeting: Meeting) -> dict[str, str]:
    """The seed with two decisions, one long, published; the DMPC a member with apologies at
    a later meeting."""
    paragraphs = Paragraph.objects.filter(section__meeting=seed_meeting).order_by(
        "section__position", "position"
    )
    Paragraph.objects.filter(pk=paragraphs[0].pk).update(decision=True)
    Paragraph.objects.filter(pk=paragraphs[1].pk).update(decision=True, text=LONG)
    publish(seed_meeting)
    person = Person.objects.get(name="Sophie Linden")
    membership = Membership.objects.create(
        person=person,
        board=seed_meeting.board,
        role=Membership.Role.BOARD_MEMBER,
        start_date=datetime.date(2023, 1, 1),
    )
    later = Meeting.objects.create(
        board=seed_meeting.board,
        date=datetime.date(2023, 12, 7),
        title="Record of Meeting 7 December 2023",
        status=Meeting.Status.PUBLISHED,
    )
    Attendance.objects.create(
        meeting=later, person=person, kind=Attendance.Kind.APOLOGIES, position=1
    )
    slug = seed_meeting.board.slug
    return {
        "decisions": reverse("meetings:decisions", args=[slug]),
        "member": reverse("meetings:member", args=[slug, membership.pk]),
    }


@pytest.mark.parametrize("which", ["decisions", "member"])
@pytest.mark.parametrize("size", SIZES, ids=["desktop", "phone"])
def test_it_passes_axe_without_sideways_scrolling(
    page: Page, live_server: Any, paths: dict[str, str], which: str, size: Any
) -> None:
    page.set_viewport_size(size)
    page.goto(live_server.url + paths[which])
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_no_axe_violations(page)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= size["width"], f"{which} is {width}px wide at {size['width']}px"


def test_it_passes_axe_with_the_filters_open_and_a_value_ignored(
    page: Page, live_server: Any, paths: dict[str, str]
) -> None:
    page.set_viewport_size(SIZES[1])
    page.goto(live_server.url + paths["decisions"] + "?start=2023-02-30&q=framework")
    expect(page.get_by_text("was ignored")).to_be_visible()
    expect(page.get_by_label("Words in the decision")).to_be_visible()
    assert_no_axe_violations(page)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= SIZES[1]["width"]


def test_it_filters_the_register_from_the_keyboard(
    page: Page, live_server: Any, paths: dict[str, str]
) -> None:
    page.goto(live_server.url + paths["decisions"])
    expect(page.locator("#decision-count")).to_have_text("2 decisions")
    summary = page.locator("summary", has_text="Filter decisions")
    tab_to(page, summary)
    page.keyboard.press("Enter")
    words = page.get_by_label("Words in the decision")
    tab_to(page, words)
    page.keyboard.type("framework")
    page.keyboard.press("Enter")
    expect(page.locator("#decision-count")).to_have_text("1 decision matches these filters")
    assert "q=framework" in page.url
