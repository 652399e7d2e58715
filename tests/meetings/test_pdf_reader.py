"""PDF minutes read into blocks: PDFs laid out by WeasyPrint as councils print them (running
header, page numbers), and small ones drawn by hand where the text must sit at exact places;
every PDF that has no text to read refused with a message to act on."""

import io
import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from pypdf import PdfReader, PdfWriter
from weasyprint import HTML

from meetings.minutes import MinutesError, parse_minutes, read_document, read_upload
from meetings.minutes.blocks import Block, without_row_numbers
from meetings.minutes.sandbox import children_cpu_seconds
from meetings.models import Board
from tests.conftest import client_for, make_user
from tests.meetings.pdf_minutes import BOARD, HEADER, drawn_pdf, minutes_html, minutes_pdf, pdf_of


@pytest.fixture(scope="module")
def three_pages() -> bytes:
    data = minutes_pdf(sections=4, paragraphs=6)
    assert len(PdfReader(io.BytesIO(data)).pages) == 3
    return data


def _kinds(blocks: list[Block], kind: str) -> list[Block]:
    return [b for b in blocks if b.kind == kind]


# --- Laid out by WeasyPrint --------------------------------------------------------------------


def test_it_takes_the_running_header_and_page_numbers_for_furniture(three_pages: bytes) -> None:
    furniture = [(b.page, b.text) for b in _kinds(read_document("m.pdf", three_pages), "furniture")]

    assert furniture == [
        (page, text) for page in (1, 2, 3) for text in (HEADER, f"Page {page} of 3")
    ]


def test_it_reads_headings_by_their_size_with_their_numbers(three_pages: bytes) -> None:
    headings = _kinds(read_document("m.pdf", three_pages), "heading")

    assert [(b.level, b.number, b.text) for b in headings[:3]] == [
        (1, "", BOARD),
        (2, "1.", "Recruitment (1)"),
        (2, "2.", "The estate (2)"),
    ]


def test_it_reads_the_minutes_from_a_pdf(three_pages: bytes) -> None:
    result = parse_minutes(read_upload("minutes.pdf", three_pages))
    sections = result.record["sections"]

    assert (result.record["board"], result.record["date"]) == (BOARD, "2020-02-06")
    assert [[p["ref"] for p in s["paragraphs"]] for s in sections] == [
        [f"{s}.{p}" for p in range(1, 7)] for s in range(1, 5)
    ]
    texts = [p["text"] for s in sections for p in s["paragraphs"]]
    assert not [text for text in texts if HEADER in text or "Page " in text]
    # Left out, and each listed with what it is: never dropped unseen.
    assert [(p.label, p.text, p.message) for p in result.problems] == [
        (
            "Left out",
            text,
            f"Left out of the record as {what} (page {page})",
        )
        for page in (1, 2, 3)
        for text, what in ((HEADER, "a running header"), (f"Page {page} of 3", "a page number"))
    ]


def test_it_reads_sixty_pages_in_under_five_seconds_of_work() -> None:
    data = minutes_pdf(sections=70, paragraphs=8)
    assert len(PdfReader(io.BytesIO(data)).pages) >= 60
    # The reading child's own CPU time (it reports it: a child of the sandbox's forkserver is
    # not this process's): the machine is shared, and the wall clock would measure the
    # neighbours too. The sandbox kills a child at twice this in wall-clock time.
    before = children_cpu_seconds()

    blocks = read_document("minutes.pdf", data)

    seconds = children_cpu_seconds() - before
    assert len(_kinds(blocks, "heading")) == 71
    assert seconds < 5


def test_it_joins_a_line_drawn_glyph_by_glyph_into_the_same_bytes() -> None:
    # WeasyPrint's "[<0014>0<0011>...] TJ", joined before pypdf parses the page: every byte
    # that a literal string must escape comes through as it was; a real offset stays.
    from pypdf.generic import ContentStream

    from meetings.minutes.pdf_reader import _HEX_ARRAY, _joined_array

    strings = [b"\x00(", b")\\", b"\r\n", b"", b"\xffA"]
    source = b"BT [" + b" 0 ".join(b"<" + s.hex().encode() + b">" for s in strings)
    source += b" -250 <0042>] TJ [<28>] TJ ET"
    joined = _HEX_ARRAY.sub(_joined_array, source)
    stream = ContentStream(None, None, "bytes")
    stream.set_data(joined)

    assert joined.count(b"<") == 0
    assert [bytes(op) if isinstance(op, bytes) else op for op in stream.operations[1][0][0]] == [
        b"".join(strings),
        -250,
        b"\x00B",
    ]
    assert bytes(stream.operations[2][0][0][0]) == b"("


# --- Drawn by hand -----------------------------------------------------------------------------


def _lines(
    *texts: str, top: float = 700, size: float = 11, x: float = 72
) -> list[tuple[float, float, float, str, bool]]:
    return [(x, top - i * size * 1.3, size, text, False) for i, text in enumerate(texts)]


def _texts(data: bytes) -> list[str]:
    return [b.text for b in read_document("m.pdf", data) if b.kind != "furniture"]


def test_it_joins_a_word_hyphenated_at_the_end_of_a_line() -> None:
    data = drawn_pdf([_lines("The panel recom-", "mended that the report be noted.")])

    assert _texts(data) == ["The panel recommended that the report be noted."]


def test_it_keeps_a_paragraph_whole_over_a_page_break() -> None:
    data = drawn_pdf(
        [
            _lines("1.1 The panel agreed that the budget", "for next year would be"),
            _lines("set in March."),
        ]
    )

    assert [(b.number, b.text) for b in read_document("m.pdf", data)] == [
        ("1.1", "The panel agreed that the budget for next year would be set in March.")
    ]


def test_it_starts_a_paragraph_at_a_wider_gap_and_at_a_numbered_line() -> None:
    data = drawn_pdf(
        [
            _lines("Opening words.", "More of them.")
            + _lines("After a gap.", top=640)
            + _lines("1.2 A numbered paragraph.", "1.3 Another.", top=600)
        ]
    )

    assert _texts(data) == [
        "Opening words. More of them.",
        "After a gap.",
        "A numbered paragraph.",
        "Another.",
    ]


def test_it_puts_a_table_drawn_column_by_column_back_into_rows() -> None:
    names = [(72, 700 - 16 * i, 11, name, False) for i, name in enumerate(("Jane Doe", "Sam Roe"))]
    roles = [(300, 700 - 16 * i, 11, role, False) for i, role in enumerate(("Chair", "Treasurer"))]
    blocks = read_document("m.pdf", drawn_pdf([names + roles]))

    assert [b.rows for b in blocks] == [(("Jane Doe", "Chair"), ("Sam Roe", "Treasurer"))]
    assert read_upload("m.pdf", drawn_pdf([names + roles])) == (
        "| Jane Doe | Chair |\n| Sam Roe | Treasurer |\n"
    )


def test_it_puts_a_rows_cells_wrapped_onto_more_lines_back_into_the_row() -> None:
    # Rows 17 points apart, a cell's lines 13: each wrapped line goes on its row's cell, in
    # the column it stands under; a long name reaching its role's column is still two cells,
    # since other rows' roles start there.
    rows = [
        (700, "Donald", "Nominated by Health Board"),
        (670, "James COTTON", "Registered Medical Practitioner (not providing primary"),
        (640, "Vicky IRONS", "Chief Officer"),
        (623, "A Long Name Here Quite Long Indeed", "Role"),
    ]
    pieces = [(x, y, 11, text, False) for y, a, b in rows for x, text in ((72, a), (200, b))]
    pieces += [(72, 687, 11, "McPHERSON", False), (200, 657, 11, "medical services)", False)]

    blocks = read_document("m.pdf", drawn_pdf([pieces]))

    assert [b.rows for b in blocks] == [
        (
            ("Donald McPHERSON", "Nominated by Health Board"),
            (
                "James COTTON",
                "Registered Medical Practitioner (not providing primary medical services)",
            ),
            ("Vicky IRONS", "Chief Officer"),
            ("A Long Name Here Quite Long Indeed", "Role"),
        )
    ]


def test_it_makes_a_table_going_on_over_a_page_one_and_lists_its_repeated_header() -> None:
    def rows(*cells: tuple[str, str]) -> list[tuple[float, float, float, str, bool]]:
        return [
            (x, 700 - 20 * i, 11, text, False)
            for i, pair in enumerate((("Name", "Role"), *cells))
            for x, text in zip((72, 300), pair, strict=True)
        ]

    pages = [rows(("Jane Doe", "Chair"), ("Sam Roe", "Treasurer")), rows(("Ann Poe", "Member"))]

    blocks = read_document("m.pdf", drawn_pdf(pages))

    assert [(b.kind, b.rows or b.text, b.reason) for b in blocks] == [
        (
            "table",
            (
                ("Name", "Role"),
                ("Jane Doe", "Chair"),
                ("Sam Roe", "Treasurer"),
                ("Ann Poe", "Member"),
            ),
            "",
        ),
        ("furniture", "Name | Role", "a repeated table header"),
    ]


def test_it_keeps_a_list_number_with_its_text_where_the_text_lines_up() -> None:
    pieces = [
        (72, 700, 11, "4.1", False),
        (108, 700, 11, "The report was noted.", False),
        (72, 670, 11, "4.2", False),
        (108, 670, 11, "The plan was agreed.", False),
    ]

    blocks = read_document("m.pdf", drawn_pdf([pieces]))

    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("paragraph", "4.1", "The report was noted."),
        ("paragraph", "4.2", "The plan was agreed."),
    ]


@pytest.mark.parametrize("size", [9, 10, 11, 12])
def test_it_keeps_a_list_number_at_a_hanging_indent_on_its_line(size: int) -> None:
    # Word's hanging indent: the number at the margin, its text half an inch in, whatever
    # the size of the type (a small size leaves a gap wide enough to look like a table's).
    pieces = [
        (72, 700, size, "1.", False),
        (108, 700, size, "The report was noted and the panel", False),
        (108, 700 - size * 1.3, size, "agreed to come back to it.", False),
        (72, 660, size, "(a)", False),
        (108, 660, size, "The plan was agreed.", False),
    ]

    blocks = read_document("m.pdf", drawn_pdf([pieces]))

    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("paragraph", "1.", "The report was noted and the panel agreed to come back to it."),
        ("paragraph", "(a)", "The plan was agreed."),
    ]


def _laid_out(body: str, css: str = "") -> bytes:
    style = f"@page {{ size: A4; margin: 2cm }} body {{ font: 11pt serif }} {css}"
    return HTML(
        string=f"<html lang='en'><style>{style}</style><body>{body}</body></html>"
    ).write_pdf()


def test_it_reads_bullets_drawn_as_glyphs_with_their_items() -> None:
    data = _laid_out("<ul><li>The report was noted.</li><li>The plan was agreed.</li></ul>")

    # Each item its own paragraph: a bullet at a hanging indent starts one.
    assert [(b.kind, b.text) for b in read_document("m.pdf", data)] == [
        ("paragraph", "\u2022 The report was noted."),
        ("paragraph", "\u2022 The plan was agreed."),
    ]


def test_it_keeps_a_raised_ordinal_with_its_number() -> None:
    data = _laid_out("<p>Held on the 6<sup>th</sup> of February, the 21<sup>st</sup> meeting.</p>")

    assert _texts(data) == ["Held on the 6th of February, the 21st meeting."]


def test_it_reads_the_text_of_ligatures_as_their_letters() -> None:
    # A font whose ToUnicode map gives the ligatures' own characters (U+FB01, U+FB02), as
    # some producers write them.
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /L def "
        b"1 begincodespacerange <00> <FF> endcodespacerange "
        b"2 beginbfchar <01> <FB01> <02> <FB02> endbfchar "
        b"1 beginbfrange <20> <7E> <0020> endbfrange endcmap end end"
    )
    content = b"BT /F1 11 Tf 72 700 Td (The of\x01cer \x02agged the \x01gures.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]

    assert _texts(pdf_of(objects)) == ["The officer flagged the figures."]


def test_it_reads_text_drawn_in_any_order_by_where_it_stands() -> None:
    pieces = [
        (72, 700, 11, "Audit Panel", True),
        *_lines("The panel noted the report", "and agreed the plan.", top=680),
        *_lines("It was agreed to meet again", "in the spring.", top=640),
    ]
    in_order = read_document("m.pdf", drawn_pdf([pieces]))

    assert read_document("m.pdf", drawn_pdf([pieces[::-1]])) == in_order
    assert [b.text for b in in_order] == [
        "Audit Panel",
        "The panel noted the report and agreed the plan.",
        "It was agreed to meet again in the spring.",
    ]


COLUMNS = {
    "left": ["1. Apologies", "None were received from", "any member of the panel.", "2. Minutes",
             "The minutes were agreed", "as a true record."],
    "right": ["3. Finance", "The budget was noted and", "the panel asked for more.", "4. Risk",
              "The risk register was", "reviewed in full."],
}  # fmt: skip


def test_it_reads_a_page_in_two_columns_one_column_after_the_other() -> None:
    title = (180, 740, 16, "Audit Panel, 6 February 2020", True)
    pieces = [title, *_lines(*COLUMNS["left"]), *_lines(*COLUMNS["right"], x=320)]
    footer = (280, 40, 9, "Page 1 of 1", False)

    blocks = read_document("m.pdf", drawn_pdf([[*pieces, footer]]))

    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("heading", "", "Audit Panel, 6 February 2020"),
        ("paragraph", "1.", "Apologies None were received from any member of the panel."),
        ("paragraph", "2.", "Minutes The minutes were agreed as a true record."),
        ("paragraph", "3.", "Finance The budget was noted and the panel asked for more."),
        ("paragraph", "4.", "Risk The risk register was reviewed in full."),
        ("furniture", "", "Page 1 of 1"),
    ]


def test_it_reads_a_page_laid_out_in_columns_by_weasyprint_in_order() -> None:
    sections = ("Apologies", "Minutes", "Finance")
    body = "".join(
        f"<h2>{n}. {title}</h2><p>{minutes_html(1, 2).split('<p>1.1 ')[1].split('</p>')[0]}</p>"
        for n, title in enumerate(sections, 1)
    )
    data = _laid_out(body, "body { columns: 2; column-gap: 1cm }")

    headings = [(b.number, b.text) for b in read_document("m.pdf", data) if b.kind == "heading"]
    assert headings == [("1.", "Apologies"), ("2.", "Minutes"), ("3.", "Finance")]


def _turned_pdf(texts: list[str]) -> bytes:
    """A portrait page with a landscape page's text drawn on it turned a quarter anticlockwise
    (read upwards), as some producers print a landscape page."""
    content = b"".join(
        b"BT /F1 11 Tf 0 1 -1 0 %g 72 Tm (%s) Tj ET\n" % (100 + i * 14.3, text.encode())
        for i, text in enumerate(texts)
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_of(objects)


def test_it_reads_a_turned_page_and_a_page_drawn_on_its_side() -> None:
    texts = ["1. Apologies", "None were received.", "", "2. Minutes", "The minutes were agreed."]
    turned = PdfWriter(clone_from=io.BytesIO(drawn_pdf([_lines(*texts)])))
    turned.pages[0].rotate(90)
    out = io.BytesIO()
    turned.write(out)
    expected = [("1.", "Apologies None were received."), ("2.", "Minutes The minutes were agreed.")]

    for data in (out.getvalue(), _turned_pdf(texts)):
        blocks = read_document("m.pdf", data)
        assert [(b.number, b.text) for b in blocks] == expected


def test_it_takes_a_bold_line_at_the_body_size_for_a_heading() -> None:
    data = drawn_pdf(
        [[(72, 700, 11, "2. Finance", True), *_lines("The budget was noted.", top=680)]]
    )

    assert [(b.kind, b.number, b.text) for b in read_document("m.pdf", data)] == [
        ("heading", "2.", "Finance"),
        ("paragraph", "", "The budget was noted."),
    ]


def test_it_takes_bare_and_dashed_page_numbers_for_furniture() -> None:
    pages = [
        [*_lines(f"Text of page {n}."), (290, 40, 9, number, False)]
        for n, number in ((1, "2"), (2, "- 3 -"))
    ]

    assert [b.kind for b in read_document("m.pdf", drawn_pdf(pages))] == [
        "paragraph",
        "furniture",
        "paragraph",
        "furniture",
    ]


# --- PDFs it cannot read -----------------------------------------------------------------------


def test_it_says_a_pdf_without_text_looks_like_a_scan() -> None:
    scan = drawn_pdf([[], []], drawing=b"0 0 0 rg 72 72 450 700 re f\n")

    with pytest.raises(
        MinutesError, match=r"^m\.pdf has no text in it: it looks like a scan\. Run OCR"
    ):
        read_upload("m.pdf", scan)


def test_it_says_a_pdf_is_protected_by_a_password() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(drawn_pdf([_lines("Secret minutes.")])))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)

    with pytest.raises(MinutesError, match=r"^m\.pdf is protected with a password"):
        read_upload("m.pdf", out.getvalue())


def test_it_reads_a_pdf_that_opens_without_a_password() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(drawn_pdf([_lines("Open minutes.")])))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)

    assert read_upload("m.pdf", out.getvalue()) == "Open minutes.\n"


@pytest.mark.parametrize("data", [b"%PDF-1.7\nnot really", b"Minutes, but as text"])
def test_it_refuses_a_pdf_that_cannot_be_opened(data: bytes) -> None:
    with pytest.raises(MinutesError, match=r"^m\.pdf is not a PDF that can be opened\."):
        read_upload("m.pdf", data)


# --- Through the import page and the command ---------------------------------------------------


def test_it_previews_an_uploaded_pdf(board: Board, secretariat: Any, three_pages: bytes) -> None:
    url = reverse("meetings:import_minutes", args=[board.slug])
    upload = SimpleUploadedFile("minutes.pdf", three_pages)

    html = (
        client_for(secretariat).post(url, {"action": "preview", "upload": upload}).content.decode()
    )

    assert "1.1 Members discussed" in html.split("</textarea>")[0]


def test_it_lists_the_pdfs_furniture_on_the_import_page_quoted(
    board: Board, secretariat: Any, three_pages: bytes
) -> None:
    url = reverse("meetings:import_minutes", args=[board.slug])
    upload = SimpleUploadedFile("minutes.pdf", three_pages)

    html = (
        client_for(secretariat).post(url, {"action": "preview", "upload": upload}).content.decode()
    )

    problems = html.split('id="problems"')[1]
    assert "6 lines were left out of the draft as page furniture or notes" in problems
    assert "Left out of the record as a running header (page 2)." in problems
    assert f"<samp>{HEADER}</samp>" in problems
    assert "<samp>Page 3 of 3</samp>" in problems


def test_it_imports_a_pdf_with_the_command(db: None, tmp_path: Path, three_pages: bytes) -> None:
    minutes = tmp_path / "minutes.pdf"
    minutes.write_bytes(three_pages)
    out = StringIO()

    board = Board.objects.create(name="Audit Panel", slug="audit-panel")
    make_user("clerk@audit.example", person_name="Sam Clerk", board=board, role="secretariat")
    options = ["--board", "audit-panel", "--by", "clerk@audit.example", "--dry-run"]

    call_command("import_minutes", str(minutes), *options, stdout=out)

    assert len(json.loads(out.getvalue())["sections"]) == 4


# --- Layouts of the eighth fresh set (tests/data/real-fresh-8) ------------------------------------


def test_it_leaves_a_watermark_out_of_the_text_and_lists_it() -> None:
    # "DRAFT" drawn corner to corner under the text (a slanted text matrix), and "COPY" level but
    # in a type many times the text's: neither is in a paragraph, a heading or a row; each page
    # lists its watermark once as left out. A heading in a larger type stays a heading.
    slanted = b"BT /F2 110 Tf 0.766 0.643 -0.643 0.766 120 330 Tm (DRAFT) Tj ET\n"
    page = [
        (72, 760, 16, "Harbour Board", True),
        *_lines("1. Minutes", "The minutes were agreed.", top=700),
        (150, 500, 90, "COPY", True),
        *_lines("2. Questions", "None were received.", top=420),
    ]

    blocks = read_document("m.pdf", drawn_pdf([page], drawing=slanted))

    assert [(b.kind, b.text) for b in blocks if b.kind == "furniture"] == [
        ("furniture", "DRAFT COPY")
    ]
    assert [b.reason for b in blocks if b.kind == "furniture"] == ["a watermark"]
    assert not any("DRAFT" in b.text or "COPY" in b.text for b in blocks if b.kind != "furniture")
    assert "Harbour Board" in _texts(drawn_pdf([page], drawing=slanted))


def test_it_keeps_a_tables_columns_where_the_label_is_on_its_first_row_only() -> None:
    # "Present:" on the first row only: the names under the first name are in its column, not
    # in the label's, though no other row has a piece before them there.
    rows = [("Present:", "Stuart Greengrass", "Chairman")]
    rows += [
        ("", name, post)
        for name, post in (("Jon Horne", "COO, LSA"), ("Nicola Read", "UK Border Force"))
    ]
    pieces = [
        (x, 700 - 16 * i, 11, text, False)
        for i, row in enumerate(rows)
        for x, text in zip((72, 160, 330), row, strict=True)
        if text
    ]

    [table] = read_document("m.pdf", drawn_pdf([pieces]))

    assert table.rows == (
        ("Present:", "Stuart Greengrass", "Chairman"),
        ("", "Jon Horne", "COO, LSA"),
        ("", "Nicola Read", "UK Border Force"),
    )


def test_it_places_a_table_going_on_over_a_page_break_by_the_columns_above_it() -> None:
    # Below the break the label column is empty, so that page alone finds no column there: its
    # rows are placed by the columns of the rows above the break. A line of one cell under the
    # last cell of the row above, or of cells leaving the row's number empty, is that row's
    # cells wrapping (Word breaks a row over pages).
    def row(y: float, *cells: tuple[float, str]) -> list[tuple[float, float, float, str, bool]]:
        return [(x, y, 11, text, False) for x, text in cells]

    first = (
        row(700, (72, "Apologies"), (160, "1."), (200, "Cllr W Dow"), (330, "New Forest"))
        + row(684, (160, "2."), (200, "Cllr Ms V Hallam"), (330, "Christchurch BC"))
        + row(668, (160, "3."), (200, "Cllr P Russell"), (330, "Crowhill Residents /"))
    )
    second = (
        row(760, (330, "Burley Parish Council"))
        + row(744, (160, "4."), (200, "Cllr B Rickman &"), (330, "New Forest National Park"))
        + row(730, (200, "Cllr A Moore"), (330, "Authority"))
        + row(714, (160, "5."), (200, "Mr J Smith"), (330, "Poole BC"))
        + _lines("1. Minutes of Last Meeting", top=680)
    )

    blocks = read_document("m.pdf", drawn_pdf([first, second]))

    assert blocks[0].rows == (
        ("Apologies", "1.", "Cllr W Dow", "New Forest"),
        ("", "2.", "Cllr Ms V Hallam", "Christchurch BC"),
        ("", "3.", "Cllr P Russell", "Crowhill Residents / Burley Parish Council"),
        ("", "4.", "Cllr B Rickman & Cllr A Moore", "New Forest National Park Authority"),
        ("", "5.", "Mr J Smith", "Poole BC"),
    )
    assert [(b.kind, b.number, b.text) for b in blocks[1:]] == [
        ("paragraph", "1.", "Minutes of Last Meeting")
    ]


def test_it_leaves_out_a_column_that_numbers_each_list_of_people_from_one() -> None:
    rows = (
        ("Meeting", "Bournemouth Airport Consultative Committee", "", ""),
        ("Attendees", "1.", "Mr P Thorne", "Chamber of Trade"),
        ("", "2.", "Cllr T Cordery", "Ferndown TC"),
        ("In Attendance", "Bournemouth Airport Authority:", "", ""),
        ("", "1.", "Mr P Knight", "Managing Director"),
        ("Apologies", "1.", "Cllr W Dow", "New Forest District Council"),
    )

    # A row whose text ends in that column keeps it (a label and its value spanning the rest).
    assert without_row_numbers(rows) == (
        ("Meeting", "Bournemouth Airport Consultative Committee", ""),
        ("Attendees", "Mr P Thorne", "Chamber of Trade"),
        ("", "Cllr T Cordery", "Ferndown TC"),
        ("In Attendance", "Bournemouth Airport Authority:", ""),
        ("", "Mr P Knight", "Managing Director"),
        ("Apologies", "Cllr W Dow", "New Forest District Council"),
    )
    # Minute numbers run on through a table of items: they are kept.
    items = (("", "1", "Welcome", "JB"), ("", "2", "Finance", "SJ"), ("", "3", "AOB", ""))
    assert without_row_numbers(items) == items


# --- As Word's "Save as PDF" lays minutes out (outside tester's finding 7) -------------------


def _word_lines(rows: list[tuple[float, float, str, bool]], top: float = 760) -> list:
    """(x, gap above in points, text, bold) rows, in 10.5 pt type, down from `top`."""
    pieces, y = [], top
    for x, gap, text, bold in rows:
        y -= gap
        pieces.append((x, y, 10.5, text, bold))
    return pieces


def test_it_reads_a_word_pdfs_paragraphs_items_and_minute_numbers() -> None:
    # Word sets a paragraph's space after (here 4 pt) and list items as close as one
    # another, most gaps being between items and paragraphs, barely wider than a paragraph's
    # own lines; each number at a hanging indent, "41/20" as "3.1".
    line, item, para = 13.65, 17.65, 24.15
    pieces = _word_lines(
        [
            (72, 0, "Minutes of the meeting of the Court held on 25 June 2019 in the", False),
            (72, line, "Board Room", False),
            (72, para, "Present: Mrs Jane Ramsay (Chair), Mr Ian Douglas, Dr Amanda", False),
            (72, line, "Reid", False),
            (72, para, "Apologies: Mr Robert Stewart", False),
            (72, para, "41/20", True),
            (117, 0, "Apologies for absence", True),
            (117, item, "(a)", False),
            (162, 0, "Apologies were received from Cllr A. Law.", False),
            (72, item, "42/20", True),
            (117, 0, "Better Care Fund", True),
            (117, item, "(a)", False),
            (162, 0, "The Board wished to see the targets, in particular:", False),
            (162, item, "(i)", False),
            (207, 0, "the monthly figures for Poole Hospital; and", False),
            (162, item, "(ii)", False),
            (207, 0, "the effect of the winter funding on the", False),
            (207, line, "hospitals.", False),
            (117, item, "(b)", False),
            (162, 0, "Care home capacity remained under pressure in the", False),
            (162, line, "county.", False),
        ]
    )

    blocks = read_document("m.pdf", drawn_pdf([pieces]))

    assert [(b.kind, b.number, b.text) for b in blocks] == [
        (
            "paragraph",
            "",
            "Minutes of the meeting of the Court held on 25 June 2019 in the Board Room",
        ),
        ("paragraph", "", "Present: Mrs Jane Ramsay (Chair), Mr Ian Douglas, Dr Amanda Reid"),
        ("paragraph", "", "Apologies: Mr Robert Stewart"),
        ("heading", "", "41/20 Apologies for absence"),
        ("paragraph", "(a)", "Apologies were received from Cllr A. Law."),
        ("heading", "", "42/20 Better Care Fund"),
        ("paragraph", "(a)", "The Board wished to see the targets, in particular:"),
        ("paragraph", "(i)", "the monthly figures for Poole Hospital; and"),
        ("paragraph", "(ii)", "the effect of the winter funding on the hospitals."),
        ("paragraph", "(b)", "Care home capacity remained under pressure in the county."),
    ]


def test_it_reads_a_table_row_whose_cells_are_centred_in_it() -> None:
    # A cell wrapping onto two lines, the other centred beside it half a line lower; a
    # hanging list number elsewhere on the page makes a column stop no row of it fills.
    pieces = [
        (72, 760, 10.5, "Name", False),
        (340, 760, 10.5, "Representing", False),
        (72, 743.3, 10.5, "Cllr Lesley Dedman", False),
        (340, 743.3, 10.5, "BCP Council", False),
        (340, 726.7, 10.5, "Dorset Clinical Commissioning", False),
        (72, 719.8, 10.5, "Tim Goodson", False),
        (340, 713.0, 10.5, "Group", False),
        (72, 696.4, 10.5, "ACC Mark Callaghan (substitute for James", False),
        (340, 689.6, 10.5, "Dorset Police", False),
        (72, 682.8, 10.5, "Vaughan)", False),
        (72, 640, 10.5, "1.", True),
        (117, 640, 10.5, "Apologies", True),
        (117, 620, 10.5, "1.1", False),
        (162, 620, 10.5, "Apologies were received.", False),
    ]

    tables = _kinds(read_document("m.pdf", drawn_pdf([pieces])), "table")

    assert [t.rows for t in tables] == [
        (
            ("Name", "Representing"),
            ("Cllr Lesley Dedman", "BCP Council"),
            ("Tim Goodson", "Dorset Clinical Commissioning Group"),
            ("ACC Mark Callaghan (substitute for James Vaughan)", "Dorset Police"),
        )
    ]


def test_it_leaves_out_a_one_page_footer_that_carries_the_page_number() -> None:
    # Nothing repeats on a page of its own: the footer is told by its smaller type and the
    # page's number in its last cell.
    pieces = [
        (72, 760, 10.5, "6.1 The next meeting will be held on 8 October 2019.", False),
        (222, 28, 8, "Court 25.06.19 - Minutes (approved)", False),
        (528, 28, 8, "1", False),
    ]

    blocks = read_document("m.pdf", drawn_pdf([pieces]))

    assert [(b.kind, b.text, b.reason) for b in blocks] == [
        ("paragraph", "The next meeting will be held on 8 October 2019.", ""),
        ("furniture", "Court 25.06.19 - Minutes (approved) 1", "a running footer"),
    ]


def _flowing_pages(items: int = 60, paragraphs: int = 8) -> list[list[tuple]]:
    """Minutes flowing from page to page, their text alike from item to item but for its
    numbers (the outside tester's sixty pages): lines of 10.5 pt at a 12.2 pt step, a heading
    over each item, and a footer "Northshire Fire Authority - Page N of M" on each page."""
    lines: list[tuple[float, str, bool]] = []
    for s in range(1, items + 1):
        lines.append((18.0, f"{s}. Item number {s} on the agenda", True))
        for p in range(1, paragraphs + 1):
            words = f"The Authority considered the report on matter {s}.{p}. " * 9
            text = f"{s}.{p} {words}".split()
            rows = [" ".join(text[k : k + 12]) for k in range(0, len(text), 12)]
            lines += [(12.2 if k else 16.0, row, False) for k, row in enumerate(rows)]
    pages: list[list[tuple]] = [[]]
    y = 780.0
    for gap, text, bold in lines:
        y -= gap
        if y < 80:
            pages.append([])
            y = 780.0
        pages[-1].append((62, y, 10.5, text, bold))
    for number, pieces in enumerate(pages, 1):
        footer = f"Northshire Fire Authority - 14 March 2019 - Page {number} of {len(pages)}"
        pieces.append((120, 24, 12, footer, False))
    return pages


def test_it_reads_sixty_pages_of_text_alike_but_for_its_numbers_quickly() -> None:
    # The body's first and last lines on each page read alike from page to page (digits
    # aside), as a running header's would: they go on at the text's step, so they are the
    # text, and only the footers are left out. All in linear time.
    pages = _flowing_pages()
    data = drawn_pdf(pages)
    assert len(pages) >= 60
    before = children_cpu_seconds()

    blocks = read_document("minutes.pdf", data)

    seconds = children_cpu_seconds() - before
    furniture = _kinds(blocks, "furniture")
    assert [b.text for b in furniture] == [
        f"Northshire Fire Authority - 14 March 2019 - Page {n} of {len(pages)}"
        for n in range(1, len(pages) + 1)
    ]
    assert len(_kinds(blocks, "heading")) == 60
    numbers = {b.number for b in blocks if b.kind == "paragraph"}
    assert {f"{s}.{p}" for s in range(1, 61) for p in range(1, 9)} <= numbers
    assert seconds < 5


def test_it_keeps_an_items_heading_at_the_top_of_every_page() -> None:
    # Each item starting a page: the headings read alike but for their numbers, as a running
    # header would, but a numbered bold heading is the item's; and each item's last line,
    # in the text's type over the footer, is the text's.
    pages = [
        [
            (62, 760, 11, f"{n}. Item number {n} on the agenda", True),
            (62, 737, 10.5, f"{n}.1 The Authority considered the report on matter {n}.1.", False),
            (62, 712, 10.5, "It asked for a fuller account of the risks it described.", False),
            (62, 90, 10.5, f"RESOLVED that the recommendations of report {n} be approved.", False),
            (120, 24, 9, f"Northshire Fire Authority - Page {n} of 3", False),
        ]
        for n in (1, 2, 3)
    ]

    blocks = read_document("m.pdf", drawn_pdf(pages))

    assert [(b.number, b.text) for b in _kinds(blocks, "heading")] == [
        (f"{n}.", f"Item number {n} on the agenda") for n in (1, 2, 3)
    ]
    assert [b.text for b in _kinds(blocks, "furniture")] == [
        f"Northshire Fire Authority - Page {n} of 3" for n in (1, 2, 3)
    ]
    assert [b.text for b in blocks if b.text.startswith("RESOLVED")] == [
        f"RESOLVED that the recommendations of report {n} be approved." for n in (1, 2, 3)
    ]
