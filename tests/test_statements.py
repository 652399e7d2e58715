"""The accessibility statement and the privacy notice a UK public body's website publishes,
linked from every page's footer, naming the body that runs the site (settings)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from lxml import html as lxml_html

from meetings.models import Meeting
from tests.conftest import PASSWORD
from tests.htmlcheck import assert_valid_html_pages

# The headings of GOV.UK's model accessibility statement, in its order.
MODEL_HEADINGS = [
    "How accessible this website is",
    "Feedback and contact information",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website\u2019s accessibility",
    "Compliance status",
    "Non-accessible content",
    "What we\u2019re doing to improve accessibility",
    "Preparation of this accessibility statement",
]


def page(url: str) -> Any:
    response = Client().get(url)
    assert response.status_code == 200
    return lxml_html.fromstring(response.content)


def text_of(url: str) -> str:
    return " ".join(page(url).xpath("//main")[0].text_content().split())


@pytest.mark.parametrize("name", ["home", "login", "search", "record"])
def test_it_links_both_from_every_pages_footer(published_meeting: Meeting, name: str) -> None:
    url = published_meeting.get_absolute_url() if name == "record" else reverse(name)
    links = page(url).xpath("//footer//a/@href")
    assert {"/accessibility/", "/privacy/"} <= set(links)


def test_it_follows_the_model_statements_headings(db: None) -> None:
    headings = page("/accessibility/").xpath("//main//h2")
    assert [" ".join(h.text_content().split()) for h in headings] == MODEL_HEADINGS


def test_it_names_the_body_that_runs_the_site(db: None, settings: Any) -> None:
    settings.SITE_OWNER_NAME = "Example Combined Authority"
    settings.ACCESSIBILITY_CONTACT = "access@example.gov.uk"
    text = text_of("/accessibility/")
    assert "This website is run by Example Combined Authority" in text
    assert "mailto:access@example.gov.uk" in page("/accessibility/").xpath("//main//a/@href")


def test_it_states_the_standard_and_how_it_was_tested(db: None) -> None:
    text = text_of("/accessibility/")
    assert "Web Content Accessibility Guidelines version 2.2 AA" in text
    assert all(tool in text for tool in ("axe", "Nu Html Checker", "keyboard"))


def test_it_names_the_enforcement_bodies(db: None) -> None:
    text = text_of("/accessibility/")
    assert "Equality and Human Rights Commission (EHRC)" in text
    assert "Equality Commission for Northern Ireland (ECNI)" in text


def test_it_names_the_controller_and_the_right_to_complain(db: None, settings: Any) -> None:
    settings.SITE_OWNER_NAME = "Example Combined Authority"
    settings.DATA_PROTECTION_CONTACT = "dpo@example.gov.uk"
    text = text_of("/privacy/")
    assert "Example Combined Authority is the controller" in text
    assert "mailto:dpo@example.gov.uk" in page("/privacy/").xpath("//main//a/@href")
    assert "Information Commissioner\u2019s Office" in text


def _cookies_set_in_a_visit(user: Any) -> set[str]:
    """Every cookie a visit sets: reading, signing in, a message, signing out."""
    client = Client()
    client.get("/")
    client.get(reverse("login"))
    client.post(reverse("login"), {"username": user.email, "password": PASSWORD})
    client.post(reverse("calendar_address_new"), follow=True)
    client.post(reverse("logout"))
    return set(client.cookies)


def test_it_lists_every_cookie_the_site_sets(secretariat: Any) -> None:
    cookies = _cookies_set_in_a_visit(secretariat)
    named = {
        " ".join(cell.text_content().split())
        for cell in page("/privacy/").xpath('//table[@id="cookies"]//th[@scope="row"]')
    }
    assert len(cookies) >= 3
    assert cookies <= named


def test_it_serves_both_as_valid_html(db: None) -> None:
    urls = ("/accessibility/", "/privacy/")
    assert_valid_html_pages({url: Client().get(url).content for url in urls})
