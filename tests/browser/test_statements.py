"""The accessibility statement and privacy notice pass axe, at desktop width and on a phone."""

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import assert_no_axe_violations

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize(
    ("path", "heading"),
    [("/accessibility/", "Accessibility statement for PROB"), ("/privacy/", "Privacy notice")],
)
def test_it_passes_axe(page: Page, live_server: Any, path: str, heading: str, size: Any) -> None:
    if size:
        page.set_viewport_size(size)
    page.goto(live_server.url + path)
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    assert_no_axe_violations(page)
    # Nothing wider than the screen: the cookie table wraps rather than scrolls.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
