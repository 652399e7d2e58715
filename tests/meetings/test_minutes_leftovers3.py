"""Layouts of real minutes the reader still misread (issue 15; helper "leftovers", its third
list): items as a Word table "No | Item | ACTION" whose minute cells open with the item's title
as a label ("Hospital : Ginny may ..."), and an attendance list whose people are parted by full
stops ("Peter Glossop, Acting Chairperson. John Kirman, Treasurer. John Barr."). Made-up
minutes, not copied from the real files."""

import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.blocks import Block
from meetings.minutes.docx_reader import read_docx
from meetings.minutes.people import read_people_sentence
from meetings.minutes.text import parse_blocks


def _labelled_items_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Friends of Riverside Cottage Hospital")
    document.add_paragraph("Minutes of the Meeting of the Executive Committee")
    document.add_paragraph("Tuesday 8th May 2018")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("No", "Item", "ACTION"), strict=True):
        cell.text = text
    for no, minute, action in (
        ("1", ["Apologies for Absence : Ruth Avery."], ""),
        (
            "2",
            [
                "Present : Alan Brook, Chairperson. Carol Dean, Treasurer. Eric Fox. Gail Hunt. "
                "Ian Jones."
            ],
            "",
        ),
        ("3", ["The Minutes of the meeting held on 9th April 2018 were APPROVED."], ""),
        ("4", ["Garden : The new benches have been delivered and put in place."], ""),
        ("5", ["Finance : Carol Dean presented the accounts to the end of April."], "CD"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[2].text = no, action
        cells[1].text = minute[0]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_it_reads_an_items_table_whose_minutes_open_with_their_titles_as_labels() -> None:
    record = parse_blocks(read_docx(_labelled_items_docx())).record
    sections = record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("1", "Apologies for Absence"),
        ("2", "Present"),
        ("3", ""),
        ("4", "Garden"),
        ("5", "Finance"),
    ]
    assert [p["text"] for p in sections[3]["paragraphs"]] == [
        "The new benches have been delivered and put in place."
    ]
    # The row with no label is its item's text, not a paragraph of the item above.
    assert [p["text"] for p in sections[2]["paragraphs"]] == [
        "The Minutes of the meeting held on 9th April 2018 were APPROVED."
    ]
    (action,) = sections[4]["paragraphs"][0]["actions"]
    assert action["text"] == "Carol Dean presented the accounts to the end of April."
    assert action["owner"] == "CD"


def test_it_reads_the_people_of_a_labelled_row_parted_by_full_stops() -> None:
    record = parse_blocks(read_docx(_labelled_items_docx())).record
    people = {a["name"]: (a["role"] or "", a["attendance"]) for a in record["attendees"]}
    assert people == {
        "Ruth Avery": ("", "apologies"),
        "Alan Brook": ("Chairperson", "present"),
        "Carol Dean": ("Treasurer", "present"),
        "Eric Fox": ("", "present"),
        "Gail Hunt": ("", "present"),
        "Ian Jones": ("", "present"),
    }


def test_a_list_parted_by_full_stops_needs_a_name_in_each_part() -> None:
    assert read_people_sentence("Alan Brook, Chair. Carol Dean. Eric Fox.") == [
        ("Alan Brook", "Chair"),
        ("Carol Dean", ""),
        ("Eric Fox", ""),
    ]
    # A sentence after the names is no list of people parted by stops.
    stopped = read_people_sentence("Alan Brook. Carol Dean. The meeting was quorate.")
    assert stopped is None or ("The meeting was quorate", "") not in stopped
    # A part after a comma that is no post: not read as a post.
    assert read_people_sentence("Alan Brook, Riverside. Carol Dean. Eric Fox.") != [
        ("Alan Brook", "Riverside"),
        ("Carol Dean", ""),
        ("Eric Fox", ""),
    ]


_SHORT_ITEMS_AFTER_LETTERS = """Riverside Trades Council
Minutes of Delegate Meeting
Thursday 9 October 2003

1. Apologies
Apologies were received from J Ash and K Bell.

2. Reports:
a) Secretary, written report provided.
b) Treasurer. No report.
c) Anti-racism group. Next meeting 20th October.
3. Resolutions.

4. Speaker:

5. A.O.B.
Meeting closed.
"""


def test_it_reads_short_items_after_the_lettered_reports_of_the_item_above() -> None:
    record = parse_minutes(_SHORT_ITEMS_AFTER_LETTERS).record
    sections = record["sections"]
    assert [(s["ref"], s["title"].rstrip(".:")) for s in sections] == [
        ("1", "Apologies"),
        ("2", "Reports"),
        ("3", "Resolutions"),
        ("4", "Speaker"),
        ("5", "A.O.B"),
    ]
    assert [p["ref"] for p in sections[1]["paragraphs"]] == ["a)", "b)", "c)"]
    assert [p["text"] for p in sections[4]["paragraphs"]] == ["Meeting closed."]


def test_a_list_led_in_by_a_colon_stays_the_item_s_paragraphs() -> None:
    text = _SHORT_ITEMS_AFTER_LETTERS.replace(
        "c) Anti-racism group. Next meeting 20th October.\n3. Resolutions.",
        "c) Anti-racism group. Next meeting 20th October. It will consider:\n3. Leaflets.",
    )
    record = parse_minutes(text).record
    assert "3" not in [s["ref"] for s in record["sections"]]


_LETTERED_SUB_ITEMS = """Riverside Transport Board Meeting

21 November 2018

Present: Ann Cole (Chair), Ben Dale, Cath Eyre

1. Introduction

a) Apologies for Absence

1. The Chair welcomed the Board to Riverside. There were no apologies for absence.

b) Notice of Quorum

2. A quorum being present, the Chair declared the meeting open.

c. Minutes of the previous meeting

3. The minutes of the meeting on 18 October were approved.
"""


def test_it_reads_lettered_sub_items_over_paragraphs_numbered_through() -> None:
    record = parse_minutes(_LETTERED_SUB_ITEMS).record
    sections = record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("1", "Introduction"),
        ("a", "Apologies for Absence"),
        ("b", "Notice of Quorum"),
        ("c", "Minutes of the previous meeting"),
    ]
    assert [[p["ref"] for p in s["paragraphs"]] for s in sections[1:]] == [["1"], ["2"], ["3"]]
    assert sections[3]["paragraphs"][0]["text"].startswith("The minutes of the meeting on 18")


def test_a_lettered_title_over_a_paragraph_numbered_under_its_item_stays_a_paragraph() -> None:
    text = _LETTERED_SUB_ITEMS.replace("\n1. The Chair", "\n1.1 The Chair")
    record = parse_minutes(text).record
    assert "a" not in [s["ref"] for s in record["sections"]]


def _numbered_through_blocks(first: str) -> list[Block]:
    blocks = [
        Block("heading", "Minutes of the third meeting", level=1),
        Block("heading", "Riverside Complaints Board", level=2),
        Block("paragraph", "Monday 18th January 2010"),
        Block("table", rows=(("Present:", "Ann Cole, Chair"), ("", "Ben Dale, member"))),
        Block("heading", first, level=2),
        Block("paragraph", "The quorum requirements for the Board meeting were met."),
    ]
    for n, (title, text) in enumerate(
        (
            ("Welcome and apologies", "Apologies were received from Cath Eyre."),
            ("Minutes of previous meeting", "The minutes of the last meeting were approved."),
        ),
        start=1,
    ):
        blocks.append(Block("heading", f"Item {n} \u2013 {title}", level=2))
        blocks.append(Block("paragraph", text, number=f"{n}."))
    return blocks


def test_a_heading_closed_by_a_colon_over_prose_before_the_items_is_an_item() -> None:
    record = parse_blocks(_numbered_through_blocks("Preliminary issues:")).record
    sections = record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("", "Preliminary issues"),
        ("1", "Welcome and apologies"),
        ("2", "Minutes of previous meeting"),
    ]
    assert [p["ref"] for p in sections[2]["paragraphs"]] == ["2"]
    # An attendance label closed by a colon is still read as one.
    assert "Preliminary issues" not in {a["name"] for a in record["attendees"]}
