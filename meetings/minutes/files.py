"""Uploaded minutes files (.txt, .md, .docx) turned into the text that parse_minutes reads.
Every refusal is a MinutesError whose message tells the user what to do instead."""

import codecs
import math
import unicodedata
from pathlib import PurePosixPath

from meetings.minutes.blocks import Block, Unreadable, blocks_text
from meetings.minutes.text import MinutesError

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")
# Read by their own reader in the sandbox, not decoded as text.
DOCUMENT_SUFFIXES = (".docx",)
# Reading a document is bounded by default to these, in a child process (see sandbox.py).
READ_SECONDS = 5
READ_MEMORY_MB = 512
_HINTS = {
    ".doc": "Open it in Word and save it as a Word Document (.docx).",
    ".rtf": "Open it in Word and save it as a Word Document (.docx).",
    ".odt": "Save it as a Word Document (.docx).",
    ".pdf": "Copy the text out of the PDF into a .txt file, or upload the Word original.",
}


def read_upload(name: str, data: bytes, *, max_bytes: int = MAX_UPLOAD_BYTES) -> str:
    """The minutes text of an uploaded file, or a MinutesError that says what to do."""
    name = PurePosixPath(name.replace("\\", "/")).name or "The file"
    if len(data) > max_bytes:
        raise MinutesError(
            f"{name} is {_size(len(data))}; files up to {_size(max_bytes)} can be "
            "read. Remove pictures or split the minutes, and try again."
        )
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        text = _decode(name, data)
    elif suffix == ".docx":
        text = blocks_text(_read_blocks(name, "docx", data))
    else:
        hint = _HINTS.get(suffix, "Save the minutes as .docx, .txt or .md and try again.")
        raise MinutesError(f"{name} cannot be read: only .txt, .md and .docx files can. {hint}")
    if not text.strip():
        raise MinutesError(f"{name} has no text in it.")
    return text


def _size(size: int) -> str:
    """Rounded up, so that a file just over the limit never reads as the limit itself."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{math.ceil(size / 1024)} KB"
    return f"{math.ceil(size * 10 / (1024 * 1024)) / 10:g} MB"


def _decode(name: str, data: bytes) -> str:
    not_text = MinutesError(
        f"{name} is not a text file. Upload the minutes as .docx, or as text saved from Word "
        "or a PDF."
    )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows Notepad's "Unicode": its NUL bytes are text, not a sign of a binary file.
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        raise not_text
    else:
        text = _decode_8bit(name, data)
    # Word's manual line breaks and page breaks come through as \v and \f; few else do.
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and not c.isspace())
    if "\x00" in text or controls > len(text) / 10:
        raise not_text
    return text


def _decode_8bit(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Text saved from older Word and Notepad is often Windows-1252 ("smart" quotes, £).
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise MinutesError(
            f"{name} is in a character encoding that cannot be read. Save it as UTF-8 text "
            "(in Notepad: Save As, Encoding UTF-8) and try again."
        ) from None


def _read_blocks(name: str, kind: str, data: bytes) -> list[Block]:
    """The document's blocks, read in a child process within the time and memory limits."""
    # Imported here: the sandbox runs as `python -m`, after this package is imported.
    from meetings.minutes import sandbox

    seconds, memory_mb = _limits()
    try:
        return sandbox.read_in_child(kind, data, seconds=seconds, memory_mb=memory_mb)
    except Unreadable as exc:
        raise MinutesError(_refusal(name, kind, exc.code, seconds, memory_mb)) from None


def _limits() -> tuple[float, int]:
    # Imported here: this module is also imported by the sandbox, which runs without Django.
    from django.conf import settings

    if not settings.configured:
        return READ_SECONDS, READ_MEMORY_MB
    seconds = getattr(settings, "IMPORT_READ_SECONDS", READ_SECONDS)
    return seconds, getattr(settings, "IMPORT_READ_MEMORY_MB", READ_MEMORY_MB)


def _refusal(name: str, kind: str, code: str, seconds: float, memory_mb: int) -> str:
    if code == "limits":
        return (
            f"{name} could not be read within the limits for an upload ({seconds:g} seconds, "
            f"{memory_mb} MB). Save it again from Word as a Word Document (.docx), or paste "
            "its text, and try again."
        )
    if code == "too_long":
        return f"{name} holds more text than can be read."
    # "not_word", and a reader that broke on the file: the same advice either way.
    return (
        f"{name} is not a Word document that can be opened. Open it in Word, save it again as "
        "a Word Document (.docx), and try again."
    )
