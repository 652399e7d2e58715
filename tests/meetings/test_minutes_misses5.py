"""Known misses of the real minutes (issue 15) read right by general rules, each on a made-up
example. Pure functions only."""

from meetings.minutes import parse_blocks, parse_minutes
from meetings.minutes.attendance import board_from_title
from meetings.minutes.blocks import Block
from meetings.minutes.people import split_name_pairs_with_posts


def _people(record: dict) -> list[tuple[str, str, str, str]]:
    return [
        (a["name"], a["role"] or "", a["organisation"] or "", a["attendance"])
        for a in record["attendees"]
    ]


def test_a_table_of_bare_names_with_a_post_in_brackets_after_one() -> None:
    # Names in columns, typed with spaces between them, the chair's post after the first.
    assert split_name_pairs_with_posts("Anna Brown (Chair) Bob Green Carl White") == [
        ("Anna Brown", "Chair"),
        ("Bob Green", ""),
        ("Carl White", ""),
    ]
    # A bracket that is no post, or fewer than three people, is left to the other readings.
    assert split_name_pairs_with_posts("Anna Brown (late) Bob Green Carl White") is None
    assert split_name_pairs_with_posts("Anna Brown (Chair) Bob Green") is None
    assert split_name_pairs_with_posts("Anna Brown (Chair) Valley Council Carl White") is None


def test_paragraphs_numbered_with_no_item_headings_make_untitled_items() -> None:
    # "1.1", "1.2", "2.1": each paragraph numbered, no heading over any item; the first
    # paragraph's sentence wraps onto the next line, as no title would.
    text = (
        "Minutes of the Example Council of Governors\n"
        "12 March 2019\n\n"
        "PRESENT:    Anna Brown (Chair)    Bob Green    Carl White\n"
        "            Dora Black            Ed Grey\n\n"
        "1.1   Apologies for the meeting were received from, Fay Hill, Gus Lane and\n"
        "      Hal Moss. Ian Nash did not attend the meeting.\n\n"
        "1.2   Anna Brown welcomed Ed Grey to his first meeting of the council\n"
        "      following his election.\n\n"
        "2.1   Bob Green reported that the new garden had been opened in the\n"
        "      spring by the mayor.\n"
    )
    record = parse_minutes(text).record
    assert [(s["ref"], s["title"]) for s in record["sections"]] == [("1", ""), ("2", "")]
    assert [p["ref"] for p in record["sections"][0]["paragraphs"]] == ["1.1", "1.2"]
    assert [p["ref"] for p in record["sections"][1]["paragraphs"]] == ["2.1"]
    assert _people(record) == [
        ("Anna Brown", "Chair", "", "present"),
        ("Bob Green", "", "", "present"),
        ("Carl White", "", "", "present"),
        ("Dora Black", "", "", "present"),
        ("Ed Grey", "", "", "present"),
        ("Fay Hill", "", "", "apologies"),
        ("Gus Lane", "", "", "apologies"),
        ("Hal Moss", "", "", "apologies"),
        ("Ian Nash", "", "", "absent"),
    ]


def test_a_titled_item_keeps_its_wrapped_first_paragraph() -> None:
    # Under a titled item, "2.1 ..." wrapping on is the next item's paragraph as before, never
    # an untitled item of its own.
    text = (
        "Minutes of the Example Board\n"
        "12 March 2019\n\n"
        "1. Welcome\n"
        "1.1 The chair welcomed everyone to the meeting of the board and thanked them\n"
        "for coming.\n\n"
        "2. Finance\n"
        "2.1 The treasurer reported that the accounts for the year had been\n"
        "audited and were in good order.\n"
    )
    record = parse_minutes(text).record
    assert [(s["ref"], s["title"]) for s in record["sections"]] == [
        ("1", "Welcome"),
        ("2", "Finance"),
    ]


def test_a_title_naming_what_met_by_its_own_name_wins_over_the_letterhead() -> None:
    # The body's name over the title, and the title names what met by a name of its own: the
    # forum, not the body whose letterhead it is.
    text = (
        "NHS EXAMPLESHIRE\n\n"
        "Minute of the Area Clinical Forum Meeting held on Wednesday 14 May 2014 at 5.30pm\n\n"
        "Present:\n"
        "Mrs Anna Brown, Chair\n\n"
        "1. Apologies\n"
        "None.\n"
    )
    assert parse_minutes(text).record["board"] == "Area Clinical Forum"
    # A title naming the board by its kind alone leaves the body above it the board.
    text = text.replace("Area Clinical Forum Meeting", "Board Meeting")
    assert parse_minutes(text).record["board"] == "NHS EXAMPLESHIRE"


def test_a_meeting_numbered_or_from_a_body_in_the_title() -> None:
    # "Minutes of meeting No. 97 of the X", "MINUTES OF MEETING FROM THE X HELD ON ...".
    assert board_from_title(
        "Minutes of meeting No. 12 of the Consultative Committee held on Wednesday, 4 May 2016"
    ) == ("Consultative Committee")
    assert board_from_title(
        "MINUTES OF MEETING FROM THE VALLEY HALL COMMITTEE HELD ON 3rd November 2014"
    ) == ("VALLEY HALL COMMITTEE")


def test_a_table_column_of_posts_and_bodies_holds_no_second_person() -> None:
    # "Name | Post or body" rows under a label: the last column is never a person, however
    # its cell reads ("MS Society" reads as "Ms Society", "Village Shop" as a name).
    rows = (
        ("Present", "Mike Sole", "Chairman"),
        ("", "Dan Jones", "Secretary"),
        ("", "Jo Biggs", "MS Society"),
        ("", "Ian Stern", "Public Member"),
        ("", "Jill Graves", "Art Club"),
        ("", "Lou Jones", "Village Shop"),
        ("", "Al Bowyer", "Fund Raising"),
        ("", "Tom Hay", "Valley Friends"),
        ("", "Sue Hart", "Village Shop"),
    )
    blocks = [
        Block("heading", "Minutes of the Example Hall Committee", level=1),
        Block("paragraph", "3 November 2014"),
        Block("table", "", rows=rows),
        Block("heading", "Item 1 - Welcome", level=2),
        Block("paragraph", "Mike welcomed everyone."),
    ]
    people = _people(parse_blocks(blocks).record)
    assert ("Jo Biggs", "", "MS Society", "present") in people
    assert ("Lou Jones", "", "Village Shop", "present") in people
    assert ("Sue Hart", "", "Village Shop", "present") in people
    assert len(people) == len(rows)


def test_a_header_naming_the_members_column_by_who_they_are() -> None:
    # "Directors | | Representing": the first column the members, the last what each
    # represents; a row with only "In Attendance" or "Apologies" labels the rows under it.
    rows = (
        ("Directors", "", "Representing"),
        ("Ann Lee", "AL", "Private Sector"),
        ("Bob Roe", "BR", "Valley Council"),
        ("In Attendance", "", ""),
        ("Cy Dunn", "CD", "Chamber of Commerce"),
        ("Apologies", "", ""),
        ("Di Fox", "", "Universities"),
    )
    blocks = [
        Block("heading", "EXAMPLE BOARD OF DIRECTORS", level=1),
        Block("paragraph", "Minutes of the Meeting"),
        Block("paragraph", "6 August 2019"),
        Block("table", "", rows=rows),
        Block("heading", "1. Welcome", level=2),
        Block("paragraph", "The chair welcomed everyone."),
    ]
    assert _people(parse_blocks(blocks).record) == [
        ("Ann Lee", "", "Private Sector", "present"),
        ("Bob Roe", "", "Valley Council", "present"),
        ("Cy Dunn", "", "Chamber of Commerce", "in_attendance"),
        ("Di Fox", "", "Universities", "apologies"),
    ]


def test_a_label_cell_over_rows_of_name_dash_body() -> None:
    # "Present: | Mr A Brown (Chairman) - County Council" / " | Mr Cole - Valley Trust": a row
    # a person, each read on its own, not one cell's text wrapped over rows.
    rows = (
        ("Present:", "Mr A Brown (Chairman) - County Council"),
        ("", "Mr Cole - Valley Trust"),
        ("", "Mr Glover - RSPB"),
        ("Also in attendance:", "Rob Carr - Reserve Manager, WSCC"),
        ("", "Sam Tate - Project Officer, WSCC"),
    )
    blocks = [
        Block("heading", "Example Harbour Advisory Board", level=1),
        Block("paragraph", "10th March 2009 - At a meeting of the Board held at The Hall"),
        Block("table", "", rows=rows),
        Block("heading", "1. Apologies", level=2),
        Block("paragraph", "None."),
    ]
    names = [a[0] for a in _people(parse_blocks(blocks).record)]
    assert names == ["Mr A Brown", "Mr Cole", "Mr Glover", "Rob Carr", "Sam Tate"]


def test_a_meeting_held_somewhere_names_no_board() -> None:
    # "Minutes of meeting held in Committee Rooms 1 and 2, ...": where, not who met.
    assert board_from_title(
        "Minutes of meeting held in Committee Rooms 1 and 2, Civic Centre on 2 December 2011"
    ) == ("")


def test_name_post_then_a_body_named_with_its_initials() -> None:
    # "Name, Post, Body ending in its initials" and "Name, Body (Post)": one person each.
    text = (
        "EXAMPLE COMMUNITY JUSTICE AUTHORITY\n"
        "Minutes of meeting held in the Civic Centre on 2 December 2011\n\n"
        "Apologies:\n"
        "Colin Sly, Director, North Valley CHP\n\n"
        "Also Attending:\n"
        "J Grant, Scottish Government (Acting Depute Director, Community Justice)\n"
        "G Pratt, Co-ordinator, Multi-Agency Public Protection Arrangements (MAPPA)\n\n"
        "1 Declaration of Interests\n"
        "No interests were declared.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Colin Sly", "Director", "North Valley CHP", "apologies"),
        (
            "J Grant",
            "Acting Depute Director, Community Justice",
            "Scottish Government",
            "in_attendance",
        ),
        (
            "G Pratt",
            "Co-ordinator",
            "Multi-Agency Public Protection Arrangements (MAPPA)",
            "in_attendance",
        ),
    ]


def test_a_committee_and_its_date_under_the_council_name_the_board() -> None:
    # "Valley Town Council" over "Finance Committee - 4th October 2021": the committee met.
    text = (
        "Valley Town Council\n"
        "Finance Committee \u2013 4th October 2021\n\n"
        "F21/001 PRESENT\n\n"
        "Councillors Brown, Green and White.\n\n"
        "F21/002 APOLOGIES FOR ABSENCE\n\n"
        "There were none.\n"
    )
    record = parse_minutes(text).record
    assert (record["board"], record["date"]) == ("Finance Committee", "2021-10-04")
