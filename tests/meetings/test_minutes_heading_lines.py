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
