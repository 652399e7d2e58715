"""Production readiness: `check --deploy` is clean, and the Content Security Policy holds
(no inline scripts or styles anywhere, so none need allowing)."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.checks.registry import registry
from django.test import Client
from django.urls import reverse

from meetings.models import Action, Meeting
from tests.conftest import client_for

REPO = Path(__file__).resolve().parent.parent
TEMPLATES = REPO / "templates"

# Only what any process needs: nothing that bin/test or other tests set (DEBUG, relaxed
# HTTPS, DJANGO_ALLOW_ASYNC_UNSAFE ...) may reach the production settings under test.
PASSED_THROUGH = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ")


def production_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {key: os.environ[key] for key in PASSED_THROUGH if key in os.environ}
    env.update(
        DJANGO_SETTINGS_MODULE="prob.settings",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="prob.example",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prob.sqlite3'}",
        **extra,
    )
    return env


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def deploy_check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return manage(env, "check", "--deploy", "--fail-level", "WARNING")


def test_it_passes_the_deploy_check_with_production_defaults(tmp_path: Path) -> None:
    result = deploy_check(production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_it_passes_the_deploy_check_as_configured_in_env_example(tmp_path: Path) -> None:
    env = production_env(tmp_path, EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend")
    result = deploy_check(env)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize(
    ("backend", "warned"),
    [
        ("django.tasks.backends.immediate.ImmediateBackend", True),
        ("django_tasks_db.DatabaseBackend", False),
    ],
)
def test_it_warns_when_tasks_would_run_inside_requests(
    settings: Any, backend: str, warned: bool
) -> None:
    """The checks `--deploy` adds, run here on the test settings with this tasks backend: the
    warning is that check's, whatever else these settings are warned of. (Run in a process of
    the production settings, as above, it cost ~1.5 s of CPU; TASKS_BACKEND is read into this
    setting as the tests' own immediate backend is.)"""
    settings.TASKS = {"default": {"BACKEND": backend}}
    found = {
        message.id
        for check in registry.deployment_checks
        for message in check(app_configs=None, databases=None)
    }
    assert ("prob.W001" in found) is warned


def test_it_refuses_to_start_in_production_without_a_secret_key(tmp_path: Path) -> None:
    env = production_env(tmp_path)
    del env["SECRET_KEY"]
    result = manage(env, "check")
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


# --- Content Security Policy -----------------------------------------------------------------


def test_it_sends_a_strict_csp_header(client: Client, db: None) -> None:
    policy = client.get(reverse("home"))["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_it_allows_nothing_inline_in_the_settings() -> None:
    assert "unsafe-inline" not in str(settings.SECURE_CSP)


INLINE = {
    "a script with content": re.compile(r"<script\b[^>]*>\s*[^<\s]", re.IGNORECASE),
    "a style element": re.compile(r"<style\b", re.IGNORECASE),
    "a style attribute": re.compile(r"\sstyle\s*=", re.IGNORECASE),
    "an event handler attribute": re.compile(r"\son[a-z]+\s*=", re.IGNORECASE),
    "a javascript: URL": re.compile(r"javascript:", re.IGNORECASE),
}


def inline_code(html: str) -> list[str]:
    return [what for what, pattern in INLINE.items() if pattern.search(html)]


def test_it_finds_the_templates_to_scan() -> None:
    assert len(list(TEMPLATES.rglob("*.html"))) > 10


@pytest.mark.parametrize(
    "template", sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.html"))
)
def test_it_keeps_scripts_and_styles_out_of_templates(template: str) -> None:
    assert inline_code((TEMPLATES / template).read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("html", ["<script>alert(1)</script>", '<p style="color: red">'])
def test_it_would_notice_inline_code(html: str) -> None:
    assert inline_code(html) != []


def rendered_pages(meeting: Meeting, user: Any) -> dict[str, str]:
    """Pages rendered with forms and widgets from libraries, which the template scan misses."""
    action = Action.objects.filter(paragraph__section__meeting=meeting).first()
    assert action is not None
    client = client_for(user)
    urls = [
        meeting.get_absolute_url(),
        action.get_absolute_url(),
        reverse("password_change"),
        reverse("account"),
        reverse("actions:mine"),
    ]
    pages = {url: client.get(url).content.decode() for url in urls}
    anonymous = Client()
    for url in (reverse("login"), reverse("password_reset")):
        pages[url] = anonymous.get(url).content.decode()
    return pages


def test_it_renders_no_inline_code(published_meeting: Meeting, action_owner: Any) -> None:
    found = {
        url: inline_code(html)
        for url, html in rendered_pages(published_meeting, action_owner).items()
    }
    assert {url: what for url, what in found.items() if what} == {}
