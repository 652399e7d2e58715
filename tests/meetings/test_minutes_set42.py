"""The forty-second fresh set's layouts (issue 15; tests/data/real-fresh-42): a council's items
table under "Item Number | Item/Description | Action" with its titles in bold capitals ending
in a full stop and its decisions numbered "3.1" in the cell under a "Decision" label; a tally of
who came ("3 Members present, 5 apologies") that is no item; a body's staff listed under its
plural possessive ("Scottish Canals' attendees:"); a forum's "Actions agreed" list after the
attendance, owned by the body's initials ("SC to ..."). Made-up minutes, not copied from the
set's files."""

import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.attendance import read_kind_heading
from meetings.minutes.docx_reader import read_docx
from meetings.minutes.item_tables import item_table_columns
from meetings.minutes.text import parse_blocks


def _area_committee_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Eskdale Area Committee Minutes")
    document.add_paragraph("Date: Tuesday 8 March 2016")
    people = document.add_table(rows=0, cols=2)
    for label, names in (
        ("Members:", ["Ann Boyd (Chairman)", "Iain Reid", "Jo Watt"]),
        ("Apologies:", ["Colin Muir"]),
    ):
        cells = people.add_row().cells
        cells[0].text = label
        cells[1].text = names[0]
        for name in names[1:]:
            cells[1].add_paragraph(name)
    items = document.add_table(rows=1, cols=3)
    header = ("Item Number", "Item/Description", "Action")
    for cell, text in zip(items.rows[0].cells, header, strict=True):
        cell.text = text
    rows = (
        ("1", "DECLARATIONS OF INTEREST", ["None declared."]),
        (
            "2",
            "BUS SERVICES IN ESKDALE - REPORT BY HEAD OF TRANSPORT.",
            [
                "Decision",
                "2.1 AGREED the format for the meeting;",
                "NOTED",
                "2.2 the timetable changes set out in the report; and",
                "2.3 that the routes will be reviewed again in June.",
            ],
        ),
    )
    for no, title, minute in rows:
        cells = items.add_row().cells
        cells[0].text = no
        cells[1].paragraphs[0].add_run(title).bold = True
        for text in minute:
            cells[1].add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_an_items_table_under_item_number_reads_its_titles_and_numbered_decisions() -> None:
    assert item_table_columns(["Item Number", "Item/Description", "Action"]) == (1, 2, -1)
    result = parse_blocks(read_docx(_area_committee_docx()))
    sections = result.record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("1", "DECLARATIONS OF INTEREST"),
        ("2", "BUS SERVICES IN ESKDALE - REPORT BY HEAD OF TRANSPORT."),
    ]
    paragraphs = [(p["ref"], p["text"]) for p in sections[1]["paragraphs"]]
    # The decisions' label is left out; each decision keeps its number as written.
    assert ("2.1", "AGREED the format for the meeting;") in paragraphs
    assert ("2.3", "that the routes will be reviewed again in June.") in paragraphs
    assert not any(text == "Decision" for _, text in paragraphs)
    assert not any(p.message.startswith("Text before") for p in result.problems)


def test_a_tally_of_members_present_is_no_item() -> None:
    text = (
        "Minutes of the Meeting of the Glenbrae Community Forum held on 4 May 2016\n\n"
        "1. Sederunt and apologies\n\n"
        "In the absence of the Chair, the Vice-Chair took the chair.\n\n"
        "3 Members present, 5 apologies\n\n"
        "2. Declarations of interest\n\n"
        "None declared.\n"
    )
    sections = parse_minutes(text).record["sections"]
    assert [s["ref"] for s in sections] == ["1", "2"]


def test_a_body_named_by_its_plural_possessive_over_its_staff() -> None:
    heading = read_kind_heading("Scottish Canals\u2019 attendees:", set())
    assert heading is not None and heading.organisation == "Scottish Canals"
    heading = read_kind_heading("Acme Waterways' attendees:", set())
    assert heading is not None and heading.organisation == "Acme Waterways"


def test_an_actions_list_after_the_attendance_is_owned_by_the_bodys_initials() -> None:
    text = (
        "Upper Canal Customer Forum 12.03.15\n\n"
        "Acme Waterways\u2019 attendees:\n"
        "Jane Doe, Chair\n"
        "John Roe, Director of Operations\n\n"
        "Actions agreed\n"
        "\u2022 AW to repair the gates at the top lock before Easter\n"
        "\u2022 AW to write to all boaters before the review of charges\n\n"
        "1. Welcome by the Chair of the forum \u2013 the Chair opened the meeting.\n\n"
        "2. John Roe gave an update on the year's work on the canal and its locks.\n"
    )
    result = parse_minutes(text)
    record = result.record
    assert [(a["name"], a["organisation"]) for a in record["attendees"]] == [
        ("Jane Doe", "Acme Waterways"),
        ("John Roe", "Acme Waterways"),
    ]
    listed = record["sections"][0]
    assert listed["title"] == "Actions agreed"
    actions = [a for p in listed["paragraphs"] for a in p["actions"]]
    assert [(a["text"][:26], a["owner"]) for a in actions] == [
        ("AW to repair the gates at ", "AW"),
        ("AW to write to all boaters", "AW"),
    ]
    assert not any("not among the attendees" in p.message for p in result.problems)


def test_an_officers_address_over_minutes_of_title_and_text_lines_is_no_item() -> None:
    # A committee's web page: its name, the name again with its minutes' filing date, its
    # secretary's address and telephone, then each item a line "Title : text".
    text = (
        "Kent Local Dental Committee\n\n"
        "Kent Local Dental Committee Minutes 20080312\n\n"
        "Hon. Secretary : John Smith, 1 High Street, Ashford, Tel :01234 567890, e-mail : js\n\n"
        "Minutes of meeting held 12.03.08. at Ashford Golf Club.\n\n"
        "Apologies : Mary Jones, Peter Brown, Ann Green.\n\n"
        "Minutes of previous meeting : Approved.\n\n"
        "Matters arising : Nil.\n\n"
        "Treasurer : \u00a340K reserve, all areas paying their levy.\n\n"
        "Secretarial : The Secretary attended the area group's meetings.\n"
    )
    result = parse_minutes(text)
    record = result.record
    assert record["board"] == "Kent Local Dental Committee"
    assert record["date"] == "2008-03-12"
    assert [(a["name"], a["attendance"]) for a in record["attendees"]] == [
        ("Mary Jones", "apologies"),
        ("Peter Brown", "apologies"),
        ("Ann Green", "apologies"),
    ]
    assert [s["title"] for s in record["sections"]] == [
        "Minutes of previous meeting",
        "Matters arising",
        "Treasurer",
        "Secretarial",
    ]
    assert not any(p.severity == "error" for p in result.problems)
