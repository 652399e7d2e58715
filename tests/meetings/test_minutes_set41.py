"""The outside tester's eleventh findings F3 and F4 (issue 15; tests/data/real-fresh-41): items
laid out as a table "No | Item | Action by", owners called by their first names, surnames typed
apart ("Mc Sorley"), a list of two names read as a name and its post, and a two-column
attendance table whose cells each hold a person with their post and body. Made-up minutes, not
copied from the tester's files."""

import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.docx_reader import read_docx
from meetings.minutes.item_tables import item_table_columns
from meetings.minutes.pdf_reader import read_pdf
from meetings.minutes.text import parse_blocks
from tests.meetings.pdf_minutes import drawn_pdf


def _items_table_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Minutes of the Meeting of the Riverside Users Forum held on 5 May 2021")
    attendance = document.add_table(rows=0, cols=2)
    for label, names in (
        ("Present:", ["Ciaran Mac Namara (Chair)", "Ruth Allen", "Owen Boyd", "Paul Reid"]),
        ("Apologies:", ["Nuala O Neill"]),
    ):
        cells = attendance.add_row().cells
        cells[0].text = label
        cells[1].text = names[0]
        for name in names[1:]:
            cells[1].add_paragraph(name)
    items = document.add_table(rows=1, cols=3)
    for cell, text in zip(items.rows[0].cells, ("No", "Item", "Action by"), strict=True):
        cell.text = text
    for no, item, by in (
        ("1", "Welcome", ""),
        ("1.1", "Ciaran welcomed everyone to the meeting and thanked them for coming.", ""),
        ("2", "Transport", ""),
        ("2.1", "Mileage forms will be brought to the next meeting and sent in.", "Ruth"),
        (
            "2.2",
            "Forms are to be sent in every three months from now on.",
            "Ruth, Owen Boyd and Paul Reid",
        ),
    ):
        cells = items.add_row().cells
        cells[0].text, cells[2].text = no, by
        cells[1].paragraphs[0].add_run(item).bold = "." not in no  # the items' titles in bold
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_table_of_items_numbered_no_then_item_then_action_by_is_read() -> None:
    # "No | Item | Action by": the first column numbers the item, "Item" holds its text.
    assert item_table_columns(["No", "Item", "Action by"]) == (1, 2, -1)
    assert item_table_columns(["Item", "Item", "Action"]) is None
    result = parse_blocks(read_docx(_items_table_docx()))
    sections = result.record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [("1", "Welcome"), ("2", "Transport")]
    actions = [a for p in sections[1]["paragraphs"] for a in p["actions"]]
    # The owner's cell names the people, however many: the row's minute is their action.
    assert [(a["text"][:14], a["owner"]) for a in actions] == [
        ("Mileage forms ", "Ruth"),
        ("Forms are to b", "Ruth, Owen Boyd and Paul Reid"),
    ]
    # Owners called by their first names are the attendees of those names: no doubt said.
    assert actions[0]["owner_people"] == ["Ruth Allen"]
    assert actions[1]["owner_people"] == ["Ruth Allen", "Owen Boyd", "Paul Reid"]
    assert not [p for p in result.problems if "not among the attendees" in p.message]
    # "Ciaran Mac Namara (Chair)": a surname typed apart from its "Mac", not a post.
    assert result.record["attendees"][0]["name"] == "Ciaran Mac Namara"
    assert result.record["attendees"][0]["role"] == "Chair"


def test_a_label_listing_two_names_alone_is_two_people() -> None:
    text = (
        "Anytown Access Group\nMinutes of the meeting held on 1 September 2016\n"
        "PRESENT:\tDorothy Allan, Carol Craig, Lilian Moss, Gordon Dunn.\n"
        "APOLOGIES:\tMarie Riley, Erik Crane.\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    apologies = [(a["name"], a["role"]) for a in attendees if a["attendance"] == "apologies"]
    assert apologies == [("Marie Riley", ""), ("Erik Crane", "")]
    # A name and a post stay so: "Ann Lee, Harbour Master".
    text = text.replace("Marie Riley, Erik Crane.", "Ann Lee, Harbour Master.")
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["role"]) for a in attendees if a["attendance"] == "apologies"] == [
        ("Ann Lee", "Harbour Master")
    ]


def test_each_cell_of_a_two_column_attendance_table_is_its_own_person() -> None:
    text = (
        "Friends of Anytown Park\nMinutes of the AGM held on 22 October 2014\nPresent:\n"
        "| Sue Bowles (Chair) | Lee Court (minutes) |\n"
        "| Tom Hale | Andrew Lack |\n"
        "| Carol Chan, Parks Development Officer, Anytown City Council "
        "| Alison Drum, Events Team, City Council |\n"
        "| Jane Bell, Anytown Preservation Trust "
        "| Jason Prior & Stuart Lang, Anytown Round Table |\n"
        "\n1. Apologies\nNone.\n"
    )
    people = {
        a["name"]: (a["role"], a["organisation"]) for a in parse_minutes(text).record["attendees"]
    }
    assert people["Carol Chan"] == ("Parks Development Officer", "Anytown City Council")
    assert people["Alison Drum"][1] == "Events Team, City Council"
    assert people["Jason Prior"][1] == people["Stuart Lang"][1] == "Anytown Round Table"
    assert "Anytown Round Table" not in people
    assert len(people) == 9


def _action_column_pdf() -> bytes:
    top = 690.0
    pieces = [
        (57, 780, 12, "Anyvillage Twinning Association", True),
        (57, 760, 10, "MINUTES of a meeting of the Committee 30th August 2013", True),
        (
            57,
            745,
            10,
            "Present: John Adams (Chairman), Erin Irving, Nick Walters, Janet Walters",
            False,
        ),
        (430, 720, 10, "ACTION", True),
        (61, 705, 10, "1", False),
        (94, 705, 10, "Minutes of the last meeting", True),
        (94, 693, 10, "agreed to be a correct record", False),
        (61, top - 20, 10, "2", False),
        (94, top - 20, 10, "Events", True),
        (94, top - 32, 10, "AGM: poster to go to the Journal and to members.", False),
        (430, top - 32, 10, "JW", False),
        (94, top - 44, 10, "Technical resources to be arranged.", False),
        (430, top - 44, 10, "JA NW", False),
    ]
    return drawn_pdf([pieces])


def test_items_under_a_header_naming_only_the_action_column_are_read() -> None:
    # "|  |  | ACTION": the first row names the columns, the number's and the minute's.
    result = parse_blocks(read_pdf(_action_column_pdf()))
    sections = result.record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("1", "Minutes of the last meeting"),
        ("2", "Events"),
    ]
    actions = [a for p in sections[1]["paragraphs"] for a in p["actions"]]
    # Each owner beside a paragraph of the item's own is that paragraph's action; initials the
    # attendance does not give, in that column, are the one attendee's whose names they are.
    assert [(a["text"][:9], a["owner"], a["owner_people"]) for a in actions] == [
        ("AGM: post", "JW", ["Janet Walters"]),
        ("Technical", "JA NW", ["John Adams", "Nick Walters"]),
    ]
    assert not [p for p in result.problems if "not among the attendees" in p.message]
