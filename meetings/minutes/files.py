"""Uploaded minutes files (.txt, .md, .docx, .pdf) read into blocks (blocks.py), which
parse_blocks reads, and into the text the import page shows to be checked (a document's as
Markdown, which reads back into the same blocks). Word and PDF files are read in the sandbox
(sandbox.py). Every refusal is a MinutesError whose message tells the user what to do instead."""

import codecs
import contextlib
import contextvars
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath

from meetings.minutes.blocks import (
    MAX_UNPACKED_MB,
    Block,
    Unreadable,
    blocks_markdown,
    read_text,
)
from meetings.minutes.text import MinutesError, ParseResult, parse_blocks, parse_minutes
from prob.characters import shown_as_stored

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
# More pages than the minutes of any meeting run to: a longer PDF is refused at once rather
# than read until the time limit.
MAX_PDF_PAGES = 500
# The same for a Word file, counted in its text before it is parsed (QA F9: 150,000 paragraphs
# were refused only at the time limit, after 5.7 s): some 100 paragraphs to each of those
# pages, since each cell of a table is a paragraph of its own (a 5,000-row table of six
# columns, 30,000 of them, reads within 3 s: tests/meetings/test_import_speed.py).
MAX_DOCX_PARAGRAPHS = 50_000
TEXT_SUFFIXES = (".txt", ".md")
# Read by their own reader in the sandbox, not decoded as text.
DOCUMENT_SUFFIXES = (".docx", ".pdf")
ACCEPTED = ".txt, .md, .docx or .pdf"
# Reading a document or a long text is bounded by default to these, in a child process
# killed when the seconds have passed on the clock (see sandbox.py).
READ_SECONDS = 5
READ_MEMORY_MB = 512
# Texts up to this are parsed in the web process: the worst shapes take well under a second.
PARSE_HERE_CHARACTERS = 100_000
# A long text is parsed within the same limit as any file, on the clock: the limit is how long
# a worker may be held, whatever the text's length. (It was the limit for each million
# characters, QA F10, which gave a 1.95 MB text 9.8 seconds of CPU and, on a loaded machine,
# held a worker 25 seconds: QA F12.) Minutes read in linear time, some 2 seconds of CPU a million
# characters (tests/meetings/test_minutes_qafix8.py), so 2 MB of them fit on an idle machine;
# a text that long is far longer than one meeting's minutes, and the refusal says so.
_SAVE_AS_DOCX = "Open it in Word and save it as a Word Document (.docx), and try again."
# Formats told apart by their first bytes, whatever the file is called.
_OTHER_FORMATS = {
    "doc": "is a Word 97-2003 document (.doc), which cannot be read. " + _SAVE_AS_DOCX,
    "rtf": "is in Rich Text Format (.rtf), which cannot be read. " + _SAVE_AS_DOCX,
    "odt": "is an OpenDocument text (.odt), which cannot be read. Save it as a Word Document "
    "(.docx) in LibreOffice or Word, and try again.",
}
_SUFFIX_KINDS = {".doc": "doc", ".rtf": "rtf", ".odt": "odt", ".docx": "docx", ".pdf": "pdf"}


def read_upload(name: str, data: bytes, *, max_bytes: int = MAX_UPLOAD_BYTES) -> str:
    """The minutes text of an uploaded file, or a MinutesError that says what to do. A text
    file's text is kept as it is (so that line numbers match it); a document's is its blocks
    as Markdown (headings marked, tables as "| cell |" rows), which parse_minutes reads as
    parse_blocks reads the blocks."""
    name, kind = _check(name, data, max_bytes)
    if kind == "text":
        text = _decode(name, data)
    else:
        text = blocks_markdown(_read_blocks(name, kind, data))
    if not text.strip():
        raise MinutesError(f"{name} has no text in it.")
    # The text the clerk is shown and sends back holds no control character (prob/characters.py).
    return shown_as_stored(text)


def read_minutes(text: str, *, known_organisations: Iterable[str] = ()) -> ParseResult:
    """parse_minutes, bounded like reading a file: a text longer than any meeting's minutes
    usually are is read in the sandbox under the upload limits, since a hostile shape of it
    could otherwise hold a web worker for many seconds. Shorter texts are read here, in a few
    milliseconds, without the cost of a process."""
    if len(text) <= PARSE_HERE_CHARACTERS:
        return parse_minutes(text, known_organisations=known_organisations)
    # Imported here: the sandbox runs as `python -m`, after this package is imported.
    from meetings.minutes import sandbox

    seconds, memory_mb = _limits()
    try:
        return sandbox.parse_in_child(
            text, known_organisations, seconds=seconds, memory_mb=memory_mb
        )
    except Unreadable as exc:
        raise MinutesError(_refusal("The minutes", "text", exc.code, seconds, memory_mb)) from None


def read_document(name: str, data: bytes, *, max_bytes: int = MAX_UPLOAD_BYTES) -> list[Block]:
    """An uploaded file as blocks: a document's as its reader finds them, a text file's as
    read by read_text (its runs of lines, and Markdown tables)."""
    name, kind = _check(name, data, max_bytes)
    blocks = read_text(_decode(name, data)) if kind == "text" else _read_blocks(name, kind, data)
    if not any(b.text.strip() or b.rows for b in blocks if b.kind != "furniture"):
        raise MinutesError(f"{name} has no text in it.")
    return blocks


def read_file(
    name: str,
    data: bytes,
    *,
    known_organisations: Iterable[str] = (),
    max_bytes: int = MAX_UPLOAD_BYTES,
) -> ParseResult:
    """An uploaded file's minutes, read from its blocks (parse_blocks)."""
    return parse_blocks(
        read_document(name, data, max_bytes=max_bytes), known_organisations=known_organisations
    )


def _check(name: str, data: bytes, max_bytes: int) -> tuple[str, str]:
    """The file's name for messages and its kind ("text", "docx", "pdf"), or a refusal."""
    name = PurePosixPath(name.replace("\\", "/")).name or "The file"
    if len(data) > max_bytes:
        raise MinutesError(
            f"{name} is {_size(len(data))}; files up to {_size(max_bytes)} can be "
            "read. Remove pictures or split the minutes, and try again."
        )
    suffix = PurePosixPath(name).suffix.lower()
    kind = sniff(data) or _SUFFIX_KINDS.get(suffix) or ("text" if suffix in TEXT_SUFFIXES else "")
    if kind in _OTHER_FORMATS:
        raise MinutesError(f"{name} {_OTHER_FORMATS[kind]}")
    if not kind:
        raise MinutesError(
            f"{name} cannot be read: only {ACCEPTED} files can. Save the minutes as one of "
            "those and try again."
        )
    return name, kind


def sniff(data: bytes) -> str | None:
    """The kind of a document told by its bytes, or None: a text file, or a zip that may be a
    Word document."""
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"  # OLE2: Word 97-2003 (and old Excel and PowerPoint)
    if data.startswith(b"{\\rtf"):
        return "rtf"
    # ODF keeps an uncompressed "mimetype" member first, so the type is in plain sight.
    if data.startswith(b"PK\x03\x04") and data[30:38] == b"mimetype":
        return "odt" if b"opendocument.text" in data[38:120] else None
    # A Word package names its main part in the zip's directory, whatever the file is called.
    if data.startswith(b"PK\x03\x04") and b"word/document.xml" in data:
        return "docx"
    # PDF readers allow junk before the header in the first kilobyte.
    return "pdf" if b"%PDF-" in data[:1024] else None


def _size(size: int) -> str:
    """Rounded up, so that a file just over the limit never reads as the limit itself."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{math.ceil(size / 1024)} KB"
    return f"{math.ceil(size * 10 / (1024 * 1024)) / 10:g} MB"


# The control characters (Unicode's category Cc, U+0000-U+001F and U+007F-U+009F) but those
# that are space: tab, line feed, \v, \f, carriage return, U+001C-U+001F and U+0085.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def _decode(name: str, data: bytes) -> str:
    not_text = MinutesError(
        f"{name} is not a text file. Upload the minutes as .docx or .pdf, or as text saved "
        "from Word or a PDF."
    )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows Notepad's "Unicode": its NUL bytes are text, not a sign of a binary file.
        text = data.decode("utf-16", errors="replace")
    elif encoding := _utf16_without_bom(data):
        text = data.decode(encoding, errors="replace")
    elif b"\x00" in data:
        raise not_text
    else:
        text = _decode_8bit(name, data)
    # Word's manual line breaks and page breaks come through as \v and \f; few else do.
    controls = len(_CONTROLS.findall(text))
    if "\x00" in text or controls > len(text) / 10:
        raise not_text
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without its byte order mark, told by where its NUL bytes fall: in text
    of Latin letters every other byte is NUL, on the same side of each pair."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd >= 0.4 * pairs and even == 0:
        return "utf-16-le"
    if even >= 0.4 * pairs and odd == 0:
        return "utf-16-be"
    return None


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


# Bounds other than an upload's, for what is not a web request (`reading_limits`).
_OTHER_LIMITS: contextvars.ContextVar[tuple[float, int, str] | None] = contextvars.ContextVar(
    "reading_limits", default=None
)


@contextlib.contextmanager
def reading_limits(seconds: float, memory_mb: int, what: str) -> Iterator[None]:
    """Within it, files are read and long texts parsed with these bounds, not an upload's,
    and a refusal says `what` they are ("the limits set with --read-seconds"): for
    `manage.py import_minutes`, which holds no web worker (QA F10: it refused a 201-page PDF
    with the web upload's 5 seconds). Still bounded: a file that never finishes is stopped."""
    token = _OTHER_LIMITS.set((seconds, memory_mb, what))
    try:
        yield
    finally:
        _OTHER_LIMITS.reset(token)


def _limits() -> tuple[float, int]:
    if (other := _OTHER_LIMITS.get()) is not None:
        return other[0], other[1]
    # Imported here: this module is also imported by the sandbox, which runs without Django.
    from django.conf import settings

    if not settings.configured:
        return READ_SECONDS, READ_MEMORY_MB
    seconds = getattr(settings, "IMPORT_READ_SECONDS", READ_SECONDS)
    return seconds, getattr(settings, "IMPORT_READ_MEMORY_MB", READ_MEMORY_MB)


def _refusal(name: str, kind: str, code: str, seconds: float, memory_mb: int) -> str:
    original = "upload the Word original" if kind == "pdf" else "paste its text"
    other = _OTHER_LIMITS.get()
    limits = other[2] if other is not None else "the limits for an upload"
    # The limit on the clock, as the child is killed at it (sandbox.py).
    time = f"{seconds:g} second" + ("" if seconds == 1 else "s")
    if kind == "text" and code == "limits":
        return (
            f"{name} could not be read within {limits} ({time}, "
            f"{memory_mb} MB): the text is far longer than one meeting's minutes usually are. "
            "Take out what is not the minutes (appendices, reports or tables pasted in, other "
            "meetings' minutes), and try again."
        )
    messages = {
        "limits": f"{name} could not be read within {limits} ({time}, "
        f"{memory_mb} MB). Split it or remove pictures, or {original}, and try again.",
        "too_long": f"{name} holds more text than can be read.",
        "unpacks_too_large": f"{name} unpacks to more than {MAX_UNPACKED_MB} MB of text and "
        "formatting, far more than minutes take. Save it again as a Word Document (.docx), or "
        "paste its text, and try again.",
        "pdf_scan": f"{name} has no text in it: it looks like a scan. Run OCR (text "
        "recognition) in your PDF software, or upload the Word original.",
        "pdf_too_many_pages": f"{name} has more than {MAX_PDF_PAGES} pages, more than the "
        "minutes of a meeting run to. Save the minutes on their own as a PDF, or upload the "
        "Word original, and try again.",
        "docx_too_many_paragraphs": f"{name} has more than {MAX_DOCX_PARAGRAPHS:,} "
        "paragraphs, more than the minutes of a meeting run to. Save the minutes on their own "
        "as a Word Document (.docx), or paste their text, and try again.",
        "pdf_encrypted": f"{name} is protected with a password, so its text cannot be read. "
        "Save a copy without the password, or upload the Word original.",
    }
    if code in messages:
        return messages[code]
    if kind == "pdf":
        return (
            f"{name} is not a PDF that can be opened. Save it again as a PDF, or upload the "
            "Word original, and try again."
        )
    # "not_word", and a reader that broke on the file: the same advice either way.
    return (
        f"{name} is not a Word document that can be opened. Open it in Word, save it again as "
        "a Word Document (.docx), and try again."
    )
