"""The forty-third set's rules (issue 15; tests/data/real-fresh-43): a Word table of minutes whose
header names only its action column, each item's title typed as a short sentence over its
minute (or run into it), its owners one to a line, "N/A" where it asks nothing; an attendance
table of two posts to a row, each post beside its holder and how they attended; "ACTION" in
capitals closing a line with no stop before it; a body's name before "- Annual General Meeting
-". Made-up minutes, not copied from the set's files."""

import io

import docx

from meetings.minutes.action_lines import inline_actions
from meetings.minutes.docx_reader import read_docx
from meetings.minutes.heading import board_with_date
from meetings.minutes.item_tables import named_by_rows
from meetings.minutes.status_cells import status_groups
from meetings.minutes.text import parse_blocks


def _saved(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _action_only_table() -> bytes:
    document = docx.Document()
    document.add_paragraph("Harbourside Bowls Club")
    document.add_paragraph("Minutes of the Committee held on 3 March 2015 at the Pavilion")
    document.add_paragraph("Present: Alan Reeve (Chair), Joan Tate, Peter Quinn")
    table = document.add_table(rows=1, cols=3)
    table.rows[0].cells[2].text = "Action"  # the header names only who acts
    for number, minute, action in (
        ("1", ["Previous minutes. Approved as a true record."], "N/A"),
        ("2", ["Greens.", "- The top green is to be scarified in April.", "- Rinks."], "JT\nPQ"),
        ("3", ["Finance.", "- The accounts were received and noted."], "N/A"),
    ):
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = minute[0]
        for line in minute[1:]:
            cells[1].add_paragraph(line)
        owners = action.split("\n")
        cells[2].text = owners[0]
        for owner in owners[1:]:
            cells[2].add_paragraph(owner)
    return _saved(document)


def test_a_header_naming_only_the_action_column_is_named_by_the_rows_under_it() -> None:
    assert named_by_rows(["", "", "Action"], ["1 & 2", "3", "4"]) == ["No", "Item", "Action"]
    # Rows that number nothing, or a header that names more, are left as they are.
    assert named_by_rows(["", "", "Action"], ["Welcome", "Finance", "3"]) == ["", "", "Action"]
    assert named_by_rows(["Name", "", "Action"], ["1", "2"]) == ["Name", "", "Action"]


def test_items_typed_as_a_table_under_an_action_header_are_read_as_items() -> None:
    record = parse_blocks(read_docx(_action_only_table())).record
    sections = {s["ref"]: s for s in record["sections"]}
    # "Greens." and "Finance." title their items, without the stop; "Previous minutes." runs
    # into the minute of item 1 and titles it the same.
    assert {ref: s["title"] for ref, s in sections.items()} == {
        "1": "Previous minutes",
        "2": "Greens",
        "3": "Finance",
    }
    assert sections["1"]["paragraphs"][0]["text"].startswith("Approved as a true record")
    # "N/A" asks nothing of anyone; "JT" / "PQ" one to a line are the item's two owners.
    actions = [a for s in record["sections"] for p in s["paragraphs"] for a in p["actions"]]
    assert [a["owner_people"] for a in actions] == [["Joan Tate", "Peter Quinn"]]


def test_two_posts_to_a_row_each_beside_its_holder_and_attendance() -> None:
    row = ["Chairperson", "Ann Lee", "Present", "Zone 1 Coordinator", "Vacant", "-"]
    assert status_groups(row, lambda c: "Coordinator" in c or c == "Chairperson") == [
        ("Ann Lee", "Chairperson", "present")
    ]
    # Six cells that are no groups of post, holder and attendance are no such row.
    assert status_groups(["Type", "What", "Date", "Time", "Place", "Where"], bool) == []
    document = docx.Document()
    document.add_paragraph("Minutes of the Meadow Farm Neighbourhood Watch committee, 4 May 2018")
    document.add_paragraph("Present:")
    table = document.add_table(rows=0, cols=6)
    for cells in (
        ["Chairperson", "Ann Lee", "Present", "Zone 1 Coordinator", "Vacant", "-"],
        ["Secretary", "Bob Hart", "Apologies", "Zone 2 Coordinator", "Cara Dunn", "Present"],
        ["Treasurer", "Dev Shah", "Present", "Zone 3 Coordinator", "Dev Shah", "Apologies"],
    ):
        for cell, text in zip(table.add_row().cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("1. Events")
    document.add_paragraph("The spring litter pick was well supported.")
    record = parse_blocks(read_docx(_saved(document))).record
    people = {a["name"]: (a["role"], a["attendance"]) for a in record["attendees"]}
    assert people == {
        "Ann Lee": ("Chairperson", "present"),
        "Bob Hart": ("Secretary", "apologies"),
        "Cara Dunn": ("Zone 2 Coordinator", "present"),
        # Present as treasurer, apologies as a zone's coordinator: there.
        "Dev Shah": ("Treasurer", "present"),
    }


def test_action_in_capitals_closing_a_line_with_no_stop_before_it() -> None:
    # "... sent to the auditor ACTION Justine/Su": owners joined by a slash, no stop before.
    assert inline_actions("A letter of thanks is to be sent ACTION Justine/Su") == (
        "A letter of thanks is to be sent",
        [("A letter of thanks is to be sent", "Justine/Su")],
    )
    # A document's name in capitals is no action.
    assert inline_actions("We approved the ACTION Plan") == ("We approved the ACTION Plan", [])


def test_a_body_then_its_annual_general_meeting_after_a_dash() -> None:
    title = "Clitheroe Civic Society - Annual General Meeting - 6th September 2021"
    assert board_with_date(title) == "Clitheroe Civic Society"
    assert board_with_date("Victoria Park Community Association, General Meeting 21.3.19") == (
        "Victoria Park Community Association"
    )
