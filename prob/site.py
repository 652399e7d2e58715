"""The site's own address (`SITE_URL`), for what must not follow the Host header a request
came with: links in calendars and feeds, which programs keep, and identifiers that must
never change (calendar UIDs, Atom ids), which also leave out the port."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.urls import reverse

# RFC 4151 tag URIs name an authority (our host) and a date on which it held that name; any
# fixed date serves, as long as it never changes.
TAG_DATE = "2023"


def absolute(path: str) -> str:
    """`path` (from `reverse` or `get_absolute_url`) as an absolute URL on SITE_URL."""
    return settings.SITE_URL.rstrip("/") + "/" + path.lstrip("/")


def sign_in_to(path: str) -> str:
    """The sign-in page, coming back to `path` (a path on this site) once signed in."""
    return f"{reverse('login')}?{urlencode({'next': path}, safe='/')}"


def host() -> str:
    """SITE_URL's host name, without scheme or port."""
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def tag(specific: str) -> str:
    """A permanent identifier (RFC 4151), e.g. tag:prob.example.gov.uk,2023:meeting/12."""
    return f"tag:{host()},{TAG_DATE}:{specific}"
