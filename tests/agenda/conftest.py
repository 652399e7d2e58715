"""The agenda's cast: the seed board made public with a meeting announced for later, and
papers of every kind made in memory."""

from __future__ import annotations

import datetime
import io
import zipfile
from typing import Any

import pytest
from django.utils import timezone

from agenda import services
from agenda.models import AgendaItem, Paper
from meetings.models import Board, Meeting

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="{part}" ContentType="{type}"/></Types>'
)


def pdf_bytes(*, password: str | None = None, pages: int = 1) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def ooxml_bytes(part: str, content_type: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(part=part, type=content_type))
        archive.writestr(part.lstrip("/"), "<root/>")
    return out.getvalue()


def docx_bytes() -> bytes:
    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


def xlsx_bytes() -> bytes:
    import openpyxl

    out = io.BytesIO()
    openpyxl.Workbook().save(out)
    return out.getvalue()


def pptx_bytes() -> bytes:
    return ooxml_bytes(
        "/ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    )


@pytest.fixture
def upcoming(public_board: Board) -> Meeting:
    """A meeting of the seed board announced for three weeks ahead, its record not begun."""
    date = timezone.localdate() + datetime.timedelta(days=21)
    return Meeting.objects.create(
        board=public_board,
        date=date,
        title=f"Record of Meeting {date:%-d %B %Y}",
        announced=True,
        place="City Hall",
    )


def add_item(meeting: Meeting, by: Any, title: str, **fields: Any) -> AgendaItem:
    return services.item_add(meeting=meeting, by=by, title=title, **fields)


@pytest.fixture
def agenda_with_papers(upcoming: Meeting, secretariat: Any) -> dict[str, Any]:
    """A published agenda: a public item with a public and a restricted paper, and a
    restricted item (title public) with a paper of its own."""
    welcome = add_item(upcoming, secretariat, "Welcome and apologies")
    finance = add_item(upcoming, secretariat, "Finance report", purpose="decision", lead="MPS")
    secret = add_item(
        upcoming,
        secretariat,
        "Operation Nightjar update",
        restricted=True,
        restricted_reason=(
            "Not for publication: contains information about an ongoing investigation"
        ),
        title_public=False,
    )
    public_paper = services.paper_add(
        item=finance, by=secretariat, name="finance.pdf", data=pdf_bytes(), title="Budget paper"
    )
    restricted_paper = services.paper_add(
        item=finance,
        by=secretariat,
        name="annex.pdf",
        data=pdf_bytes(pages=2),
        title="Confidential annex",
        restricted=True,
    )
    secret_paper = services.paper_add(
        item=secret, by=secretariat, name="nightjar.docx", data=docx_bytes(), title="Nightjar brief"
    )
    services.agenda_publish(agenda=finance.agenda, by=secretariat)
    return {
        "meeting": upcoming,
        "agenda": finance.agenda,
        "items": [welcome, finance, secret],
        "public_paper": public_paper,
        "restricted_paper": restricted_paper,
        "secret_paper": secret_paper,
    }


def agenda_url(meeting: Meeting, name: str = "agenda:agenda", *args: Any) -> str:
    from django.urls import reverse

    return reverse(name, args=[meeting.board.slug, meeting.date.isoformat(), *args])


def paper_url(paper: Paper) -> str:
    return paper.get_absolute_url()
