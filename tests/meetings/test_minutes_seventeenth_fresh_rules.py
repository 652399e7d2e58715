"""Layouts the seventeenth fresh set showed the reader missing (its records are in
tests/data/real-fresh-17), each in a small made-up example: a rule real minutes follow, never
one file. Pure functions only."""

from meetings.minutes import parse_minutes
from meetings.minutes.item_tables import item_table_columns
from meetings.minutes.pdf_reader import read_pdf
from meetings.minutes.people import names_in_capitals
from meetings.minutes.text import parse_blocks
from tests.meetings.pdf_minutes import drawn_pdf


def _minute_no_item_pdf() -> bytes:
    # Committee systems print minutes as a two-column table, "Minute No. | Item": the reference
    # in the first column, the bold title, the agenda's text, "Minutes:" and the minute in the
    # second, each paragraph's last line short of the column's width.
    top = 690.0
    pieces = [
        (57, 780, 14, "Anyshire Police and Crime Panel", True),
        (57, 760, 10, "Minutes of the meeting held on Friday, 14 May 2021", False),
        (57, 720, 10, "Minute No.", True),
        (150, 720, 10, "Item", True),
        (57, top, 10, "7/21", False),
        (150, top, 10, "Apologies for Absence", True),
        (150, top - 12, 10, "Minutes:", False),
        (
            150,
            top - 24,
            10,
            "Apologies for absence were submitted by Councillor Ann Lee (Anytown",
            False,
        ),
        (150, top - 36, 10, "Borough Council) (Councillor Bob Hart substituted).", False),
        (57, top - 54, 10, "8/21", False),
        (150, top - 54, 10, "Minutes", True),
        (150, top - 66, 10, "To agree the Minutes of 12 March 2021.", False),
        (150, top - 78, 10, "Minutes:", False),
        (
            150,
            top - 90,
            10,
            "The Minutes of the meeting held on 12 March 2021 were agreed as a",
            False,
        ),
        (150, top - 102, 10, "correct record and signed by the Chair.", False),
    ]
    return drawn_pdf([pieces])


def test_a_two_column_table_of_minute_numbers_and_items_is_read_a_row_an_item() -> None:
    assert item_table_columns(["Minute No.", "Item"]) == (1, 2, -1)
    assert item_table_columns(["No.", "Subject"]) == (1, 2, -1)
    assert item_table_columns(["Name", "Role"]) is None  # an attendance table
    blocks = read_pdf(_minute_no_item_pdf())
    record = parse_blocks(blocks).record
    titles = [(s["ref"], s["title"]) for s in record["sections"]]
    assert titles == [("7/21", "Apologies for Absence"), ("8/21", "Minutes")]


def test_a_cells_short_last_line_after_a_full_stop_ends_its_paragraph() -> None:
    # No wider gap between a table cell's paragraphs: the line a sentence ends on, well short of
    # the column's width, ends the paragraph; a line ending at the edge goes on.
    blocks = read_pdf(_minute_no_item_pdf())
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    assert "Minutes:" in texts
    assert "To agree the Minutes of 12 March 2021." in texts
    assert (
        "The Minutes of the meeting held on 12 March 2021 were agreed as a correct record and "
        "signed by the Chair." in texts
    )


def test_apologies_submitted_by_a_member_with_a_substitute_in_a_second_bracket() -> None:
    # "were submitted by Councillor A (Body) (Councillor B substituted)": A sent apologies from
    # their council; B sat in their place, and was there.
    text = (
        "Anyshire Police and Crime Panel\n\n"
        "Minutes of the meeting held on 14 May 2021\n\n"
        "1. Apologies for Absence\n"
        "Apologies for absence were submitted by Councillor Ann Lee (Anytown Borough Council) "
        "(Councillor Bob Hart substituted) and Councillor Carol Dunn (Westshire Council).\n\n"
        "2. Minutes\n"
        "The minutes were agreed.\n"
    )
    people = {
        a["name"]: (a["attendance"], a.get("organisation"))
        for a in parse_minutes(text).record["attendees"]
    }
    assert people["Councillor Ann Lee"] == ("apologies", "Anytown Borough Council")
    assert people["Councillor Carol Dunn"] == ("apologies", "Westshire Council")
    assert people["Councillor Bob Hart"][0] == "present"


def test_a_list_of_names_printed_in_capitals_is_a_list_of_people() -> None:
    # Some councils print their members' names in capitals: "Councillors SHEENA WELSH, ...";
    # each is a person, not one person with the others as a role (or a body's initials).
    text = (
        "ANYSHIRE COUNCIL\n\n"
        "MINUTE of MEETING of the CHILDREN AND LEARNING COMMITTEE held on Tuesday 8 November "
        "2016.\n\n"
        "Present: Councillors ANN LEE, IAN McLEAN, RONNIE ROE MBE and JOHN O'NEILL.\n\n"
        "1. APOLOGIES\nNone.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["role"]) for a in attendees] == [
        ("Councillor Ann Lee", ""),
        ("Councillor Ian McLEAN", ""),  # a name in mixed case stays as written
        ("Councillor Ronnie Roe MBE", ""),
        ("Councillor John O'Neill", ""),
    ]
    assert names_in_capitals("Mr BILL SIMS") == "Mr Bill Sims"


def test_a_bodys_initials_in_a_list_stay_initials() -> None:
    assert names_in_capitals("Jane Hope, CNPA, NHS") == "Jane Hope, CNPA, NHS"
    assert names_in_capitals("NHS Fife and PKC") == "NHS Fife and PKC"
    assert names_in_capitals("Mr ALAN MACKIE") == "Mr Alan Mackie"


def test_those_in_attendance_after_those_present_in_one_paragraph() -> None:
    # "PRESENT Cllrs A, B & Town Clerk C. In attendance Mr D & Cllr E": the clerk named after
    # her post is no councillor, and the second sentence lists those in attendance.
    text = (
        "MINUTES OF FINANCE COMMITTEE OF ANYTOWN TOWN COUNCIL\n"
        "Held at the Council Chambers on Monday 18th January 2016 at 7.00pm\n"
        "PRESENT Cllrs S Hirst, T Walsh, M Hamlett & Town Clerk Natalie Haines. In attendance "
        "Mr Stevenson & Cllr Kevin Painter\n"
        "1. Apologies\nNone.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["role"], a["attendance"]) for a in attendees] == [
        ("Cllr S Hirst", "", "present"),
        ("Cllr T Walsh", "", "present"),
        ("Cllr M Hamlett", "", "present"),
        ("Natalie Haines", "Town Clerk", "present"),
        ("Mr Stevenson", "", "in_attendance"),
        ("Cllr Kevin Painter", "", "in_attendance"),
    ]


def test_a_committees_letters_and_item_number_then_the_month_and_year_is_a_reference() -> None:
    # "FS1. 01/16 Title - text": a town council's committee (FS), the item (1), the meeting's
    # month and year; the title runs on into the minute after a dash or a colon.
    text = (
        "MINUTES OF FINANCE & SCRUTINY COMMITTEE OF ANYTOWN TOWN COUNCIL\n"
        "Held on Monday 18th January 2016 at 7.00pm\n"
        "PRESENT Cllrs S Hirst, T Walsh\n"
        "FS1. 01/16 To Note apologies of absence \u2013 None\n"
        "FS2. 01/16 Adoption of Minutes 9th November 2015: It was proposed by Cllr Walsh to "
        "adopt the minutes.\n"
    )
    record = parse_minutes(text).record
    assert [(s["ref"], s["title"]) for s in record["sections"]] == [
        ("FS1. 01/16", "To Note apologies of absence"),
        ("FS2. 01/16", "Adoption of Minutes 9th November 2015"),
    ]


def test_a_title_in_capitals_over_its_minute_in_a_table_cell_is_the_items_title() -> None:
    # "No. | Item" with "1. | APOLOGIES FOR ABSENCE" over "Apologies for absence were received
    # from Councillors L. Bowen, A. Davies, B. Davies and P. Hughes.": a title in capitals, then
    # the minute; an initial's stop ("B. Davies and") does not end the sentence of apologies.
    top = 690.0
    pieces = [
        (57, 780, 14, "County Council", True),
        (57, 760, 10, "Wednesday, 8th November, 2023 10.00 am", False),
        (57, 720, 10, "No.", True),
        (110, 720, 10, "Item", True),
        (57, top, 10, "1.", False),
        (110, top, 10, "APOLOGIES FOR ABSENCE", False),
        (
            110,
            top - 12,
            10,
            "Apologies for absence were received from Councillors L. Bowen,",
            False,
        ),
        (110, top - 24, 10, "A. Davies, B. Davies and P. Hughes.", False),
        (57, top - 42, 10, "2.", False),
        (110, top - 42, 10, "DECLARATIONS OF PERSONAL INTERESTS", False),
        (110, top - 54, 10, "There were no declarations of personal interest.", False),
    ]
    record = parse_blocks(read_pdf(drawn_pdf([pieces]))).record
    assert [(s["ref"], s["title"]) for s in record["sections"]] == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF PERSONAL INTERESTS"),
    ]
    assert [(a["name"], a["attendance"]) for a in record["attendees"]] == [
        ("Councillor L. Bowen", "apologies"),
        ("Councillor A. Davies", "apologies"),
        ("Councillor B. Davies", "apologies"),
        ("Councillor P. Hughes", "apologies"),
    ]


def test_substitutes_named_by_surname_under_one_plural_title_each() -> None:
    # "County Councillors A and B who were substituting for County Councillors C and D": A and B
    # were there, in place of C and D, in turn.
    text = (
        "Corporate Parenting Board\n"
        "Thursday, 18th June, 2015 6.00 pm\n\n"
        "1. Introductions and Apologies\n"
        "All were welcomed to the meeting, especially County Councillors Dereli and Gibson who "
        "were substituting for County Councillors Snape and Beavers. Apologies were noted from "
        "Debbie Ross.\n\n"
        "2. Appointment of Chair\nThe Board noted the appointment.\n"
    )
    people = {a["name"]: a["attendance"] for a in parse_minutes(text).record["attendees"]}
    assert people["County Councillor Dereli"] == "present"
    assert people["County Councillor Gibson"] == "present"
    assert people["Debbie Ross"] == "apologies"
