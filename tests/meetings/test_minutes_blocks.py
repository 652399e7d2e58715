"""The minutes are read from a document's blocks (parse_blocks), not from text re-parsed after
flattening: headings and list numbers as the blocks give them, tables row by row (attendees,
actions linked to their minute by reference), furniture left out. Text is read into blocks by
read_text, and a document's Markdown (what the import page shows) reads back the same."""

from pathlib import Path

import pytest

from meetings.minutes import parse_blocks, parse_minutes, read_file, read_upload
from meetings.minutes.blocks import Block, blocks_markdown, read_text

REAL = Path(__file__).resolve().parents[1] / "data"
FILES = sorted(
    p
    for folder in ("real", "real-holdout")
    for p in (REAL / folder).iterdir()
    if p.suffix in (".txt", ".docx", ".pdf")
)

HEAD = [
    Block("heading", "Audit Panel"),
    Block("paragraph", "Record of Meeting 3 March 2024"),
    Block(
        "table", rows=(("Name", "Role"), ("Jane Doe (JD)", "Chair"), ("Sam Roe (SR)", "Treasurer"))
    ),
]


def _sections(blocks: list[Block]) -> list[tuple[str, str, list[str]]]:
    record = parse_blocks(blocks).record
    return [(s["ref"], s["title"], [p["ref"] for p in s["paragraphs"]]) for s in record["sections"]]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_it_reads_a_file_from_its_blocks_as_from_the_markdown_the_page_shows(path: Path) -> None:
    data = path.read_bytes()

    from_blocks = read_file(path.name, data)
    from_text = parse_minutes(read_upload(path.name, data))

    assert (from_blocks.record, from_blocks.problems) == (from_text.record, from_text.problems)


def test_it_reads_text_as_runs_of_lines_and_markdown_tables() -> None:
    text = (
        "Audit Panel\nMinutes\n\n\n| Name | Role |\n|---|---|\n| Jane Doe | Chair |\n\n1. Minutes\n"
    )

    assert read_text(text) == [
        Block("paragraph", "Audit Panel\nMinutes", line=1),
        Block("table", rows=(("Name", "Role"), (), ("Jane Doe", "Chair")), line=5),
        Block("paragraph", "1. Minutes", line=9),
    ]


def test_it_writes_blocks_as_markdown_that_reads_back_into_the_same_rows() -> None:
    table = Block("table", rows=(("Jane Doe", "Chair | Treasurer"), ("", "")))

    text = blocks_markdown([Block("heading", "Minutes", level=2, number="1."), table])

    assert text == "## 1. Minutes\n\n| Jane Doe | Chair \\| Treasurer |\n"
    assert read_text(text)[1].rows == (("Jane Doe", "Chair | Treasurer"),)


def test_it_takes_a_paragraphs_list_number_as_the_document_gives_it() -> None:
    blocks = [
        *HEAD,
        Block("heading", "Finance", level=1, number="2."),
        Block("paragraph", "the budget was noted.", number="(a)"),
        Block("paragraph", "The report was noted.", number="(b)"),
    ]

    assert _sections(blocks) == [("2", "Finance", ["(a)", "(b)"])]


def test_it_takes_a_numbered_paragraph_in_lower_case_as_numbered() -> None:
    blocks = [
        *HEAD,
        Block("heading", "Finance", level=1, number="2."),
        Block("paragraph", "the budget was noted.", number="2.1"),
    ]

    assert _sections(blocks) == [("2", "Finance", ["2.1"])]


def test_it_reads_an_unnumbered_heading_at_the_sections_level_as_a_section() -> None:
    blocks = [
        *HEAD,
        Block("heading", "Minutes", level=1, number="1."),
        Block("paragraph", "The minutes were agreed.", number="1.1"),
        Block("heading", "Action log", level=1),
        Block("paragraph", "The log was noted."),
    ]

    assert _sections(blocks) == [("1", "Minutes", ["1.1"]), ("", "Action log", ["2.1"])]


def test_it_leaves_a_deeper_heading_inside_its_section() -> None:
    blocks = [
        *HEAD,
        Block("heading", "Minutes", level=1, number="1."),
        Block("heading", "Finance", level=2),
        Block("paragraph", "The minutes were agreed."),
    ]

    assert [s[:2] for s in _sections(blocks)] == [("1", "Minutes")]


def test_it_leaves_furniture_out_and_lists_it_quoted_as_left_out() -> None:
    blocks = [
        *HEAD,
        Block("heading", "Minutes", level=1, number="1."),
        Block("paragraph", "The minutes were agreed."),
        Block("furniture", "Page 1 of 2", page=1, reason="a page number"),
        Block("furniture", "R:\\PCP\\Minutes.DOC - 1", page=1, reason="a file path"),
        Block("paragraph", "The log was noted.", page=2),
    ]

    result = parse_blocks(blocks)

    paragraphs = result.record["sections"][0]["paragraphs"]
    assert [p["text"] for p in paragraphs] == ["The minutes were agreed.", "The log was noted."]
    assert [(p.label, p.text, p.message) for p in result.problems] == [
        ("Left out", "Page 1 of 2", "Left out of the record as a page number (page 1)"),
        ("Left out", "R:\\PCP\\Minutes.DOC - 1", "Left out of the record as a file path (page 1)"),
    ]
    # Numbered as the comment lines that say so in the text the import page shows.
    markdown = blocks_markdown(blocks).splitlines()
    assert [markdown[p.line - 1] for p in result.problems] == [
        "<!-- Left out (page 1, a page number): Page 1 of 2 -->",
        "<!-- Left out (page 1, a file path): R:\\PCP\\Minutes.DOC - 1 -->",
    ]
    assert parse_minutes(blocks_markdown(blocks)).problems == result.problems


def test_it_reads_a_left_out_comment_in_text_back_as_furniture() -> None:
    blocks = read_text(
        "Minutes agreed.\n<!-- Left out (page 3, a running header): Audit Panel -->\n"
        "<!-- Left out: OFFICIAL -->\n"
    )

    assert blocks == [
        Block("paragraph", "Minutes agreed.", line=1),
        Block("furniture", "Audit Panel", page=3, line=2, reason="a running header"),
        Block("furniture", "OFFICIAL", line=3),
    ]


def test_it_reads_an_attendance_table_by_its_rows() -> None:
    blocks = [
        *HEAD,
        Block("heading", "Minutes", level=1, number="1."),
        Block("paragraph", "Agreed."),
    ]

    people = parse_blocks(blocks).record["attendees"]

    assert [(p["name"], p["role"], p.get("initials")) for p in people] == [
        ("Jane Doe", "Chair", "JD"),
        ("Sam Roe", "Treasurer", "SR"),
    ]


def test_it_links_an_action_tables_rows_to_their_minutes_by_reference() -> None:
    log = (
        ("Minute", "Action", "Action by", "When"),
        ("1.1", "Publish the minutes, with the log", "JD", "31 March 2024"),
        ("2", "Write to the auditor", "SR", ""),
    )
    blocks = [
        *HEAD,
        Block("heading", "Minutes", level=1, number="1."),
        Block("paragraph", "The minutes were agreed.", number="1.1"),
        Block("paragraph", "The log was noted.", number="1.2"),
        Block("heading", "Audit", level=1, number="2."),
        Block("paragraph", "The auditor reported.", number="2.1"),
        Block("heading", "Action log", level=1),
        Block("table", rows=log),
    ]

    result = parse_blocks(blocks)

    sections = result.record["sections"]
    actions = {
        p["ref"]: [(a["text"], a["owner_people"], a["due"]) for a in p["actions"]]
        for s in sections
        for p in s["paragraphs"]
    }
    assert actions == {
        "1.1": [("Publish the minutes, with the log", ["Jane Doe"], "2024-03-31")],
        "1.2": [],
        "2.1": [("Write to the auditor", ["Sam Roe"], None)],
    }
    # The log's heading, its rows all linked to their minutes and nothing left under it, is no
    # empty last section of the record (0b17529).
    assert [s["title"] for s in sections] == ["Minutes", "Audit"]
    assert result.problems == []


def test_it_lists_an_action_whose_minute_is_not_there() -> None:
    log = (("Minute", "Action", "Action by"), ("9", "Write to the auditor", "SR"))
    blocks = [
        *HEAD,
        Block("heading", "Minutes", level=1, number="1."),
        Block("paragraph", "The minutes were agreed.", number="1.1"),
        Block("table", rows=log),
    ]

    result = parse_blocks(blocks)

    assert [(p.text, p.message) for p in result.problems] == [
        (
            "9, Write to the auditor, SR",
            "No minute 9 for this action; it is placed under the one above",
        )
    ]


def test_it_numbers_a_documents_lines_to_check_as_its_markdown_has_them() -> None:
    blocks = [
        *HEAD,
        Block("heading", "Minutes", level=1, number="1."),
        Block("paragraph", "The minutes were agreed.", number="1.1"),
        Block("table", rows=(("Minute", "Action", "Action by"), ("9", "Write", "SR"))),
    ]

    line = parse_blocks(blocks).problems[0].line

    assert blocks_markdown(blocks).splitlines()[line - 1] == "| 9 | Write | SR |"


def test_it_reads_an_attendance_tables_cells_as_its_header_names_them() -> None:
    text = (
        "Audit Panel\n\nRecord of Meeting 3 March 2024\n\nPresent:\n\n"
        "| Name | Organisation | Role |\n|---|---|---|\n"
        "| Jane Doe (JD) | Home Office | Chair, Audit and Risk |\n"
        "| Sam Roe | Westshire Council | |\n"
        "\n1. Minutes\n\nAgreed.\n"
    )

    result = parse_minutes(text)

    people = [(p["name"], p["role"], p["organisation"]) for p in result.record["attendees"]]
    assert people == [
        ("Jane Doe", "Chair, Audit and Risk", "Home Office"),
        ("Sam Roe", "", "Westshire Council"),
    ]
    assert result.problems == []
