"""Issue 15's "never silent" (helper silence, 8 December): rules that read right what was read
wrong unawares, and doubts on what the reader cannot know; made-up cases of what the real
minutes (tests/data/real*) do."""

import io

import docx

from meetings.minutes.docx_reader import read_docx
from meetings.minutes.text import parse_blocks, parse_minutes


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


_HEAD = "Northern Counties Bowls Association\nMinutes of the Annual General Meeting\n14 June 2018\n"
_ITEM = "1. Minutes\nThe minutes of the last meeting were approved.\n"
_TWO_PEOPLE = "holds another person's name"


def _read(present: str) -> tuple[dict[str, str], list[str]]:
    """Each attendee's post as read, and the lines told to hold two people in one."""
    result = parse_minutes(_HEAD + present + _ITEM)
    posts = {a["name"]: a.get("role") or "" for a in result.record["attendees"]}
    return posts, [p.text for p in result.problems if _TWO_PEOPLE in p.message]


def test_two_bare_names_under_a_county_are_its_people() -> None:
    # A roll call by county: the reader took the county for a person and the two members after
    # it for the county's post, which this doubt told; since 972e7ec (leftovers) a body's names
    # alone under an attendance label are its people, read right, so nothing is told.
    posts, told = _read(
        "Present:\nCumbria: Paul Tickner\nNorth Yorkshire: Richard Davis, Dave Prothero\n"
    )

    assert "North Yorkshire" not in posts
    assert posts["Richard Davis"] == posts["Dave Prothero"] == ""
    assert told == []


def test_an_office_then_a_list_of_names_is_doubted() -> None:
    line = "Present: Alasdair Laing - Chairman, Graham Bell, Robert Hoskin, Mark Laing"
    posts, told = _read(line + "\n")

    assert posts["Alasdair Laing"] == "Chairman, Graham Bell, Robert Hoskin, Mark Laing"
    assert told == [line]


def test_a_post_and_a_body_are_no_names() -> None:
    # 'Audit Partner, Scott Moncrieff': one firm named after people, a post before it; posts
    # with bodies of two words each are no list of people either.
    _, told = _read(
        "Present:\nNick Bennett, Audit Partner, Scott Moncrieff\n"
        "Lynn Hart, Head of Finance and Corporate Services, Transport Scotland\n"
    )

    assert told == []


def test_names_a_sentence_speaks_of_are_no_list() -> None:
    # Prose read into a post: the people after the sentence's words are those it speaks of.
    _, told = _read(
        "Present:\nJane Smith, Chair\n"
        "Karen Brookfield, Director to arrange a meeting with the Chair, Tom Jones, Anne Lee\n"
    )

    assert told == []
