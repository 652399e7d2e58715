"""A paper requested of an action owner's organisation, in a browser: the officer finds it on
My actions and uploads it with the keyboard; the page passes axe at desktop width (1280 px) and
on a phone (390 px), also with a refused upload, whose error has the focus."""

import re
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from agenda.models import PaperRequest
from tests.agenda.conftest import pdf_bytes, upcoming
from tests.agenda.test_paper_requests import asked
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in

__all__ = ["asked", "upcoming"]  # fixtures used here

SIZES = [{"width": 1280, "height": 900}, {"width": 390, "height": 844}]


def _mine(page: Page, live_server: Any, user: Any) -> None:
    sign_in(page, live_server, user.email)
    page.goto(live_server.url + reverse("actions:mine"))


def test_the_officer_uploads_the_requested_paper_with_the_keyboard(
    page: Page, live_server: Any, asked: PaperRequest, action_owner: Any, tmp_path: Path
) -> None:
    paper = tmp_path / "review.pdf"
    paper.write_bytes(pdf_bytes())
    # Playwright turns on the interception of file choosers without waiting for Chromium to
    # confirm it, so a chooser opened soon after expect_file_chooser() began was sometimes
    # shown to no one (CI timed out waiting for it). Listening from the start turns it on first.
    page.on("filechooser", lambda chooser: None)
    _mine(page, live_server, action_owner)
    expect(page.get_by_role("heading", name="Papers requested of you")).to_be_visible()
    title = page.get_by_label("Title of the paper")
    title.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("Stop and search: quarterly review")
    page.keyboard.press("Tab")  # to the file box
    file_box = page.locator(f"#id_request-{asked.pk}-upload")
    expect(file_box).to_be_focused()
    expect(file_box).to_have_accessible_name(re.compile("^File"))
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(str(paper))
    page.keyboard.press("Tab")  # to the upload button
    expect(page.get_by_role("button", name="Upload the paper for item 1")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_text("your paper for item 1 is received")).to_be_visible()
    expect(page.get_by_role("link", name="Stop and search: quarterly review")).to_be_visible()
    asked.refresh_from_db()
    assert asked.status == PaperRequest.Status.RECEIVED


@pytest.mark.parametrize("size", SIZES, ids=["desktop", "phone"])
def test_my_actions_with_a_paper_requested_passes_axe(
    page: Page,
    live_server: Any,
    asked: PaperRequest,
    action_owner: Any,
    tmp_path: Path,
    size: Any,
    console_errors: list[str],
) -> None:
    page.set_viewport_size(size)
    _mine(page, live_server, action_owner)
    expect(page.get_by_role("heading", name="Item 1: Stop and search review")).to_be_visible()
    assert_no_axe_violations(page)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= size["width"], f"My actions is {width}px wide at {size['width']}px"
    # A file that is not a paper: refused, with the file box focused and its reason shown.
    wrong = tmp_path / "review.pdf"
    wrong.write_text("Not a PDF at all")
    file_box = page.locator(f"#id_request-{asked.pk}-upload")
    file_box.set_input_files(str(wrong))
    page.get_by_role("button", name="Upload the paper for item 1").click()
    expect(page.get_by_text("not a paper PROB accepts")).to_be_visible()
    # The refusal is answered 400, which the browser reports; expected here.
    console_errors.remove(
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    )
    expect(page.locator(f"#id_request-{asked.pk}-upload")).to_be_focused()
    assert_no_axe_violations(page)


@pytest.mark.parametrize("size", SIZES, ids=["desktop", "phone"])
def test_the_editor_with_a_request_passes_axe(
    page: Page, live_server: Any, asked: PaperRequest, secretariat: Any, size: Any
) -> None:
    from tests.agenda.conftest import agenda_url

    page.set_viewport_size(size)
    sign_in(page, live_server, secretariat.email)
    page.goto(live_server.url + agenda_url(asked.item.agenda.meeting, "agenda:editor"))
    expect(page.get_by_text("Of MPS, due")).to_be_visible()
    page.get_by_text("Request a paper for item 1").click()
    expect(page.get_by_role("button", name="Request the paper")).to_be_visible()
    assert_no_axe_violations(page)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= size["width"], f"the editor is {width}px wide at {size['width']}px"
