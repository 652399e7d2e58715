"""The header on a phone and on a desktop, with and without JavaScript, and the focus ring
on every kind of control."""

from typing import Any, Literal

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from meetings.models import Action, Meeting
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
Role = Literal["button", "link", "radio", "textbox"]
# The ring of static/css/prob.css: a yellow outline round a dark band.
FOCUS_RING = ("3px", "rgb(255, 191, 71)", "rgb(11, 12, 12) 0px 0px 0px 5px")


def main_navigation(page: Page) -> Locator:
    return page.get_by_role("navigation", name="Main")


def tab_to(page: Page, element: Locator, limit: int = 40) -> None:
    """Move focus with the Tab key, as a keyboard user would, until element has it."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if element.evaluate("el => el === document.activeElement"):
            return
    pytest.fail(f"{limit} presses of Tab did not reach {element}")


def focus_ring(element: Locator) -> tuple[str, str, str]:
    # Bootstrap eases box-shadow in over 0.15 s: read it once the transition has ended.
    width, colour, shadow = element.evaluate(
        """async el => {
            await Promise.all(el.getAnimations().map(animation => animation.finished));
            const style = getComputedStyle(el);
            return [style.outlineWidth, style.outlineColor, style.boxShadow];
        }"""
    )
    return width, colour, shadow


def test_it_keeps_the_header_to_one_row_on_a_phone(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    box = page.get_by_role("banner").bounding_box()
    assert box is not None and box["height"] <= 64
    expect(main_navigation(page).get_by_role("link", name="Boards")).to_be_hidden()


def test_it_does_not_scroll_sideways_on_a_phone(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow == 0


@pytest.mark.parametrize("key", ["Enter", "Space"])
def test_it_opens_the_menu_with_the_keyboard(
    page: Page, live_server: Any, published_meeting: Meeting, key: str
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    menu = page.get_by_role("button", name="Menu")
    tab_to(page, menu)
    page.keyboard.press(key)
    expect(menu).to_have_attribute("aria-expanded", "true")
    boards = main_navigation(page).get_by_role("link", name="Boards")
    expect(boards).to_be_visible()
    page.keyboard.press("Tab")
    expect(boards).to_be_focused()


def test_it_reaches_every_item_of_the_open_menu_by_tab(
    page: Page, live_server: Any, published_meeting: Meeting, action_owner: Any
) -> None:
    page.set_viewport_size(PHONE)
    sign_in(page, live_server, action_owner.email, "/")
    navigation = main_navigation(page)
    navigation.get_by_role("button", name="Menu").press("Enter")
    items = [
        navigation.get_by_role("link", name="Boards"),
        navigation.get_by_role("link", name="Actions", exact=True),
        navigation.get_by_role("link", name="My actions"),
        navigation.get_by_role("searchbox", name="Search records"),
        navigation.get_by_role("button", name="Search"),
        navigation.get_by_role("link", name=action_owner.display_name),
        navigation.get_by_role("button", name="Sign out"),
    ]
    for item in items:
        page.keyboard.press("Tab")
        expect(item).to_be_focused()


def test_it_shows_the_links_without_the_button_on_a_desktop(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/")
    navigation = main_navigation(page)
    expect(navigation.get_by_role("link", name="Boards")).to_be_visible()
    expect(navigation.get_by_role("button", name="Menu")).to_be_hidden()


def test_it_shows_the_links_on_a_phone_without_javascript(
    browser: Browser, live_server: Any, published_meeting: Meeting
) -> None:
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        navigation = main_navigation(page)
        expect(navigation.get_by_role("link", name="Sign in")).to_be_visible()
        expect(navigation.get_by_role("button", name="Menu")).to_be_hidden()
    finally:
        context.close()


def test_it_passes_axe_on_a_phone_with_the_menu_open(
    page: Page, live_server: Any, published_meeting: Meeting
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    page.get_by_role("button", name="Menu").press("Enter")
    expect(main_navigation(page).get_by_role("link", name="Sign in")).to_be_visible()
    assert_no_axe_violations(page)


@pytest.mark.parametrize(
    ("viewport", "role", "name"),
    [
        (DESKTOP, "link", "Boards"),
        (PHONE, "button", "Menu"),
        (DESKTOP, "textbox", "Email address"),
        (DESKTOP, "button", "Sign in"),
    ],
)
def test_it_rings_the_focused_control_on_the_sign_in_page(
    page: Page, live_server: Any, viewport: dict[str, int], role: Role, name: str
) -> None:
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/accounts/login/")
    control = page.get_by_role(role, name=name)
    tab_to(page, control)
    assert focus_ring(control) == FOCUS_RING


def test_it_rings_a_text_field_focused_by_a_click(page: Page, live_server: Any) -> None:
    page.goto(live_server.url + "/accounts/login/")
    email = page.get_by_label("Email address")
    email.click()
    assert focus_ring(email) == FOCUS_RING


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("textbox", "Progress update"),
        ("radio", "Leave the status as it is"),
        ("button", "Save update"),
    ],
)
def test_it_rings_the_focused_control_of_the_progress_form(
    page: Page,
    live_server: Any,
    published_meeting: Meeting,
    action_owner: Any,
    role: Role,
    name: str,
) -> None:
    action = Action.objects.filter(paragraph__section__meeting=published_meeting).first()
    assert action is not None
    sign_in(page, live_server, action_owner.email)
    page.goto(live_server.url + action.get_absolute_url())
    control = page.get_by_role("main").get_by_role(role, name=name)
    tab_to(page, control)
    assert focus_ring(control) == FOCUS_RING
