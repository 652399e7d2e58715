"""A query a page runs on every request, its SQL made once per process.

Django builds and compiles a queryset's SQL on every evaluation; for a query with several
`select_related` tables that is about a millisecond of Python, every time, for the same SQL with
other values. `Prepared` builds the queryset once for each database (with the first call's
values), keeps its compiled SQL, and later runs that SQL with the new values, the rows made
into objects by Django's own iterable (`ModelIterable`) exactly as the queryset would.

On PostgreSQL, where the connection may prepare statements (`prepare_threshold` in the
database's `OPTIONS`: set in `prob/settings.py` while connections are kept across requests),
the kept SQL runs on a cursor that binds its values on the server (`_BoundOnServer`), not on
Django's default `ClientCursor`, which writes them into the SQL text and so can never prepare:
psycopg then prepares it after that many runs, and PostgreSQL runs each later one without
parsing and planning it again (planning the signed-in user's statement, with its two
subqueries, cost PostgreSQL about a millisecond of CPU a request, ten times running it).

The values must be the query's only parameters, in the order `build` takes them (as they are,
or as text where the database takes them so: a date on SQLite; or a moment as the database's
adapter writes it: an aware datetime on SQLite, made naive in the connection's time zone, as
the session's expiry is): that is checked when the SQL is made, and a query whose parameters
are not those is never kept (it is built and run as a queryset each time).
"""

from __future__ import annotations

import copy
import datetime
import functools
import weakref
from collections.abc import Callable
from typing import Any

from django.db import connections, router
from django.db.models import Model, QuerySet


class Prepared:
    def __init__(self, model: type[Model], build: Callable[..., QuerySet]) -> None:
        self.model, self.build = model, build
        # By database alias: the queryset, its compiler after compiling, the SQL and how each
        # value becomes its parameter; None when the query cannot be kept.
        self._made: dict[str, tuple[QuerySet, Any, str, tuple[Callable, ...]] | None] = {}
        # By connection (each thread's own): the converters of the query's columns.
        self._columns: weakref.WeakKeyDictionary[Any, dict] = weakref.WeakKeyDictionary()

    def __call__(self, *values: Any) -> list[Model]:
        db = router.db_for_read(self.model)
        if db not in self._made:
            queryset = self.build(*values).using(db)
            self._made[db] = self._make(queryset, values)
            return list(queryset)
        made = self._made[db]
        if made is None:
            return list(self.build(*values).using(db))
        kept, compiler, sql, converters = made
        params = tuple(convert(value) for convert, value in zip(converters, values, strict=True))
        connection = connections[db]  # this thread's connection
        run = copy.copy(compiler)
        run.connection = _BoundOnServer(connection) if _prepares(connection) else connection
        run.as_sql = lambda *args, **kwargs: (sql, params)
        # The columns' converters, as Django works them out for every row set (about a third
        # of a wide query's Python): once per connection, since they may be bound to it.
        columns = self._columns.get(connection)
        if columns is None:
            selected = [column[0] for column in compiler.select[: compiler.col_count]]
            columns = self._columns[connection] = run.get_converters(selected)
        run.get_converters = lambda expressions: columns
        chained = kept._chain()
        chained.query.get_compiler = lambda *args, **kwargs: run
        return list(chained)

    @staticmethod
    def _make(
        queryset: QuerySet, values: tuple
    ) -> tuple[QuerySet, Any, str, tuple[Callable, ...]] | None:
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        if len(params) != len(values):
            return None
        moment = functools.partial(_moment, queryset.db)
        converters: list[Callable] = []
        for param, value in zip(params, values, strict=True):
            if type(param) is type(value) and param == value:
                converters.append(_same)
            elif isinstance(param, str) and param == str(value):
                converters.append(str)
            elif isinstance(value, datetime.datetime) and param == moment(value):
                converters.append(moment)
            else:
                return None
        return queryset, compiler, sql, tuple(converters)


def _prepares(connection: Any) -> bool:
    return (
        connection.vendor == "postgresql"
        and connection.settings_dict["OPTIONS"].get("prepare_threshold") is not None
    )


class _BoundOnServer:
    """`connection`, its cursors binding their values on the server (Django's
    `ServerBindingCursor`), everything else its own: a cursor is made by Django as any other
    (the connection's checks, its time zone, the wrappers that count and log queries), only
    of that class. Should the connection be made anew while the cursor is (a failed health
    check), the cursor is the new connection's usual one: the query runs, unprepared."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    def cursor(self) -> Any:
        from django.db.backends.postgresql.base import ServerBindingCursor

        self._connection.ensure_connection()
        database = self._connection.connection
        usual = database.cursor_factory
        database.cursor_factory = ServerBindingCursor
        try:
            return self._connection.cursor()
        finally:
            database.cursor_factory = usual


def _same(value: Any) -> Any:
    return value


def _moment(db: str, value: datetime.datetime) -> Any:
    """A datetime as the database's adapter gives it (this thread's connection's)."""
    return connections[db].ops.adapt_datetimefield_value(value)
