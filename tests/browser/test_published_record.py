"""Journey 4, as a member of the public finds it: the board, the record, its layout."""

from typing import Any

from playwright.sync_api import Page, expect

from meetings.models import Meeting, Paragraph
from meetings.revisions import record_changed
from tests.browser.axe import assert_no_axe_violations


def test_it_reads_the_published_seed_record_from_the_board_list(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Performance and Risk Oversight Board", exact=True).click()
    page.get_by_role("link", name="Record of Meeting 31 August 2023").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Record of Meeting 31 August 2023")
    expect(page.get_by_role("heading", name="4. Use of Intrusive Powers")).to_be_visible()
    expect(page.locator("#paragraph-4\\.3")).to_contain_text("handcuffing during a stop and search")
    expect(page.locator("#action-2")).to_contain_text("Action 2: MPS to advise MOPAC")
    expect(page.get_by_role("heading", name="MPS", exact=True)).to_be_visible()
    expect(page.get_by_text("Dame Lynne Owens, Deputy Commissioner")).to_be_visible()
    assert_no_axe_violations(page)


def test_it_shows_only_that_a_restricted_paragraph_was_withheld(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    Paragraph.objects.filter(text__startswith="The DMPC noted that in 50%").update(restricted=True)
    # As every service that changes a record says so (a page stored before is made anew).
    record_changed(published_meeting, content=True)
    page.goto(live_server.url + published_meeting.get_absolute_url())
    expect(page.locator("#paragraph-4\\.4")).to_have_text("4.4 Withheld from publication.")
    expect(page.get_by_text("50% of cases")).to_have_count(0)
    assert_no_axe_violations(page)


def test_it_lets_a_keyboard_user_skip_to_the_record(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    page.goto(live_server.url + published_meeting.get_absolute_url())
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_it_wraps_a_long_unbroken_title_on_a_narrow_screen(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    Meeting.objects.filter(pk=published_meeting.pk).update(title="W" * 300)
    Paragraph.objects.filter(text__startswith="The DMPC noted that in 50%").update(
        text="https://example.org/" + "a" * 280
    )
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + published_meeting.get_absolute_url())
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
