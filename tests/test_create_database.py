"""`manage.py create_database` (run by `bin/run`): the PostgreSQL database DATABASE_URL names
is created where it is missing, left alone where it is there, and a server that cannot be
reached is said in words, not a traceback. Nothing is done on SQLite."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection


def _url(name: str, *, port: str | None = None) -> str:
    db = settings.DATABASES["default"]
    who = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{who}@{db['HOST'] or '127.0.0.1'}:{port or db['PORT'] or 5432}/{name}"


def _exists(name: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return cursor.fetchone() is not None


def _drop(name: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture
def scratch(transactional_db: None) -> Iterator[str]:
    name = f"prob_scratch_create_{os.getpid()}"
    _drop(name)
    yield name
    _drop(name)


@pytest.mark.postgresql
def test_it_creates_a_missing_database_then_leaves_it(scratch: str) -> None:
    out = io.StringIO()
    call_command("create_database", url=_url(scratch), stdout=out)
    assert _exists(scratch)
    assert f"Created the database {scratch}" in out.getvalue()
    again = io.StringIO()
    call_command("create_database", url=_url(scratch), stdout=again, verbosity=2)
    assert f"The database {scratch} is there." in again.getvalue()


@pytest.mark.postgresql
def test_it_leaves_the_sites_own_database_alone(db: None) -> None:
    out = io.StringIO()
    call_command("create_database", stdout=out, verbosity=2)
    assert out.getvalue() == f"The database {settings.DATABASES['default']['NAME']} is there.\n"


@pytest.mark.postgresql
def test_it_says_in_words_when_the_server_cannot_be_reached(scratch: str) -> None:
    with pytest.raises(CommandError, match="could not be connected to") as raised:
        call_command("create_database", url=_url(scratch, port="1"))
    assert "Start PostgreSQL, or correct DATABASE_URL" in str(raised.value)
    assert not _exists(scratch)


def test_it_does_nothing_on_sqlite(tmp_path: Path) -> None:
    out = io.StringIO()
    call_command("create_database", url=f"sqlite:///{tmp_path}/x.sqlite3", stdout=out)
    assert out.getvalue() == ""
