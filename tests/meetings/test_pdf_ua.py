"""The PDF as PDF/UA asks: every piece of tagged content reachable from the structure tree,
the page furniture ("Page N of M") marked as an artifact, no stray Info entries, and links
to the site's own address.

Read with pypdf: the structure tree from /StructTreeRoot, and each page's content stream
operator by operator.
"""

from __future__ import annotations

import io
from collections import defaultdict
from typing import Any

import pypdf
import pytest
from django.db import transaction
from django.test import Client, override_settings
from pypdf.generic import ContentStream, DictionaryObject, IndirectObject

from meetings.models import Meeting
from tests.addresses import record_url
from tests.conftest import import_record, publish
from tests.meetings.test_downloads import get

PARAGRAPHS = 45
SITE = "https://records.example.org"


def long_record() -> str:
    """A record long enough to run over several pages, so each page has its footer."""
    lines = [
        "# Performance and Risk Oversight Board",
        "",
        "# Record of Meeting 30 November 2023",
        "",
        "#### **MOPAC**",
        "",
        "Sophie Linden, Deputy Mayor for Policing and Crime (DMPC)",
        "",
        "#### 1. Performance",
        "",
    ]
    lines += [
        f"1.{number}. The board discussed the performance figures for area {number}."
        for number in range(1, PARAGRAPHS + 1)
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def pdf_body(django_db_setup: None, django_db_blocker: Any) -> bytes:
    """The PDF, laid out once for the file's tests (each only reads it), from a record made in
    a transaction rolled back at once."""
    with django_db_blocker.unblock(), override_settings(SITE_URL=SITE), transaction.atomic():
        meeting: Meeting = publish(import_record(long_record()))
        body = get(Client(), record_url(meeting, "pdf")).content
        transaction.set_rollback(True)
    return body


@pytest.fixture
def pdf(pdf_body: bytes) -> pypdf.PdfReader:
    reader = pypdf.PdfReader(io.BytesIO(pdf_body))
    assert len(reader.pages) > 1, "the record should run over several pages"
    return reader


def page_number(reader: pypdf.PdfReader, page: Any) -> int:
    return reader.get_page_number(pypdf.PageObject(reader, page.indirect_reference))


def reachable_content(reader: pypdf.PdfReader) -> set[tuple[int, int]]:
    """(page index, MCID) of every marked content that the structure tree leads to."""
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    found: set[tuple[int, int]] = set()
    pending: list[tuple[Any, int | None]] = [(reader.trailer["/Root"]["/StructTreeRoot"], None)]
    while pending:
        node, page = pending.pop()
        if isinstance(node, IndirectObject):
            node = node.get_object()
        if isinstance(node, int):
            found.add((page, node))
            continue
        if isinstance(node, list):
            pending += [(kid, page) for kid in node]
            continue
        if not isinstance(node, DictionaryObject):
            continue
        if "/Pg" in node:
            page = pages[node.raw_get("/Pg").idnum]
        if "/MCID" in node:
            found.add((page, int(node["/MCID"])))
        if "/K" in node:
            pending.append((node.raw_get("/K"), page))
    return found


def marked_content(reader: pypdf.PdfReader) -> tuple[set[tuple[int, int]], dict[str, str]]:
    """(page index, MCID) of every marked content in the pages' content streams, and the text
    shown inside artifacts and inside tagged content."""
    mcids: set[tuple[int, int]] = set()
    text: dict[str, str] = defaultdict(str)
    for index, page in enumerate(reader.pages):
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"BDC" and isinstance(operands[1], dict) and "/MCID" in operands[1]:
                mcids.add((index, int(operands[1]["/MCID"])))
        sort_text(page, text)
    return mcids, text


def sort_text(page: pypdf.PageObject, text: dict[str, str]) -> None:
    """Adds the page's text to text["/Artifact"] or text["tagged"], by where it is shown."""
    stack: list[str] = []

    def before(operator: bytes, operands: list[Any], *_: Any) -> None:
        if operator in (b"BDC", b"BMC"):
            stack.append(str(operands[0]))
        elif operator == b"EMC":
            stack.pop()

    def shown(chunk: str, *_: Any) -> None:
        text["/Artifact" if "/Artifact" in stack else "tagged"] += chunk

    page.extract_text(visitor_operand_before=before, visitor_text=shown)


def test_it_leads_to_all_tagged_content_from_the_structure_tree(pdf: pypdf.PdfReader) -> None:
    mcids, _ = marked_content(pdf)
    assert mcids - reachable_content(pdf) == set()


def test_it_marks_the_page_footer_as_an_artifact(pdf: pypdf.PdfReader) -> None:
    _, text = marked_content(pdf)
    pages = len(pdf.pages)
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in text["/Artifact"]
    assert "Page 1 of" not in text["tagged"]


def test_it_keeps_the_record_tagged(pdf: pypdf.PdfReader) -> None:
    _, text = marked_content(pdf)
    assert f"area {PARAGRAPHS}." in text["tagged"]


def test_it_leaves_web_page_settings_out_of_the_info(pdf: pypdf.PdfReader) -> None:
    assert "/viewport" not in pdf.trailer["/Info"]


def test_it_links_to_the_sites_own_address(pdf: pypdf.PdfReader) -> None:
    links = [
        annotation.get_object()["/A"]["/URI"]
        for page in pdf.pages
        for annotation in page.get("/Annots", [])
        if "/URI" in annotation.get_object().get("/A", {})
    ]
    assert links
    assert all(link.startswith(SITE + "/") for link in links)
