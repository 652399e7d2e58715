"""Validate rendered HTML with the Nu Html Checker (vnu.jar, installed by `npm ci`).

    from tests.htmlcheck import assert_valid_html
    assert_valid_html(client.get("/").content)

The checker runs as a web service (vnu.jar's own), started at the first check and shared by
the session's test processes (`bin/test`'s xdist workers); `assert_valid_html_pages({"/": ...,
"/meetings/": ...})` checks many pages at once.

Only messages of type "error" fail a test; the checker's "info" messages (which include its
warnings) do not. Without java or the jar the test is skipped, unless PROB_REQUIRE_BROWSER=1
(as in CI), where a skip would hide that nothing was checked, so it fails instead.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import IO, NoReturn

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
    """vnu.jar as a web service on 127.0.0.1: started by the first check, and then shared.

    A JVM takes seconds to start and read its schemas (tens of seconds on a loaded machine),
    and checking a page once it is running takes milliseconds: starting one per check made the
    HTML checks a sixth of the suite's time. `process` is None in the test processes that use
    a service another one started (`_shared_checker`).
    """

    def __init__(self, port: int, pid: int, process: subprocess.Popen | None = None) -> None:
        self.port = port
        self.pid = pid
        self.process = process

    @classmethod
    def start(cls, command: list[str]) -> _Checker:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        # Kept open for the process's life: it is read only if the service fails to start.
        log = tempfile.TemporaryFile()  # noqa: SIM115
        process = subprocess.Popen(
            [*command, "nu.validator.servlet.Main", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        checker = cls(port, process.pid, process)
        checker._wait_until_it_answers(log)
        return checker

    def _wait_until_it_answers(self, log: IO[bytes]) -> None:
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if not self.alive():
                break
            if self.answers():
                return
            # Not listening yet: wait for the JVM, not for a fixed time.
            if self.process is not None:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.process.wait(timeout=0.2)
        self.stop()
        log.seek(0)
        output = log.read()[-4000:].decode(errors="replace")
        pytest.fail(f"Nu Html Checker did not start:\n{output}")

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
        except OSError:
            return False

    def alive(self) -> bool:
        if self.process is not None:
            return self.process.poll() is None
        return _is_the_checker(self.pid)

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
        if self.process is None:
            _kill(self.pid)
        elif self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def _is_the_checker(pid: int) -> bool:
    """Whether `pid` is still a running Nu Html Checker (not a process that took its number)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return b"nu.validator.servlet.Main" in command and state != "Z"


def _kill(pid: int) -> None:
    if _is_the_checker(pid):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


_checkers: dict[tuple[str, ...], _Checker] = {}

# A folder the session's main process makes (`share_between_processes`) and names to its
# xdist workers here: the first to check a page starts the service and records it there, the
# others use it. Two workers each starting their own JVM cost some 3-4 s of CPU more (a start
# and the first checks' compiling), and as long again of wall time on two cores.
SHARED = "PROB_NU_CHECKER_SHARED"


def _checker() -> _Checker:
    __tracebackhide__ = True
    command = tuple(checker_command())
    found = _checkers.get(command)
    if found is None or not found.alive():
        shared = os.environ.get(SHARED)
        if shared and Path(shared).is_dir():
            found = _shared_checker(Path(shared), command)
        else:
            found = _Checker.start(list(command))
            atexit.register(found.stop)
        _checkers[command] = found
    return found


def _shared_checker(folder: Path, command: tuple[str, ...]) -> _Checker:
    """The service recorded in `folder` for this command, or one started and recorded there,
    under a lock so that two processes never start one each. Stopped by the main process at
    the session's end (`stop_shared`), whichever worker started it."""
    __tracebackhide__ = True
    key = hashlib.sha256("\0".join(command).encode()).hexdigest()[:16]
    record = folder / f"{key}.json"
    with (folder / f"{key}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            known = json.loads(record.read_text())
            found = _Checker(int(known["port"]), int(known["pid"]))
            if found.alive() and found.answers():
                return found
        found = _Checker.start(list(command))
        record.write_text(json.dumps({"port": found.port, "pid": found.pid}))
        atexit.register(_stop_if_orphaned, found, os.getppid())
        return found


def _stop_if_orphaned(checker: _Checker, parent: int) -> None:
    """At a worker's exit: the service stopped here if the main process that would have
    stopped it is gone (killed, so that its workers end too)."""
    if os.getppid() != parent:
        checker.stop()


def share_between_processes() -> None:
    """Called by the session's main process before its workers start: they share one service."""
    os.environ[SHARED] = tempfile.mkdtemp(prefix="prob-nu-checker-")


def stop_shared() -> None:
    """Called by the session's main process at its end: stops the service the workers shared."""
    folder = os.environ.pop(SHARED, None)
    if not folder:
        return
    for record in Path(folder).glob("*.json"):
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            _kill(int(json.loads(record.read_text())["pid"]))
    shutil.rmtree(folder, ignore_errors=True)


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
