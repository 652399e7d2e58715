"""The render version: one short hash of everything, besides the record, that a stored
rendering's bytes depend on, so that a deploy which changes how records look makes them anew.

It covers the templates (every directory the template engines read), the static files (the
manifest when the storage keeps one, which names every file by its content's hash, else the
files' content), the code that turns a record into a page or a file (the project's and the
installed packages', by their lock), and the settings that change what they say.
`meetings.artefacts` puts it in the key of every stored rendering, and the front door
(`meetings.middleware`) in that of every copy it keeps, so nothing made before a deploy is
served after it; each is made again on its first request. A rendering whose bytes
come out the same (the plain text, whenever its code did not change what it writes) keeps its
SHA-256.

It is computed once per process, at start-up (`prob.wsgi` and `prob.asgi` ask for it before the
first request; elsewhere on first use), and never per request: about 320 Python files, the
templates and the manifest, read and hashed in about 0.08 s of CPU (README, "Made once,
served from storage").
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import django
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

# The code a rendering's bytes depend on is not a list kept by hand (one was, and it missed the
# editor's kept fragments, the tracking view, the agenda's public parts and the models'
# labels): it is every Python file of the project's own packages, migrations included (a data
# migration can rewrite what a record shows without moving its revision). The tests (in
# `tests/`, outside these packages) and everything installed (`.venv`) are left out: the
# first never runs in a deploy, and the second is named by the lock production installs from
# (`INSTALLED_LOCK`: WeasyPrint lays out the PDF, python-docx writes the Word file,
# crispy-forms the editor's forms). A deploy that changes any of this code makes every
# rendering anew, once, lazily: cheaper than finding out which code a page happened to use.
PROJECT_PACKAGES = ("prob",)
# The lock of what runs, beside the settings (`BASE_DIR`): every installed package's version.
INSTALLED_LOCK = "requirements.lock"
# Settings that change a rendering's bytes: addresses written into it, the static storage
# (hashed names or not), language and time zone.
RENDERING_SETTINGS = (
    "SITE_URL",
    "SITE_OWNER_NAME",
    "STATIC_URL",
    "LANGUAGE_CODE",
    "TIME_ZONE",
    "USE_TZ",
    "DEBUG",
)
# Settings whose change in a test (`override_settings`) means the version must be worked out
# again; in production settings never change while a process runs.
_WATCHED = {*RENDERING_SETTINGS, "TEMPLATES", "STORAGES", "STATICFILES_DIRS", "INSTALLED_APPS"}


@functools.cache
def render_version() -> str:
    """The current render version: 16 hex digits, the same on every process of a deploy."""
    digest = hashlib.sha256()
    for part in (_settings(), _installed(), _templates(), _static_files(), _code()):
        digest.update(part)
    return digest.hexdigest()[:16]


def forget() -> None:
    """Works the version out again on next use (after a test changes a template or a file)."""
    render_version.cache_clear()


@receiver(setting_changed)
def _setting_changed(*, setting: str, **kwargs: Any) -> None:
    if setting in _WATCHED:
        forget()


def _settings() -> bytes:
    values = [f"django={django.get_version()}"]
    values += [f"{name}={getattr(settings, name, None)!r}" for name in RENDERING_SETTINGS]
    values.append(f"staticfiles={settings.STORAGES['staticfiles']['BACKEND']}")
    return "\n".join(values).encode()


def _installed() -> bytes:
    lock = Path(settings.BASE_DIR) / INSTALLED_LOCK
    return _files_digest([(INSTALLED_LOCK, lock)])


def _templates() -> bytes:
    from django.template import engines

    directories: list[Path] = []
    for engine in engines.all():
        directories += [Path(d) for d in engine.template_dirs]
    # Named by their place in the search order and their name inside their directory, not
    # by where the checkout is: the same deploy in two places has one version.
    return _files_digest(
        (f"{place}:{path.relative_to(directory)}", path)
        for place, directory in enumerate(directories)
        if directory.is_dir()
        for path in directory.rglob("*")
    )


def _static_files() -> bytes:
    from django.contrib.staticfiles import finders
    from django.contrib.staticfiles.storage import staticfiles_storage

    read_manifest = getattr(staticfiles_storage, "read_manifest", None)
    manifest = read_manifest() if read_manifest else None
    if manifest:
        # The manifest names every file by its content's hash: a changed file changes it.
        return manifest.encode()
    # No manifest (development, tests, or before `collectstatic`): the files themselves.
    found: list[tuple[str, Path]] = []
    for finder in finders.get_finders():
        for name, storage in finder.list([]):
            found.append((name, Path(storage.path(name))))
    return _files_digest(found)


def source_roots() -> list[Path]:
    """The directories of the project's own packages: every installed app that lives in the
    checkout (not in the virtual environment), and the settings package."""
    from django.apps import apps

    base = Path(settings.BASE_DIR).resolve()
    roots = {Path(app.path).resolve() for app in apps.get_app_configs()}
    for name in PROJECT_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            roots.add(Path(spec.origin).resolve().parent)
    return sorted(root for root in roots if root.is_relative_to(base) and ".venv" not in root.parts)


def code_files() -> list[tuple[str, Path]]:
    """Every Python file of the project's packages, named by its package and its place in it
    (not by where the checkout is: the same deploy in two places has one version)."""
    return [
        (f"{root.name}/{path.relative_to(root).as_posix()}", path)
        for root in source_roots()
        for path in root.rglob("*.py")
        if "__pycache__" not in path.parts
    ]


def _code() -> bytes:
    return _files_digest(code_files())


def _files_digest(files: Iterable[tuple[str, Path]]) -> bytes:
    """The hash of the files' names and contents, in a fixed order."""
    digest = hashlib.sha256()
    for label, path in sorted((label, path) for label, path in files if path.is_file()):
        digest.update(f"{label}\0".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.digest()
