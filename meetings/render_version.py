"""The render version: one short hash of everything, besides the record, that a stored
rendering's bytes depend on, so that a deploy which changes how records look makes them anew.

It covers the templates (every directory the template engines read), the static files (the
manifest when the storage keeps one, which names every file by its content's hash, else the
files' content), the code that turns a record into a page or a file, and the settings that
change what they say. `meetings.artefacts` puts it in the key of every stored rendering, and
the front door (`meetings.middleware`) in that of every copy it keeps, so nothing made before
a deploy is served after it; each is made again on its first request. A rendering whose bytes
come out the same (the plain text, whenever its code did not change what it writes) keeps its
SHA-256.

It is computed once per process, on first use, and never per request.
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

# The modules whose code decides what a rendering holds: the read model and its outputs,
# the minutes writer (the plain text), the page's view and the template tags.
RENDERING_MODULES = (
    "meetings.render_version",
    "meetings.artefacts",
    "meetings.records",
    "meetings.renderings",
    "meetings.documents",
    "meetings.numbering",
    "meetings.context_processors",
    "meetings.views.records",
    "meetings.minutes.writer",
    "meetings.minutes.dates",
    "meetings.minutes.action_lines",
    "meetings.templatetags.calendars",
    "meetings.templatetags.record_fragments",
    "meetings.fragments",
    "meetings.comments",
    "prob.site",
)
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
    for part in (_settings(), _templates(), _static_files(), _code()):
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


def _code() -> bytes:
    paths = []
    for name in RENDERING_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            paths.append((name, Path(spec.origin)))
    return _files_digest(paths)


def _files_digest(files: Iterable[tuple[str, Path]]) -> bytes:
    """The hash of the files' names and contents, in a fixed order."""
    digest = hashlib.sha256()
    for label, path in sorted((label, path) for label, path in files if path.is_file()):
        digest.update(f"{label}\0".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.digest()
