"""Layouts of real minutes the reader still misread (issue 15; helper "leftovers"): items as a
Word table "Agenda Item |  | Lead" whose row holds the title and the minute in one cell, an
attendance table labelling its groups (members, officers, a guest) in a middle column, and a
name with no initials of its own in a list of names with initials. Made-up minutes, not copied
from the real files."""

import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.docx_reader import read_docx
from meetings.minutes.text import parse_blocks


def _item_rows_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Board Meeting of the Riverside Sports Partnership")
    labels = document.add_table(rows=0, cols=3)
    for row in (
        ("Date:", "4th May 2021", ""),
        ("Present:", "Members", "Ann Cole, Ben Dale, Cath Eyre"),
        ("", "Officers", "Dan Ford, Eve Gray"),
        ("", "Guest", "Fay Hart"),
    ):
        for cell, text in zip(labels.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph("Apologies: Gus Hill")
    items = document.add_table(rows=1, cols=3)
    for cell, text in zip(items.rows[0].cells, ("Agenda Item", "", "LEAD"), strict=True):
        cell.text = text
    for no, title, minute, lead in (
        ("1", "Welcome and apologies", ["Ann welcomed everyone to the meeting."], "AC"),
        (
            "2",
            "Minutes of the previous meeting and matters arising",
            ["Ann went through the minutes.", "The minutes of 2 March 2021 were approved."],
            "AC",
        ),
    ):
        cells = items.add_row().cells
        cells[0].text, cells[2].text = no, lead
        cells[1].text = title
        for text in minute:
            cells[1].add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_it_reads_an_items_row_whose_cell_holds_the_title_then_the_minute() -> None:
    record = parse_blocks(read_docx(_item_rows_docx())).record
    sections = record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("1", "Welcome and apologies"),
        ("2", "Minutes of the previous meeting and matters arising"),
    ]
    assert [p["text"] for p in sections[1]["paragraphs"]] == [
        "Ann went through the minutes.",
        "The minutes of 2 March 2021 were approved.",
    ]
    # Who leads an item presents it: no action of theirs.
    assert not [a for s in sections for p in s["paragraphs"] for a in p.get("actions", [])]


def test_it_reads_the_groups_an_attendance_table_labels_in_its_middle_column() -> None:
    record = parse_blocks(read_docx(_item_rows_docx())).record
    kinds = {a["name"]: a["attendance"] for a in record["attendees"]}
    assert kinds == {
        "Ann Cole": "present",
        "Ben Dale": "present",
        "Cath Eyre": "present",
        "Dan Ford": "in_attendance",
        "Eve Gray": "in_attendance",
        "Fay Hart": "in_attendance",
        "Gus Hill": "apologies",
    }


def test_it_reads_a_name_without_initials_among_names_with_them_as_a_person() -> None:
    text = (
        "Riverside Optical Committee\n\nMinutes of the meeting held on 4 May 2021\n\n"
        "Present: Ann Cole (AC), Ben Dale (BD)\n\n"
        "Guests: Cath Eyre (CE), Dan Ford, Eve Gray (EG),\n\n"
        "1. Minutes\n\nThe minutes were approved.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    ford = next(a for a in attendees if a["name"].startswith("Dan Ford"))
    assert ford["attendance"] == "in_attendance"
    assert not any(a.get("organisation") == "Dan Ford" for a in attendees)


_INITIALS_ACTIONS = (
    "Riverside Park Friends\n\nMinutes of the committee meeting held on 4 May 2021\n\n"
    "Present: Ann Cole, Ben Dale, Sarah McMurchie, Harry Sanders\n\n"
    "1. Funds\n\nBen said money is left in the old account. AC to liaise with BD to move it.\n\n"
    "2. Hall\n\nPAT Testing - HS is to contact an electrician. XY to book the hall.\n"
)


def test_it_reads_an_attendees_initials_then_to_and_a_verb_as_their_action() -> None:
    result = parse_minutes(_INITIALS_ACTIONS)
    actions = {
        a["text"]: a["owner_people"]
        for s in result.record["sections"]
        for p in s["paragraphs"]
        for a in p["actions"]
    }
    assert actions == {
        "AC to liaise with BD to move it": ["Ann Cole"],
        "HS is to contact an electrician": ["Harry Sanders"],
    }
    # Initials of one attendee each, and no one's given: nothing for the clerk to check.
    assert not [p for p in result.problems if "action" in p.message.lower()]


def test_it_reads_a_title_closed_by_a_hyphen_typed_against_it_then_the_text() -> None:
    text = (
        "Riverside Forum\n\nMinutes of the Annual General Meeting held on 4 May 2021\n\n"
        "Present: Ann Cole (Chair), Ben Dale\n\n"
        "1. Chair's Welcome- The Chair welcomed the members.\n\n"
        "2. The Mayor- made a short speech as President of the Forum.\n\n"
        "3. Accounts\n\nThe accounts were received.\n"
    )
    sections = parse_minutes(text).record["sections"]
    assert [(s["number"], s["title"]) for s in sections] == [
        (1, "Chair's Welcome"),
        (2, "The Mayor"),
        (3, "Accounts"),
    ]
    assert sections[1]["paragraphs"][0]["text"].startswith("made a short speech")
