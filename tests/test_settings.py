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
    "'hosts': s.ALLOWED_HOSTS}, default=str))"
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
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG"}}
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


def test_it_refuses_to_start_in_production_without_a_secret_key() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    result = load_settings(env)
    assert "Set SECRET_KEY" in result.stderr


@pytest.mark.parametrize("value", ["maybe", "2x"])
def test_it_names_a_setting_it_cannot_read(value: str) -> None:
    env = {**os.environ, "SECRET_KEY": "x" * 50, "DEBUG": value}
    result = load_settings(env)
    assert "DEBUG must be true or false" in result.stderr
