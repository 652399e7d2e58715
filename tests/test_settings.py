"""Settings read from the environment, as a deployment gives them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRINT = (
    "import json; from prob import settings as s; "
    "print(json.dumps({'db': s.DATABASES['default'], 'debug': s.DEBUG, "
    "'hosts': s.ALLOWED_HOSTS, 'site_url': s.SITE_URL}, default=str))"
)


def load_settings(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", PRINT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def settings_with(**env: str) -> dict:
    ambient = {"DATABASE_URL", "DEBUG", "SITE_URL", "PROB_ADDRESS"}
    clean = {k: v for k, v in os.environ.items() if k not in ambient}
    result = load_settings({**clean, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_it_defaults_to_an_embedded_sqlite_file() -> None:
    db = settings_with(SECRET_KEY="x" * 50)["db"]
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["NAME"].endswith("prob.sqlite3")


def test_it_keeps_checked_postgresql_connections() -> None:
    db = settings_with(SECRET_KEY="x" * 50, DATABASE_URL="postgres://u@db.example:5432/prob")["db"]
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert db["CONN_MAX_AGE"] >= 60
    assert db["CONN_HEALTH_CHECKS"] is True
    # Kept connections may prepare statements (prob/prepared.py); not when made per request,
    # as behind a transaction-mode pooler.
    assert db["OPTIONS"]["prepare_threshold"] == 5
    per_request = settings_with(
        SECRET_KEY="x" * 50, DATABASE_URL="postgres://u@db.example:5432/prob", CONN_MAX_AGE="0"
    )["db"]
    assert per_request.get("OPTIONS", {}).get("prepare_threshold") is None


@pytest.mark.parametrize(
    ("address", "site_url"),
    [("127.0.0.1:8765", "http://127.0.0.1:8765"), ("8765", "http://127.0.0.1:8765")],
)
def test_it_links_to_where_bin_run_serves(address: str, site_url: str) -> None:
    # bin/run serves at PROB_ADDRESS (runserver's "port" or "address:port"): emails sent in
    # development must lead there, not to the default port.
    assert settings_with(DEBUG="true", PROB_ADDRESS=address)["site_url"] == site_url


def test_it_links_to_site_url_whatever_the_address() -> None:
    env = {"SITE_URL": "https://prob.example", "PROB_ADDRESS": "127.0.0.1:8765"}
    assert settings_with(SECRET_KEY="x" * 50, **env)["site_url"] == "https://prob.example"


def test_it_refuses_to_start_in_production_without_a_secret_key() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    result = load_settings(env)
    assert "Set SECRET_KEY" in result.stderr


@pytest.mark.parametrize("value", ["maybe", "2x"])
def test_it_names_a_setting_it_cannot_read(value: str) -> None:
    env = {**os.environ, "SECRET_KEY": "x" * 50, "DEBUG": value}
    result = load_settings(env)
    assert "DEBUG must be true or false" in result.stderr
