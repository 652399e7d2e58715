"""The outside tester's eighth import files (QA, 7 December 2026; tests/data/real-fresh-31): what
the reader got wrong, read right by general rules. Made-up minutes, not copied from the set."""

from typing import Any

from meetings.minutes.blocks import Block
from meetings.minutes.files import read_minutes
from meetings.minutes.text import parse_blocks


def _people(record: dict[str, Any]) -> list[tuple[str, str, str | None, str]]:
    return [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in record["attendees"]]


def test_a_table_of_names_and_the_bodies_they_come_from_is_one_person_a_row() -> None:
    # F1: "Name | Organisation" with no header row; bodies that read as names ("Coastal
    # Scotland"), one body sending several people, the chair's post after the body.
    rows = (
        ("Jean Murray", "Coastal Scotland, Chairperson"),
        ("Alan Reid", "Highland Heritage"),
        ("Moira Lang", "SNPA"),
        ("Iain Baird", "Coastal Scotland"),
        ("Fiona Kerr", "Coastal Scotland"),
    )
    apologies = (
        ("Neil Grant", "Highland Heritage"),
        ("Ruth Moss", "Anglers Network"),
        ("Tom Weir", "RYA"),
        ("Ewan Bell", "SEPA"),
    )
    blocks = [
        Block("heading", "Coastal Forum - Meeting 4", level=1),
        Block("paragraph", "Held on 3 March 2016 at Leith"),
        Block("heading", "Attendees", level=2),
        Block("table", rows=rows),
        Block("heading", "Apologies", level=2),
        Block("table", rows=apologies),
        Block("heading", "Welcome", level=2, number="1."),
        Block("paragraph", "The Chair welcomed members to the meeting."),
    ]
    record = parse_blocks(blocks).record

    assert _people(record) == [
        ("Jean Murray", "Chairperson", "Coastal Scotland", "present"),
        ("Alan Reid", "", "Highland Heritage", "present"),
        ("Moira Lang", "", "SNPA", "present"),
        ("Iain Baird", "", "Coastal Scotland", "present"),
        ("Fiona Kerr", "", "Coastal Scotland", "present"),
        ("Neil Grant", "", "Highland Heritage", "apologies"),
        ("Ruth Moss", "", "Anglers Network", "apologies"),
        ("Tom Weir", "", "RYA", "apologies"),
        ("Ewan Bell", "", "SEPA", "apologies"),
    ]


def test_a_table_of_names_and_posts_is_left_to_the_posts_reading() -> None:
    # F1's rule takes no column of posts for bodies, though posts repeat.
    rows = (
        ("Jean Murray", "Chief Executive"),
        ("Alan Reid", "Commissioner"),
        ("Moira Lang", "Commissioner"),
        ("Iain Baird", "Commissioner"),
    )
    blocks = [
        Block("heading", "Review Commission Board", level=1),
        Block("paragraph", "Held on 3 March 2016"),
        Block("heading", "Present", level=2),
        Block("table", rows=rows),
        Block("heading", "Welcome", level=2, number="1."),
        Block("paragraph", "The Chair welcomed members to the meeting."),
    ]
    record = parse_blocks(blocks).record

    assert [(a["name"], a["organisation"]) for a in record["attendees"]] == [
        ("Jean Murray", None),
        ("Alan Reid", None),
        ("Moira Lang", None),
        ("Iain Baird", None),
    ]


_TABBED = (
    "Riverside Big Local\r\n"
    "Partnership Board Meeting\r\n"
    "Minutes of the meeting held on Tuesday 4th March 2015 at The Hub 19:00pm\r\n"
    "\r\n"
    "PRESENT\r\n"
    "Ann Cole\tResident Partnership Chair\tAC\r\n"
    "Ben Dale\tBig Local Representative\tBD\r\n"
    "Cara Lee-Hunt\tResident Partnership Member\tCLH\r\n"
    "\r\n"
    "NOT ATTENDED\r\n"
    "Dan Ford\tResident Partnership Member\tDF\r\n"
    "\r\n"
    "ITEM\tFOR INFORMATION / ACTIONS\tACTION\r\n"
    "\tWELCOME\r\n"
    "\tThe meeting commenced at 19:05pm. AC gave welcomes and introductions.\r\n"
    "1\tMINUTES OF LAST MEETING\r\n"
    "\tThe minutes of 4th February 2015 were agreed. To be put on the website.\tBD\r\n"
    "2\tCo-ordinator report\r\n"
    "\tBD distributed a monthly report and invited questions from the partnership.\r\n"
)


def test_a_tabbed_table_of_names_posts_and_initials_reads_the_initials_as_theirs() -> None:
    # F3: "Name<TAB>Post<TAB>Initials" (a Word table copied to text), the initials last; and a
    # "NOT ATTENDED" heading over the absent.
    record = read_minutes(_TABBED).record

    assert [
        (a["name"], a["role"], a["organisation"], a["attendance"], a.get("initials"))
        for a in record["attendees"]
    ] == [
        ("Ann Cole", "Resident Partnership Chair", None, "present", "AC"),
        ("Ben Dale", "Big Local Representative", None, "present", "BD"),
        ("Cara Lee-Hunt", "Resident Partnership Member", None, "present", "CLH"),
        ("Dan Ford", "Resident Partnership Member", None, "absent", "DF"),
    ]


def test_a_tabbed_table_of_items_with_an_action_column() -> None:
    # F8: "ITEM<TAB>FOR INFORMATION / ACTIONS<TAB>ACTION": the owner's initials in the last
    # cell are the action's, not the paragraph's; "2<TAB>Co-ordinator report" is item 2, not
    # a paragraph of item 1; the unnumbered first row is an item of its own.
    record = read_minutes(_TABBED).record

    assert [(s["ref"], s["title"]) for s in record["sections"]] == [
        ("", "WELCOME"),
        ("1", "MINUTES OF LAST MEETING"),
        ("2", "Co-ordinator report"),
    ]
    minutes = record["sections"][1]["paragraphs"]
    assert [p["text"] for p in minutes] == [
        "The minutes of 4th February 2015 were agreed. To be put on the website."
    ]
    assert minutes[0]["actions"][0]["owner_people"] == ["Ben Dale"]
    assert record["sections"][2]["paragraphs"][0]["text"].startswith("BD distributed")


def test_an_item_header_with_a_discussion_column_is_read_line_by_line_as_before() -> None:
    # "Item<TAB>Discussion<TAB>Action" over "1.0<TAB>Title" / "1.1<TAB>text": not F8's layout.
    text = (
        "Meeting Title\tWestshire Bus Forum\n"
        "Date / Time\tMonday 28th November 2022, 2.00 pm\n\n"
        "Item\tDiscussion\tAction\n"
        "1.0\tIntroductions and Apologies\n"
        "2.0\tHousekeeping\n"
        "2.1\tEmergency evacuation routes stated\n"
    )
    record = read_minutes(text).record

    assert [s["title"] for s in record["sections"]] == [
        "Introductions and Apologies",
        "Housekeeping",
    ]


def test_an_attendance_grid_of_bodies_alone_names_no_one_and_says_so() -> None:
    # F4: "In attendance:" over a grid of organisations, no one named, one name wrapped in its
    # cell and the grid's last cell on a line of its own: no body is read as a person.
    grid = (
        ("Westshire Anglers' and Boatmen's Association", "The Sailing College", "Northern IFCA"),
        ("CEFAS", "Westshire Wildlife Trust", "Harbour Marine Ltd."),
    )
    blocks = [
        Block("heading", "Westshire Fisheries Local Action Group Board meeting Minutes", level=1),
        Block("paragraph", "Date: 20th February 2019 Venue: Harbour Office Time: 18:00"),
        Block("heading", "In attendance:", level=2),
        Block("table", rows=grid),
        Block("paragraph", "Eastport Fishermen's Association"),
        Block("heading", "Apologies:", level=2),
        Block("table", rows=(("Marine Management Organisation", "Westshire Coast Forum"),)),
        Block("heading", "Welcome", level=2, number="1."),
        Block("paragraph", "The chair welcomed the members to the meeting."),
    ]
    result = parse_blocks(blocks)

    assert result.record["attendees"] == []
    doubted = [p.text for p in result.problems if "Organisations, no one named" in p.message]
    assert len(doubted) == 4
    assert "Eastport Fishermen's Association" in doubted


def test_a_row_of_a_person_and_a_body_is_no_grid_of_bodies() -> None:
    # F4's rule leaves a table with people in it to the other rules.
    rows = (("Jo ROE", "Westshire Carers Centre"), ("Amy Lee (AL)", "Westshire Council"))
    blocks = [
        Block("heading", "Westshire Joint Board", level=1),
        Block("paragraph", "Held on 3 March 2016"),
        Block("heading", "Present", level=2),
        Block("table", rows=rows),
        Block("heading", "Welcome", level=2, number="1."),
        Block("paragraph", "The Chair welcomed members to the meeting."),
    ]
    record = parse_blocks(blocks).record

    assert [a["name"] for a in record["attendees"]] == ["Jo ROE", "Amy Lee"]


def test_the_venue_in_the_title_keeps_its_own_the_and_leaves_out_the_time() -> None:
    # F3: "... held on Wednesday 18th September 2014 at The Place 19:00pm".
    text = _TABBED.replace("at The Hub 19:00pm", "at The Place 19:00pm")
    assert read_minutes(text).record["place"] == "The Place"
