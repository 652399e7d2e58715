"""Validate rendered HTML with the Nu Html Checker (vnu.jar, installed by `npm ci`).

    from tests.htmlcheck import assert_valid_html
    assert_valid_html(client.get("/").content)

The checker runs as a web service (vnu.jar's own), started once per test process at the first
check; `assert_valid_html_pages({"/": ..., "/meetings/": ...})` checks many pages at once.

Only messages of type "error" fail a test; the checker's "info" messages (which include its
warnings) do not. Without java or the jar the test is skipped, unless PROB_REQUIRE_BROWSER=1
(as in CI), where a skip would hide that nothing was checked, so it fails instead.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

import pytest

REPO = Path(__file__).resolve().parent.parent
DEFAULT_JAR = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# A wedged JVM should fail the test, not hang the suite.
TIMEOUT_SECONDS = 120


def _unavailable(reason: str) -> NoReturn:
    __tracebackhide__ = True
    if os.environ.get("PROB_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (PROB_REQUIRE_BROWSER=1, so this is a failure, not a skip)")
    pytest.skip(reason)


def checker_command() -> list[str]:
    """The command that runs vnu.jar's web service, or skip/fail when it cannot run here."""
    __tracebackhide__ = True
    java = shutil.which("java")
    if java is None:
        _unavailable("java not found on PATH; apt-get install default-jre-headless")
    jar = Path(os.environ.get("VNU_JAR") or DEFAULT_JAR)
    if not jar.is_file():
        _unavailable(f"Nu Html Checker not found at {jar}; run `npm ci --ignore-scripts` in {REPO}")
    # The service reads the HTML schema with deep recursion: the default thread stack is
    # too small for it. A test process checks a few dozen pages: the JVM's quick compiler
    # alone and one garbage collector thread start it on half the CPU (3 s against 6.5 s,
    # the first 30 checks included), where the optimising compiler would pay off only later.
    return [
        java,
        "-Xss8m",
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",
        "-cp",
        str(jar),
        "-Dnu.validator.servlet.bind-address=127.0.0.1",
    ]


def _as_text(html: str | bytes) -> str:
    # Django responses hand over bytes; the files are written as UTF-8 whatever was given.
    return html.decode("utf-8") if isinstance(html, bytes) else html


class _Checker:
    """vnu.jar as a web service on 127.0.0.1, started once per test process at first use.

    A JVM takes seconds to start and read its schemas (tens of seconds on a loaded machine),
    and checking a page once it is running takes milliseconds: starting one per check made the
    HTML checks a sixth of the suite's time.
    """

    def __init__(self, command: list[str]) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        # Kept open for the process's life: it is read only if the service fails to start.
        self.log = tempfile.TemporaryFile()  # noqa: SIM115
        self.process = subprocess.Popen(
            [*command, "nu.validator.servlet.Main", str(self.port)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        atexit.register(self.stop)
        self._wait_until_it_answers()

    def _wait_until_it_answers(self) -> None:
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                # Not listening yet: wait for the JVM, not for a fixed time.
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.process.wait(timeout=0.2)
        self.stop()
        self.log.seek(0)
        output = self.log.read()[-4000:].decode(errors="replace")
        pytest.fail(f"Nu Html Checker did not start:\n{output}")

    def check(self, html: str) -> dict:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/?out=json",
            data=html.encode("utf-8"),
            headers={"Content-Type": "text/html; charset=utf-8"},
        )
        # An http:// address made above, never a caller's.
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            return json.loads(response.read().decode("utf-8"))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


_checkers: dict[tuple[str, ...], _Checker] = {}


def _checker() -> _Checker:
    __tracebackhide__ = True
    command = tuple(checker_command())
    found = _checkers.get(command)
    if found is None or found.process.poll() is not None:
        found = _checkers[command] = _Checker(list(command))
    return found


def html_errors(pages: Mapping[str, str | bytes]) -> dict[str, list[dict]]:
    """Check each document; return its errors by page name."""
    __tracebackhide__ = True
    checker = _checker()
    errors: dict[str, list[dict]] = {}
    for name, html in pages.items():
        try:
            report = checker.check(_as_text(html))
        except (OSError, json.JSONDecodeError) as error:
            pytest.fail(f"Nu Html Checker gave no JSON report for {name}: {error}")
        for message in report.get("messages", []):
            # "non-document-error" means a document could not be checked at all, which must
            # not pass for valid.
            if message.get("type") in {"error", "non-document-error"}:
                errors.setdefault(name, []).append(message)
    return errors


def _describe(message: dict) -> str:
    where = ""
    if "lastLine" in message:
        first = message.get("firstColumn", message.get("lastColumn"))
        where = f"line {message['lastLine']}, column {first}-{message.get('lastColumn')}: "
    text = f"  {where}{message.get('message', '').strip()}"
    extract = message.get("extract")
    if extract:
        text += "\n      " + extract.replace("\n", "\u21b5")
    return text


def assert_valid_html_pages(pages: Mapping[str, str | bytes]) -> None:
    """Fail listing every HTML error, by page name, in any of the documents."""
    __tracebackhide__ = True
    errors = html_errors(pages)
    if errors:
        report = []
        for name, found in errors.items():
            report.append(f"{name}: {len(found)} error(s)")
            report.extend(_describe(message) for message in found)
        pytest.fail("Not valid HTML (Nu Html Checker):\n" + "\n".join(report))


def as_page(fragment: bytes) -> bytes:
    """A part of a page (an answer to htmx) as the body of a complete document, to check."""
    head = b"<!DOCTYPE html><html lang=en><head><title>Part</title></head><body>"
    return head + fragment + b"</body></html>"


def assert_valid_html(html: str | bytes) -> None:
    """Fail listing the Nu Html Checker's errors for this complete HTML document."""
    __tracebackhide__ = True
    assert_valid_html_pages({"document": html})
