"""The cast every test draws on: one board with its seed record, and a user per role."""

from __future__ import annotations

import contextlib
import datetime
import functools
import gc
import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.core.cache import cache
from django.db import DatabaseError, connection, connections, transaction
from django.test import Client, TransactionTestCase, override_settings
from django.utils import timezone
from django.utils.text import slugify

from meetings.minutes import read_minutes
from meetings.models import Action, Board, Meeting, Membership, Organisation, Paragraph, Person
from meetings.services import (
    Document,
    meeting_import,
    record_agree,
    record_circulate,
    record_publish,
)
from meetings.services.imports import everyone_new, minutes_read
from tests import htmlcheck, tiers

SEED_PATH = Path(__file__).parent / "data" / "prob-2023-08-31.txt"
PASSWORD = "a-long-test-password"
# The title of `new_text`: the seed as the minutes of a later meeting.
NEW_TITLE = "Record of Meeting 30 November 2023"


# Fixtures through which a test reaches the database (a module's world unblocks it with
# django_db_setup).
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server"}


def uses_the_database(item: pytest.Item) -> bool:
    fixtures = set(getattr(item, "fixturenames", ()))
    return item.get_closest_marker("django_db") is not None or bool(fixtures & DATABASE_FIXTURES)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """PROB_DATABASE_TESTS_ONLY=1 runs only the tests that reach the database: CI's second
    run, on SQLite, whose other tests cannot see which database is configured and have
    already passed on PostgreSQL. Tests marked `postgresql` run on PostgreSQL alone. The slow
    tier is left out unless `--all` (tests/tiers.py). Then the files are put in the order the
    workers take them (`longest_first`)."""
    tiers.select(config, items)
    if os.environ.get("PROB_DATABASE_TESTS_ONLY") == "1":
        _deselect(config, items, uses_the_database)
    if connection.vendor != "postgresql":
        # What only a PostgreSQL server has (its connections, its databases): not run here
        # (nor counted as skipped); it runs, and must pass, on PostgreSQL.
        _deselect(config, items, lambda item: item.get_closest_marker("postgresql") is None)
    longest_first(items)


def _deselect(
    config: pytest.Config, items: list[pytest.Item], keep: Callable[[pytest.Item], bool]
) -> None:
    deselected = [item for item in items if not keep(item)]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if keep(item)]


# The files that take longest (a minute or more on 2 cores in CI), longest first. A file runs
# whole on one worker (`--dist loadfile`), so one of these started last keeps the other worker
# idle until it ends; pytest-xdist's own order (most tests first) put these one-test files last.
LONGEST_FILES = (
    "tests/browser/test_journey_secretariat.py",
    "tests/browser/test_keystrokes.py",
    "tests/test_faults.py",
    "tests/meetings/test_round_trip.py",
    "tests/browser/test_mfa_journey.py",
    "tests/browser/test_public_site.py",
    "tests/browser/test_agenda_journey.py",
)

# Then files of a few tests that take seconds each (their readers' children, the Nu checker,
# subprocesses, timings), longest first: by their number of tests they came last, and the
# one that started last ran alone while the other worker had nothing left (every set of real
# minutes scored, ~8 s of CPU; the Nu checker on every kind of page, one test).
FEW_BUT_SLOW_FILES = (
    "tests/meetings/test_real_minutes_silence.py",
    "tests/test_html_validity.py",
    "tests/meetings/test_import_speed.py",
    "tests/meetings/test_tracking.py",
    "tests/meetings/test_import_preview_bounded.py",
    "tests/accounts/test_password_hashers.py",
    "tests/meetings/test_sandbox_fork.py",
    "tests/meetings/test_real_minutes.py",
    "tests/test_concurrency.py",
    "tests/test_settings.py",
)


def longest_first(items: list[pytest.Item]) -> None:
    """Orders the files as the workers should take them: LONGEST_FILES first (in the change
    tier the browser tests' few before them), FEW_BUT_SLOW_FILES, then the rest by their
    number of tests, most first (as pytest-xdist would); each file's tests keep their order.
    pytest_configure turns xdist's own reordering off so that this order stands."""
    counts: dict[str, int] = {}
    for item in items:
        file = item.nodeid.split("::")[0]
        counts[file] = counts.get(file, 0) + 1

    def rank(item: pytest.Item) -> tuple[int, int]:
        file = item.nodeid.split("::")[0]
        if file.startswith(BROWSER) and not tiers.EVERY_TIER:
            return (-1, 0)  # one unit (`pytest_xdist_make_scheduler`), a long one: first
        if file in LONGEST_FILES:
            return (LONGEST_FILES.index(file), 0)
        if file in FEW_BUT_SLOW_FILES:
            return (len(LONGEST_FILES) + FEW_BUT_SLOW_FILES.index(file), 0)
        return (len(LONGEST_FILES) + len(FEW_BUT_SLOW_FILES), -counts[file])

    items.sort(key=rank)


BROWSER = "tests/browser/"
BROWSER_TOGETHER = 12  # browser tests at most, to be run by one worker


# Files that share what they compute through a process's caches, so run by one worker: the
# real minutes' scores (tests/real_minutes.py's scorers, each set read once a process; every set
# read is ~8 s of CPU with the readers' children, in each file that scores them all).
TOGETHER = {
    "tests/meetings/test_real_minutes.py": "tests/meetings/test_real_minutes",
    "tests/meetings/test_real_minutes_silence.py": "tests/meetings/test_real_minutes",
}


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Each file to one worker (`--dist loadfile`), but the files of `TOGETHER` to the same one,
    and in the change tier the browser tests' files (a handful of tests, of two or three files)
    to one worker as one unit: each worker that runs one starts Playwright's driver, Chromium
    and a live server, ~1.5 s of CPU and 3 s of wall time before its first page. Not when more
    are run (`--all`, or the browser tests named): they need both workers."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class BrowserTogether(LoadFileScheduling):
        together: bool | None = None

        def _split_scope(self, nodeid: str) -> str:
            if self.together is None:
                browser = sum(node.startswith(BROWSER) for node in self.collection or ())
                self.together = not tiers.EVERY_TIER and browser <= BROWSER_TOGETHER
            if self.together and nodeid.startswith(BROWSER):
                return BROWSER
            scope = super()._split_scope(nodeid)
            return TOGETHER.get(scope, scope)

    return BrowserTogether(config, log)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--all",
        action="store_true",
        help="run every tier: the change tier and the slow tier (tests/tiers.py), as CI does",
    )


def pytest_configure(config: pytest.Config) -> None:
    tiers.EVERY_TIER = config.getoption("all")
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False
    if not hasattr(config, "workerinput"):  # the session's main process: one Nu checker
        htmlcheck.share_between_processes()


def pytest_unconfigure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):
        htmlcheck.stop_shared()


# --- The garbage collector, kept off what the session keeps --------------------------------------


def pytest_collectstart(collector: pytest.Collector) -> None:
    """No cyclic garbage collection while the tests are collected (in each worker; the xdist
    controller collects nothing): collecting ~8,000 tests makes ~450,000 objects that live as
    long as the session, and the collector walked them some 90 times, ~1 s of each worker's
    CPU before its first test."""
    gc.disable()


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection made (the modules, the tests, their fixtures' definitions) frozen out
    of the collector's sight, then collection on again, less often: its full passes during the
    tests (and pytest's at the end) walk only what the tests make, and a pass of the youngest
    objects waits for 10,000 new ones, not 700 (a request or a page makes thousands). A
    process's CPU on 145 tests of the action log and lifecycle: 20.2 s, of which the
    collector's 5.0 s, against 14.9 s and 0.7 s."""
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    gc.enable()


# --- The test databases, migrated once ---------------------------------------------------------


def _migrations_key() -> str:
    """What the migrated schema depends on: every app's migrations, the locked Django and
    other apps, the settings (INSTALLED_APPS)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in [
        *sorted(root.glob("*/migrations/*.py")),
        root / "requirements-dev.lock",
        root / "prob" / "settings.py",
    ]:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class _MigratedOnce:
    """Each worker's test database copied from one migrated the same way before, not migrated
    anew: the ~45 migrations cost each worker 5-10 s of CPU at the start of every run. The copy
    is kept under a key of everything the schema depends on (`_migrations_key`): on PostgreSQL
    a database beside the test databases (`CREATE DATABASE ... TEMPLATE`), on SQLite a file in
    the temporary directory (SQLite's backup into the in-memory test database). The first run
    after a migration changes migrates as before and keeps the result. `bin/test --all` (CI),
    `--no-migrations` and `--reuse-db` always migrate (pytest-django's own way)."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.key = _migrations_key()

    def __call__(self, command: str, *args: Any, **options: Any) -> Any:
        if command != "migrate":
            return self.real(command, *args, **options)
        connection = connections[options.get("database", "default")]

        def migrate() -> None:
            self.real(command, *args, **options)

        if connection.vendor == "postgresql":
            return self._postgresql(connection, migrate)
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            return self._sqlite(connection, migrate)
        return migrate()

    def _base(self, name: str) -> str:
        """The test database's name without the worker's suffix."""
        worker = os.environ.get("PYTEST_XDIST_WORKER", "")
        return name.removesuffix(f"_{worker}") if worker else name

    def _template(self, name: str) -> str:
        return f"{self._base(name)}_migrated_{self.key}"

    def copy_at_creation(self) -> list[Any]:
        """On PostgreSQL, where the kept copy is there, the test database made as a copy of it
        at once (Django's TEST TEMPLATE), not made empty from template1, dropped and made again
        as the copy: ~1 s of each worker's wall time at the start (CREATE and DROP DATABASE
        write and sync the files), 0.2 s of the server's CPU. The connections so set up."""
        set_up = []
        for database in connections.all():
            if database.vendor != "postgresql" or database.settings_dict["TEST"].get("TEMPLATE"):
                continue
            template = self._template(database.creation._get_test_db_name())
            with database.creation._nodb_cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template])
                if cursor.fetchone():
                    database.settings_dict["TEST"]["TEMPLATE"] = template
                    set_up.append(database)
        return set_up

    def _postgresql(self, connection: Any, migrate: Callable[[], None]) -> None:
        quote = connection.ops.quote_name
        name = connection.settings_dict["NAME"]
        base = self._base(name)
        template = self._template(name)
        if connection.settings_dict["TEST"].get("TEMPLATE") == template:
            return  # made as the copy (`copy_at_creation`)
        connection.close()
        with connection.creation._nodb_cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template])
            if cursor.fetchone():
                cursor.execute(f"DROP DATABASE {quote(name)}")
                cursor.execute(f"CREATE DATABASE {quote(name)} TEMPLATE {quote(template)}")
                return
        migrate()
        connection.close()
        with connection.creation._nodb_cursor() as cursor:
            try:  # another worker may have kept its copy first: the same schema
                cursor.execute(f"CREATE DATABASE {quote(template)} TEMPLATE {quote(name)}")
            except DatabaseError:
                return
            cursor.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname <> %s",
                [f"{base}_migrated_%", template],
            )
            for (stale,) in cursor.fetchall():
                with contextlib.suppress(DatabaseError):
                    cursor.execute(f"DROP DATABASE IF EXISTS {quote(stale)}")

    def _sqlite(self, connection: Any, migrate: Callable[[], None]) -> None:
        kept = Path(tempfile.gettempdir()) / "prob-test-databases" / f"{self.key}.sqlite3"
        connection.ensure_connection()
        if kept.exists():
            with contextlib.closing(sqlite3.connect(kept)) as source:
                source.backup(connection.connection)
            return
        migrate()
        kept.parent.mkdir(exist_ok=True)
        written = kept.with_suffix(f".{os.getpid()}.part")
        with contextlib.closing(sqlite3.connect(written)) as target:
            connection.connection.backup(target)
        os.replace(written, kept)


# Server settings of the test connections on PostgreSQL (libpq's `options`), which cost
# production nothing: a test database is thrown away, so a commit need not wait for its WAL to
# reach the disk (the transactional and live-server tests commit, and the emptying after each):
# a committed INSERT took 9.4-10.4 ms here, 0.85 ms so. Set on the test connections only, not
# in bin/test's environment (PGOPTIONS), which the servers the tests start would inherit:
# tests/test_faults.py's crash of a cluster must lose no acknowledged write.
TEST_SERVER_OPTIONS = "-c synchronous_commit=off"


def _test_server_settings() -> None:
    """`TEST_SERVER_OPTIONS` added to every PostgreSQL connection's, before any is opened
    (the live server's threads share these settings), and its constraints checked at each
    test's end in one round trip (`_constraints_checked_at_once`)."""
    for database in connections.all():
        if database.vendor == "postgresql":
            options = database.settings_dict.setdefault("OPTIONS", {})
            options["options"] = f"{options.get('options', '')} {TEST_SERVER_OPTIONS}".strip()
            # No statements prepared by psycopg (prob/prepared.py's, on kept connections):
            # after a rollback, each test's end, psycopg deallocates every prepared statement
            # of the connection, the suite's own PREPAREd ones too (`prepared`: prob_empty,
            # prob_written). tests/test_prepared.py checks the preparing on a connection of
            # its own.
            options["prepare_threshold"] = None
            type(database).check_constraints = _constraints_checked_at_once  # type: ignore[method-assign]


def _constraints_checked_at_once(self: Any, table_names: Any = None) -> None:
    """Django's check of a test's deferred foreign keys at its end on PostgreSQL (made
    immediate, then deferred again) sent as one string: one round trip, not two, in each of
    the ~4,000 tests that reach the database. A violation fails the first, as it did."""
    with self.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE; SET CONSTRAINTS ALL DEFERRED")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    request: pytest.FixtureRequest, django_db_modify_db_settings_parallel_suffix: None
) -> Iterator[None]:
    """pytest-django's own (a suffix per worker), the test connections' own server settings
    (`_test_server_settings`), and the test databases `_MigratedOnce`."""
    _test_server_settings()
    option = request.config.option
    if tiers.EVERY_TIER or option.nomigrations or option.reuse_db:
        yield
        return
    import django.core.management
    import django.test.utils

    setup_databases = django.test.utils.setup_databases

    def copied(*args: Any, **kwargs: Any) -> Any:
        real = django.core.management.call_command
        django.core.management.call_command = migrated_once = _MigratedOnce(real)
        copies = migrated_once.copy_at_creation()
        try:
            return setup_databases(*args, **kwargs)
        finally:
            django.core.management.call_command = real
            for database in copies:
                database.settings_dict["TEST"].pop("TEMPLATE", None)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(django.test.utils, "setup_databases", copied)
        yield


# The tables migrations fill and no test writes: an emptied database keeps them.
KEPT_TABLES = {"django_content_type", "auth_permission", "django_migrations"}


def _emptied_quickly(test: TransactionTestCase) -> None:
    """What a transactional test (a browser test, the concurrency tests) leaves is deleted
    in one transaction, and the content types and permissions are kept: Django's flush
    TRUNCATEs every one of the ~80 tables, which PostgreSQL does a table at a time through its
    buffer pool, and then makes the content types and permissions anew, together 0.5-2 s after
    each such test, where DELETE on a test's few rows takes a few milliseconds. The database
    ends as empty as flush leaves it (tests/test_emptied.py checks)."""
    if test.available_apps is not None or test.serialized_rollback:
        _django_flush(test)
        return
    for alias in test._databases_names(include_mirrors=False):
        connection = connections[alias]
        tables = set(connection.introspection.django_table_names(only_existing=True))
        quote = connection.ops.quote_name
        with transaction.atomic(using=alias), connection.cursor() as cursor:
            # Django's foreign keys are deferred (checked at commit, when all are empty).
            if connection.vendor == "postgresql":
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for table in sorted(tables - KEPT_TABLES):
                cursor.execute(f"DELETE FROM {quote(table)}")  # noqa: S608 - a model's table


_django_flush = TransactionTestCase._fixture_teardown
TransactionTestCase._fixture_teardown = _emptied_quickly  # type: ignore[method-assign]


@pytest.fixture(autouse=True, scope="session")
def _media_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Files kept by imports go to the test run's own folder, never the checkout's data/: for
    the whole session, as module-wide worlds (the permission matrix's) keep files too."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.getbasetemp() / "media"):
        yield


@pytest.fixture(autouse=True)
def _fast_and_quiet(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Each test starts with nothing cached: what one test rendered is not another's.
    cache.clear()


@pytest.fixture(autouse=True)
def _site(request: pytest.FixtureRequest) -> None:
    """`pytest.mark.site(url, *hosts)` on a test or a file (`pytestmark`): the SITE_URL that
    links made outside a request name (feeds, calendars, emails, the Word file), and
    the hosts beyond `testserver` the site answers to. Set before any other fixture runs (a
    record published in one is rendered ahead with it)."""
    marker = request.node.get_closest_marker("site")
    if marker is None:
        return
    settings = request.getfixturevalue("settings")
    url, *hosts = marker.args
    settings.SITE_URL = url
    if hosts:
        settings.ALLOWED_HOSTS = ["testserver", *hosts]


@pytest.fixture
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture
def new_text(seed_text: str) -> str:
    """The seed as the minutes of a later meeting, which the board has no record of yet."""
    return seed_text.replace("Record of Meeting 31 August 2023", NEW_TITLE)


@pytest.fixture
def media_root(settings: Any, tmp_path: Path) -> None:
    """Files kept by this test go to its own folder, for it to count them."""
    settings.MEDIA_ROOT = tmp_path / "media"


def import_record(
    text: str, *, by: Any = None, board: Board | None = None, name: str = "minutes.txt"
) -> Meeting:
    """Minutes imported as a draft, as a test's setup: into `board`, or the board the minutes
    name, made first as an administrator makes one (an import never does), with every person
    and organisation they name confirmed. The minutes are read once, as the import page reads
    them (its preview's reading handed to the import): reading the seed is ~15 ms of CPU, and
    this read them three times (the board's name, the preview, the import)."""
    if board is None:
        board_name = _board_named(text)
        board = Board.objects.filter(name__iexact=board_name).first() or Board.objects.create(
            name=board_name, slug=slugify(board_name)[:80]
        )
    document = Document(text=text, name=name)
    read = minutes_read(board=board, document=document)
    meeting = meeting_import(
        board=board, document=document, by=by, read=read, **everyone_new(read)
    ).meeting
    assert meeting is not None
    return meeting


@functools.lru_cache(maxsize=32)
def _board_named(text: str) -> str:
    """The board the minutes name, as read (a text's reading is the same in every test)."""
    return read_minutes(text).record["board"]


@pytest.fixture
def seed_meeting(db: None, seed_text: str) -> Meeting:
    """The seed record imported as a draft (put back as `_ImportedRows` keeps it)."""
    return IMPORTED_ROWS.import_record(seed_text)


# How many keys `_ImportedRows.added_once` keeps one family under (a user on the seed's board,
# on the restricted record's, on a board of a test's own).
FAMILY_KEYS = 4


class _ImportedRows:
    """What importing a record (the seed, the restricted record) into an empty database
    writes, read once per worker process and put back into each later test's empty database
    by one INSERT a table: the import's ~140 queries cost 0.1-0.3 s a test (1-2 s in a
    browser test on a busy machine), the ~20 INSERTs a few milliseconds, and some 1,600 tests
    of the change tier start from one of these records. The rows are those of the first
    import, their keys and timestamps; each test's database is still its own (rolled back or
    emptied after it). Where the database is not empty, or a test travels in time, the record
    is imported as usual."""

    def __init__(self) -> None:
        self.tables: list[str] = []
        # The minutes read (or read and then taken a step: (text, step)): the pk of the
        # meeting they made, and the rows the database then held (table: its columns and
        # rows; on PostgreSQL one JSON text of them).
        self.meetings: dict[Any, int] = {}
        self.rows: dict[Any, dict[str, Any]] = {}
        # What this test's database holds, if it is still a kept state's rows as put back:
        # the state's key and what `_written` said once they were.
        self._state: tuple[Any, tuple[Any, ...]] | None = None
        # What `made_once` made: its model, pk, the tables it changed and their rows before
        # and after.
        self.made: dict[Any, tuple[Any, Any, list[str], dict[str, Any], dict[str, Any]]] = {}
        # The statements `prepared` on PostgreSQL: the connection each was prepared on.
        self._prepared_on: dict[str, list[Any]] = {}
        # On PostgreSQL, the DELETEs and INSERTs `_delete` and `_write` hold, with their
        # arguments, until `_send` sends them.
        self._held: list[str] = []
        self._held_arguments: list[Any] = []
        # What `added_once` made: its model, its fields' values, the rows it added.
        self.added: dict[Any, tuple[Any, list[Any], dict[str, Any]]] = {}
        self.added_families: dict[str, set[Any]] = {}

    def import_record(self, text: str) -> Meeting:
        self._state = None
        if time_machine.escape_hatch.is_travelling():
            return import_record(text)
        self.known_tables()
        if not self._empty():
            return import_record(text)
        if text not in self.meetings:
            meeting = import_record(text)
            return self._kept(text, meeting)
        self._write(self.rows[text])
        return self._put_back(text)

    def then(self, meeting: Meeting, step: str, take: Callable[[Meeting], Meeting]) -> Meeting:
        """`take(meeting)`, a lifecycle step a fixture takes the record just imported through
        (publishing it, circulating it): its rows kept as the import's are and put back in
        its place in a later test, where nothing has been written since the import's rows
        were. Publishing the seed, ~60 queries, was 20-35 ms of CPU in each of ~600 tests."""
        state, self._state = self._state, None
        if (
            state is None
            or not connection.in_atomic_block  # a transactional test: no count of its writes
            or time_machine.escape_hatch.is_travelling()
            or meeting.pk != self.meetings[state[0]]
            or self._written() != state[1]
        ):
            return take(meeting)
        key = (state[0], step)
        if key not in self.meetings:
            return self._kept(key, take(meeting))
        # Only the tables the step changed (the meeting, its board and its history, of ~16):
        # the paragraphs' search index and every row's deferred foreign-key checks were most
        # of the cost of putting the whole record back.
        before, after = self.rows[state[0]], self.rows[key]
        changed = [table for table in self.tables if before.get(table) != after.get(table)]
        self._delete({table: before[table] for table in changed if table in before})
        self._write({table: after[table] for table in changed if table in after})
        return self._put_back(key)

    def made_once(self, key: Any, make: Callable[[], Any]) -> Any:
        """`make()`, a model instance made on a world a module's tests share (the permission
        matrix's): made the first time, the tables it changed read before and after; in a later
        test whose tables are as they were before, those rows put back as they were after and
        the instance read again. Not stamped anew (as `_put_back` stamps): the rows are those
        the first making wrote, its records' revisions and stamps too, so what this process
        kept under them was made from the same rows (and a `made_once` inside another's `make`
        finds its tables as they were). An agenda with an item and a paper was ~60 ms of CPU
        in each of ~500 tests of the matrix; its rows put back, ~5 ms."""
        if time_machine.escape_hatch.is_travelling():
            return make()
        self.known_tables()
        if key in self.made:
            model, pk, changed, before, after = self.made[key]
            if self._read(changed) == before:
                self._delete(before)
                self._write(after)
                self._send()
                return model._base_manager.get(pk=pk)
        before = self._read()
        made = make()
        after = self._read()
        changed = [table for table in self.tables if before.get(table) != after.get(table)]
        self.made[key] = (
            type(made),
            made.pk,
            changed,
            {table: before[table] for table in changed if table in before},
            {table: after[table] for table in changed if table in after},
        )
        return made

    def added_once(self, key: Any, make: Callable[[], Any], family: str) -> Any:
        """`make()`, which only adds rows (a user of the cast, their person and membership,
        with their history): made the first time, the rows it added read then; in a later test
        those rows inserted again, all at once, and the instance it returned given back as it
        was read from them. `key` names everything the rows refer to outside themselves (a
        board's, an organisation's pk), so that they are the rows `make()` would write there
        but for their keys and stamps. Where any of their keys is taken (the same user made
        already, a test's own rows in their place), nothing is inserted and `make()` runs.
        A user with a person and a membership was 7 queries, ~3 ms of the test's CPU and as
        many round trips to PostgreSQL; put back, one. A `family` (a user's email) is kept
        under a few keys at most: made on a board or organisation each test makes anew, it is
        made each time, not read and kept each time."""
        kept = self.added_families.setdefault(family, set())
        if time_machine.escape_hatch.is_travelling() or (
            key not in kept and len(kept) >= FAMILY_KEYS
        ):
            return make()
        self.known_tables()
        if key in self.added:
            model, values, rows = self.added[key]
            if self._inserted(rows):
                return model.from_db(connection.alias, None, values)
            return make()
        before = self._read()
        made = make()
        after = self._read()
        rows = _rows_added(before, after)
        kept.add(key)
        if rows is not None:
            fields = made._meta.concrete_fields
            self.added[key] = (type(made), [getattr(made, f.attname) for f in fields], rows)
        return made

    def _inserted(self, rows: dict[str, Any]) -> bool:
        """`rows` inserted in a savepoint of their own, or none of them where one is refused
        (a key taken: the unique checks are immediate)."""
        try:
            self._write(rows)  # on SQLite written at once, in an atomic block of its own
            if connection.vendor != "postgresql":
                return True
            if not connection.in_atomic_block:
                with transaction.atomic():
                    self._send()
                return True
        except DatabaseError:
            return False
        # One round trip: the savepoint, the INSERTs and its release sent as one string.
        self._held.insert(0, "SAVEPOINT prob_added")
        self._held.append("RELEASE SAVEPOINT prob_added")
        try:
            self._send()
        except DatabaseError:
            with connection.cursor() as cursor:
                cursor.execute("ROLLBACK TO SAVEPOINT prob_added; RELEASE SAVEPOINT prob_added")
            return False
        return True

    def _kept(self, key: Any, meeting: Meeting) -> Meeting:
        self.rows[key] = self._read()
        self.meetings[key] = meeting.pk
        self._state = (key, self._written())
        return meeting

    def _put_back(self, key: Any) -> Meeting:
        # Stamped now, as an import would stamp them: what this process keeps of a record
        # (the editor's body, a board's memberships) is keyed by its revision and stamp, and
        # another test's record put back with the same stamp would be served what that test
        # left there.
        now = timezone.now()
        if connection.vendor == "postgresql":
            # The three stamps in one statement prepared once a connection, sent with the rows
            # put back and the count of writes after them: one round trip, not three (four
            # after a step's DELETEs).
            self._held.append(self.prepared("prob_stamp", self._stamp_sql, "timestamptz") + "(%s)")
            self._held_arguments.append(now)
            self._state = (key, self._send(self.prepared("prob_written", self._written_sql)))
        else:
            Meeting.objects.update(updated=now, content_updated=now)
            Meeting.objects.filter(published__isnull=False).update(published=now)
            Board.objects.update(changed_at=now)
            self._state = (key, self._written())
        # With its board, as the import and each step hand the record back.
        return Meeting.objects.select_related("board").get(pk=self.meetings[key])

    def _written(self) -> tuple[Any, ...]:
        """Rows inserted, updated or deleted so far in this connection (SQLite) or in the
        test's transaction, with its id (PostgreSQL): unchanged, nothing was written."""
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # Each user table's counts by its oid (those of pg_stat_xact_user_tables),
                # not the view, which reads every relation of the catalogue: 0.5 -> 0.1 ms
                # of the server's CPU, 3 times in each of ~1,600 tests.
                cursor.execute(self.prepared("prob_written", self._written_sql))
            else:
                cursor.execute("SELECT total_changes()")
            return tuple(cursor.fetchone())

    def _empty(self) -> bool:
        quote = connection.ops.quote_name
        anything = " OR ".join(
            f"EXISTS (SELECT 1 FROM {quote(table)})"  # noqa: S608 - a model's table
            for table in self.tables
        )
        with connection.cursor() as cursor:
            # On PostgreSQL prepared once a connection: planning the ~80 EXISTS anew
            # cost the server 1.6 ms (2.7 ms of the test's wall time) in each test, 0.13 ms
            # executed as planned once.
            if connection.vendor == "postgresql":
                cursor.execute(self.prepared("prob_empty", f"SELECT {anything}"))
            else:
                cursor.execute(f"SELECT {anything}")
            return not cursor.fetchone()[0]

    @staticmethod
    def _stamp_sql() -> str:
        """`_put_back`'s stamps on PostgreSQL: every meeting's `updated` and
        `content_updated`, a published one's `published`, every board's `changed_at`."""
        quote = connection.ops.quote_name
        meetings, boards = quote(Meeting._meta.db_table), quote(Board._meta.db_table)
        return (
            f"WITH meetings AS (UPDATE {meetings} SET updated = $1, content_updated = $1, "  # noqa: S608
            "published = CASE WHEN published IS NULL THEN NULL ELSE $1 END) "
            f"UPDATE {boards} SET changed_at = $1"
        )

    @staticmethod
    def _written_sql() -> str:
        """`_written`'s query on PostgreSQL, naming the user tables there when it is prepared
        (the relids of pg_stat_xact_user_tables, whose counts it sums): the migrated schema's,
        which no test adds to between a record's import and its next step."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT relid FROM pg_stat_user_tables ORDER BY relid")
            relids = ",".join(str(relid) for (relid,) in cursor.fetchall())
        kinds = ("inserted", "updated", "deleted")
        rows = " + ".join(f"pg_stat_get_xact_tuples_{kind}(relid)" for kind in kinds)
        xact = "pg_current_xact_id_if_assigned()::text"
        return f"SELECT coalesce(sum({rows}), 0), {xact} FROM unnest('{{{relids}}}'::oid[]) relid"  # noqa: S608

    def prepared(self, name: str, sql: str | Callable[[], str], *types: str) -> str:
        """`EXECUTE name` of `sql` PREPAREd on this PostgreSQL connection the first time it
        is asked for there (Django plans every query anew; a prepared statement outlives the
        test's rolled-back transaction and lasts as long as the connection)."""
        connection.ensure_connection()
        session = connection.connection
        prepared = self._prepared_on.setdefault(name, [None])
        if prepared[0] is not session:
            with connection.cursor() as cursor:
                arguments = f"({', '.join(types)})" if types else ""
                cursor.execute(f"PREPARE {name}{arguments} AS {sql() if callable(sql) else sql}")
            prepared[0] = session
        return f"EXECUTE {name}"

    def known_tables(self) -> list[str]:
        """Every table a test may write (the migrated schema's, but KEPT_TABLES), sorted."""
        if not self.tables:
            names = connection.introspection.django_table_names(only_existing=True)
            self.tables = sorted(set(names) - KEPT_TABLES)
        return self.tables

    def _read(self, tables: list[str] | None = None) -> dict[str, Any]:
        """The rows of `tables` (of every table by default) that hold any."""
        quote = connection.ops.quote_name
        read: dict[str, Any] = {}
        names = self.tables if tables is None else tables
        if connection.vendor == "postgresql":
            # Every table's rows as JSON in one statement: one round trip, not one a table
            # (`made_once` reads the ~10 tables an agenda changes twice in each of ~100 cases
            # of the permission matrix; a kept state reads all ~80).
            if not names:
                return read
            each = ", ".join(
                f"(SELECT json_agg(t)::text FROM {quote(table)} t)"  # noqa: S608 - model tables
                for table in names
            )
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT {each}")
                values = cursor.fetchone()
            return {
                table: rows
                for table, rows in zip(names, values, strict=True)
                if rows is not None  # json_agg of no row
            }
        with connection.cursor() as cursor:
            for table in names:
                cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608
                columns = [column[0] for column in cursor.description]
                # A time is read as a time and written back as SQLite keeps it, as text.
                rows = [
                    [v.isoformat() if isinstance(v, datetime.time) else v for v in row]
                    for row in cursor.fetchall()
                ]
                if rows:
                    read[table] = (columns, rows)
        return read

    def _delete(self, rows: dict[str, Any]) -> None:
        """Every row of the tables `rows` (the database's whole content) has; on PostgreSQL
        held for `_send`, as `_write` holds its INSERTs."""
        quote = connection.ops.quote_name
        deletes = [f"DELETE FROM {quote(table)}" for table in rows]  # noqa: S608 - model tables
        if not deletes:
            return
        if connection.vendor == "postgresql":
            # Django's foreign keys are deferred (checked at commit), as for `_write`; no
            # savepoint, as there.
            self._held.extend(deletes)
            return
        with transaction.atomic(), connection.cursor() as cursor:
            for delete in deletes:
                cursor.execute(delete)

    def _write(self, rows: dict[str, Any]) -> None:
        # Django's foreign keys are deferred (checked at commit, when every row is back).
        quote = connection.ops.quote_name
        if not rows:
            return
        if connection.vendor == "postgresql":
            # Every table's INSERT sent at once: one round trip, not one a table; each
            # prepared once a connection (planning the ~20 INSERTs anew cost the server
            # 0.2-0.3 ms at each put back). No savepoint: the statements fail or pass together.
            inserts = []
            for table in rows:
                rows_of = f"json_populate_recordset(NULL::{quote(table)}, $1)"
                insert = f"INSERT INTO {quote(table)} SELECT * FROM {rows_of}"  # noqa: S608
                name = f"prob_put_{self.tables.index(table)}"
                inserts.append(self.prepared(name, insert, "json") + "(%s)")
            self._held.extend(inserts)
            self._held_arguments.extend(rows.values())
            return
        with transaction.atomic(), connection.cursor() as cursor:
            for table, (columns, values) in rows.items():
                names = ", ".join(quote(column) for column in columns)
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(
                    f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})",  # noqa: S608
                    values,
                )

    def _send(self, last: str = "") -> tuple[Any, ...] | None:
        """What `_delete` and `_write` held on PostgreSQL, then `last`, sent as one string: one
        round trip (the statements fail or pass together, as `_write`'s INSERTs always did);
        `last`'s first row. On SQLite nothing is held."""
        statements = [*self._held, *([last] if last else [])]
        arguments, self._held, self._held_arguments = self._held_arguments, [], []
        if not statements:
            return None
        with connection.cursor() as cursor:
            cursor.execute("; ".join(statements), arguments)
            if not last:
                return None
            while cursor.nextset():  # to the last statement's result
                pass
            return tuple(cursor.fetchone())


def _rows_added(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any] | None:
    """The rows in `after` and not in `before` (two of `_ImportedRows._read`'s readings), as
    `_write` writes them; None where any row of `before` changed or went."""
    added: dict[str, Any] = {}
    for table in before.keys() | after.keys():
        if connection.vendor == "postgresql":  # each table's rows as one JSON text
            old, new = (json.loads(rows.get(table) or "[]") for rows in (before, after))
            seen = {json.dumps(row, sort_keys=True) for row in new}
            if any(json.dumps(row, sort_keys=True) not in seen for row in old):
                return None
            kept = {json.dumps(row, sort_keys=True) for row in old}
            if rows := [row for row in new if json.dumps(row, sort_keys=True) not in kept]:
                added[table] = json.dumps(rows)
            continue
        columns, new_rows = after.get(table, ([], []))
        old_rows = {tuple(row) for row in before.get(table, ([], []))[1]}
        if not old_rows <= {tuple(row) for row in new_rows}:
            return None
        if rows := [row for row in new_rows if tuple(row) not in old_rows]:
            added[table] = (columns, rows)
    return added


IMPORTED_ROWS = _ImportedRows()


def shared_world[T](django_db_blocker: Any, build: Callable[[], T]) -> Iterator[T]:
    """What a module's or a class's tests share (`yield from` it in a fixture of that scope):
    built once, in a transaction left open while they run (each test's own is a savepoint
    inside it) and rolled back after the last, so that the tests after them find the database
    as empty as ever. The world's foreign keys are checked once, where it is built: left
    deferred, PostgreSQL checked them again at each test's end (Django's
    `SET CONSTRAINTS ALL IMMEDIATE`, in the test's savepoint, whose rollback marks them
    unchecked again), ~1.8 ms of the server's CPU in every test of the permission matrix."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            built = build()
            connection.check_constraints()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    try:
        yield built
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def next_meeting(meeting: Meeting) -> Meeting:
    """A later meeting of the same board, at which `meeting` can be agreed."""
    later = meeting.date + datetime.timedelta(days=91)
    return Meeting.objects.get_or_create(
        board=meeting.board, date=later, defaults={"title": f"Record of Meeting {later}"}
    )[0]


def publish(meeting: Meeting, by: Any = None) -> Meeting:
    """Takes a draft through each step of its lifecycle to published (an action with no owner
    yet goes out as it is, as the clerk may confirm: tests/meetings/test_ownerless_actions.py
    is where circulating refuses it)."""
    meeting = record_circulate(meeting=meeting, by=by, ownerless_confirmed=True)
    meeting = record_agree(meeting=meeting, at_meeting=next_meeting(meeting), by=by)
    return record_publish(meeting=meeting, by=by)


@pytest.fixture
def published_meeting(seed_meeting: Meeting) -> Meeting:
    return IMPORTED_ROWS.then(seed_meeting, "published", publish)


def the_restricted_record() -> Meeting:
    """The published record of tests/test_restricted.py, with its restricted section,
    paragraphs and action: the one builder of it for every test that reads it (put back from
    the rows kept, IMPORTED_ROWS, where the database is empty)."""
    from tests.test_restricted import RESTRICTED_RECORD

    return IMPORTED_ROWS.then(IMPORTED_ROWS.import_record(RESTRICTED_RECORD), "published", publish)


@pytest.fixture
def restricted_meeting(db: None) -> Meeting:
    return the_restricted_record()


@pytest.fixture
def meeting(restricted_meeting: Meeting) -> Meeting:
    """The record a test reads when it needs no other: `restricted_meeting`. A test file
    that needs another record gives its fixture a name of its own (`decisions_record`), so
    that each fixture's name means one thing in every file."""
    return restricted_meeting


@pytest.fixture
def board(seed_meeting: Meeting) -> Board:
    """The board the cast below sits on (`secretariat`, `board_member`, `action_owner`,
    `outsider`): the seed's. A module whose tests read `meeting` instead overrides it with that
    record's board, so that the cast sits there (tests/test_restricted.py, tests/api); a
    board of another meaning is named for itself (`harbour_board`)."""
    return seed_meeting.board


def make_user(
    email: str,
    *,
    person_name: str | None = None,
    organisation: Organisation | None = None,
    board: Board | None = None,
    role: str | None = None,
    **extra: Any,
) -> Any:
    """A user, with a person of `organisation` if named, a member of `board` as `role` if
    given: made once a worker, its rows put back in each later test (`added_once`)."""

    def make() -> Any:
        return _new_user(email, person_name, organisation, board, role, **extra)

    key = (email, person_name, getattr(organisation, "pk", None), getattr(board, "pk", None), role)
    try:
        key += tuple(sorted(extra.items()))
        hash(key)
    except TypeError:
        return make()
    return IMPORTED_ROWS.added_once(key, make, family=email)


def _new_user(
    email: str,
    person_name: str | None,
    organisation: Organisation | None,
    board: Board | None,
    role: str | None,
    **extra: Any,
) -> Any:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(email=email, password=PASSWORD, **extra)
    if person_name:
        person = Person.objects.create(name=person_name, organisation=organisation, user=user)
        if board is not None and role is not None:
            Membership.objects.create(
                person=person, board=board, role=role, start_date=datetime.date(2020, 1, 1)
            )
    return user


def on_the_board(board: Board, email: str, name: str, role: str) -> Any:
    """A MOPAC officer, `name`, with `role` on `board`."""
    mopac = Organisation.objects.get(short_name="MOPAC")
    return make_user(email, person_name=name, organisation=mopac, board=board, role=role)


@pytest.fixture
def secretariat(board: Board) -> Any:
    return on_the_board(board, "clerk@mopac.example", "Sam Clerk", Membership.Role.SECRETARIAT)


@pytest.fixture
def clerk(secretariat: Any) -> Client:
    """The board's secretary, signed in."""
    return client_for(secretariat)


@pytest.fixture
def public_board(board: Board) -> Board:
    """The seed's board, marked public by an administrator."""
    board.is_public = True
    board.save()
    return board


def a_board_member(board: Board) -> Any:
    return on_the_board(board, "member@mopac.example", "Pat Member", Membership.Role.BOARD_MEMBER)


@pytest.fixture
def board_member(board: Board) -> Any:
    return a_board_member(board)


@pytest.fixture
def circulated_meeting(seed_meeting: Meeting) -> Meeting:
    """The seed record circulated: from now on its action owners see their actions."""
    return IMPORTED_ROWS.then(
        seed_meeting, "circulated", lambda meeting: record_circulate(meeting=meeting, by=None)
    )


def first_action(meeting: Meeting) -> Action:
    """Action 1 of the record: the first action of its first paragraph that has one."""
    return Action.objects.filter(paragraph__section__meeting=meeting).order_by(
        "paragraph__section__position", "paragraph__position", "position"
    )[0]


def first_paragraph(meeting: Meeting) -> Paragraph:
    """Paragraph 1.1 of the record: the first paragraph of its first section."""
    return Paragraph.objects.filter(section__meeting=meeting).order_by(
        "section__position", "position"
    )[0]


def paragraph_1_1() -> Paragraph:
    """The seed record's paragraph 1.1, found by its words (wherever a change moved it)."""
    return Paragraph.objects.get(
        text__startswith="The minutes of the 28 April 2023 Performance and Risk Oversight Board"
    )


@pytest.fixture
def action(circulated_meeting: Meeting) -> Action:
    """Action 1 of the circulated seed record, MPS's."""
    return first_action(circulated_meeting)


@pytest.fixture
def action_owner(board: Board) -> Any:
    """An MPS officer who answers for MPS's actions on the board (MPS owns the seed's three)."""
    mps = Organisation.objects.get(short_name="MPS")
    return make_user(
        "officer@mps.example",
        person_name="Olu Officer",
        organisation=mps,
        board=board,
        role=Membership.Role.ACTION_OWNER,
    )


def an_outsider() -> Any:
    """Someone of another organisation, on no board."""

    def make() -> Any:
        other = Organisation.objects.create(name="Elsewhere Council", short_name="ELSE")
        return _new_user("someone@else.example", "Out Sider", other, None, None)

    return IMPORTED_ROWS.added_once("an_outsider", make, family="someone@else.example")


@pytest.fixture
def outsider(board: Board) -> Any:
    return an_outsider()


@pytest.fixture
def admin_user(db: None) -> Any:
    return make_user("admin@prob.example", is_staff=True, is_superuser=True)


@pytest.fixture
def admin_client(admin_user: Any) -> Client:
    """An administrator, signed in."""
    return client_for(admin_user)


@pytest.fixture
def queued(settings: Any) -> list[Any]:
    """Tasks are queued for a worker, never run in the request, as in production: what was
    queued, in order."""
    from django.tasks import default_task_backend

    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    return default_task_backend.results


@pytest.fixture
def mfa_required(settings: Any) -> None:
    """Two-factor sign-in required of the secretariat and administrators."""
    settings.MFA_REQUIRED_ROLES = ["secretariat", "admin"]


@pytest.fixture
def later(circulated_meeting: Meeting, secretariat: Any) -> Meeting:
    """The seed board's next meeting's draft (30 November 2023), with its standing sections."""
    from meetings.services.editing import section_add

    meeting = next_meeting(circulated_meeting)
    for title in ("Minutes", "Any Other Business"):
        section_add(meeting=meeting, by=secretariat, title=title)
    return meeting


def client_for(user: Any | None) -> Client:
    """A client signed in as `user` as `Client.force_login` signs one in (Django's `login()`
    with its signals, the session saved, its cookie set), from a session made by the sign-in:
    force_login on a client with no cookie first saved an empty session, which login() then
    read and deleted, 6 of a sign-in's 17 queries."""
    client = Client()
    if user is not None:
        from importlib import import_module

        from django.conf import settings
        from django.contrib.auth import login
        from django.http import HttpRequest

        request = HttpRequest()
        request.session = import_module(settings.SESSION_ENGINE).SessionStore()
        user.backend = "accounts.backends.EmailBackend"
        login(request, user, user.backend)
        request.session.save()
        client._set_login_cookies(request)
    return client


def html_for(user: Any | None, url: str) -> str:
    """The page at `url` as `user` sees it, which must be there for them."""
    response = client_for(user).get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def lone_officer(db: None) -> Any:
    """An MPS officer on a database without the seed, so that only built actions count."""
    mps = Organisation.objects.create(name="Metropolitan Police Service", short_name="MPS")
    board = Board.objects.create(name="Test Board", slug="test-board")
    return make_user(
        "officer@mps.example",
        person_name="Olu Officer",
        organisation=mps,
        board=board,
        role=Membership.Role.ACTION_OWNER,
    )
