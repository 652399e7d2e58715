"""Originals stored by an import preview and never used are removed after a day; those kept
beside a record never are (`prune_import_originals`)."""

from __future__ import annotations

import datetime
import io
import os
import time
from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from meetings.models import Meeting
from meetings.services.originals import meeting_import_original, original_store
from meetings.services.originals_prune import originals_prune

# Files kept by these tests go to each test's own folder.
pytestmark = pytest.mark.usefixtures("media_root")

DAY = datetime.timedelta(hours=24)


def age(key: str, hours: float) -> None:
    """Makes the stored file `hours` old."""
    then = time.time() - hours * 3600
    os.utime(default_storage.path(key), (then, then))


def test_it_removes_a_preview_never_used_after_a_day(db: None) -> None:
    stored = original_store(name="minutes.txt", data=b"Never accepted.")
    age(stored.key, 25)
    assert originals_prune(older_than=DAY) == [stored.key]
    assert not default_storage.exists(stored.key)


def test_it_keeps_a_preview_still_usable(db: None) -> None:
    stored = original_store(name="minutes.txt", data=b"Being previewed.")
    age(stored.key, 23)
    assert originals_prune(older_than=DAY) == []
    assert default_storage.exists(stored.key)


def test_it_keeps_the_original_of_a_record(seed_text: str, secretariat: Any) -> None:
    # The cast's board is the seed's, so the board exists before its record is made here.
    Meeting.objects.all().delete()
    stored = original_store(name="seed.txt", data=seed_text.encode())
    board = secretariat.person.memberships.get().board
    meeting_import_original(stored=stored, text=seed_text, board=board, by=secretariat)
    age(stored.key, 100)
    assert originals_prune(older_than=DAY) == []
    assert default_storage.exists(stored.key)


def test_it_removes_the_original_of_a_deleted_draft(seed_text: str, secretariat: Any) -> None:
    Meeting.objects.all().delete()
    stored = original_store(name="seed.txt", data=seed_text.encode())
    board = secretariat.person.memberships.get().board
    outcome = meeting_import_original(stored=stored, text=seed_text, board=board, by=secretariat)
    assert outcome.meeting is not None
    outcome.meeting.delete()
    age(stored.key, 25)
    assert originals_prune(older_than=DAY) == [stored.key]


def test_it_refuses_to_prune_younger_than_a_preview_lives(db: None) -> None:
    with pytest.raises(CommandError, match="at least 24"):
        call_command("prune_import_originals", "--older-than", "2")


def test_it_lists_without_removing_on_a_dry_run(db: None) -> None:
    stored = original_store(name="minutes.txt", data=b"Never accepted.")
    age(stored.key, 48)
    out = io.StringIO()
    call_command("prune_import_originals", "--dry-run", stdout=out)
    assert "Would remove 1 unused original." in out.getvalue()
    assert default_storage.exists(stored.key)


def test_it_removes_from_the_command(db: None) -> None:
    stored = original_store(name="minutes.txt", data=b"Never accepted.")
    age(stored.key, 30)
    out = io.StringIO()
    call_command("prune_import_originals", "--older-than", "24", stdout=out)
    assert stored.key in out.getvalue()
    assert not default_storage.exists(stored.key)


def test_it_keeps_a_file_previewed_again_today(db: None) -> None:
    old = original_store(name="minutes.txt", data=b"Previewed twice.")
    age(old.key, 30)
    again = original_store(name="minutes.txt", data=b"Previewed twice.")
    assert again.key == old.key
    assert originals_prune(older_than=DAY) == []
