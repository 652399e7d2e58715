"""Several files at once: each file's attendees (by kind) and sections are shown before its
record is created, in a <details> per file (the outside tester could not see apologies read
as present until the records were made), from the one-file preview's own template part."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from meetings.models import Board
from tests.htmlcheck import assert_valid_html
from tests.meetings.test_import_many import file_sections, minutes, preview

pytestmark = pytest.mark.usefixtures("media_root")


def with_attendees(board: Board, name: str, day: int) -> SimpleUploadedFile:
    text = (
        f"{board.name}\nRecord of Meeting {day} March 2024\n\n"
        "Present:\nAnna Lorimer (Chair)\n\nApologies:\nBen Okafor\n\n"
        "1. Minutes\n\n1.1. Agreed.\n\n2. Estates\n\n2.1. The panel noted the report.\n"
        "Action 1: MPS to report on the estate by 30 April 2024.\n"
    )
    return SimpleUploadedFile(name, text.encode())


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def test_each_file_shows_its_attendees_by_kind_and_its_sections(
    board: Board, secretariat: Any
) -> None:
    response = preview(
        secretariat, board, with_attendees(board, "a.txt", 4), minutes(board, "b.txt", 5)
    )
    assert response.status_code == 200
    first = file_sections(response)["a.txt"]
    details = first.find(".//details")
    assert details is not None and details.get("open") is None
    assert _text(details.find("summary")) == "What a.txt would make: its attendees and sections"
    kinds = [_text(h) for h in details.xpath(".//section[contains(@class, 'attendees')]//h5")]
    assert kinds == ["Present", "Apologies"]
    present, apologies = details.xpath(".//section[contains(@class, 'attendees')]//ul")
    assert _text(present) == "Anna Lorimer, Chair"
    assert _text(apologies) == "Ben Okafor"
    sections = [_text(li) for li in details.xpath(".//ul[@class='file-sections']/li")]
    assert sections == ["1. Minutes: 1 paragraph", "2. Estates: 1 paragraph, 1 action"]
    # Each file's ids are its own.
    page = lxml.html.fromstring(response.content)
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))
    assert "file-1-attendees-heading" in ids and "file-2-sections-heading" in ids
    assert_valid_html(response.content.decode())


def test_a_file_without_attendees_says_so(board: Board, secretariat: Any) -> None:
    response = preview(secretariat, board, minutes(board, "a.txt", 4), minutes(board, "b.txt", 5))
    details = file_sections(response)["b.txt"].find(".//details")
    assert "No attendees were found." in _text(details)
