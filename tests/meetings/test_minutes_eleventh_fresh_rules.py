"""Rules real minutes follow, found on Word and PDF files of nine more kinds of body (issue 15;
the records are in tests/data/real-fresh-11), each in a small made-up example: never one file.
Pure functions only."""

import io

import docx
from docx.oxml.parser import parse_xml

from meetings.minutes import parse_minutes
from meetings.minutes.docx_reader import read_docx
from meetings.minutes.pdf_reader import _joined_cell, _joined_line
from meetings.minutes.text import parse_blocks
from tests.meetings.test_minutes_fourth_fresh_layouts import _people, _sections, _texts

_HEAD = "Anytown Joint Board\n\nMinutes of the meeting held on 1 March 2024\n\n"


def test_a_word_broken_by_the_typesetter_is_joined_whatever_follows() -> None:
    # WeasyPrint and browsers print U+2010 where they hyphenated a word at a line's end: the
    # mark is never the word's own, even before a capital ("UNI-" / "SON").
    assert (
        _joined_line("against UNI\u2010", "SON representatives") == "against UNISON representatives"
    )
    assert _joined_line("were recom-", "mended") == "were recommended"
    assert _joined_line("Baroness Grey-", "Thompson") == "Baroness Grey- Thompson"
    assert _joined_line("", "First line") == "First line"
    # In a table's cell the same, and a name's own hyphen before a capital stays.
    assert _joined_cell("receipt of apo\u2010", "logies") == "receipt of apologies"
    assert _joined_cell("Baroness Grey-", "Thompson DBE") == "Baroness Grey-Thompson DBE"


def _item_table_docx() -> bytes:
    """ "ITEM" spanning the number's column and the minute's, "ACTION" beside; the rows: the
    number alone, the bold title over the minute, who does it."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    header = table.rows[0].cells
    header[0].merge(header[1]).text = "ITEM"
    header[2].text = "ACTION"
    rows = [
        ("9", "Apologies", "Apologies had been received from Ann Lee.", ""),
        ("10", "Terms of Reference", "RESOLVED:- To agree the Terms of Reference.", "Bob Hill"),
    ]
    for row, (number, title, text, owner) in zip(table.rows[1:], rows, strict=True):
        row.cells[0].text = number
        row.cells[1].text = ""
        row.cells[1].paragraphs[0].add_run(title).bold = True
        row.cells[1].add_paragraph(text)
        row.cells[2].text = owner
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_an_item_header_spanning_the_number_and_the_minute_reads_a_row_an_item() -> None:
    blocks = read_docx(_item_table_docx())
    head = parse_blocks(
        [b for b in read_docx(docx_bytes(_HEAD)) if b.text] + blocks  # the board and the date
    ).record
    assert _sections(head) == [("9", "Apologies"), ("10", "Terms of Reference")]
    assert _texts(head, 1)[0].startswith("RESOLVED:- To agree")
    actions = [a for p in head["sections"][1]["paragraphs"] for a in p["actions"]]
    assert [a["owner"] for a in actions] == ["Bob Hill"]


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    for line in text.split("\n\n"):
        if line.strip():
            document.add_paragraph(line.strip())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_span_is_read_as_a_small_number_only() -> None:
    from meetings.minutes.docx_reader import _span

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    cell = parse_xml(f'<w:tc {w}><w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr></w:tc>')
    assert _span(cell) == 1
    assert _span(parse_xml(f'<w:tc {w}><w:tcPr><w:gridSpan w:val="2"/></w:tcPr></w:tc>')) == 2


def test_the_chairs_post_before_the_first_name_of_the_list() -> None:
    text = _HEAD + (
        "PRESENT: Chairman: Steve Cole (BAE Systems), Ann Thomson (Barrow BC), "
        "Sam Plum (Barrow BC).\n\n1. Apologies\n\nNone.\n"
    )
    people = _people(parse_minutes(text).record)
    assert people[0] == ("Steve Cole", "Chairman", "BAE Systems", "present")
    assert [p[0] for p in people] == ["Steve Cole", "Ann Thomson", "Sam Plum"]


def test_brackets_of_a_list_are_read_alike_as_bodies() -> None:
    # Two of the list have a body the reader knows in brackets: the others' brackets, naming
    # no post, are bodies too, and capitals that are not the person's initials ("DWP").
    text = _HEAD + (
        "Present: Anna Smith (Barrow BC), Bob Jones (Barrow BC), Carl Brown (Cumbria CC), "
        "Dan Green (DWP), Eve Ray (Chair).\n\n"
        "1. Apologies\n\nApologies for absence had been received from Fay Hill (Cumbria CC), "
        "Gus Todd (Barrow BC) and Hal Rae (Cumbria Chamber of Commerce).\n"
    )
    people = _people(parse_minutes(text).record)
    assert people == [
        ("Anna Smith", "", "Barrow BC", "present"),
        ("Bob Jones", "", "Barrow BC", "present"),
        ("Carl Brown", "", "Cumbria CC", "present"),
        ("Dan Green", "", "DWP", "present"),
        ("Eve Ray", "Chair", None, "present"),
        ("Fay Hill", "", "Cumbria CC", "apologies"),
        ("Gus Todd", "", "Barrow BC", "apologies"),
        ("Hal Rae", "", "Cumbria Chamber of Commerce", "apologies"),
    ]


def test_items_lettered_in_brackets_are_the_sections_and_a_trailing_dash_is_no_title() -> None:
    text = (
        "JOINT CONSULTATIVE FORUM\n\nMinutes of a meeting held on 10th October, 2011.\n\n"
        "Present: Councillor Ann Lee (Chairman).\n\n"
        "(a) Welcome -\n\nThe Chairman welcomed all present.\n\n"
        "(b) Apologies for Absence -\n\nThese were received from Mr. N. Hart and Mr. G. Lewis.\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [("(a)", "Welcome"), ("(b)", "Apologies for Absence")]
    assert [(a["name"], a["attendance"]) for a in record["attendees"][1:]] == [
        ("Mr. N. Hart", "apologies"),
        ("Mr. G. Lewis", "apologies"),
    ]


def test_a_lettered_paragraph_under_a_numbered_item_stays_a_paragraph() -> None:
    text = _HEAD + "1. Finance\n\nThe report covered:\n\n(a) Income was up.\n\n(b) Costs fell.\n"
    record = parse_minutes(text).record
    assert _sections(record) == [("1", "Finance")]


def test_initials_written_together_with_their_stops_are_a_name() -> None:
    text = _HEAD + (
        "Present: Councillor Mrs. J.E. Charles (Chairman); Councillors Mrs. M.E.J. Birch, "
        "Ms. V.L. Ellis and A.D. Hampton.\n\n1. Welcome\n\nAll were welcomed.\n"
    )
    people = _people(parse_minutes(text).record)
    assert [(p[0], p[1]) for p in people] == [
        ("Councillor Mrs. J.E. Charles", "Chairman"),
        ("Councillor Mrs. M.E.J. Birch", ""),
        ("Councillor Ms. V.L. Ellis", ""),
        ("Councillor A.D. Hampton", ""),
    ]


def test_present_in_capitals_inside_an_item_over_a_table_of_names() -> None:
    # "1.00 ATTENDANCE AND APOLOGIES" / "PRESENT" / rows Name | Role | Body (the role cell
    # left empty for most) / "APOLOGIES" / rows: attendees, not a paragraph of the item.
    text = _HEAD + (
        "1.00 ATTENDANCE AND APOLOGIES\n\nPRESENT\n\n"
        "| Cllr M Williams | Chair | Shropshire Council |\n"
        "| Ben Davies |  | Arriva Trains |\n\n"
        "APOLOGIES\n\n| C Jones |  | Network Rail |\n\n"
        "2.00 MINUTES OF THE LAST MEETING\n\nThese were approved.\n"
    )
    record = parse_minutes(text).record
    # The empty role cell is a blank column, not a second name ("Arriva Trains").
    assert [(p[0], p[3]) for p in _people(record)] == [
        ("Cllr M Williams", "present"),
        ("Ben Davies", "present"),
        ("C Jones", "apologies"),
    ]
    assert record["sections"][0]["paragraphs"] == []


def test_an_attendance_item_names_the_people_after_its_label() -> None:
    # "1. Attendance: names": the item is titled by its label; the names are attendees.
    text = (
        "Anytown Conservation Areas Advisory Committee\n\n"
        "Minutes of meeting held via Zoom at 7pm on Tuesday 13.04.21\n\n"
        "1. Attendance: Vanessa Ross, Gary Bartholomew, David Kennedy\n\n"
        "2. Minutes of last meeting: Agreed\n\n"
        "3. Apologies for absence: None received\n"
    )
    record = parse_minutes(text).record
    assert [(p[0], p[3]) for p in _people(record)] == [
        ("Vanessa Ross", "present"),
        ("Gary Bartholomew", "present"),
        ("David Kennedy", "present"),
    ]
    assert _sections(record)[:2] == [("1", "Attendance"), ("2", "Minutes of last meeting")]
    assert record["sections"][0]["paragraphs"] == []


def test_notes_of_a_panels_meeting_name_the_panel() -> None:
    text = (
        "Notes of a Tenant Scrutiny Panel meeting held on 7 December 2015\n\n"
        "Members: Ann Lee; Bob Hill\n\nOpening of the meeting\n\nAnn welcomed the members.\n"
    )
    record = parse_minutes(text).record
    assert (record["board"], record["date"]) == ("Tenant Scrutiny Panel", "2015-12-07")


def test_a_name_its_initials_then_the_body_and_a_post() -> None:
    text = (
        "Meeting minutes - Anytown Road Safety Forum - 22 November 2021\n\nAttendees\n\n"
        "- Lorraine Forrester (LF) Transport Scotland (Chair)\n"
        "- Caroline Hay (CH) Road Safety Scotland - Education Adviser\n"
        "- Alan Bowater (AB) Safety Camera Unit Manager, Police Scotland\n"
        "- Kerr Chalmers (KC) South Ayrshire Council and Ayrshire Roads Alliance\n\n"
        "Welcome and Introductions\n\nThe Chair welcomed the group to the meeting today.\n"
    )
    record = parse_minutes(text).record
    assert record["board"] == "Anytown Road Safety Forum"  # "Meeting minutes - " is a label
    assert _people(record) == [
        ("Lorraine Forrester", "Chair", "Transport Scotland", "present"),
        ("Caroline Hay", "Education Adviser", "Road Safety Scotland", "present"),
        ("Alan Bowater", "Safety Camera Unit Manager", "Police Scotland", "present"),
        ("Kerr Chalmers", "", "South Ayrshire Council and Ayrshire Roads Alliance", "present"),
    ]
    assert [a.get("initials") for a in record["attendees"]] == ["LF", "CH", "AB", "KC"]


def test_a_bulleted_list_set_in_columns_is_read_a_column_after_the_other() -> None:
    from meetings.minutes.pdf_reader import _bulleted_columns

    rows = (
        ("\u2022", "Ann Lee (AL) Transport Scotland", "\u2022", "Cy Dunn (CD) Network Strategy &"),
        ("\u2022", "Bob Hill (BH) East Dunbartonshire", "", "Road Safety Partnership"),
        ("", "Council", "\u2022", "Di Roe (DR) RoSPA"),
    )
    assert [b.text for b in _bulleted_columns(rows)] == [
        "\u2022 Ann Lee (AL) Transport Scotland",
        "\u2022 Bob Hill (BH) East Dunbartonshire Council",
        "\u2022 Cy Dunn (CD) Network Strategy & Road Safety Partnership",
        "\u2022 Di Roe (DR) RoSPA",
    ]
    # A table of names and bodies is no such list.
    assert _bulleted_columns((("Ann Lee", "Chair"), ("Bob Hill", "Clerk"))) == []


def test_an_attendance_grid_of_marks_beside_two_lists() -> None:
    # Ticks (Word's Wingdings "ü", read as a tick), "A" apologies, "X" not there; the second
    # list under "Support staff" is in attendance. An acronyms table and the next meeting's
    # date after it are no people.
    text = _HEAD + (
        "| ATTENDEES: (\u2713 attended, X not attended, A apologies) | Support staff |\n"
        "| Tony Walker (Chair) | Toyota UK | \u2713 | Rosy Carter (RCarter) (LNP) | \u2713 |\n"
        "| Chris Brookes | Centre Parcs | A | John Malpas (Toyota) | \u2713 |\n"
        "| Rob Crowder (RC) | Rural Community Action | x |  |  |\n\n"
        "Next meeting: 2pm 27th January 2015\n\nAcronyms used in the minutes\n\n"
        "| DWT | Derbyshire Wildlife Trust |\n| DtC | Duty to Cooperate |\n\n"
        "1. Welcome and introductions\n\nTW welcomed Jo Smith.\n"
    )
    record = parse_minutes(text).record
    assert _people(record) == [
        ("Tony Walker", "Chair", "Toyota UK", "present"),
        ("Rosy Carter", "", "LNP", "in_attendance"),
        ("Chris Brookes", "", "Centre Parcs", "apologies"),
        ("John Malpas", "", "Toyota", "in_attendance"),
        ("Rob Crowder", "", "Rural Community Action", "absent"),
    ]


def test_an_item_table_with_who_and_when_columns() -> None:
    from meetings.minutes.item_tables import item_table_columns

    assert item_table_columns(["Item", "Minutes and Actions", "Who?", "When?"]) == (1, 2, -1)
    assert item_table_columns(["Item", "Minute", "Action"]) == (1, 2, -1)


def test_a_group_labelled_representatives_with_each_groups_union_in_brackets() -> None:
    text = (
        "JOINT CONSULTATIVE FORUM\n\nMinutes of a meeting held on 10th October, 2011.\n\n"
        "Present: Councillor Mrs. J.E. Charles (Chairman).\n\n"
        "Representatives of the Trade Unions: Mr. P. Carter, Ms. P. Harvey and Mr. G. Moseley "
        "(UNISON); Mr. G. Beaudette (NUT); and Mr. C. Jordan and Mr. N. Stokes (GMB).\n\n"
        "(a) Welcome -\n\nThe Chairman welcomed all present.\n"
    )
    people = _people(parse_minutes(text).record)
    assert [(p[0], p[2]) for p in people[1:]] == [
        ("Mr. P. Carter", "UNISON"),
        ("Ms. P. Harvey", "UNISON"),
        ("Mr. G. Moseley", "UNISON"),
        ("Mr. G. Beaudette", "NUT"),
        ("Mr. C. Jordan", "GMB"),
        ("Mr. N. Stokes", "GMB"),
    ]


def test_a_row_of_a_name_a_post_and_a_body_without_a_header() -> None:
    text = _HEAD + (
        "PRESENT\n\n"
        "| Cllr M Williams | Chair | Shropshire Council |\n"
        "| Cllr P James | Vice Chair | Ceredigion Council |\n"
        "| Cllr G Edwards |  | Ceredigion Council |\n"
        "| D Koring | Rail Development Officer | Shropshire Council |\n\n"
        "1. Minutes\n\nThese were approved.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Cllr M Williams", "Chair", "Shropshire Council", "present"),
        ("Cllr P James", "Vice Chair", "Ceredigion Council", "present"),
        ("Cllr G Edwards", "", "Ceredigion Council", "present"),
        ("D Koring", "Rail Development Officer", "Shropshire Council", "present"),
    ]
