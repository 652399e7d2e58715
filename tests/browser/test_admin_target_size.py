"""The Django admin's list pages pass axe, target size included (QA F17: the list filters'
links were smaller than 24 by 24 pixels, a serious violation of WCAG 2.2's 2.5.8), at a phone's
width and a desktop's, with the project's additions to the admin's styles."""

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.axe import assert_no_axe_violations
from tests.browser.conftest import sign_in


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("path", ["/admin/meetings/meeting/", "/admin/actions/action/"])
def test_the_admin_lists_and_their_filters_pass_axe(
    page: Page, live_server: Any, admin_user: Any, seed_meeting: Meeting, path: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server, admin_user.email, path)
    expect(page.locator("#changelist-filter")).to_be_visible()
    filter_link = page.locator("#changelist-filter li a").first
    box = filter_link.bounding_box()
    assert box is not None and box["height"] >= 24 and box["width"] >= 24
    assert_no_axe_violations(page)
