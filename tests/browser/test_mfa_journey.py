"""Two-factor sign-in in a real browser (accounts/mfa.py): with MFA_REQUIRED_ROLES on, the
board's secretary must set up an authenticator app after their password, then signs out and in
again with a code computed here from the key the page showed; a passkey is added and used with
Chromium's virtual authenticator (a CDP session), on http://localhost, a secure context whose
host name is the relying party. Each page is checked with axe at 1280 and 390 px wide, and
driven from the keyboard."""

from __future__ import annotations

import base64
import re
from typing import Any

import pytest
from django_otp.oath import TOTP
from django_otp_webauthn.models import WebAuthnCredential
from playwright.sync_api import Page, expect

from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_sign_in import sign_in

WIDE = {"width": 1280, "height": 800}
NARROW = {"width": 390, "height": 844}


def axe_at_both_widths(page: Page) -> None:
    __tracebackhide__ = True
    for size in (NARROW, WIDE):
        page.set_viewport_size(size)
        assert_no_axe_violations(page)


def code_from(key_text: str, step: int) -> str:
    """What an authenticator app given `key_text` shows `step` periods from now."""
    key = base64.b32decode(key_text.replace(" ", ""))
    return f"{TOTP(key, drift=step).token():06d}"


def press_link(page: Page, name: str) -> None:
    link = page.get_by_role("link", name=name)
    link.focus()
    expect(link).to_be_focused()
    page.keyboard.press("Enter")


@pytest.mark.usefixtures("mfa_required")
def test_the_secretary_must_enrol_then_signs_in_with_a_code(
    page: Page, live_server: Any, secretariat: Any, board: Any
) -> None:
    page.set_viewport_size(WIDE)
    sign_in(page, live_server, secretariat.email, through_form=True)
    expect(page).to_have_url(re.compile(r"/accounts/two-factor/$"))
    expect(page.get_by_text("Your role on PROB needs two-factor sign-in")).to_be_visible()
    axe_at_both_widths(page)
    # Nothing else until it is done.
    page.goto(live_server.url + board.get_absolute_url())
    expect(page).to_have_url(re.compile(r"/accounts/two-factor/$"))

    press_link(page, "Set up an authenticator app")
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up your authenticator app")
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    axe_at_both_widths(page)
    key_text = page.locator(".totp-key").inner_text()
    field = page.get_by_label("The 6-digit code your app shows")
    field.fill("000000" if code_from(key_text, 0) != "000000" else "111111")
    field.press("Enter")
    # Beside the field, and summed up at the top of the page, focused (_error_summary.html).
    expect(page.locator("#id_code-error")).to_contain_text("That code does not match")
    expect(page.locator("[data-error-summary]")).to_be_focused()
    axe_at_both_widths(page)
    field = page.get_by_label("The 6-digit code your app shows")
    field.fill(code_from(key_text, 0))
    field.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Your recovery codes")
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    axe_at_both_widths(page)
    press_link(page, "I have kept them: continue")
    expect(page).to_have_url(re.compile(re.escape(board.get_absolute_url()) + "$"))

    page.get_by_role("button", name="Sign out", exact=True).click()
    sign_in(page, live_server, secretariat.email, through_form=True)
    expect(page).to_have_url(re.compile(r"/accounts/login/code/$"))
    code = page.get_by_label("Code from your authenticator app, or a recovery code")
    expect(code).to_be_focused()
    axe_at_both_widths(page)
    # The next period's code: the one used to set the app up is never accepted again.
    code.fill(code_from(key_text, 1))
    code.press("Enter")
    expect(page.get_by_text(f"Signed in as {secretariat.display_name}.")).to_be_visible()
    expect(page).to_have_url(re.compile(re.escape(board.get_absolute_url()) + "$"))


def with_a_virtual_authenticator(page: Page) -> None:
    """Chromium's virtual authenticator, a passkey device that says yes to user checks."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )


def test_a_passkey_is_added_and_signs_in(page: Page, live_server: Any, secretariat: Any) -> None:
    assert live_server.url.startswith("http://localhost:")
    with_a_virtual_authenticator(page)
    page.set_viewport_size(WIDE)
    sign_in(page, live_server, secretariat.email, through_form=True)
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    page.goto(live_server.url + "/accounts/#two-factor")
    axe_at_both_widths(page)
    name = page.get_by_label("Name of the new passkey")
    name.fill("Work laptop")
    name.press("Tab")
    expect(page.get_by_role("button", name="Add a passkey")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Your recovery codes")
    press_link(page, "I have kept them: continue")
    expect(page.get_by_role("cell", name="Work laptop", exact=True)).to_be_visible()
    passkey = WebAuthnCredential.objects.get(user=secretariat)
    assert passkey.name == "Work laptop" and passkey.last_used_at is None

    page.get_by_role("button", name="Sign out", exact=True).click()
    sign_in(page, live_server, secretariat.email, through_form=True)
    expect(page).to_have_url(re.compile(r"/accounts/login/code/$"))
    button = page.get_by_role("button", name="Sign in with a passkey")
    expect(button).to_be_visible()
    axe_at_both_widths(page)
    button.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text(f"Signed in as {secretariat.display_name}.")).to_be_visible()
    passkey.refresh_from_db()
    assert passkey.last_used_at is not None


def test_removing_the_app_asks_for_the_password_first(
    page: Page, live_server: Any, secretariat: Any, settings: Any
) -> None:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from accounts import mfa

    # Every change asks, however lately the password was given.
    settings.MFA_REAUTH_MINUTES = 0
    page.set_viewport_size(WIDE)
    sign_in(page, live_server, secretariat.email, through_form=True)
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    TOTPDevice.objects.create(user=secretariat, name="Authenticator app", confirmed=True)
    mfa.new_recovery_codes(secretariat, by=secretariat, reason="recovery codes made")
    page.goto(live_server.url + "/accounts/#two-factor")
    remove = page.get_by_role("button", name="Remove the authenticator app")
    remove.focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm it is you")
    expect(page.get_by_text("To remove your authenticator app")).to_be_visible()
    password = page.get_by_label("Your password")
    expect(password).to_be_focused()
    axe_at_both_widths(page)
    password.fill("not-the-password")
    password.press("Enter")
    wrong = "That password is not right. Nothing has changed."
    expect(page.locator("#id_password-error")).to_have_text(wrong)
    summary = page.locator("[data-error-summary]")
    expect(summary).to_contain_text(wrong)
    expect(summary).to_be_focused()
    axe_at_both_widths(page)
    assert TOTPDevice.objects.filter(user=secretariat).exists()

    page.get_by_label("Your password").fill("a-long-test-password")
    page.get_by_label("Your password").press("Enter")
    expect(page.get_by_text("Your authenticator app is removed.")).to_be_visible()
    expect(page.get_by_role("link", name="Set up an authenticator app")).to_be_visible()
    assert not TOTPDevice.objects.filter(user=secretariat).exists()


def test_adding_a_passkey_long_after_signing_in_asks_for_the_password_first(
    page: Page, live_server: Any, secretariat: Any, console_errors: list[str]
) -> None:
    from importlib import import_module

    from django.conf import settings as django_settings

    from accounts import mfa

    with_a_virtual_authenticator(page)
    page.set_viewport_size(WIDE)
    sign_in(page, live_server, secretariat.email, through_form=True)
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    # The password was given an hour ago, as far as the session knows.
    key = next(
        c["value"]
        for c in page.context.cookies()
        if c["name"] == django_settings.SESSION_COOKIE_NAME
    )
    store = import_module(django_settings.SESSION_ENGINE).SessionStore(session_key=key)
    store[mfa.RECENT] -= 60 * 60
    store.save()

    page.goto(live_server.url + "/accounts/#two-factor")
    page.get_by_label("Name of the new passkey").fill("Work laptop")
    page.get_by_role("button", name="Add a passkey").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm it is you")
    # The refusal that sent the script here (403), as the browser reports it: expected.
    assert [e for e in console_errors if "403" in e] == console_errors != []
    console_errors.clear()
    expect(page.get_by_label("Your password")).to_be_focused()
    axe_at_both_widths(page)
    page.get_by_label("Your password").fill("a-long-test-password")
    page.get_by_label("Your password").press("Enter")

    expect(page.get_by_role("heading", name="Two-factor sign-in")).to_be_visible()
    page.get_by_label("Name of the new passkey").fill("Work laptop")
    page.get_by_role("button", name="Add a passkey").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your recovery codes")
