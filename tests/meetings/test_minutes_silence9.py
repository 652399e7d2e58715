"""Issue 15's "never silent" (helper silence, 8 December): rules that read right what was read
wrong unawares, and doubts on what the reader cannot know; made-up cases of what the real
minutes (tests/data/real*) do."""

import io

import docx

from meetings.minutes.docx_reader import read_docx
from meetings.minutes.text import parse_blocks


def _attendance_table(rows: list[list[str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Riverside Heritage Site Steering Group")
    document.add_paragraph("Meeting held on 21 March 2013 in the Pump Room")
    document.add_paragraph("Present")
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=False):
            cell.text = text
    document.add_paragraph("1. Previous Meeting Notes")
    document.add_paragraph("The notes of the last meeting were accepted.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_people_side_by_side_each_with_initials_are_a_person_each() -> None:
    # A table of three people a row, each name's initials in the cell after it: the reader took
    # each row's first name for a person and the rest of the row for their post, silently.
    record = parse_blocks(
        read_docx(
            _attendance_table(
                [
                    ["Peter Mills (Chair)", "PM", "Cllr. Anne Beck", "AB", "Cllr. Joe Hart", "JH"],
                    ["Dr Karen Dunn", "KD", "Wendy Shaw", "WS", "Nigel West", "NW"],
                    ["Rhys Simon", "RS", "Tom Cross", "TC", "", ""],
                ]
            )
        )
    ).record
    people = [(a["name"], a["role"], a.get("initials")) for a in record["attendees"]]

    assert people == [
        ("Peter Mills", "Chair", "PM"),
        ("Cllr. Anne Beck", "", "AB"),
        ("Cllr. Joe Hart", "", "JH"),
        ("Dr Karen Dunn", "", "KD"),
        ("Wendy Shaw", "", "WS"),
        ("Nigel West", "", "NW"),
        ("Rhys Simon", "", "RS"),
        ("Tom Cross", "", "TC"),
    ]


def test_a_row_whose_second_cell_is_no_ones_initials_is_read_as_before() -> None:
    # 'Jane Lee | HR | Tom Bell | TB': 'HR' does not start with her first name's letter, so the
    # row is no run of people with their initials.
    record = parse_blocks(
        read_docx(_attendance_table([["Jane Lee", "HR", "Tom Bell", "TB"]]))
    ).record

    assert "Tom Bell" not in [a["name"] for a in record["attendees"]]
