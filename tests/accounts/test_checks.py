"""The deploy checks of accounts/checks.py: settings that would weaken sign-in protections."""

from typing import Any

from accounts.checks import proxy_count_without_a_proxy


def test_it_warns_of_proxies_counted_without_the_tls_proxy(settings: Any) -> None:
    settings.PROXY_COUNT = 1
    settings.SECURE_PROXY_SSL_HEADER = None
    assert [warning.id for warning in proxy_count_without_a_proxy()] == ["prob.W002"]


def test_it_is_quiet_behind_the_tls_proxy(settings: Any) -> None:
    settings.PROXY_COUNT = 1
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert proxy_count_without_a_proxy() == []


def test_it_is_quiet_without_proxies(settings: Any) -> None:
    settings.PROXY_COUNT = 0
    settings.SECURE_PROXY_SSL_HEADER = None
    assert proxy_count_without_a_proxy() == []
