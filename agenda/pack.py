"""The board pack: the cover, the agenda and the agenda's PDF papers in order, merged with
pypdf into one PDF, with a bookmark per item (and per paper under it) and "Page n of N" on
every page. The public pack holds what is public; the members' pack restricted items and
papers too. Papers that are not PDFs (Word, Excel, PowerPoint) are named in the agenda pages
as separate downloads, since nothing here converts them.

The cover and agenda pages are plain text pages written with pypdf's own objects (no layout
engine), so a pack is made in milliseconds and the task that makes it stays cheap."""

from __future__ import annotations

import hashlib
import io
import textwrap
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from agenda.models import Agenda, AgendaItem, BoardPack, Paper
from agenda.public import published_items
from meetings.minutes import format_date

A4 = (595, 842)
LINES_PER_PAGE = 46


def _escaped(text: str) -> str:
    safe = text.encode("latin-1", "replace").decode("latin-1")
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(pages: list[list[tuple[int, str]]], *, title: str) -> bytes:
    """A PDF of plain text pages: each page a list of (font size, line)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    for lines in pages:
        page = writer.add_blank_page(*A4)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        y, ops = 780, []
        for size, line in lines:
            ops.append(f"BT /F1 {size} Tf 60 {y} Td ({_escaped(line)}) Tj ET")
            y -= size + 6
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _paginate(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    return [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)] or [[]]


def _wrapped(size: int, text: str, width: int = 85) -> list[tuple[int, str]]:
    return [(size, line) for line in textwrap.wrap(text, width)] or [(size, "")]


@dataclass(frozen=True)
class PackItem:
    item: AgendaItem
    papers: list[Paper]


def pack_items(agenda: Agenda, *, members: bool) -> list[PackItem]:
    if not members:  # what the public was shown at the last publication
        return [PackItem(item, item.public_papers) for item in published_items(agenda)]
    papers = Paper.objects.order_by("created", "pk")
    by_item: dict[int, list[Paper]] = {}
    for paper in papers.filter(item__agenda=agenda):
        by_item.setdefault(paper.item_id, []).append(paper)
    return [PackItem(item, by_item.get(item.pk, [])) for item in agenda.items.order_by("position")]


def _front_pages(agenda: Agenda, items: list[PackItem], *, members: bool) -> bytes:
    meeting = agenda.meeting
    when = format_date(meeting.date)
    if meeting.start_time:
        when += f", {meeting.start_time:%H:%M}"
    cover = [
        (22, meeting.board.name),
        (16, f"Board pack: meeting of {when}"),
        (12, meeting.place or ""),
        (12, ""),
        (
            12,
            "Members' pack: includes restricted items and papers. Not for publication."
            if members
            else "Public pack: restricted items and papers are not included.",
        ),
        (12, f"Made {format_date(timezone.localdate())}."),
    ]
    lines: list[tuple[int, str]] = [(16, "Agenda"), (12, "")]
    for entry in items:
        item = entry.item
        shown = item.title if (members or not item.restricted) else item.public_title
        lines += _wrapped(13, f"{item.number}. {shown}")
        if item.restricted and not members:
            lines += _wrapped(10, f"Not for publication: {item.reason}")
            continue
        details = item.get_purpose_display()
        if item.lead:
            details += f" - Lead: {item.lead}"
        if item.timing:
            details += f" - {item.timing}"
        lines += _wrapped(10, details)
        if item.restricted:
            lines += _wrapped(10, f"Restricted: {item.reason}")
        for paper in entry.papers:
            where = "in this pack" if paper.content_type == Paper.Kind.PDF else "separate download"
            lines += _wrapped(10, f"Paper: {paper.title} (version {paper.version}; {where})")
        lines.append((8, ""))
    return text_pdf([cover, *_paginate(lines)], title=f"{meeting.board.name}: board pack, {when}")


def _number_pages(writer: object) -> None:
    """Writes "Page n of N" at the foot of every page, centred on each page's own width."""
    from pypdf import PdfReader

    pages = writer.pages  # type: ignore[attr-defined]
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        width = float(page.mediabox.width)
        label = f"Page {number} of {total}"
        overlay = PdfReader(io.BytesIO(_stamp_pdf(label, width, float(page.mediabox.height))))
        page.merge_page(overlay.pages[0])


def _stamp_pdf(label: str, width: float, height: float) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width, height)
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    x = max(width / 2 - len(label) * 2.5, 10)
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 9 Tf {x:.1f} 20 Td ({_escaped(label)}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pack_pdf(agenda: Agenda, *, members: bool) -> tuple[bytes, int, list[str]]:
    """The pack's bytes, its number of pages, and the papers left out (not PDFs)."""
    from pypdf import PdfReader, PdfWriter

    items = pack_items(agenda, members=members)
    writer = PdfWriter()
    front = PdfReader(io.BytesIO(_front_pages(agenda, items, members=members)))
    writer.append(front)
    writer.add_outline_item(title="Cover", page_number=0)
    if len(front.pages) > 1:
        writer.add_outline_item(title="Agenda", page_number=1)
    left_out = []
    for entry in items:
        pdfs = [p for p in entry.papers if p.content_type == Paper.Kind.PDF]
        left_out += [p.title for p in entry.papers if p.content_type != Paper.Kind.PDF]
        if not pdfs:
            continue
        item = entry.item
        shown = item.title if (members or not item.restricted) else item.public_title
        parent = writer.add_outline_item(
            title=f"{item.number}. {shown}", page_number=len(writer.pages)
        )
        for paper in pdfs:
            with paper.file.open("rb") as handle:
                reader = PdfReader(io.BytesIO(handle.read()))
            start = len(writer.pages)
            writer.append(reader, import_outline=False)
            writer.add_outline_item(title=paper.title, page_number=start, parent=parent)
    _number_pages(writer)
    meeting = agenda.meeting
    writer.add_metadata(
        {"/Title": f"{meeting.board.name}: board pack, {format_date(meeting.date)}"}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), len(writer.pages), left_out


@transaction.atomic
def packs_make(agenda: Agenda) -> list[BoardPack]:
    """Makes the agenda's public and members' packs again, replacing the last ones."""
    made = []
    for audience in BoardPack.Audience:
        members = audience == BoardPack.Audience.MEMBERS
        data, pages, left_out = pack_pdf(agenda, members=members)
        sha256 = hashlib.sha256(data).hexdigest()
        key = f"packs/{sha256}/{audience.value}-pack.pdf"
        if not default_storage.exists(key):
            default_storage.save(key, ContentFile(data))
        pack, _ = BoardPack.objects.update_or_create(
            agenda=agenda,
            audience=audience,
            defaults={
                "file": key,
                "sha256": sha256,
                "size": len(data),
                "pages": pages,
                "made": timezone.now(),
                "left_out": left_out,
            },
        )
        made.append(pack)
    return made
