"""Minutes set as one table an item a row (issue 15): a PDF's table read as the Word reader reads
it, one rule for both (meetings/minutes/item_tables.py); an agenda-like table's time and lead
columns kept out of the item's title and its actions."""

import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.blocks import Block
from meetings.minutes.docx_reader import read_docx
from meetings.minutes.item_tables import PRESENTS, item_table_blocks, item_table_columns
from meetings.minutes.pdf_reader import read_pdf
from meetings.minutes.text import parse_blocks
from tests.meetings.pdf_minutes import drawn_pdf

_HEADER = [
    (61, 720, 10, "Item", True),
    (94, 720, 10, "Minute", True),
    (430, 720, 10, "Action", True),
]


def _item_table_pdf() -> bytes:
    top = 700.0
    pieces = [
        (57, 780, 14, "Anytown Community Council", True),
        (57, 760, 10, "Minutes of the meeting held on Tuesday 14 November 2023", False),
        (57, 745, 10, "Present: Jim Reid (Chair), Fiona Hall", False),
        *_HEADER,
        (61, top, 10, "1", False),
        (94, top, 10, "Welcome and apologies", True),
        (94, top - 12, 10, "The Chair welcomed everyone.", False),
        (61, top - 30, 10, "2", False),
        (94, top - 30, 10, "Planning", True),
        (94, top - 42, 10, "2.1 24/00312/FULL, 12 Cupar Road: no objection.", False),
        (94, top - 54, 10, "2.2 24/00340/LBC, Abbey House: the Council agreed to", False),
        (94, top - 66, 10, "object.", False),
        (430, top - 54, 10, "FH to submit", False),
        (430, top - 66, 10, "objection", False),
        (61, top - 84, 10, "3", False),
        (94, top - 84, 10, "Police report", True),
        (94, top - 96, 10, "Two thefts from sheds were reported.", False),
        (430, top - 84, 10, "LK", False),
    ]
    return drawn_pdf([pieces])


def test_a_pdf_table_of_items_is_read_a_row_an_item_its_bold_first_line_the_title() -> None:
    blocks = read_pdf(_item_table_pdf())
    body = [(b.kind, b.number, b.text) for b in blocks if b.kind != "furniture"]
    body = body[next(k for k, b in enumerate(body) if b[0] == "heading" and b[1]) :]
    assert body == [
        ("heading", "1", "Welcome and apologies"),
        ("paragraph", "", "The Chair welcomed everyone."),
        ("heading", "2", "Planning"),
        ("paragraph", "2.1", "24/00312/FULL, 12 Cupar Road: no objection."),
        ("paragraph", "2.2", "24/00340/LBC, Abbey House: the Council agreed to object."),
        ("paragraph", "", "Action: FH to submit objection"),
        ("heading", "3", "Police report"),
        ("paragraph", "", "Two thefts from sheds were reported."),
        ("paragraph", "", "Action: Two thefts from sheds were reported.\nAction by: LK"),
    ]
    record = parse_blocks(blocks).record
    titles = [(s["number"], s["title"]) for s in record["sections"]]
    assert titles == [(1, "Welcome and apologies"), (2, "Planning"), (3, "Police report")]


def test_text_left_of_the_table_after_it_ends_the_table() -> None:
    pieces = [
        *_HEADER,
        (61, 700, 10, "1", False),
        (94, 700, 10, "Welcome", True),
        (94, 688, 10, "The Chair welcomed everyone.", False),
        (57, 660, 10, "Signed as a true record by the Chair.", False),
    ]
    blocks = [b for b in read_pdf(drawn_pdf([pieces])) if b.kind != "furniture"]
    assert (blocks[-1].kind, blocks[-1].text) == (
        "paragraph",
        "Signed as a true record by the Chair.",
    )
    assert [b.text for b in blocks[:2]] == ["Welcome", "The Chair welcomed everyone."]


def test_an_agenda_like_table_leaves_the_time_out_and_its_lead_presents() -> None:
    columns = item_table_columns(["Item", "Time", "Item Description", "Lead"])
    assert columns == (2, 3, PRESENTS)
    cell = [
        Block("paragraph", "Welcome, Introductions; receipt of apologies"),
        Block("paragraph", "Apologies from Michael Newsham"),
    ]
    rows = [
        [[Block("paragraph", "1.")], [Block("paragraph", "1300")], cell, [Block("paragraph", "AT")]]
    ]
    blocks = list(item_table_blocks(rows, columns, [[False, False, False, False]]))
    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("heading", "1.", "Welcome, Introductions; receipt of apologies"),
        ("paragraph", "", "Apologies from Michael Newsham"),
    ]
    # Without a time column, a Lead column is still who does what the minute asks.
    assert item_table_columns(["Item", "Minute", "Lead"]) == (1, 2, -1)


def test_an_owner_beside_a_resolution_does_what_was_resolved_not_the_whole_minute() -> None:
    columns = item_table_columns(["Item", "Minute", "Action"])
    minute = [
        Block("paragraph", "Terms of Reference"),
        Block("paragraph", "The Board had discussed the draft Terms of Reference at length."),
        Block("paragraph", "RESOLVED:- (i) To agree the Terms of Reference; and"),
    ]
    rows = [[[Block("paragraph", "14")], minute, [Block("paragraph", "Bob Hill")]]]
    blocks = list(item_table_blocks(rows, columns, [[False, True, False]]))
    assert blocks[-1].text == "Action: To agree the Terms of Reference\nAction by: Bob Hill"
    # With no resolution in the minute, the minute is the owner's action, as before.
    rows[0][1] = minute[:2]
    blocks = list(item_table_blocks(rows, columns, [[False, True, False]]))
    assert blocks[-1].text.startswith("Action: The Board had discussed the draft")


def test_a_bold_line_between_numbered_items_is_a_sub_heading_of_the_item_above() -> None:
    document = docx.Document()
    document.add_paragraph("Finance Board")
    document.add_paragraph("Minutes of the meeting held on 28 April 2009")
    document.add_heading("1. Minutes & Matters Arising", level=2)
    document.add_paragraph("The minutes were agreed as a true record.")
    document.add_paragraph().add_run("Matters arising").bold = True
    document.add_paragraph("Performance: the annual figures are being collated.")
    document.add_heading("2. Budget", level=2)
    document.add_paragraph("The budget was noted.")
    document.add_paragraph().add_run("Date of next meeting").bold = True
    document.add_paragraph("12 May 2009.")
    out = io.BytesIO()
    document.save(out)
    blocks = read_docx(out.getvalue())
    kinds = [
        (b.kind, b.text) for b in blocks if b.text in ("Matters arising", "Date of next meeting")
    ]
    # Between numbered items: the item's sub-heading; after the last one: a heading as before.
    assert kinds == [("paragraph", "Matters arising"), ("heading", "Date of next meeting")]
    record = parse_blocks(blocks).record
    assert [s["title"] for s in record["sections"]][:2] == ["Minutes & Matters Arising", "Budget"]
    texts = [p["text"] for p in record["sections"][0]["paragraphs"]]
    assert texts[1:] == ["Matters arising", "Performance: the annual figures are being collated."]


def test_invited_and_observer_lines_are_attendance_and_a_dash_before_initials_is_no_name() -> None:
    record = parse_minutes(
        "Tenant Scrutiny Panel\nMinutes of the meeting held on 7 December 2015\n\n"
        "Members: Jomo Browne; Mags Zia\n"
        "Observer: Jan Mills, Customer Engagement Manager, Circle Group\n"
        "Invited: Aaron Taffera \u2013 (AT) Chair, Line Group South\n"
        "Observers: Ann Lee\n"
        "Apologies: Kim Sullivan\n\n1. Opening\nThe Chair welcomed the members.\n"
    ).record
    people = {a["name"]: a["attendance"] for a in record["attendees"]}
    assert people == {
        "Jomo Browne": "present",
        "Mags Zia": "present",
        "Jan Mills": "in_attendance",
        "Aaron Taffera": "in_attendance",
        "Ann Lee": "in_attendance",
        "Kim Sullivan": "apologies",
    }


def test_an_action_of_initials_alone_under_a_paragraph_is_that_paragraph_theirs() -> None:
    record = parse_minutes(
        "Finance Board\nMinutes of the meeting held on 28 April 2009\n\n"
        "Present: Miriam Robertson (MR), Jane Edmends (JE)\n\n1. Matters arising\n"
        "Performance: MR advised that the annual figures are being collated.\n"
        "ACTION: MR\n\n2. Budget\nThe budget was noted.\nAction: JE to circulate the figures.\n"
    ).record
    actions = [a for s in record["sections"] for p in s["paragraphs"] for a in p["actions"]]
    assert [a["text"] for a in actions] == [
        "Performance: MR advised that the annual figures are being collated.",
        "JE to circulate the figures.",
    ]
    assert actions[0]["owner_people"] == ["Miriam Robertson"]


def test_a_label_over_a_persons_name_in_the_attendance_is_no_colon_item() -> None:
    # Items "Title: text" with no numbers; "Independent mentor: Sue Farrant" among the attendance
    # is who was there, and the lines after it are still read as attendance.
    record = parse_minutes(
        "Tenant Scrutiny Panel\nNotes of the meeting held on 7 December 2015\n\n"
        "Members: Jomo Browne; Mags Zia\n\nIndependent mentor: Sue Farrant\n\n"
        "Apologies: Kim Sullivan\n\nBalanced scorecard: Patsey said it was put off.\n\n"
        "Notes of the last meeting: These were agreed without amendment.\n\n"
        "Any other business: None was raised at the meeting.\n"
    ).record
    people = {a["name"]: a["attendance"] for a in record["attendees"]}
    assert people["Kim Sullivan"] == "apologies"
    assert "Sue Farrant" in people
    assert [s["title"] for s in record["sections"]] == [
        "Balanced scorecard",
        "Notes of the last meeting",
        "Any other business",
    ]
