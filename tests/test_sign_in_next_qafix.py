"""The header's Sign in link comes back to the page it is on, a page of this site only (QA F9:
it led to the landing page, and an officer who opened an emailed action had to find it)."""

from __future__ import annotations

from django.test import RequestFactory

from meetings.context_processors import sign_in_url


def test_it_carries_the_page_as_next() -> None:
    request = RequestFactory().get("/actions/7/", {"updates": "2"})
    assert sign_in_url(request) == "/accounts/login/?next=/actions/7/%3Fupdates%3D2"


def test_another_sites_address_is_never_next() -> None:
    request = RequestFactory().get("/")
    request.path = "//evil.example/"  # a path that a browser reads as another site
    assert sign_in_url(request) == "/accounts/login/"


def test_on_the_sign_in_page_it_keeps_where_to_go_next() -> None:
    request = RequestFactory().get("/accounts/login/?next=/actions/7/")
    assert sign_in_url(request) == "/accounts/login/?next=/actions/7/"


def test_the_page_header_links_sign_in_back_to_it(client: object, db: None) -> None:
    html = client.get("/").content.decode()  # type: ignore[attr-defined]
    assert 'href="/accounts/login/?next=/"' in html
