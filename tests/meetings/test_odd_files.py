"""Odd but honest files, as outside testers upload them: a name whose extension lies, UTF-16
saved without its byte order mark, old Mac and Windows line ends, one very long line, a PDF of
a thousand pages or with a broken cross-reference table. Each is read as what it is, or
refused with a message to act on, within the sandbox's time limit."""

import io
import re
import time

import docx
import pytest
from django.conf import settings

from meetings.minutes import MinutesError, parse_minutes, read_minutes, read_upload
from meetings.minutes.files import read_document
from meetings.minutes.sandbox import WALL_CLOCK_FACTOR
from tests.meetings.pdf_minutes import drawn_pdf

MINUTES = (
    "Audit Panel\n\nRecord of Meeting 6 February 2020\n\nPresent:\nJane Doe, Chair\n\n"
    "1. Minutes\n\n1.1 The minutes were agreed.\n\n1.2 The log was noted.\n"
)
LIMITS = "could not be read within the limits for an upload"


def _within_the_limit(started: float) -> bool:
    return time.monotonic() - started < settings.IMPORT_READ_SECONDS * WALL_CLOCK_FACTOR + 2


def _docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- Extensions that lie -----------------------------------------------------------------------


def test_it_reads_a_word_document_named_as_a_pdf_as_word() -> None:
    assert read_upload("minutes.pdf", _docx("Audit Panel", "1. Minutes")) == (
        "Audit Panel\n\n1. Minutes\n"
    )


def test_it_reads_a_pdf_named_as_a_word_document_as_a_pdf() -> None:
    data = drawn_pdf([[(72, 700, 11, "Minutes agreed.", False)]])

    assert read_upload("minutes.docx", data) == "Minutes agreed.\n"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("minutes.docx", r"is not a Word document that can be opened"),
        ("minutes.pdf", r"is not a PDF that can be opened"),
    ],
)
def test_it_says_what_a_text_file_with_a_documents_name_is_not(name: str, message: str) -> None:
    with pytest.raises(MinutesError, match=rf"^{re.escape(name)} {message}"):
        read_upload(name, MINUTES.encode())


# --- Text --------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_it_reads_utf16_saved_without_a_byte_order_mark(encoding: str) -> None:
    assert read_upload("minutes.txt", MINUTES.encode(encoding)) == MINUTES


@pytest.mark.parametrize("end", ["\r\n", "\r"])
def test_it_reads_windows_and_old_mac_line_ends_as_new_lines(end: str) -> None:
    text = read_upload("minutes.txt", MINUTES.replace("\n", end).encode())

    assert parse_minutes(text).record == parse_minutes(MINUTES).record


def test_it_refuses_text_with_nul_bytes_that_is_not_utf16() -> None:
    data = MINUTES.encode()[:40] + b"\x00\x00\x07\x00\xff" + MINUTES.encode()[40:]

    with pytest.raises(MinutesError, match=r"^minutes\.txt is not a text file\."):
        read_upload("minutes.txt", data)


def test_it_reads_a_line_of_a_megabyte_or_refuses_it_within_the_limit() -> None:
    text = MINUTES + "\n1.3 " + "The panel noted the report and " * 40_000 + "\n"
    started = time.monotonic()

    try:
        record = read_minutes(read_upload("minutes.txt", text.encode())).record
    except MinutesError as exc:
        assert LIMITS in str(exc)
    else:
        assert [p["ref"] for p in record["sections"][0]["paragraphs"]] == ["1.1", "1.2", "1.3"]
    assert _within_the_limit(started)


# --- PDFs --------------------------------------------------------------------------------------


def _pages(count: int) -> bytes:
    return drawn_pdf(
        [
            [
                (72, 700, 11, f"Text of page {n}.", False),
                (290, 40, 9, f"Page {n} of {count}", False),
            ]
            for n in range(1, count + 1)
        ]
    )


def test_it_reads_five_hundred_pages_or_refuses_them_within_the_limit() -> None:
    data = _pages(500)
    started = time.monotonic()

    try:
        blocks = read_document("long.pdf", data)
    except MinutesError as exc:
        assert str(exc).startswith(f"long.pdf {LIMITS}")
    else:
        assert [b.text for b in blocks[:4]] == [
            "Text of page 1.",
            "Page 1 of 500",
            "Text of page 2.",
            "Page 2 of 500",
        ]
        assert {b.reason for b in blocks if b.kind == "furniture"} == {"a page number"}
    assert _within_the_limit(started)


def test_it_refuses_more_pages_than_minutes_run_to_at_once() -> None:
    started = time.monotonic()

    with pytest.raises(MinutesError, match=r"^long\.pdf has more than 500 pages, more than the"):
        read_document("long.pdf", _pages(501))
    assert _within_the_limit(started)


def test_it_reads_a_pdf_whose_cross_reference_table_is_broken() -> None:
    data = drawn_pdf([[(72, 700, 11, "Minutes agreed.", False)]])
    # Every offset in the table off by a few bytes, and the table's own offset wrong too.
    start = data.rindex(b"xref")
    broken = data[:start] + re.sub(rb"\d{10} 00000 n", b"0000000009 00000 n", data[start:])
    broken = re.sub(rb"startxref\s+\d+", b"startxref\n12", broken)

    assert read_upload("minutes.pdf", broken) == "Minutes agreed.\n"


def test_it_refuses_a_pdf_cut_off_before_its_pages_with_a_message() -> None:
    data = drawn_pdf([[(72, 700, 11, "Minutes agreed.", False)]])

    with pytest.raises(
        MinutesError, match=r"^minutes\.pdf (is not a PDF that can be opened|has no)"
    ):
        read_upload("minutes.pdf", data[:60])
