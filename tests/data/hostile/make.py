"""Writes the hostile .docx and .pdf files beside this script: each a few kilobytes, each made
to hold a reader for a long time, fill its memory or break it in a way Python raises oddly.
The zip and the PDF are written by hand, so that they can say what they like.

Run: .venv/bin/python tests/data/hostile/make.py
"""

import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # run as a script from anywhere

from tests.meetings.pdf_minutes import pdf_of  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
DEFLATED, STORED = 8, 0


def document(body: bytes, prolog: bytes = b"") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + prolog
        + f'<w:document xmlns:w="{W}"><w:body>'.encode()
        + body
        + b"</w:body></w:document>"
    )


def paragraph(text: str) -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


NUMBERING_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/numbering" Target="numbering.xml"/></Relationships>'
)
NUMBERING_TYPE = (
    b'<Override PartName="/word/numbering.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'
)


def package(body: bytes, prolog: bytes = b"", numbering: bytes = b"", **lie: int) -> bytes:
    """A Word package whose document.xml holds `body`, and a numbering.xml holding
    `numbering` where given. `lie` sets the document part's headers: `method` (compression),
    `flags`, `size` (the unpacked size stated), `garble` (bytes of the compressed data
    overwritten)."""
    members = [
        ("[Content_Types].xml", CONTENT_TYPES, {}),
        ("_rels/.rels", RELS, {}),
        ("word/document.xml", document(body, prolog), lie),
    ]
    if numbering:
        members[0] = ("[Content_Types].xml", CONTENT_TYPES.replace(b"</Types>", NUMBERING_TYPE), {})
        members.append(("word/_rels/document.xml.rels", NUMBERING_RELS, {}))
        members.append(("word/numbering.xml", numbering, {}))
    out, central = bytearray(), bytearray()
    for name, data, member_lie in members:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = bytearray(packer.compress(data) + packer.flush())
        for i in range(member_lie.get("garble", 0)):
            packed[i] = 0xFF
        method = member_lie.get("method", DEFLATED)
        flags = member_lie.get("flags", 0)
        size = member_lie.get("size", len(data))
        crc = zlib.crc32(data)
        fields = (20, flags, method, 0, 0x21, crc, len(packed), size, len(name), 0)
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + name.encode() + packed
        central += struct.pack("<IH", 0x02014B50, 20) + struct.pack("<HHHHHIIIHH", *fields)
        central += struct.pack("<HHHII", 0, 0, 0, 0, offset) + name.encode()
    count = len(members)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(out), 0)
    return bytes(out + central + end)


def table(cells: bytes, columns: int = 2) -> bytes:
    grid = b"<w:tblGrid>" + b'<w:gridCol w:w="2000"/>' * columns + b"</w:tblGrid>"
    return b"<w:tbl>" + grid + b"<w:tr>" + cells + b"</w:tr></w:tbl>"


def cell(content: bytes, span: int = 0) -> bytes:
    props = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>'.encode() if span else b""
    return b"<w:tc>" + props + content + b"</w:tc>"


def nested_tables(depth: int) -> bytes:
    inner = paragraph("The innermost cell")
    opening = (table(b"", 1)[: -len(b"</w:tr></w:tbl>")] + b"<w:tc>") * depth
    closing = (b"</w:tc></w:tr></w:tbl>") * depth
    return opening + inner + closing


def shared_content_pdf(pages: int, operations: int) -> bytes:
    """A PDF whose pages all draw one content stream: a few kilobytes of zlib that every page
    asks a reader to parse again, within pypdf's limit per stream each time."""
    stream = zlib.compress(b"BT /F1 11 Tf 72 700 Td (Minutes) Tj ET " + b"q Q " * operations)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + i) for i in range(pages)), pages),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> "
        b">> >>"
    ] * pages
    return pdf_of(objects)


def numbered(text: str) -> bytes:
    return (
        b'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        + f"<w:r><w:t>{text}</w:t></w:r></w:p>".encode()
    )


def numbering(definitions: bytes, prolog: bytes = b"") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + prolog
        + f'<w:numbering xmlns:w="{W}">'.encode()
        + definitions
        + b'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def abstract(aid: int, text: bytes = b"%1.") -> bytes:
    levels = b"".join(
        b'<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        b'<w:lvlText w:val="%s"/></w:lvl>' % (i, text)
        for i in range(9)
    )
    return b'<w:abstractNum w:abstractNumId="%d">%s</w:abstractNum>' % (aid, levels)


def tiny_objects_pdf(pages: int) -> bytes:
    """A PDF of many pages, each page and its content a tiny object of its own."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages)), pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i in range(pages):
        content = b"BT /F1 11 Tf 72 700 Td (Minute %d) Tj ET" % i
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    return pdf_of(objects)


FILES = {
    # python-docx's row.cells makes a list two billion long for this one cell.
    "huge_gridspan.docx": package(
        paragraph("Audit Panel")
        + table(cell(paragraph("Jane Doe"), span=2_000_000_000) + cell(paragraph("Chair")))
    ),
    "nested_tables.docx": package(nested_tables(10_000)),
    "deep_xml.docx": package(b"<w:p>" + b"<w:ins>" * 100_000 + b"</w:ins>" * 100_000 + b"</w:p>"),
    # 30 MB of text whose headers say 2,000 bytes: a reader that trusts them unpacks it all.
    "lying_sizes.docx": package(paragraph("A" * 30_000_000), size=2_000),
    # Within the unpacked-size limit, but eight million empty paragraphs: a gigabyte parsed.
    "many_paragraphs.docx": package(b"<w:p/>" * 8_000_000),
    "unsupported_compression.docx": package(paragraph("Audit Panel"), method=97),
    "encrypted.docx": package(paragraph("Audit Panel"), flags=0x1),
    "corrupt_data.docx": package(paragraph("Audit Panel") * 50, garble=8),
    # Entities that would expand to gigabytes if they were resolved.
    "entity_expansion.docx": package(
        paragraph("&lol9;"),
        prolog=b'<!DOCTYPE w:document [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
            for i in range(1, 10)
        )
        + b"]>",
    ),
    # 46 MB of numbering definitions (50,000 lists of nine levels), packed small.
    "huge_numbering.docx": package(
        numbered("Apologies"), numbering=numbering(b"".join(abstract(i) for i in range(50_000)))
    ),
    # A level's text of a million counters, shown before each of a thousand paragraphs.
    "long_level_text.docx": package(
        numbered("Apologies") * 1000, numbering=numbering(abstract(0, b"%1" * 1_000_000))
    ),
    # The entities of entity_expansion.docx, in numbering.xml.
    "numbering_entities.docx": package(
        numbered("Apologies"),
        numbering=numbering(
            abstract(0, b"&lol9;"),
            prolog=b'<!DOCTYPE w:numbering [<!ENTITY lol "lol">'
            + b"".join(
                f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
                for i in range(1, 10)
            )
            + b"]>",
        ),
    ),
    # 10,000 tiny objects: 5,000 pages and their contents.
    "tiny_objects.pdf": tiny_objects_pdf(5_000),
    # 400,000 drawing operations, drawn again by each of 200 pages.
    "shared_content.pdf": shared_content_pdf(200, 400_000),
}


if __name__ == "__main__":
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data):,} bytes")
