"""Validate rendered HTML with the Nu Html Checker (vnu.jar, installed by `npm ci`).

    from tests.htmlcheck import assert_valid_html
    assert_valid_html(client.get("/").content)

Each call starts a JVM (a second or two), so to check many pages in one test, collect them
and call `assert_valid_html_pages({"/": ..., "/meetings/": ...})`, which uses one JVM.

Only messages of type "error" fail a test; the checker's "info" messages (which include its
warnings) do not. Without java or the jar the test is skipped, unless PROB_REQUIRE_BROWSER=1
(as in CI), where a skip would hide that nothing was checked, so it fails instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
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
    """The command that runs vnu.jar, or skip/fail the test when it cannot run here."""
    __tracebackhide__ = True
    java = shutil.which("java")
    if java is None:
        _unavailable("java not found on PATH; apt-get install default-jre-headless")
    jar = Path(os.environ.get("VNU_JAR") or DEFAULT_JAR)
    if not jar.is_file():
        _unavailable(f"Nu Html Checker not found at {jar}; run `npm ci --ignore-scripts` in {REPO}")
    return [java, "-jar", str(jar), "--stdout", "--format", "json"]


def _as_text(html: str | bytes) -> str:
    # Django responses hand over bytes; the files are written as UTF-8 whatever was given.
    return html.decode("utf-8") if isinstance(html, bytes) else html


def html_errors(pages: Mapping[str, str | bytes]) -> dict[str, list[dict]]:
    """Check each document in one run of the checker; return its errors by page name."""
    __tracebackhide__ = True
    command = checker_command()
    with tempfile.TemporaryDirectory(prefix="prob-vnu-") as tmp:
        # Files, not stdin, so one JVM can check many documents; each file is named by its
        # position, as page names may be URLs, which make poor file names.
        names: dict[str, str] = {}
        for index, (name, html) in enumerate(pages.items()):
            path = Path(tmp) / f"{index}.html"
            path.write_text(_as_text(html), encoding="utf-8")
            names[str(path)] = name
        result = subprocess.run(
            [*command, *names],
            capture_output=True,
            # vnu writes UTF-8 whatever the locale, and its messages quote with “ and ”.
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(
            f"Nu Html Checker gave no JSON report (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )
    errors: dict[str, list[dict]] = {}
    for message in report.get("messages", []):
        # "non-document-error" means a document could not be checked at all, which must not
        # pass for valid.
        if message.get("type") not in {"error", "non-document-error"}:
            continue
        # vnu names a document by URL, "file:/tmp/prob-vnu-.../0.html".
        url = message.get("url", "")
        name = names.get(url.removeprefix("file:"), url or "(checker)")
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


def assert_valid_html(html: str | bytes) -> None:
    """Fail listing the Nu Html Checker's errors for this complete HTML document."""
    __tracebackhide__ = True
    assert_valid_html_pages({"document": html})
