"""Faults: the database goes away while PROB is serving, and comes back.

Two levels, and both run on either suite database:

- The 503 page, through the test client: every query fails (the connection's
  `ensure_connection` raises OperationalError) and each kind of request gets the friendly 503
  with Retry-After, never a 500 or a traceback; once the database answers again, so does PROB.
- A real restart: a private throwaway PostgreSQL cluster (bench/pgcluster.py, never the shared
  server the suite may be using) with the sample data, gunicorn with two sync workers on it,
  owners posting updates and a visitor reading a record while the cluster is stopped
  ("immediate", a crash) and started again. Every update the user was told is saved is in the
  database afterwards; every failure is the 503 page and fell in the outage; the same workers
  serve again within seconds, and say how long the outage lasted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import html
import http.client
import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import psycopg
import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import InterfaceError, OperationalError, connections
from django.test import Client
from django.urls import reverse

import prob.middleware  # noqa: F401 - its signal receiver goes first, before the test client's
from bench.pgcluster import PgCluster, free_port
from meetings.models import Meeting
from tests.conftest import client_for

UNAVAILABLE = "Sorry, the service is unavailable"
SAMPLE_OWNER = ("officer@mps.example", "prob-demo-password")


# --- The 503 page, through the test client --------------------------------------------------


@contextlib.contextmanager
def database_down(error: type[Exception] = OperationalError) -> Iterator[None]:
    """Every new query on the default connection fails as if the server were gone."""
    connection = connections["default"]

    def refuse() -> None:
        raise error("connection to server at 127.0.0.1 failed: Connection refused")

    connection.ensure_connection = refuse  # type: ignore[method-assign]
    try:
        yield
    finally:
        del connection.ensure_connection


def assert_friendly_503(response: Any) -> str:
    page = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "no-store" in response["Cache-Control"]
    assert UNAVAILABLE in page
    assert "Traceback" not in page and "OperationalError" not in page
    return page


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_page_is_a_friendly_503_while_the_database_is_down(
    published_meeting: Meeting, error: type[Exception]
) -> None:
    client = Client()
    with database_down(error):
        response = client.get(published_meeting.get_absolute_url())
    page = assert_friendly_503(response)
    assert '<a href="/">' in page  # standalone: no navigation built from the database


def test_a_signed_in_user_gets_it_too_when_their_session_cannot_be_read(
    circulated_meeting: Meeting, action_owner: Any
) -> None:
    client = client_for(action_owner)  # the session is in the database
    with database_down():
        assert_friendly_503(client.get(reverse("actions:mine")))
        response = client.post(reverse("actions:mine_update"), {"text": "Lost?"})
    assert_friendly_503(response)


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_it_answers_503_when_the_database_goes_as_the_session_is_saved(
    circulated_meeting: Meeting,
    action_owner: Any,
    monkeypatch: pytest.MonkeyPatch,
    error: Any,
    settings: Any,
) -> None:
    # The view has done its work; the database goes before the session's save at the end of
    # the request, which Django's store reported as a deleted session: a bare 400. (The
    # session is saved when its last activity moves: here, on every request.)
    settings.SESSION_ACTIVITY_SECONDS = 0
    client = client_for(action_owner)
    saved = Session.save

    def save(session: Session, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("force_update"):
            raise error("server closed the connection unexpectedly")
        saved(session, *args, **kwargs)

    monkeypatch.setattr(Session, "save", save)
    assert_friendly_503(client.get(reverse("actions:mine")))


def test_the_health_check_answers_503(db: None) -> None:
    with database_down():
        assert_friendly_503(Client().get(reverse("healthz")))


def test_it_logs_the_outage_once_and_how_long_it_lasted(
    published_meeting: Meeting, caplog: pytest.LogCaptureFixture
) -> None:
    client = Client()
    url = published_meeting.get_absolute_url()
    with caplog.at_level(logging.INFO, logger="prob.database"), database_down():
        for _ in range(3):
            assert client.get(url).status_code == 503
    assert [r.getMessage() for r in caplog.records if r.name == "prob.database"] == [
        "Database unavailable, answering 503 until it is back: connection to server at "
        "127.0.0.1 failed: Connection refused"
    ]
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="prob.database"):
        assert client.get(url).status_code == 200
        assert client.get(url).status_code == 200
    (recovered,) = [r.getMessage() for r in caplog.records if r.name == "prob.database"]
    assert re.fullmatch(
        r"Database available again after \d+\.\d s \(3 requests answered 503\)", recovered
    )
    assert "django.request" not in {r.name for r in caplog.records}  # no traceback logged


def test_other_errors_are_still_500(db: None) -> None:
    with database_down(RuntimeError):
        response = Client(raise_request_exception=False).get(reverse("healthz"))
    assert response.status_code == 500
    assert UNAVAILABLE not in response.content.decode()


# --- A real restart of a private PostgreSQL cluster under gunicorn -------------------------

ROOT = Path(settings.BASE_DIR)
OUTAGE_SECONDS = 2.0  # how long the database stays down
RECOVERY_LIMIT = 10.0  # first success after the database is back, at most
GRACE = 1.0  # a request sent this soon after the restart may still meet the old state
WRITERS = 3


@dataclasses.dataclass
class Exchange:
    kind: str  # "write" or "read"
    sent: float
    received: float
    status: int | None  # None: no HTTP answer at all
    body: str = ""
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    text: str = ""  # the update's text, for writes
    acknowledged: bool = False  # the user was told it is saved


class Browser:
    """Just enough of a browser over http.client: cookies, forms and CSRF, no redirects."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> Any:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            content = response.read().decode("utf-8", "replace")
        finally:
            conn.close()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, value = cookie.split(";", 1)[0].partition("=")
            if "max-age=0" in cookie.lower():
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response.status, dict(response.headers), content

    def sign_in(self, email: str, password: str) -> None:
        _, _, page = self.request("GET", "/accounts/login/")
        status, _, _ = self.request(
            "POST",
            "/accounts/login/",
            {"username": email, "password": password, "csrfmiddlewaretoken": csrf(page)},
        )
        assert status == 302, f"signing in as {email} answered {status}"


def csrf(page: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert match, "no CSRF token on the page"
    return match.group(1)


def wait_for(condition: Callable[[], bool], deadline: float, what: str) -> None:
    """Polls condition until it holds; fails after `deadline` seconds."""
    end = time.monotonic() + deadline
    while not condition():
        if time.monotonic() > end:
            pytest.fail(f"timed out after {deadline} s waiting for {what}")
        time.sleep(0.05)


def worker_pids(master: int) -> set[int]:
    children = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                    children.add(int(entry.name))
    return children


def app_env(database_url: str) -> dict[str, str]:
    """Like bin/test's, DEBUG off, on the private cluster."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "DJANGO_"))}
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="prob.settings",
        SECRET_KEY="fault-test-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
        DEBUG="false",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        BEHIND_TLS_PROXY="false",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        STATICFILES_BACKEND="django.contrib.staticfiles.storage.StaticFilesStorage",
        TASKS_BACKEND="django.tasks.backends.immediate.ImmediateBackend",
        # No mail server here: the emails the sign-ins send (a new browser's notice) are kept
        # in memory, so a refused SMTP connection is not taken for the restart's traceback.
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        PASSWORD_HASHERS="django.contrib.auth.hashers.MD5PasswordHasher",
        CONN_MAX_AGE="600",  # persistent connections: the restart must not leave them stale
        LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    return env


@contextlib.contextmanager
def gunicorn(env: dict[str, str], log: Path) -> Iterator[tuple[int, subprocess.Popen]]:
    port = free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "prob.wsgi:application",
                "--workers=2",
                "--worker-class=sync",
                f"--bind=127.0.0.1:{port}",
                "--timeout=30",
                "--graceful-timeout=5",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        yield port, process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_a_postgresql_restart_loses_no_acknowledged_write_and_heals_itself(
    tmp_path: Path,
) -> None:
    started = time.monotonic()
    with PgCluster() as cluster:
        database_url = cluster.create_database("prob")
        env = app_env(database_url)
        setup = (
            "import django; django.setup(); from django.core.management import call_command; "
            "call_command('migrate', interactive=False, verbosity=0); "
            "call_command('load_sample_data', verbosity=0)"
        )
        subprocess.run(
            [sys.executable, "-c", setup], cwd=ROOT, env=env, check=True, capture_output=True
        )
        log = tmp_path / "gunicorn.log"
        with gunicorn(env, log) as (port, server):

            def healthy() -> bool:
                with contextlib.suppress(OSError):
                    return Browser(port).request("GET", "/healthz")[0] == 200
                return False

            wait_for(healthy, 30, "gunicorn to serve /healthz")
            wait_for(lambda: len(worker_pids(server.pid)) == 2, 10, "two gunicorn workers")
            workers = worker_pids(server.pid)

            owner = Browser(port)
            owner.sign_in(*SAMPLE_OWNER)
            mine = owner.request("GET", reverse("actions:mine"))[2]
            action_urls = sorted(set(re.findall(r'href="(/actions/\d+/)"', mine)))
            assert action_urls, "the sample owner has no actions"
            home = Browser(port).request("GET", "/")[2]
            records = re.findall(r'href="(/boards/[\w-]+/\d{4}-\d{2}-\d{2}/)"', home)
            record_url = records[0] if records else "/"

            exchanges: list[Exchange] = []
            lock = threading.Lock()
            stop = threading.Event()
            prefix = f"fault-test-{uuid.uuid4().hex[:8]}"

            def record(exchange: Exchange) -> None:
                with lock:
                    exchanges.append(exchange)

            def exchange(browser: Browser, kind: str, method: str, path: str, **kw: Any) -> Any:
                sent = time.monotonic()
                try:
                    status, headers, body = browser.request(method, path, **kw)
                except (OSError, http.client.HTTPException) as error:
                    status, headers, body = None, {}, repr(error)
                return Exchange(kind, sent, time.monotonic(), status, body, headers)

            def writer(number: int) -> None:
                browser = Browser(port)
                browser.sign_in(*SAMPLE_OWNER)
                url = action_urls[number % len(action_urls)]
                count = 0
                while not stop.is_set():
                    page = exchange(browser, "read", "GET", url)
                    record(page)
                    if page.status != 200:
                        continue
                    count += 1
                    text = f"{prefix}-{number}-{count}"
                    form = {"text": text, "status_to": "", "csrfmiddlewaretoken": csrf(page.body)}
                    post = exchange(browser, "write", "POST", f"{url}updates/", form=form)
                    post.text = text
                    post.acknowledged = post.status == 302 and post.headers["Location"] == url
                    record(post)

            def reader() -> None:
                browser = Browser(port)
                while not stop.is_set():
                    record(exchange(browser, "read", "GET", record_url))

            threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
            threads.append(threading.Thread(target=reader))
            for thread in threads:
                thread.start()

            def acknowledged_since(moment: float) -> int:
                with lock:
                    return sum(e.acknowledged and e.sent >= moment for e in exchanges)

            try:
                wait_for(lambda: acknowledged_since(0) >= 5, 15, "updates before the outage")

                down_at = time.monotonic()
                cluster.stop("immediate")
                stopped_at = time.monotonic()

                def outage_seen() -> bool:
                    with lock:
                        refused = any(e.status == 503 and e.sent >= stopped_at for e in exchanges)
                    return refused and time.monotonic() - stopped_at >= OUTAGE_SECONDS

                wait_for(outage_seen, 15, "503s while the database is down")

                cluster.start()
                up_at = time.monotonic()

                def first_success() -> Exchange | None:
                    with lock:
                        after = [
                            e
                            for e in exchanges
                            if e.received >= up_at and (e.acknowledged or e.status == 200)
                        ]
                    return min(after, key=lambda e: e.received) if after else None

                wait_for(lambda: first_success() is not None, RECOVERY_LIMIT, "recovery")
                wait_for(lambda: acknowledged_since(up_at) >= 5, 15, "updates after the outage")
            finally:
                stop.set()
                for thread in threads:
                    thread.join(timeout=30)

            recovered = first_success()
            assert recovered is not None
            recovery = recovered.received - up_at
            assert worker_pids(server.pid) == workers, "gunicorn replaced a worker"
            assert server.poll() is None

        with psycopg.connect(cluster.url("prob")) as conn:
            stored = {
                row[0]
                for row in conn.execute(
                    "SELECT text FROM actions_actionupdate WHERE text LIKE %s", (prefix + "-%",)
                )
            }

    server_log = log.read_text(errors="replace")
    acknowledged = {e.text for e in exchanges if e.acknowledged}
    failures = [e for e in exchanges if e.status not in (200, 302)]
    unexpected = [e for e in exchanges if e.status == 302 and not e.acknowledged]

    assert not acknowledged - stored, "acknowledged updates missing from the database"
    assert not unexpected, [(e.kind, e.headers.get("Location")) for e in unexpected]
    for failure in failures:
        assert failure.status == 503, (failure.kind, failure.status, failure.body[:2000])
        assert UNAVAILABLE in failure.body and failure.headers["Retry-After"] == "5"
        assert failure.received >= down_at and failure.sent <= up_at + GRACE, (
            f"a 503 outside the outage: sent {failure.sent - down_at:.2f} s after the stop, "
            f"the database was back {up_at - down_at:.2f} s after it"
        )
    assert not any("Traceback" in e.body for e in exchanges)
    assert "Traceback" not in server_log, server_log[-4000:]
    assert "Database unavailable, answering 503" in server_log
    assert "Database available again after" in server_log
    assert recovery < RECOVERY_LIMIT

    summary = (
        f"\nfault test: {len(exchanges)} requests, {len(acknowledged)} updates acknowledged "
        f"(all stored; {len(stored - acknowledged)} stored but not acknowledged), "
        f"{len(failures)} answered 503; database down {up_at - down_at:.2f} s; "
        f"first success {recovery:.2f} s after it was back; same workers {sorted(workers)}; "
        f"whole test {time.monotonic() - started:.1f} s"
    )
    print(summary)
    for line in server_log.splitlines():
        if "prob.database" in line or "Database " in line:
            print("  server:", html.unescape(line))
