"""`manage.py create_database`: creates the PostgreSQL database `DATABASE_URL` names where it
does not exist yet, so that `bin/run` with a new database's address starts instead of stopping
with a traceback. It connects to the server's maintenance database ("postgres", else
"template1") as the same user to create it. On SQLite it does nothing: Django makes the file.
A server that cannot be reached, or a user that may not create databases, is said in words."""

from __future__ import annotations

from typing import Any

import dj_database_url
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

POSTGRESQL = "django.db.backends.postgresql"
# Where a server's databases are created from: every PostgreSQL server has both.
MAINTENANCE = ("postgres", "template1")


def _connect(params: dict[str, Any], name: str) -> Any:
    import psycopg

    return psycopg.connect(
        dbname=name,
        host=params.get("HOST") or None,
        port=params.get("PORT") or None,
        user=params.get("USER") or None,
        password=params.get("PASSWORD") or None,
        connect_timeout=5,
        autocommit=True,
    )


def _where(params: dict[str, Any]) -> str:
    host = params.get("HOST") or "the local socket"
    port = f":{params['PORT']}" if params.get("PORT") else ""
    user = f" as {params['USER']}" if params.get("USER") else ""
    return f"PostgreSQL at {host}{port}{user}"


def database_create(params: dict[str, Any]) -> bool:
    """Creates the PostgreSQL database `params` (Django's settings of a database) names, where
    it does not exist; True when it was created, False when it was there. Raises CommandError,
    with the server's reason, when the server cannot be reached or refuses."""
    import psycopg
    from psycopg import sql

    name = params["NAME"]
    try:
        with _connect(params, name):
            return False
    except psycopg.OperationalError as exc:
        first = exc
    reason = ""
    for maintenance in MAINTENANCE:
        try:
            with _connect(params, maintenance) as connection:
                there = connection.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", [name]
                ).fetchone()
                if there:
                    # There, but this user could not connect to it: the first reason says why.
                    raise CommandError(f"{_where(params)} would not open {name}: {first}")
                connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                return True
        except psycopg.OperationalError as exc:
            reason = " ".join(str(exc).split()).rstrip(".?")
        except psycopg.Error as exc:
            raise CommandError(
                f"{_where(params)} would not create the database {name}: {str(exc).strip()}"
            ) from exc
    raise CommandError(
        f"{_where(params)} could not be connected to, so the database {name} was not made "
        f"({reason}). "
        "Start PostgreSQL, or correct DATABASE_URL, and try again."
    )


class Command(BaseCommand):
    help = (
        "Creates the PostgreSQL database DATABASE_URL names where it does not exist yet "
        "(nothing to do on SQLite)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--url", default="", help="A database URL other than the site's DATABASE_URL."
        )

    def handle(self, *args: Any, url: str = "", **options: Any) -> None:
        params = dj_database_url.parse(url) if url else settings.DATABASES["default"]
        if params["ENGINE"] != POSTGRESQL:
            return
        if database_create(params):
            self.stdout.write(f"Created the database {params['NAME']} ({_where(params)}).")
        elif options["verbosity"] > 1:
            self.stdout.write(f"The database {params['NAME']} is there.")
