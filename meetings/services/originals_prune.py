"""Removing the originals no record keeps: a file stored by an import preview the clerk never
accepted, or the file of a deleted draft. A file is stored before its record is made
(`meetings.services.originals`), so storage can hold files that nothing will ever use; this
removes them once no preview can still use them, and never one that a record keeps."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from meetings.models import ImportedOriginal
from meetings.services.originals import TOKEN_MAX_AGE

# Where `original_store` keeps files: `originals/<sha256>/<name>`.
ORIGINALS = "originals"


def originals_prune(*, older_than: datetime.timedelta, dry_run: bool = False) -> list[str]:
    """Removes from storage every original that no record keeps and that was stored longer ago
    than `older_than` (a preview the clerk never accepted, or the file of a deleted draft), and
    returns their keys (with `dry_run`, only returns them). A file a record keeps is never
    removed. `older_than` is at least the life of a preview's token (`TOKEN_MAX_AGE`): a file
    younger may still be the one a preview open in a browser makes its record from."""
    if older_than < datetime.timedelta(seconds=TOKEN_MAX_AGE):
        raise ValueError("A preview's file stays usable for 24 hours: prune only older files.")
    before = timezone.now() - older_than
    removed = []
    for key in _stored_keys():
        if default_storage.get_modified_time(key) >= before:
            continue
        with transaction.atomic():
            # Checked and removed in one transaction, with the rows that keep it locked. No
            # import can be about to record it: the token of any preview that named it is older
            # than its life, and refused; a preview of the same bytes stores it anew.
            if ImportedOriginal.objects.select_for_update().filter(file=key).exists():
                continue
            if not dry_run:
                default_storage.delete(key)
        removed.append(key)
    return removed


def _stored_keys() -> Iterator[str]:
    if not default_storage.exists(ORIGINALS):
        return
    folders, _ = default_storage.listdir(ORIGINALS)
    for folder in sorted(folders):
        _, files = default_storage.listdir(f"{ORIGINALS}/{folder}")
        for name in sorted(files):
            yield f"{ORIGINALS}/{folder}/{name}"
