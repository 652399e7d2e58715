"""Form controls are visible: every text box, select and checkbox has an edge (its border, or
its fill when ticked) with at least 3:1 contrast against what lies behind it (WCAG 2.2 1.4.11,
non-text contrast).

axe-core does not check this (it checks text contrast only), so the test reads the computed
colours from the browser and does the arithmetic of WCAG's relative luminance itself."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Page

from meetings.models import Meeting
from tests.browser.test_matters_arising import report_url
from tests.browser.test_sign_in import sign_in
from tests.conftest import next_meeting

CONTROLS = "input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea"

# For each control: its border colour, its own background, and the first opaque background
# among its ancestors (what lies outside the border).
READ_COLOURS = """(selector) => {
    const opaque = (colour) => !/rgba\\(.*, 0\\)$/.test(colour) && colour !== "transparent";
    const behind = (element) => {
        for (let node = element.parentElement; node; node = node.parentElement) {
            const colour = getComputedStyle(node).backgroundColor;
            if (opaque(colour)) return colour;
        }
        return "rgb(255, 255, 255)";
    };
    return [...document.querySelectorAll(selector)].map((element) => {
        const style = getComputedStyle(element);
        return {
            control: element.id || element.name || element.outerHTML.slice(0, 80),
            border: style.borderTopColor,
            inside: opaque(style.backgroundColor) ? style.backgroundColor : null,
            outside: behind(element),
        };
    });
}"""


def _channels(colour: str) -> tuple[float, float, float]:
    red, green, blue = (int(part) for part in re.findall(r"\d+", colour)[:3])
    return red / 255, green / 255, blue / 255


def luminance(colour: str) -> float:
    """WCAG 2's relative luminance of a CSS rgb()/rgba() colour (its alpha ignored)."""
    channels = _channels(colour)
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def assert_visible_controls(page: Page) -> None:
    __tracebackhide__ = True
    weak = low_contrast_controls(page)
    assert not weak, f"Controls under 3:1 on {page.url}:\n" + "\n".join(weak)


def low_contrast_controls(page: Page) -> list[str]:
    found = page.evaluate(READ_COLOURS, CONTROLS)
    assert found, f"no form controls on {page.url}"
    weak = []
    for control in found:
        # The control's edge is seen where its border, or its fill (a ticked box), stands out
        # from what lies behind it.
        edges = [edge for edge in (control["border"], control["inside"]) if edge]
        ratio = max(contrast(edge, control["outside"]) for edge in edges)
        if ratio < 3:
            weak.append(f"{control['control']}: {control['border']} is {ratio:.2f}:1")
    return weak


def test_it_checks_contrast_as_wcag_does() -> None:
    assert round(contrast("rgb(118, 118, 118)", "rgb(255, 255, 255)"), 2) == 4.54


def test_it_draws_the_header_search_box_visibly(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    page.goto(live_server.url + "/")
    assert_visible_controls(page)


@pytest.mark.parametrize("where", ["editor", "matters_arising", "new_meeting"])
def test_it_draws_the_secretariats_controls_visibly(
    page: Page, live_server: Any, circulated_meeting: Meeting, secretariat: Any, where: str
) -> None:
    later = next_meeting(circulated_meeting)
    slug = circulated_meeting.board.slug
    url = {
        "editor": reverse("meetings:editor", args=[slug, circulated_meeting.date.isoformat()]),
        "matters_arising": report_url(later),
        "new_meeting": reverse("meetings:new_meeting", args=[slug]),
    }[where]
    sign_in(page, live_server, secretariat.email)
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    page.goto(live_server.url + url)
    assert_visible_controls(page)
