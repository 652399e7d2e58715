"""The file a record was imported from, kept beside it: stored by Django's storage API under
its content, recorded with its SHA-256, and removed again when the import that wrote it fails.

Storing and recording are two steps because the import page reads a file at the preview and
makes the record at a later request: the file is stored at the preview (under its hash, so a
second preview of it writes nothing) and recorded when the record is made. A file this request
wrote is removed if no record keeps it once the import is over (`kept_if_recorded`): a failed
import keeps no file."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import PurePosixPath
from typing import Any

from django.core import signing
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.text import get_valid_filename

from meetings.minutes import read_upload
from meetings.models import Board, ImportedOriginal, Meeting
from meetings.revisions import record_changed
from meetings.scoping import withholds_anything
from meetings.services.imports import Document, ImportOutcome, meeting_import
from meetings.services.lifecycle import record_publish_imported
from prob.history import save_with_history

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT = "text/plain; charset=utf-8"
# What each kind is called in "Imported from the published PDF".
KINDS = {PDF: "PDF", DOCX: "Word document", TEXT: "text file"}
# A preview's file stays usable for making the record for this long.
TOKEN_MAX_AGE = 24 * 60 * 60
_SALT = "meetings.original"


@dataclass(frozen=True)
class StoredFile:
    """A file in storage, not yet (or already) recorded as a record's original."""

    key: str
    name: str
    content_type: str
    size: int
    sha256: str
    # Whether this request wrote it: only then may a failed import remove it.
    written: bool = False
    # The SHA-256 of the text read from it (`text_digest`), carried from the preview in the
    # signed token: a record made from other text was made from the file's text edited.
    text_sha256: str = ""

    @property
    def kind(self) -> str:
        return kind_of(self.content_type)

    def token(self) -> str:
        """Signed, so that a form sent back can name only a file PROB itself stored."""
        return signing.dumps({**asdict(self), "written": False}, salt=_SALT, compress=True)

    @classmethod
    def from_token(cls, token: str) -> StoredFile | None:
        """The file a token names, if the token is PROB's, recent, and the file is there."""
        try:
            fields = signing.loads(token, salt=_SALT, max_age=TOKEN_MAX_AGE)
            stored = cls(**fields)
        except (signing.BadSignature, TypeError):
            return None
        return stored if stored.is_stored() else None

    def is_stored(self) -> bool:
        return default_storage.exists(self.key)


def kind_of(content_type: str) -> str:
    return KINDS.get(content_type, "file")


def readable_original(meeting: Meeting, *, public: bool) -> ImportedOriginal | None:
    """The original a reader of `meeting` (already in their scope) may download, or None. The
    board's readers, who see the whole record, get it; the public (`public`) only a published
    copy, and only while the record withholds nothing from them: a file holds the whole of
    what it says, so an original of a record with restricted content (marked at the import or
    later) would hand the public what every other output withholds. Reads `meeting.original`
    as the scoping helper joined it; one query more only for the public's published copy."""
    try:
        original = meeting.original  # type: ignore[attr-defined]
    except ImportedOriginal.DoesNotExist:
        return None
    if not public:
        return original
    return original if original.published_copy and not withholds_anything(meeting) else None


def content_type(data: bytes) -> str:
    """The type told from the bytes: a PDF, a Word document, or else text. A file is served
    as this type, so an HTML page uploaded as minutes.txt is never served as HTML."""
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return DOCX
        except zipfile.BadZipFile:
            pass
        return "application/octet-stream"
    return TEXT if b"\x00" not in data else "application/octet-stream"


def safe_name(name: str) -> str:
    """The uploaded name without folders, and with only characters safe in a storage key."""
    base = PurePosixPath(name.replace("\\", "/")).name
    try:
        safe = get_valid_filename(base)
    except SuspiciousFileOperation:  # Django refuses names such as "..": a neutral one.
        safe = ""
    stem, suffix = PurePosixPath(safe).stem[:100], PurePosixPath(safe).suffix[:10]
    return f"{stem}{suffix}" if stem else f"original{suffix}"


def original_store(*, name: str, data: bytes) -> StoredFile:
    """Stores the file under its content, `originals/<sha256>/<safe name>`: the same file is
    stored once, and a key never names other bytes."""
    sha256 = hashlib.sha256(data).hexdigest()
    key = f"originals/{sha256}/{safe_name(name)}"
    written = False
    if default_storage.exists(key) and not ImportedOriginal.objects.filter(file=key).exists():
        # Left by an earlier preview, kept by no record: stored again, so that its age (which
        # `originals_prune` removes it by) is this preview's.
        default_storage.delete(key)
    if not default_storage.exists(key):
        saved = default_storage.save(key, ContentFile(data))
        written = saved == key
        # Renamed: another request stored the same bytes first. Theirs is kept, under the key.
        if not written:
            default_storage.delete(saved)
    display = PurePosixPath(name.replace("\\", "/")).name[:255] or safe_name(name)
    return StoredFile(key, display, content_type(data), len(data), sha256, written)


def text_digest(text: str) -> str:
    """The SHA-256 of minutes text, whatever line endings and trailing spaces a form's round
    trip gave it: the same text read from a file and sent back unchanged has the same one."""
    lines = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(lines.encode()).hexdigest()


def original_keep(
    *,
    meeting: Meeting,
    stored: StoredFile,
    by: Any,
    published_copy: bool = False,
    edited: bool = False,
) -> ImportedOriginal:
    """Records `stored` as the file `meeting` was imported from, in the caller's transaction;
    `edited` where the record was made from the file's text as the clerk changed it."""
    original = ImportedOriginal(
        meeting=meeting,
        file=stored.key,
        name=stored.name,
        content_type=stored.content_type,
        size=stored.size,
        sha256=stored.sha256,
        published_copy=published_copy,
        edited=edited,
        uploaded_by=by,
    )
    # No uploader is allowed: the command imports drafts without an account, as it always has.
    original.full_clean(exclude=["uploaded_by"])
    save_with_history(original, by=by, reason=Document("", stored.name, edited=edited).reason)
    # The record's page links to it (its files do not): nothing rendered before may be served
    # after.
    record_changed(meeting, content=False)
    return original


@contextmanager
def kept_if_recorded(stored: StoredFile | None) -> Iterator[None]:
    """Around an import, outside its transaction: the file this request stored is removed
    at the end unless a record keeps it (the import failed, or was only a dry run)."""
    try:
        yield
    finally:
        if stored is not None and stored.written:
            original_discard(stored)


def original_discard(stored: StoredFile) -> None:
    """Removes the stored file unless a record keeps it."""
    if not ImportedOriginal.objects.filter(file=stored.key).exists():
        default_storage.delete(stored.key)


def stored_text(stored: StoredFile) -> str:
    """The minutes text of a stored file, read as an upload is (in the sandbox)."""
    with default_storage.open(stored.key, "rb") as handle:
        return read_upload(stored.name, handle.read())


def meeting_import_original(
    *,
    stored: StoredFile,
    text: str,
    board: Board,
    by: Any,
    published: bool = False,
    people: Collection[str] = (),
    organisations: Collection[str] = (),
    read: ImportOutcome | None = None,
) -> ImportOutcome:
    """Makes `board`'s record from a file's text with the file kept beside it (and, with
    `published`, publishes it as its board did), in one transaction: all of it or nothing,
    the file included. Only the new `people` and `organisations` named are created; `read`
    is what minutes_read found in the text, as `meeting_import` takes it. Raises what
    `meeting_import` raises."""
    with kept_if_recorded(stored), transaction.atomic():
        outcome = meeting_import(
            board=board,
            document=Document(text=text, name=stored.name),
            by=by,
            people=people,
            organisations=organisations,
            read=read,
        )
        meeting = outcome.meeting
        assert meeting is not None
        original_keep(meeting=meeting, stored=stored, by=by, published_copy=published)
        if published:
            reason = f"Imported from the published {stored.kind}"
            outcome.meeting = record_publish_imported(meeting=meeting, by=by, reason=reason)
    return outcome
