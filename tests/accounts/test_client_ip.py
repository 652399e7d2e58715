"""The client address behind trusted proxies: parsed in one place, never a 500."""

import logging
from typing import Any

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from prob import client_ip as client_ip_module
from prob.client_ip import client_ip
from tests.conftest import PASSWORD, make_user

BALANCER = "10.0.0.5"
# What a proxy may write in X-Forwarded-For besides a bare address.
ODD_FORWARDED = ["203.0.113.9:54321", "[2001:db8::1]:443", "unknown", "not-an-ip"]


def address_of(forwarded: str) -> str | None:
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR=BALANCER)
    return client_ip(request)


@pytest.fixture
def behind_a_proxy(settings: Any) -> None:
    settings.PROXY_COUNT = 1


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("203.0.113.9", "203.0.113.9"),
        ("203.0.113.9:54321", "203.0.113.9"),
        ("2001:db8::1", "2001:db8::1"),
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("[2001:db8::1]", "2001:db8::1"),
        ("2001:DB8:0:0::1", "2001:db8::1"),
        ("192.0.2.1, 203.0.113.9:80", "203.0.113.9"),
    ],
)
def test_it_reads_the_address_a_proxy_forwards(
    behind_a_proxy: None, forwarded: str, expected: str
) -> None:
    assert address_of(forwarded) == expected


@pytest.mark.parametrize(
    "forwarded", ["unknown", "not-an-ip", "", "203.0.113.9:80:80", "fe80::1%eth0", "[::1"]
)
def test_it_falls_back_to_the_connecting_address(behind_a_proxy: None, forwarded: str) -> None:
    assert address_of(forwarded) == BALANCER


def test_it_ignores_the_header_without_proxies(settings: Any) -> None:
    settings.PROXY_COUNT = 0
    assert address_of("203.0.113.9") == BALANCER


@pytest.mark.parametrize("forwarded", ODD_FORWARDED)
def test_it_signs_in_whatever_the_proxy_forwards(
    client: Client, db: None, behind_a_proxy: None, forwarded: str
) -> None:
    make_user("clerk@mopac.example")
    response = client.post(
        reverse("login"),
        {"username": "clerk@mopac.example", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR=forwarded,
    )
    assert response.status_code == 302


@pytest.mark.parametrize("forwarded", ODD_FORWARDED)
def test_it_refuses_a_wrong_password_whatever_the_proxy_forwards(
    client: Client, db: None, behind_a_proxy: None, forwarded: str
) -> None:
    make_user("clerk@mopac.example")
    response = client.post(
        reverse("login"),
        {"username": "clerk@mopac.example", "password": "not-the-password"},
        HTTP_X_FORWARDED_FOR=forwarded,
    )
    assert response.status_code == 200


@pytest.fixture
def not_yet_warned(monkeypatch: pytest.MonkeyPatch) -> None:
    # Once per process: each test starts as a fresh process would.
    monkeypatch.setattr(client_ip_module, "_warned_reached_directly", False)


def direct_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "prob.client_ip" and r.levelname == "WARNING"]


def test_it_warns_once_when_a_request_passed_no_proxy(
    behind_a_proxy: None, not_yet_warned: None, caplog: pytest.LogCaptureFixture
) -> None:
    # No X-Forwarded-For at all behind PROXY_COUNT proxies: the request reached gunicorn
    # directly, where a client could have written the header itself.
    address_of("")
    address_of("")
    assert len(direct_warnings(caplog)) == 1


def test_it_does_not_warn_when_every_proxy_added_an_address(
    behind_a_proxy: None, not_yet_warned: None, caplog: pytest.LogCaptureFixture
) -> None:
    address_of("203.0.113.9")
    assert direct_warnings(caplog) == []
