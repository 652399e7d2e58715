from typing import Any

from django.test import Client

from accounts.models import User


def test_it_refuses_a_body_over_the_limit_before_reading_it(
    db: None, client: Client, settings: Any
) -> None:
    settings.MAX_REQUEST_BYTES = 1000
    response = client.post("/accounts/login/", {"username": "a@b.example", "password": "x" * 2000})
    assert response.status_code == 413


def test_it_reads_a_body_within_the_limit(db: None, client: Client, settings: Any) -> None:
    settings.MAX_REQUEST_BYTES = 10_000
    User.objects.create_user(email="a@b.example", password="a-long-test-password")
    response = client.post(
        "/accounts/login/", {"username": "a@b.example", "password": "a-long-test-password"}
    )
    assert response.status_code == 302


def test_it_leaves_public_pages_cacheable(db: None, client: Client) -> None:
    assert "no-store" not in client.get("/").get("Cache-Control", "")


def test_a_body_over_the_limit_gets_a_page_that_says_the_limit_and_leads_back(
    db: None, client: Client, settings: Any
) -> None:
    """QA H-2: the 413 was bare text/plain: no layout, language, title or way back."""
    settings.MAX_REQUEST_BYTES = 1000
    back = "/boards/some-board/import/"
    response = client.post(back, {"text": "x" * 2000}, HTTP_REFERER=f"http://testserver{back}")
    html = response.content.decode()
    assert response.status_code == 413
    assert response["Content-Type"].startswith("text/html")
    assert '<html lang="en-GB">' in html
    assert "<title>What you sent is too large" in html
    assert "<main" in html
    assert "PROB takes up to 1000\xa0bytes in one go" in html
    assert "manage.py import_minutes" in html
    assert f'<a href="{back}">Go back to the page you were on</a>' in html


def test_the_413_page_leads_to_the_boards_from_elsewhere(
    db: None, client: Client, settings: Any
) -> None:
    settings.MAX_REQUEST_BYTES = 1000
    response = client.post(
        "/accounts/login/", {"password": "x" * 2000}, HTTP_REFERER="https://evil.example/x"
    )
    assert '<a href="/">Go to the list of boards</a>' in response.content.decode()
