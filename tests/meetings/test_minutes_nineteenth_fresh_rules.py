"""Rules the reader took from the nineteenth fresh set (tests/data/real-fresh-19): ways real
minutes of many bodies are printed, each on a made-up example."""

from meetings.minutes.pdf_reader import read_pdf
from tests.meetings.pdf_minutes import drawn_pdf


def _paragraphs(pieces: list[tuple[float, float, float, str, bool]]) -> list[str]:
    return [b.text for b in read_pdf(drawn_pdf([pieces])) if b.kind == "paragraph"]


def test_a_short_line_with_room_for_the_next_lines_first_word_ends_its_line() -> None:
    # Every line set as a paragraph of its own, all equally far apart: the names under a label,
    # one a line, are not one paragraph, since a line the page had wrapped would have taken the
    # next name's first word. A paragraph that wraps at the edge of the text goes on; so does a
    # line that ends on 'and', and a title in capitals set over two lines by hand.
    long = (
        "The Board received the report of the Audit Committee, which had met on two occasions "
        "since the"
    )
    lines = [
        "ANYSHIRE COMMUNITY FOUNDATION AND",
        "REGIONAL ARTS TRUST",
        "Board members",
        "Jane Brown, Chair",
        "Tom Green",
        "Ann White, Treasurer",
        long,
        "last meeting, and noted its findings.",
        "It was agreed that the Treasurer and",
        "Secretary would report in May.",
    ]
    pieces = [(57.0, 780.0 - 14 * k, 10.0, text, False) for k, text in enumerate(lines)]
    assert _paragraphs(pieces) == [
        "ANYSHIRE COMMUNITY FOUNDATION AND REGIONAL ARTS TRUST",
        "Board members",
        "Jane Brown, Chair",
        "Tom Green",
        "Ann White, Treasurer",
        long + " last meeting, and noted its findings.",
        "It was agreed that the Treasurer and Secretary would report in May.",
    ]


def test_a_short_line_in_a_narrower_column_is_measured_by_its_own_column() -> None:
    # A contents list's text at an indent, narrower than the page's paragraphs: its wrapped
    # title is one line, measured by the lines that start where it starts.
    pieces = [
        (
            57.0,
            780.0,
            10.0,
            "The Chair welcomed members and guests to the meeting, and thanked the hosts for",
            False,
        ),
        (57.0, 766.0, 10.0, "their hospitality.", False),
        (57.0, 752.0, 10.0, "5.", False),
        (90.0, 752.0, 10.0, "Minutes of the meeting held on 11 July and of the Governance", False),
        (90.0, 738.0, 10.0, "Committee", False),
    ]
    texts = _paragraphs(pieces)
    assert any(t.endswith("of the Governance Committee") for t in texts), texts


def test_an_attendance_tables_last_cell_says_how_each_person_attended() -> None:
    # "Name, Post |  | Present", "Name (Division) | Region | Apologies": the word in the last
    # cell is the attendance, not part of the post; a header row of such words is no person.
    from meetings.minutes.blocks import Block
    from meetings.minutes.text import parse_blocks

    rows = (
        ("Mrs J. Brown, Chairman", "", "Present"),
        ("T. Green (4)", "Northern", "Apologies"),
        ("A. White, Hon. Treasurer", "", "Present"),
    )
    record = parse_blocks(
        [
            Block(
                "paragraph", "MINUTES OF AN ORDINARY MEETING OF THE COUNCIL held on 5 March 2024"
            ),
            Block("paragraph", "PRESENT AND APOLOGIES"),
            Block("table", rows=rows),
            Block("paragraph", "1. APOLOGIES FOR ABSENCE"),
            Block("paragraph", "Noted and recorded as above."),
        ]
    ).record
    people = {a["name"]: (a["attendance"], a["role"]) for a in record["attendees"]}
    assert people["Mrs J. Brown"] == ("present", "Chairman")
    assert people["T. Green"][0] == "apologies"
    assert people["A. White"] == ("present", "Hon. Treasurer")


def test_status_row_reads_only_rows_closed_by_an_attendance_word() -> None:
    from meetings.minutes.status_cells import status_row

    assert status_row(["Mrs J. Brown, Chairman", "", "Present"]) == (
        "Mrs J. Brown, Chairman",
        "",
        "present",
    )
    assert status_row(["T. Green (4)", "Northern", "Apologies"])[2] == "apologies"
    assert status_row(["Name", "Present", "Apologies"]) is None  # a header row
    assert status_row(["Mrs J. Brown", "Chairman"]) is None
