"""Uploads: papers are told from their bytes; what is not a paper is refused with a message
and nothing is saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from agenda.files import paper_kind
from agenda.models import AgendaItem, Paper
from meetings.models import Meeting
from tests.agenda.conftest import (
    add_item,
    agenda_url,
    docx_bytes,
    ooxml_bytes,
    pdf_bytes,
    pptx_bytes,
    xlsx_bytes,
)
from tests.conftest import client_for


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (pdf_bytes, "application/pdf"),
        (docx_bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (xlsx_bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (pptx_bytes, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ],
)
def test_it_tells_each_accepted_format_from_its_bytes(make: Any, kind: str) -> None:
    assert paper_kind(make()) == kind


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"<html><script>alert(1)</script></html>", "wrong_format"),
        (b"", "empty"),
        (pdf_bytes()[:200], "broken"),
        (b"PK\x03\x04 not really a zip", "broken"),
        (
            ooxml_bytes(
                "/word/document.xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml",
            ),
            "wrong_format",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "encrypted"),
    ],
    ids=["html", "empty", "truncated-pdf", "broken-zip", "macro-enabled-word", "ole"],
)
def test_it_refuses_what_is_not_a_paper(data: bytes, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        paper_kind(data)
    assert refused.value.code == code


def test_it_refuses_an_encrypted_pdf() -> None:
    with pytest.raises(ValidationError, match="encrypted") as refused:
        paper_kind(pdf_bytes(password="secret"))
    assert refused.value.code == "encrypted"


def test_it_refuses_a_file_over_the_limit(settings: Any) -> None:
    settings.AGENDA_PAPER_MAX_BYTES = 100
    with pytest.raises(ValidationError, match="too large"):
        paper_kind(pdf_bytes())


def _stored_papers() -> list[Path]:
    root = Path(settings.MEDIA_ROOT) / "papers"
    return list(root.rglob("*")) if root.exists() else []


def _upload(secretariat: Any, meeting: Meeting, item: AgendaItem, name: str, data: bytes) -> Any:
    prefix = f"paper-{item.pk}"
    return client_for(secretariat).post(
        agenda_url(meeting, "agenda:paper_add"),
        {
            "target": item.pk,
            f"{prefix}-title": "A paper",
            f"{prefix}-version": "1",
            f"{prefix}-upload": SimpleUploadedFile(name, data, content_type="application/pdf"),
        },
    )


@pytest.mark.django_db
def test_it_saves_nothing_for_a_file_named_pdf_that_is_not_one(
    upcoming: Meeting, secretariat: Any
) -> None:
    item = add_item(upcoming, secretariat, "Finance")
    before = _stored_papers()
    response = _upload(secretariat, upcoming, item, "budget.pdf", b"<html>not a pdf</html>")
    assert response.status_code == 400
    assert "not a paper PROB accepts" in response.content.decode()
    assert (Paper.objects.count(), _stored_papers()) == (0, before)


@pytest.mark.django_db
def test_it_saves_nothing_for_an_encrypted_pdf(upcoming: Meeting, secretariat: Any) -> None:
    item = add_item(upcoming, secretariat, "Finance")
    before = _stored_papers()
    response = _upload(secretariat, upcoming, item, "budget.pdf", pdf_bytes(password="pw"))
    assert "encrypted or password-protected" in response.content.decode()
    assert (Paper.objects.count(), _stored_papers()) == (0, before)


@pytest.mark.django_db
def test_it_saves_nothing_for_a_file_over_the_limit(
    upcoming: Meeting, secretariat: Any, settings: Any
) -> None:
    settings.AGENDA_PAPER_MAX_BYTES = 100
    item = add_item(upcoming, secretariat, "Finance")
    response = _upload(secretariat, upcoming, item, "budget.pdf", pdf_bytes())
    assert "too large" in response.content.decode()
    assert Paper.objects.count() == 0


def _zip_bomb_docx() -> bytes:
    """A real Word document with 51 MB of XML beside it, packed into a few kilobytes: the
    outside tester's zipbomb.docx in small."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as source, zipfile.ZipFile(out, "w") as bomb:
        for info in source.infolist():
            bomb.writestr(info, source.read(info))
        bomb.writestr(
            "customXml/item9.xml",
            b"<a>" + b" " * (51 * 1024 * 1024) + b"</a>",
            zipfile.ZIP_DEFLATED,
        )
    return out.getvalue()


def test_it_refuses_a_zip_bomb_as_the_import_does() -> None:
    data = _zip_bomb_docx()
    assert len(data) < 1024 * 1024
    with pytest.raises(ValidationError, match="unpacks to more than 50 MB") as refused:
        paper_kind(data)
    assert refused.value.code == "unpacks_too_large"


@pytest.mark.django_db
def test_it_saves_nothing_for_a_zip_bomb(upcoming: Meeting, secretariat: Any) -> None:
    item = add_item(upcoming, secretariat, "Finance")
    before = _stored_papers()
    response = _upload(secretariat, upcoming, item, "paper.docx", _zip_bomb_docx())
    assert response.status_code == 400
    assert "unpacks to more than 50 MB" in response.content.decode()
    assert (Paper.objects.count(), _stored_papers()) == (0, before)
