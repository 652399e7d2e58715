"""What a paper's file is, told from its bytes: the one place uploads are accepted or refused.

Only PDF and the three Office Open XML formats (Word .docx, Excel .xlsx, PowerPoint .pptx)
are papers. The name an upload carries and the type its browser claims are ignored: a PDF
begins with its magic number, and an Office file is a zip whose `[Content_Types].xml` names
the format's main part. An encrypted file (a PDF with an encryption dictionary, or an Office
file saved with a password, which Office writes as an OLE compound file, not a zip), and a
file too broken to read, are refused with a message saying so; nothing is stored.
"""

from __future__ import annotations

import io
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from lxml import etree

from agenda.models import Paper
from meetings.minutes.blocks import MAX_UNPACKED_MB, unpacks_too_large

_CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# The main part's content type in [Content_Types].xml, for each accepted Office format.
OOXML_MAIN_PARTS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": (
        Paper.Kind.DOCX
    ),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": Paper.Kind.XLSX,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": (
        Paper.Kind.PPTX
    ),
}
# What a password-protected Office file (and an old .doc/.xls/.ppt) starts with.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ACCEPTED = "PDF, Word (.docx), Excel (.xlsx) or PowerPoint (.pptx)"


def max_bytes() -> int:
    return int(settings.AGENDA_PAPER_MAX_BYTES)


def paper_kind(data: bytes) -> str:
    """The paper's content type, told from `data`, or a `ValidationError` saying why it is
    refused."""
    if len(data) > max_bytes():
        raise ValidationError(
            f"The file is too large: a paper may be at most {max_bytes():,} bytes "
            f"(this one is {len(data):,}).",
            code="too_large",
        )
    if not data:
        raise ValidationError("The file is empty.", code="empty")
    if data.startswith(b"%PDF-"):
        _check_pdf(data)
        return Paper.Kind.PDF
    if data.startswith(OLE_MAGIC):
        raise ValidationError(
            "The file is password-protected, or in an old Office format (.doc, .xls, .ppt): "
            f"save it without a password as {ACCEPTED} and upload it again.",
            code="encrypted",
        )
    if data.startswith(b"PK\x03\x04"):
        return _ooxml_kind(data)
    raise ValidationError(
        f"This file is not a paper PROB accepts: a paper is a {ACCEPTED} file. "
        "(The file's contents were checked, not its name.)",
        code="wrong_format",
    )


def _check_pdf(data: bytes) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ValidationError(
                "The PDF is encrypted or password-protected: save a copy without a password "
                "and upload that.",
                code="encrypted",
            )
        pages = len(reader.pages)
    except ValidationError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, OSError) as exc:
        raise ValidationError(
            "The PDF cannot be read: it may be damaged or incomplete. Save it again and upload "
            "the new copy.",
            code="broken",
        ) from exc
    if pages == 0:
        raise ValidationError("The PDF has no pages.", code="broken")


def _ooxml_kind(data: bytes) -> str:
    broken = ValidationError(
        "The file cannot be read: it looks like an Office file but is damaged or incomplete.",
        code="broken",
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # Within the import's bound for a Word file, checked before anything is unpacked
            # (testzip reads every member): a small upload that unpacks to hundreds of
            # megabytes (a zip bomb) would reach every member who opens the paper.
            if unpacks_too_large(archive.infolist()):
                raise ValidationError(
                    f"The file unpacks to more than {MAX_UNPACKED_MB} MB of text and "
                    "formatting, far more than a paper takes. Save it again, or as a PDF, and "
                    "upload it again.",
                    code="unpacks_too_large",
                )
            if archive.testzip() is not None:
                raise broken
            if any(info.flag_bits & 0x1 for info in archive.infolist()):
                raise ValidationError(
                    "The file is encrypted: save it without a password and upload it again.",
                    code="encrypted",
                )
            try:
                info = archive.getinfo("[Content_Types].xml")
            except KeyError:
                manifest = None
            else:
                # A real manifest is a few kilobytes; a huge one is not read at all.
                if info.file_size > 1024 * 1024:
                    raise broken
                manifest = archive.read(info)
    except zipfile.BadZipFile as exc:
        raise broken from exc
    if manifest is None:
        raise ValidationError(
            f"This zip file is not an Office document: a paper is a {ACCEPTED} file.",
            code="wrong_format",
        )
    # No entities, no DTD and no network: an uploaded manifest is never trusted.
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    try:
        root = etree.fromstring(manifest, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise broken from exc
    for override in root.iter(f"{_CONTENT_TYPES}Override"):
        if override.get("PartName", "").count("/") == 2:  # a main part: "/word/document.xml"
            kind = OOXML_MAIN_PARTS.get(override.get("ContentType", ""))
            if kind:
                return kind
    raise ValidationError(
        f"This Office file is not one PROB accepts (macro-enabled files and other formats are "
        f"refused): a paper is a {ACCEPTED} file.",
        code="wrong_format",
    )
