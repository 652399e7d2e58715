"""A deploy that changes how records look makes every stored rendering anew
(`meetings.render_version`), while the published text, and so its SHA-256, stays as it was;
and the text depends on the record alone, never on organisations it does not name."""

from __future__ import annotations

import datetime
import hashlib
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from meetings import artefacts, middleware
from meetings import render_version as render_version_module
from meetings.forms import SectionForm
from meetings.models import Meeting, Organisation, Paragraph, RecordArtefact
from meetings.render_version import forget, render_version
from meetings.services import record_amend_paragraph
from meetings.views.editor import forms as editor_forms
from tests.conftest import client_for, import_record, publish

# What the changed template adds to every record page.
NOTICE = "This record is shown in the new layout."


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch) -> Client:
    """One anonymous reader (one process's front door), whose kept copies are checked against
    the record and the render version on every request."""
    monkeypatch.setattr(middleware, "RECHECK_SECONDS", 0)
    return Client()


@pytest.fixture
def deploy(settings: Any, tmp_path: Path) -> Any:
    """Deploys a new record template: a copy of the real one with a notice in it, in a
    template directory searched first. Changing TEMPLATES works the render version out
    again, as a new process would."""

    def deploy() -> None:
        original = Path(django_settings.BASE_DIR) / "templates" / "meetings" / "record.html"
        changed = original.read_text().replace(
            "<h1>{{ meeting.title }}</h1>",
            f'<h1>{{{{ meeting.title }}}}</h1><p class="notice">{NOTICE}</p>',
        )
        assert changed != original.read_text(), "the record template has no heading to mark"
        (tmp_path / "meetings").mkdir()
        (tmp_path / "meetings" / "record.html").write_text(changed)
        templates = [{**engine} for engine in settings.TEMPLATES]
        templates[0]["DIRS"] = [tmp_path, *templates[0]["DIRS"]]
        settings.TEMPLATES = templates

    return deploy


def url(meeting: Meeting, suffix: str = "/") -> str:
    page = reverse("meetings:record", args=[meeting.board.slug, meeting.date.isoformat()])
    return page if suffix == "/" else page[:-1] + suffix


def notices(response: Any) -> list[str]:
    return [p.text_content() for p in lxml.html.fromstring(response.content).find_class("notice")]


def test_it_shows_a_template_change_on_a_published_record_without_an_edit(
    meeting: Meeting, reader: Client, deploy: Any
) -> None:
    before = reader.get(url(meeting))
    deploy()
    after = reader.get(url(meeting))
    assert (notices(before), notices(after)) == ([], [NOTICE])
    assert after["ETag"] != before["ETag"]


def test_it_makes_the_files_anew_under_the_new_version(
    meeting: Meeting, reader: Client, deploy: Any
) -> None:
    reader.get(url(meeting, ".json"))
    before = RecordArtefact.objects.get(meeting=meeting, kind="json", audience="public")
    deploy()
    # Another process: nothing in its memory, nor in the shared cache; only the database.
    cache.clear()
    Client().get(url(meeting, ".json"))
    stored = RecordArtefact.objects.get(
        meeting=meeting, kind="json", audience="public", render_version=render_version()
    )
    assert before.render_version != stored.render_version
    # The old version's file stays beside it while processes of both may serve (a rolling
    # deploy), so that neither lays out the other's again.
    kept = RecordArtefact.objects.filter(meeting=meeting, kind="json", audience="public")
    assert sorted(kept.values_list("render_version", flat=True)) == sorted(
        [before.render_version, stored.render_version]
    )
    # And the page, which nothing below the front door keeps, shows the change there too.
    assert notices(Client().get(url(meeting))) == [NOTICE]


def test_an_old_versions_file_goes_once_it_is_an_hour_old_and_the_file_is_made_again(
    meeting: Meeting, reader: Client, deploy: Any, secretariat: Any
) -> None:
    reader.get(url(meeting, ".json"))
    old = RecordArtefact.objects.get(meeting=meeting, kind="json", audience="public")
    deploy()
    cache.clear()
    Client().get(url(meeting, ".json"))
    # Made a moment ago: kept beside the new version's.
    assert RecordArtefact.objects.filter(pk=old.pk, render_version=old.render_version).exists()
    RecordArtefact.objects.filter(pk=old.pk).update(
        made=timezone.now() - artefacts.OLD_VERSIONS_KEPT - datetime.timedelta(minutes=1)
    )
    # The record changes, and its file is made again under the new version: the old goes.
    record_amend_paragraph(
        paragraph=Paragraph.objects.filter(section__meeting=meeting).first(),
        text="Amended after the deploy.",
        reason="A typo",
        by=secretariat,
    )
    Client().get(url(meeting, ".json"))
    rows = RecordArtefact.objects.filter(meeting=meeting, kind="json", audience="public")
    assert list(rows.values_list("render_version", flat=True)) == [render_version()]


def test_it_keeps_the_texts_sha256_across_a_deploy(
    meeting: Meeting, reader: Client, deploy: Any
) -> None:
    before = reader.get(url(meeting, ".txt"))
    revision = Meeting.objects.get(pk=meeting.pk).revision
    deploy()
    after = reader.get(url(meeting, ".txt"))
    checksum = lxml.html.fromstring(reader.get(url(meeting)).content).find_class("checksum")
    assert hashlib.sha256(after.content).hexdigest() == hashlib.sha256(before.content).hexdigest()
    assert checksum[0].text == hashlib.sha256(before.content).hexdigest()
    assert Meeting.objects.get(pk=meeting.pk).revision == revision


def test_it_changes_the_render_version_when_a_static_files_content_changes(
    settings: Any, tmp_path: Path
) -> None:
    stylesheet = tmp_path / "prob.css"
    stylesheet.write_text("body { color: black; }")
    settings.STATICFILES_DIRS = [tmp_path]
    before = render_version()
    stylesheet.write_text("body { color: navy; }")
    forget()
    assert render_version() != before


def test_it_reads_the_manifest_when_the_static_storage_keeps_one(
    settings: Any, tmp_path: Path
) -> None:
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}
    }
    manifest = tmp_path / "staticfiles.json"
    manifest.write_text('{"paths": {"prob.css": "prob.0123.css"}, "version": "1.1"}')
    before = render_version()
    manifest.write_text('{"paths": {"prob.css": "prob.4567.css"}, "version": "1.1"}')
    forget()
    assert render_version() != before


# Code whose output is stored under the render version and which a hand-kept list once missed.
RENDERING_CODE = (
    "meetings/views/editor/surface.py",
    "meetings/views/editor/layout.py",
    "meetings/tracking.py",
    "meetings/models.py",
    "agenda/public.py",
    "prob/site.py",
)


def test_it_hashes_every_python_file_of_the_projects_packages() -> None:
    names = {name for name, _path in render_version_module.code_files()}
    assert set(RENDERING_CODE) <= names
    assert not [name for name in names if name.startswith(("tests/", ".venv/"))]


def test_it_changes_the_render_version_when_a_python_files_bytes_change(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A copy of the project's packages, one of whose rendering files a deploy changes."""
    base = Path(django_settings.BASE_DIR)
    roots = []
    for package in ("meetings", "agenda"):
        (tmp_path / package).mkdir()
        roots.append(tmp_path / package)
    for name in RENDERING_CODE[2:5]:
        (tmp_path / name).write_bytes((base / name).read_bytes())
    monkeypatch.setattr(render_version_module, "source_roots", lambda: roots)
    try:
        forget()
        before = render_version()
        changed = tmp_path / "agenda" / "public.py"
        changed.write_bytes(changed.read_bytes() + b"\n# A deploy.\n")
        forget()
        assert render_version() != before
    finally:
        forget()


RECORD_WITH_A_TREASURER = """\
# Performance and Risk Oversight Board

# Record of Meeting 30 November 2023

#### **MPS**

Sir Mark Rowley, Commissioner

#### 1. Accounts

1.1. The board received the accounts.
  - **Action 1:** The treasurer to circulate the accounts by 31 January 2024.
"""


def test_it_leaves_the_published_text_alone_when_an_unrelated_organisation_is_added(
    db: None,
) -> None:
    meeting = publish(import_record(RECORD_WITH_A_TREASURER))
    before = Client().get(url(meeting, ".txt")).content
    # An organisation the record never names, whose name the action's text begins with.
    Organisation.objects.create(name="Treasurer's Office", short_name="Treasurer")
    # Made again from nothing stored, as after a deploy.
    RecordArtefact.objects.all().delete()
    cache.clear()
    after = Client().get(url(meeting, ".txt")).content
    assert hashlib.sha256(after).hexdigest() == hashlib.sha256(before).hexdigest()


def test_it_shows_a_paragraph_template_change_to_a_member_without_an_edit(
    meeting: Meeting, board_member: Any, settings: Any, tmp_path: Path
) -> None:
    member = client_for(board_member)
    before = member.get(url(meeting))
    original = Path(django_settings.BASE_DIR) / "templates" / "meetings" / "_paragraph.html"
    (tmp_path / "meetings").mkdir()
    (tmp_path / "meetings" / "_paragraph.html").write_text(
        original.read_text().replace(
            '<span class="ref">', f'<p class="notice">{NOTICE}</p><span class="ref">', 1
        )
    )
    templates = [{**engine} for engine in settings.TEMPLATES]
    templates[0]["DIRS"] = [tmp_path, *templates[0]["DIRS"]]
    settings.TEMPLATES = templates
    after = member.get(url(meeting))
    assert notices(before) == []
    assert NOTICE in notices(after)


def test_it_changes_the_render_version_when_the_installed_packages_change(
    settings: Any, tmp_path: Path
) -> None:
    """Code installed beside the project renders too (WeasyPrint lays out the PDF, python-docx
    writes the Word file, crispy-forms the editor's forms): a deploy that upgrades one, which
    production installs from `requirements.lock`, makes every rendering anew."""
    lock = Path(django_settings.BASE_DIR) / "requirements.lock"
    (tmp_path / "requirements.lock").write_bytes(lock.read_bytes())
    settings.BASE_DIR = tmp_path
    try:
        forget()
        before = render_version()
        text = lock.read_text().replace("weasyprint==", "weasyprint==0.", 1)
        assert text != lock.read_text(), "the lock installs no WeasyPrint"
        (tmp_path / "requirements.lock").write_text(text)
        forget()
        assert render_version() != before
    finally:
        forget()


def test_the_editors_fresh_forms_are_made_anew_under_a_new_render_version(
    deploy: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editor's fresh forms, kept in the process's memory, are keyed by the render version
    like every stored rendering: made by the new templates and code after a deploy, even by a
    process that kept one made before."""
    made: list[str] = []
    crispy = editor_forms.as_crispy_form
    monkeypatch.setattr(
        editor_forms, "as_crispy_form", lambda form: made.append(form.initial) or crispy(form)
    )
    # A title no other test's form shows: none is kept yet.
    form = SectionForm(initial={"title": "Kept per render version"})
    kept = editor_forms.fresh_form_html(form)
    assert editor_forms.fresh_form_html(form) == kept
    assert len(made) == 1
    deploy()
    editor_forms.fresh_form_html(form)
    assert len(made) == 2
