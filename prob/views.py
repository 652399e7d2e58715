"""The site's own statements: the accessibility statement the Public Sector Bodies (Websites and
Mobile Applications) (No. 2) Accessibility Regulations 2018 require, and the privacy notice."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from accounts import sessions_end
from prob import unsaved

# When the statement was written and last reviewed against the site; change it with the text.
STATEMENT_PREPARED = datetime.date(2026, 12, 5)
STATEMENT_REVIEWED = datetime.date(2026, 12, 5)


@dataclass(frozen=True)
class Cookie:
    name: str
    purpose: str
    expires: str


def cookies() -> list[Cookie]:
    """Every cookie the site sets, each strictly necessary: none needs consent (PECR reg. 6)."""
    idle_hours = settings.SESSION_COOKIE_AGE // 3600
    return [
        Cookie(
            settings.SESSION_COOKIE_NAME,
            "Keeps you signed in, and a form you sent after being signed out until you sign in "
            "again. Set when you sign in.",
            f"After {idle_hours} hours without using the site, or when you sign out",
        ),
        Cookie(
            settings.CSRF_COOKIE_NAME,
            "Checks that a form you send (signing in, for example) came from this site, which "
            "protects you from forged requests. Set when a page with such a form is shown.",
            f"After {settings.CSRF_COOKIE_AGE // 86400} days",
        ),
        Cookie(
            CookieStorage.cookie_name,
            "Carries a message to the next page, such as “Your calendar address is ready”.",
            "As soon as the message is shown",
        ),
        Cookie(
            unsaved.COOKIE,
            "Remembers who last signed in on this browser, so that a form kept after a session "
            "ran out is given back only to the person who sent it. Set when you sign in.",
            f"When you sign out, or after {unsaved.COOKIE_AGE.days} days",
        ),
        Cookie(
            sessions_end.BROWSER_COOKIE,
            "Recognises this browser when you sign in, so that we can email you when your "
            "account is signed in to from a browser it has not been used on before. Set when "
            "you sign in.",
            f"After {sessions_end.BROWSER_COOKIE_AGE.days} days",
        ),
    ]


def _owner() -> dict[str, str]:
    return {
        "owner_name": settings.SITE_OWNER_NAME,
        "owner_email": settings.SITE_OWNER_EMAIL,
        "site_url": settings.SITE_URL,
    }


@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    context = _owner() | {
        "contact": settings.ACCESSIBILITY_CONTACT,
        "prepared": STATEMENT_PREPARED,
        "reviewed": STATEMENT_REVIEWED,
    }
    return render(request, "statements/accessibility.html", context)


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    context = _owner() | {
        "contact": settings.DATA_PROTECTION_CONTACT,
        "cookies": cookies(),
        "reviewed": STATEMENT_REVIEWED,
    }
    return render(request, "statements/privacy.html", context)
