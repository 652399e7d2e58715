"""Misses the reader made with no line to check (issue 15, "never silent"), taken from the
twenty-fourth fresh set (tests/data/real-fresh-24), each on a made-up example. Pure functions
only."""

from meetings.minutes import parse_blocks, parse_minutes
from meetings.minutes.blocks import Block
from meetings.minutes.people import split_attendee_line


def _people(record: dict) -> list[tuple[str, str, str, str]]:
    return [
        (a["name"], a["role"] or "", a["organisation"] or "", a["attendance"])
        for a in record["attendees"]
    ]


def test_a_name_then_a_dash_is_one_person_and_their_post() -> None:
    # What follows the dash after a name is that person's post or body, never a second person,
    # even where it reads like a name ("Riverside College (Public Sector)").
    assert split_attendee_line("Anna Brown \u2013 Riverside College (Public Sector)") == [
        ("Anna Brown", "Riverside College (Public Sector)")
    ]
    assert split_attendee_line("Carl White - Valley Farms") == [("Carl White", "Valley Farms")]
    assert split_attendee_line("Jane Smith - Chief Executive") == [
        ("Jane Smith", "Chief Executive")
    ]


def test_a_body_then_the_sector_of_the_seat_is_the_body() -> None:
    # A partnership's members are listed by body and the sector whose seat they hold; the body
    # is their organisation whether or not its name has a body's word ("Trust", "Council").
    text = (
        "Minutes of the Example Valley Action Group\n"
        "12 March 2019\n\n"
        "Present:\n"
        "Anna Brown \u2013 Riverside College (Public Sector)\n"
        "Bob Green \u2013 Hillside Trust (Third Sector)\n"
        "Carl White - Valley Farms (Private Sector)\n"
        "Dora Black \u2013 Chair (Public Sector)\n\n"
        "1. Welcome\n"
        "The chair welcomed everyone.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Anna Brown", "", "Riverside College", "present"),
        ("Bob Green", "", "Hillside Trust", "present"),
        ("Carl White", "", "Valley Farms", "present"),
        ("Dora Black", "Chair", "", "present"),
    ]


def test_a_label_of_attendance_in_the_next_row_is_no_wrapped_surname() -> None:
    # A table of attendance: a label cell, the name, the post or body. A row ending in a word
    # that could start a name ("Trustee") is not wrapped into the next row's label
    # ("Apologies"), which starts the next list.
    rows = (
        ("Present", "Mike Sole", "Chairman"),
        ("", "Tony Kent", "Trustee"),
        ("Apologies", "Neil Bell", "Football Club"),
        ("", "Bob Hart", "Treasurer"),
    )
    blocks = [
        Block(kind="paragraph", text="MINUTES OF THE EXAMPLE HALL COMMITTEE HELD ON 3rd May 2014"),
        Block(kind="table", rows=rows),
        Block(kind="heading", text="Welcome", level=1, number="Item 1 \u2013"),
        Block(kind="paragraph", text="All were welcomed."),
    ]
    assert _people(parse_blocks(blocks).record) == [
        ("Mike Sole", "Chairman", "", "present"),
        ("Tony Kent", "Trustee", "", "present"),
        ("Neil Bell", "", "Football Club", "apologies"),
        ("Bob Hart", "Treasurer", "", "apologies"),
    ]


def test_a_second_name_like_cell_under_a_column_of_posts_is_a_body() -> None:
    # Where the rows above hold posts in the last column ("Chairman", "Secretary"), a cell
    # there that reads like a name ("Valley Friends") is the person's body, not a second person.
    rows = (
        ("Present", "Mike Sole", "Chairman"),
        ("", "David Jones", "Secretary"),
        ("", "Joan Steele", "Valley Friends"),
        ("", "Ian Stern", "Treasurer"),
    )
    blocks = [
        Block(kind="paragraph", text="MINUTES OF THE EXAMPLE HALL COMMITTEE HELD ON 3rd May 2014"),
        Block(kind="table", rows=rows),
        Block(kind="heading", text="Welcome", level=1, number="Item 1 \u2013"),
        Block(kind="paragraph", text="All were welcomed."),
    ]
    assert _people(parse_blocks(blocks).record) == [
        ("Mike Sole", "Chairman", "", "present"),
        ("David Jones", "Secretary", "", "present"),
        ("Joan Steele", "", "Valley Friends", "present"),
        ("Ian Stern", "Treasurer", "", "present"),
    ]


def test_a_table_of_a_name_in_each_cell_is_still_read_so() -> None:
    # Without posts above, each cell of a row that reads like a name is a person.
    rows = (("Present", "Peter Argyle", "Eric Baird"), ("", "Jane Cole", "Ann Dunn"))
    blocks = [
        Block(kind="paragraph", text="MINUTES OF THE EXAMPLE HALL COMMITTEE HELD ON 3rd May 2014"),
        Block(kind="table", rows=rows),
        Block(kind="heading", text="Welcome", level=1, number="Item 1 \u2013"),
        Block(kind="paragraph", text="All were welcomed."),
    ]
    names = [p[0] for p in _people(parse_blocks(blocks).record)]
    assert names == ["Peter Argyle", "Eric Baird", "Jane Cole", "Ann Dunn"]


def test_a_cell_after_a_blank_column_that_is_no_known_post_is_doubted() -> None:
    # "Name | (no initials) | Universities": the last cell is neither a known post nor a known
    # body; it is read as the post, as before, and a line to check names the person.
    rows = (
        ("Apologies", "", ""),
        ("Prof Ann Lee", "", "Universities"),
        ("Dr Raj Patel", "", "Voluntary Sector"),
        ("Jo Grey", "", "Treasurer"),
    )
    blocks = [
        Block(kind="paragraph", text="MINUTES OF THE EXAMPLE BOARD HELD ON 3rd May 2014"),
        Block(kind="table", rows=rows),
        Block(kind="heading", text="Welcome", level=1, number="Item 1 \u2013"),
        Block(kind="paragraph", text="All were welcomed."),
    ]
    result = parse_blocks(blocks)
    assert _people(result.record) == [
        ("Prof Ann Lee", "Universities", "", "apologies"),
        ("Dr Raj Patel", "Voluntary Sector", "", "apologies"),
        ("Jo Grey", "Treasurer", "", "apologies"),
    ]
    doubts = [p.message for p in result.problems if "the body they represent" in p.message]
    assert doubts == [
        "'Universities' is read as the post of Prof Ann Lee; check whether it is the body they "
        "represent",
        "'Voluntary Sector' is read as the post of Dr Raj Patel; check whether it is the body "
        "they represent",
    ]


def test_a_post_in_brackets_then_a_dash_and_the_body() -> None:
    # "Mr W Adams (Chairman) - County Council": the post in brackets, the body after the dash.
    text = (
        "Minutes of the Example Advisory Board\n"
        "12 March 2019\n\n"
        "Present:\n"
        "Mr W Adams (Chairman) - County Council\n"
        "Mr Bell (Vice Chairman) - Eastfield Parish Council\n\n"
        "1. Welcome\n"
        "The chair welcomed everyone.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Mr W Adams", "Chairman", "County Council", "present"),
        ("Mr Bell", "Vice Chairman", "Eastfield Parish Council", "present"),
    ]
