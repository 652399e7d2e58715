"""Heading and list layouts of real minutes: a Scottish "MINUTE of MEETING" title with its date
and place on the line under it, below a page header that gives another date; and a list of
"Name - interest" lines, as declarations of interest are written, each its own paragraph."""

from meetings.minutes import parse_minutes

HIGHLAND = """Highland NHS Board 6 December 2011 Item 2(a) 64
HIGHLAND NHS BOARD
DRAFT MINUTE of MEETING of the BOARD
Board Room, Assynt House, Inverness 4 October 2011 \u2013 8 30 am
Present
Mr Garry Coutts, Chair
105 Declarations of Interest
Board members declared the following interests:
Garry Coutts \u2013 Scottish Social Services Council, University of the Highlands
Pam Courcha \u2013 Ms Courcha is a carer
Ian Gibson \u2013 CLIC Sargent (Item 139)
106 Minutes
The minutes were agreed.
"""


def test_it_takes_the_date_under_the_title_over_a_page_headers() -> None:
    result = parse_minutes(HIGHLAND)

    record = result.record
    assert (record["board"], record["date"]) == ("Highland NHS Board", "2011-10-04")
    assert record["place"] == "Board Room, Assynt House, Inverness"
    assert [a["name"] for a in record["attendees"]] == ["Mr Garry Coutts"]
    assert [p.line for p in result.problems] == []


def test_it_reads_name_and_interest_lines_as_paragraphs_of_their_own() -> None:
    result = parse_minutes(HIGHLAND)

    paragraphs = [p["text"] for p in result.record["sections"][0]["paragraphs"]]
    assert paragraphs == [
        "Board members declared the following interests:",
        "Garry Coutts \u2013 Scottish Social Services Council, University of the Highlands",
        "Pam Courcha \u2013 Ms Courcha is a carer",
        "Ian Gibson \u2013 CLIC Sargent (Item 139)",
    ]


def test_it_still_shows_a_name_line_joined_where_the_sentence_goes_on() -> None:
    sentence = "The minutes were agreed, and\nJane Doe \u2013 the Chair \u2013 signed them."
    text = f"Board\n\n1. Minutes\n\n{sentence}\n"

    result = parse_minutes(text)

    paragraph = result.record["sections"][0]["paragraphs"][0]["text"]
    assert paragraph == "The minutes were agreed, and Jane Doe \u2013 the Chair \u2013 signed them."


ORR = """THE OFFICE OF RAIL AND ROAD

Tuesday 28 November 2023, 09:00 \u2013 13:00
At Novotel Birmingham Centre, Broad Street, Birmingham, B1 2HT

In attendance: Feras Alshaker (Director of Planning and Performance, via MS


Teams), Fiona Bywaters (Board Secretary), Russell Grossman (Director of Communications), Vinita Hill
(Director, Corporate Operations), Elizabeth Thornhill (General Counsel), Stephanie Tobyn
(Director, Strategy, Policy and Reform).

Item 1 WELCOME AND APOLOGIES FOR ABSENCE

1. The Chair welcomed everyone. An apology for absence was noted for Madeleine Hallward.
"""


def test_it_reads_a_venue_line_as_the_place_and_a_list_wrapped_inside_its_roles() -> None:
    record = parse_minutes(ORR).record

    assert record["place"] == "Novotel Birmingham Centre, Broad Street, Birmingham, B1 2HT"
    people = [(a["name"], a["role"], a["attendance"]) for a in record["attendees"]]
    assert people == [
        ("Feras Alshaker", "Director of Planning and Performance, via MS Teams", "in_attendance"),
        ("Fiona Bywaters", "Board Secretary", "in_attendance"),
        ("Russell Grossman", "Director of Communications", "in_attendance"),
        ("Vinita Hill", "Director, Corporate Operations", "in_attendance"),
        ("Elizabeth Thornhill", "General Counsel", "in_attendance"),
        ("Stephanie Tobyn", "Director, Strategy, Policy and Reform", "in_attendance"),
        ("Madeleine Hallward", "", "apologies"),
    ]


COURT = """Court Minutes 5 October 2022

Confirmed minutes of the meeting of the University Court held at 3.00pm on 5 October 2022.

Staff members in attendance  Role
Professor Fiona Coutts Dean, Health Sciences

Irene Hynd

University Secretary (Secretary)

1. Welcome

The Chair welcomed members.
"""


def test_it_takes_the_board_the_title_names_in_full_over_a_running_title() -> None:
    assert parse_minutes(COURT).record["board"] == "University Court"


def test_it_reads_a_post_after_a_name_and_a_post_on_the_line_under_a_name() -> None:
    people = [(a["name"], a["role"]) for a in parse_minutes(COURT).record["attendees"]]

    assert people == [
        ("Professor Fiona Coutts", "Dean, Health Sciences"),
        ("Irene Hynd", "University Secretary (Secretary)"),
    ]


def test_it_takes_the_body_that_met_over_the_institution_above_it_and_says_so() -> None:
    text = (
        "UNIVERSITY OF ABERDEEN\n\nUNIVERSITY COURT\n\nMinutes of meeting held on 25 June 2002\n\n"
    )
    text += "1. Minutes\n\nAgreed.\n"

    result = parse_minutes(text)

    assert result.record["board"] == "UNIVERSITY COURT"
    assert [(p.text, p.severity) for p in result.problems] == [("UNIVERSITY COURT", "warning")]


def test_it_lists_a_notice_above_the_heading_and_reads_the_heading_after_it() -> None:
    notice = (
        "FOLLOWING THE CALL-IN PERIOD, DECISIONS INCLUDED IN THESE MINUTES MAY THEN BE "
        "IMPLEMENTED WHERE THEY HAVE NOT BEEN SUBJECT TO A CALL-IN."
    )
    text = (
        f"COMBINED AUTHORITY\nPUBLICATION: 15 SEPTEMBER 2017\n{notice}\n"
        "At a meeting of the Combined Authority held on Friday, 15th September, 2017 the "
        "following Members were present:\nCouncillor P Davies and Councillor B Grunewald.\n"
        "66. APOLOGIES FOR ABSENCE\nNone.\n"
    )

    result = parse_minutes(text)

    assert [a["name"] for a in result.record["attendees"]] == [
        "Councillor P Davies",
        "Councillor B Grunewald",
    ]
    assert [(p.text, p.message) for p in result.problems] == [
        (notice, "Notice above the heading left out of the record")
    ]


def test_it_reads_minutes_of_proceedings_as_the_title_not_a_person() -> None:
    text = "NIABT Board of Trustees Meeting\n\nMinutes of Proceedings\n\n"
    text += "Date: Monday 15th April 2013\n\nChris Lyttle MLA\n\n1. Apologies:\n\nNone.\n"

    record = parse_minutes(text).record

    assert (record["title"], record["date"]) == ("Minutes of Proceedings", "2013-04-15")
    assert [a["name"] for a in record["attendees"]] == ["Chris Lyttle MLA"]
