"""The connection's health check before a request's first query (`prob.middleware`,
`_checked_by_socket`): no SELECT 1 while the connection's socket is quiet, Django's own check
once the server has closed it. PostgreSQL only (SQLite keeps no connection to a server)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from django.db import connections

from prob import middleware

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server_connection(db: None) -> Any:
    """A connection of its own to the test database, as a worker keeps one between requests."""
    default = connections["default"]
    raw = psycopg.connect(**default.get_connection_params())
    raw.autocommit = True
    yield raw
    raw.close()


@dataclass
class Wrapper:
    """The parts of Django's connection wrapper the check reads and sets."""

    connection: Any
    vendor: str = "postgresql"
    health_check_enabled: bool = True
    health_check_done: bool = False


def _checked(monkeypatch: pytest.MonkeyPatch, wrapper: Wrapper) -> bool:
    class Connections:
        def all(self, initialized_only: bool = False) -> list[Wrapper]:
            return [wrapper]

    monkeypatch.setattr(middleware, "connections", Connections())
    middleware._checked_by_socket()
    return wrapper.health_check_done


def _ended(raw: Any) -> None:
    """The server ends the connection's backend, as a restart does, and its goodbye arrives."""
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [raw.info.backend_pid])
    deadline = time.monotonic() + 10
    while middleware._quiet(raw) and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_quiet_connection_counts_as_checked_without_a_query(
    server_connection: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with server_connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchall()
    assert _checked(monkeypatch, Wrapper(server_connection))


def test_a_connection_the_server_ended_gets_djangos_check(
    server_connection: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ended(server_connection)
    assert not middleware._quiet(server_connection)
    assert not _checked(monkeypatch, Wrapper(server_connection))
    with pytest.raises(psycopg.OperationalError):
        server_connection.execute("SELECT 1")  # what that check finds, and so reconnects


def test_a_closed_connection_or_another_database_is_left_alone(
    server_connection: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = psycopg.connect(**connections["default"].get_connection_params())
    closed.close()
    assert not _checked(monkeypatch, Wrapper(closed))
    assert not _checked(monkeypatch, Wrapper(server_connection, vendor="sqlite"))
    assert not _checked(monkeypatch, Wrapper(server_connection, health_check_enabled=False))
