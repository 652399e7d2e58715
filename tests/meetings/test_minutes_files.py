"""Uploaded minutes files: text in the encodings Windows and Word write, Word documents built
here with python-docx, and every file that cannot be read refused with a message to act on."""

import codecs
import io
import re
import zipfile

import docx
import PIL.Image
import pytest

from meetings.minutes import MAX_UPLOAD_BYTES, MinutesError, parse_minutes, read_upload

MINUTES = "Audit Panel\n\nRecord of Meeting 6 February 2020\n\n1. Minutes\n\n1.1. Agreed.\n"


def _docx() -> bytes:
    document = docx.Document()
    document.add_heading("Audit Panel", level=1)
    document.add_paragraph("Minutes of the meeting held on Thursday 6 February 2020 at 9.30am")
    document.add_paragraph("MOPAC IN ATTENDANCE:")
    table = document.add_table(rows=3, cols=2)
    rows = [
        ("Name", "Role"),
        ("Sophie Linden", "Deputy Mayor for Policing and Crime"),
        ("Lisa Kitto", "Chief Finance Officer"),
    ]
    for row, (name, role) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = name, role
    document.add_heading("1. Minutes of the previous meeting", level=2)
    # Paragraphs whose numbers are typed into the text (Word's own numbers: test_docx_numbering).
    document.add_paragraph("1.1 The minutes were agreed.")
    document.add_paragraph("1.2 The action log was noted.")
    document.add_paragraph("Action 1: MPS to update the log by 30 April 2020.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _zip_stored(**members: bytes) -> bytes:
    """A zip written as ODF writes one: its first member stored, so readable in place."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


# --- Text files --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["minutes.txt", "minutes.md", "MINUTES.TXT"])
def test_it_reads_utf8_text_and_markdown(name: str) -> None:
    assert read_upload(name, MINUTES.encode()) == MINUTES


def test_it_drops_a_utf8_byte_order_mark() -> None:
    assert read_upload("minutes.txt", codecs.BOM_UTF8 + MINUTES.encode()) == MINUTES


def test_it_falls_back_to_windows_1252() -> None:
    data = "The \u2018precept\u2019 rose by \u00a313.\n".encode("cp1252")

    assert read_upload("minutes.txt", data) == "The \u2018precept\u2019 rose by \u00a313.\n"


def test_it_reads_what_notepad_saves_as_unicode() -> None:
    assert read_upload("minutes.txt", MINUTES.encode("utf-16")) == MINUTES


# --- Word documents ----------------------------------------------------------------------------


def test_it_reads_a_word_documents_paragraphs_in_order_and_its_table_row_by_row() -> None:
    text = read_upload("minutes.docx", _docx())

    assert text.splitlines()[:10] == [
        "# Audit Panel",
        "",
        "Minutes of the meeting held on Thursday 6 February 2020 at 9.30am",
        "",
        "MOPAC IN ATTENDANCE:",
        "",
        "| Name | Role |",
        "| Sophie Linden | Deputy Mayor for Policing and Crime |",
        "| Lisa Kitto | Chief Finance Officer |",
        "",
    ]
    assert "\n1.1 The minutes were agreed.\n\n1.2 The action log was noted.\n" in text


def test_it_reads_a_word_document_into_a_record() -> None:
    result = parse_minutes(read_upload("minutes.docx", _docx()))
    record = result.record

    assert (record["board"], record["date"]) == ("Audit Panel", "2020-02-06")
    assert [(a["name"], a["organisation"]) for a in record["attendees"]] == [
        ("Sophie Linden", "MOPAC"),
        ("Lisa Kitto", "MOPAC"),
    ]
    assert [p["ref"] for p in record["sections"][0]["paragraphs"]] == ["1.1", "1.2"]
    assert result.problems == []


def test_it_keeps_a_merged_cell_once() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.rows[0].cells[1].merge(table.rows[0].cells[2])
    table.rows[0].cells[0].text, merged.text = "Jane Doe", "Chair"
    out = io.BytesIO()
    document.save(out)

    assert read_upload("minutes.docx", out.getvalue()) == "| Jane Doe | Chair |\n"


def test_it_reads_a_table_nested_in_a_cell_into_the_cells_text() -> None:
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2).rows[0].cells
    outer[0].text = "Jane Doe"
    outer[1].text = "Chair of"
    inner = outer[1].add_table(rows=1, cols=2).rows[0].cells
    inner[0].text, inner[1].text = "the Audit", "Panel"
    out = io.BytesIO()
    document.save(out)

    assert (
        read_upload("minutes.docx", out.getvalue()) == "| Jane Doe | Chair of the Audit Panel |\n"
    )


# --- Refusals ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["minutes.xlsx", "minutes"])
def test_it_refuses_a_file_type_it_cannot_read(name: str) -> None:
    message = f"{name} cannot be read: only .txt, .md, .docx or .pdf files can. Save the"
    with pytest.raises(MinutesError, match=re.escape(message)):
        read_upload(name, MINUTES.encode())


_ODT = _zip_stored(
    mimetype=b"application/vnd.oasis.opendocument.text", **{"content.xml": b"<office/>"}
)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("minutes.doc", MINUTES.encode(), "is a Word 97-2003 document (.doc), which cannot"),
        ("minutes.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "is a Word 97-2003"),
        ("minutes.txt", b"{\\rtf1\\ansi Minutes}", "is in Rich Text Format (.rtf), which"),
        ("minutes.rtf", MINUTES.encode(), "is in Rich Text Format (.rtf), which cannot"),
        ("minutes.docx", _ODT, "is an OpenDocument text (.odt), which cannot be read"),
    ],
    ids=["doc-by-name", "doc-by-content", "rtf-by-content", "rtf-by-name", "odt-by-content"],
)
def test_it_tells_how_to_save_another_format_as_docx(name: str, data: bytes, message: str) -> None:
    with pytest.raises(MinutesError, match=rf"^{re.escape(name)} {re.escape(message)}.*\.docx\)"):
        read_upload(name, data)


@pytest.mark.parametrize(
    "data", [b"\x00\x01\x02PK\x03\x04", b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(range(32))]
)
def test_it_refuses_a_file_that_is_not_text(data: bytes) -> None:
    with pytest.raises(MinutesError, match=r"^minutes\.txt is not a text file\. Upload"):
        read_upload("minutes.txt", data)


def test_it_refuses_text_in_an_encoding_it_cannot_tell() -> None:
    # 0x81 and 0x8D are neither UTF-8 here nor anything in Windows-1252.
    with pytest.raises(MinutesError, match=r"^minutes\.txt is in a character encoding that"):
        read_upload("minutes.txt", b"Audit Panel \x81\x8d minutes\n")


def test_it_refuses_an_empty_file() -> None:
    with pytest.raises(MinutesError, match=r"^minutes\.txt has no text in it\.$"):
        read_upload("minutes.txt", b"  \r\n")


def _zip(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        MINUTES.encode(),
        b"PK\x03\x04 not really a zip",
        _zip(**{"notes.txt": b"hello"}),
        _zip(**{"[Content_Types].xml": b"<Types"}),
    ],
)
def test_it_refuses_a_docx_that_is_not_a_word_document(data: bytes) -> None:
    with pytest.raises(MinutesError, match=r"^minutes\.docx is not a Word document that can be"):
        read_upload("minutes.docx", data)


def _with_member(name: str, data: bytes, document: bytes | None = None) -> bytes:
    """The document with a member added, or put in place of the one of that name."""
    out = io.BytesIO()
    source_data = document or _docx()
    with zipfile.ZipFile(io.BytesIO(source_data)) as source, zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            if info.filename != name:
                archive.writestr(info, source.read(info))
        archive.writestr(name, data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_it_refuses_a_word_document_whose_xml_unpacks_too_large() -> None:
    # 51 MB of XML packs into a few kilobytes beside the document.
    data = _with_member("customXml/item9.xml", b"<a>" + b" " * (51 * 1024 * 1024) + b"</a>")

    with pytest.raises(MinutesError, match=r"^minutes\.docx unpacks to more than 50 MB of text"):
        read_upload("minutes.docx", data)


def test_it_reads_a_word_document_beside_a_large_picture_without_unpacking_it() -> None:
    document = docx.Document(io.BytesIO(_docx()))
    picture = io.BytesIO()
    PIL.Image.new("RGB", (8, 8), "navy").save(picture, "PNG")
    document.paragraphs[0].add_run().add_picture(picture)
    saved = io.BytesIO()
    document.save(saved)
    # The picture made 200 MB (zeros pack small): never unpacked, so never in memory.
    data = _with_member("word/media/image1.png", bytes(200 * 1024 * 1024), saved.getvalue())
    assert len(data) < 1024 * 1024

    assert "Audit Panel" in read_upload("minutes.docx", data)


def test_it_refuses_a_file_over_the_limit_it_is_given() -> None:
    message = r"^minutes\.txt is 60 bytes; files up to 10 bytes can be read\. Remove pictures"
    with pytest.raises(MinutesError, match=message):
        read_upload("minutes.txt", b"x" * 60, max_bytes=10)


def test_it_refuses_a_file_over_two_megabytes_by_default() -> None:
    data = b"a" * (MAX_UPLOAD_BYTES + 1)

    with pytest.raises(MinutesError, match=r"^big\.txt is 2\.1 MB; files up to 2 MB can be read\."):
        read_upload("uploads/big.txt", data)
