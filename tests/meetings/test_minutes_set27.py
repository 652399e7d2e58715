"""Rules the reader took from the twenty-seventh fresh set (tests/data/real-fresh-27): ways real
minutes of English and Welsh bodies are printed, each on a made-up example. Pure functions
only."""

from meetings.minutes import parse_minutes
from meetings.minutes.blocks import Block
from meetings.minutes.people import read_people_sentence, read_person
from meetings.minutes.text import parse_blocks


def _people(record: dict) -> list[tuple[str, str, str, str]]:
    return [
        (a["name"], a["role"] or "", a["organisation"] or "", a["attendance"])
        for a in record["attendees"]
    ]


def test_notes_of_a_public_meeting_set_as_a_heading_is_the_title_not_an_item() -> None:
    # A residents' network's notes: its name and "Notes of the Public Meeting" both set as
    # headings, then the hall, the date and the people; the first item is the heading after them.
    text = (
        "# Westbridge Residents Network\n"
        "# Notes of the Public Meeting\n"
        "Parish Rooms, Mill Lane, Westbridge WB1 4CD\n"
        "Tuesday 3 March 2020 7pm to 9pm\n"
        "Present: Ann Cole (Chair), Cllr Ben Hart, Carol Dunn (Treasurer), Dev Patel\n"
        "Apologies: Eve Long, Frank Moss, Gita Rao.\n\n"
        "## Welcome\n"
        "The Chair welcomed everyone to the meeting and thanked them for coming.\n"
    )
    record = parse_minutes(text).record
    assert [s["title"] for s in record["sections"]] == ["Welcome"]
    assert _people(record) == [
        ("Ann Cole", "Chair", "", "present"),
        ("Cllr Ben Hart", "", "", "present"),
        ("Carol Dunn", "Treasurer", "", "present"),
        ("Dev Patel", "", "", "present"),
        ("Eve Long", "", "", "apologies"),
        ("Frank Moss", "", "", "apologies"),
        ("Gita Rao", "", "", "apologies"),
    ]


def test_a_rank_before_a_surname_alone_is_a_person_in_a_list_of_names() -> None:
    # Police officers named by rank and surname among residents: each is a person, and the
    # names after them are not read as their post.
    assert read_person("Chief Inspector Vale") == ("Chief Inspector Vale", "")
    assert read_person("Detective Sergeant O'Hara") == ("Detective Sergeant O'Hara", "")
    assert read_people_sentence("Amy Reed, Chief Inspector Vale, Tom Ash, Inspector Kerr") == [
        ("Amy Reed", ""),
        ("Chief Inspector Vale", ""),
        ("Tom Ash", ""),
        ("Inspector Kerr", ""),
    ]
    # A rank before a full name is still read as the person's post, as before.
    assert read_person("Inspector Jo Lake") == ("Jo Lake", "Inspector")


def test_attendance_details_over_a_name_and_body_table_is_the_list_of_those_present() -> None:
    # ModernGov's "Attendance Details" over a Word table of a name and the body each comes from;
    # the first row's post in brackets beside its body; a venue with its postcode under the date.
    blocks = [
        Block("heading", "Community Safety Board Minutes"),
        Block("heading", "Thursday 9th May 2019"),
        Block("paragraph", "The Hub, Station Road, Northam NM1 2AB"),
        Block("heading", "Attendance Details", level=2),
        Block(
            "table",
            rows=(
                ("Rita Shah (Chair)", "NWA"),
                ("Councillor Paul Grey", "Northam Council"),
                ("Sam Cole", "Northam Disability Forum"),
            ),
        ),
        Block("heading", "Welcome", level=1, number="1."),
        Block("paragraph", "The Chair welcomed all present to the meeting of the board."),
    ]
    record = parse_blocks(blocks).record
    assert record["place"] == "The Hub, Station Road, Northam NM1 2AB"
    assert _people(record) == [
        ("Rita Shah", "Chair", "NWA", "present"),
        ("Councillor Paul Grey", "", "Northam Council", "present"),
        ("Sam Cole", "", "Northam Disability Forum", "present"),
    ]


def test_concise_minutes_with_a_category_and_names_table_and_witnesses() -> None:
    # A legislature's committee: "Concise Minutes - <committee>" as the title, "Meeting Venue:"
    # the place, a "Category | Names" table whose "Witnesses:" give evidence (in attendance).
    text = (
        "# Concise Minutes - Rural Affairs Committee\n"
        "Meeting Venue: Committee Room 2, Ty Hywel\n"
        "Meeting date: 12 June 2024\n"
        "## Attendance\n"
        "Category\nNames\n"
        "Members:\nAlun Rees MS (Chair)\nBethan Lloyd MS\n"
        "Witnesses:\nCarys Owen, Farmers Union Cymru\n"
        "Committee Staff:\nDafydd Price (Clerk)\n\n"
        "1 Introductions, apologies and declarations of interest\n"
        "1.1 The Chair welcomed Members to the meeting.\n"
    )
    record = parse_minutes(text).record
    assert record["board"] == "Rural Affairs Committee"
    assert record["place"] == "Committee Room 2, Ty Hywel"
    assert [(a["name"], a["attendance"]) for a in record["attendees"]] == [
        ("Alun Rees MS", "present"),
        ("Bethan Lloyd MS", "present"),
        ("Carys Owen", "in_attendance"),
        ("Dafydd Price", "in_attendance"),
    ]


def test_items_numbered_with_a_bracket_after_the_number_are_items() -> None:
    # A commons council's minutes number their items "1)", "2)", each title over its text.
    text = (
        "Northmoor Commons Council\n"
        "Minutes of the Fifth Meeting held at 7.00pm on 2nd March 2016 in Northmoor Village Hall.\n"
        "Present: Ann Vere (Chairman), Bob Tarr, Cal Moss\n\n"
        "1) Minutes of the Fourth Meeting\n"
        "The minutes of the meeting of 1st December 2015 were approved and signed.\n"
        "2) Stocking\n"
        "The graziers reported that the ponies had been rounded up in October as agreed.\n"
    )
    record = parse_minutes(text).record
    assert [(s["ref"], s["title"]) for s in record["sections"]] == [
        ("1", "Minutes of the Fourth Meeting"),
        ("2", "Stocking"),
    ]
