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
