"""Uploaded minutes files (.txt, .md, .docx) turned into the text that parse_minutes reads.
Every refusal is a MinutesError whose message tells the user what to do instead."""

import codecs
import io
import math
import unicodedata
import zipfile
from pathlib import PurePosixPath

import docx
from docx.opc.exceptions import OpcError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from meetings.minutes.text import MinutesError

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
# A .docx is a zip: a small upload can unpack to far more, so the unpacked size is capped too.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")
_HINTS = {
    ".doc": "Open it in Word and save it as a Word Document (.docx).",
    ".rtf": "Open it in Word and save it as a Word Document (.docx).",
    ".odt": "Save it as a Word Document (.docx).",
    ".pdf": "Copy the text out of the PDF into a .txt file, or upload the Word original.",
}
# Header rows of attendee tables, which are not people.
_COLUMN_NAMES = {
    "name", "names", "role", "roles", "title", "job title", "position", "designation",
    "organisation", "organization", "attendee", "attendees", "member", "members",
}  # fmt: skip


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
        text = _docx_text(name, data)
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


def _docx_text(name: str, data: bytes) -> str:
    not_word = MinutesError(
        f"{name} is not a Word document that can be opened. Open it in Word, save it again as "
        "a Word Document (.docx), and try again."
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        raise not_word from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise not_word
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [_block_text(item) for item in document.iter_inner_content()]
    except (OpcError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError):
        raise not_word from None
    # Each Word paragraph is a block of its own, as a blank line makes it in text.
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"


def _block_text(item: Paragraph | Table) -> str:
    if isinstance(item, Table):
        return "\n".join(_row_lines(item))
    text = item.text
    style = item.style.name if item.style is not None else ""
    # Word's headings become Markdown ones, which the reader takes as headings for sure.
    return f"# {text}" if text.strip() and style.startswith(("Heading", "Title")) else text


def _row_lines(table: Table) -> list[str]:
    """A table row by row as "Name, Role" lines: attendees are often set out in a table."""
    lines: list[str] = []
    for row in table.rows:
        # A merged cell comes back once for every grid column it spans, as the same object.
        texts = (" ".join(cell.text.split()) for cell in dict.fromkeys(row.cells))
        cells = [t for t in texts if t]
        # A lone "Attendees" cell is a heading the reader uses; "Name | Role" is not.
        if cells and not (len(cells) > 1 and all(c.lower() in _COLUMN_NAMES for c in cells)):
            lines.append(", ".join(cells))
    return lines
