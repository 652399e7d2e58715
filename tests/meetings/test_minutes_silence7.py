"""Elements the reader got wrong without a word under "Lines to check" (issue 15's "never silently
wrong"), read right by general rules: a table of one person a row, a name and then what they are
(a post or a body), whose row "Mr Tom Reed | Upland Ventures" is a person and their body, not
two people; the body's column read as the rows above read theirs. Made-up minutes."""

from meetings.minutes import parse_blocks
from meetings.minutes.blocks import Block


def _read(heading: str, rows: tuple[tuple[str, ...], ...]):
    return parse_blocks(
        [
            Block("paragraph", "Westmoor Transport Partnership"),
            Block("paragraph", "Minutes of the meeting held on 9 May 2019"),
            Block("paragraph", heading),
            Block("table", rows=rows),
            Block("paragraph", "1. Minutes of the last meeting"),
            Block("paragraph", "The minutes were approved."),
        ]
    )


def _attendee(result, name: str) -> dict:
    return next(a for a in result.record["attendees"] if a["name"] == name)


def test_it_reads_a_body_like_a_name_as_the_body_in_a_table_of_posts_and_bodies() -> None:
    result = _read(
        "IN ATTENDANCE",
        (
            ("Mr Ron Dale", "Partnership Director"),
            ("Mr Ian Hope", "Partnership Manager"),
            ("Mrs Ann Lowe", "Moray Council"),
            ("Mr Sam Boyd", "Orkney Islands Council"),
            ("Mr Tom Reed", "Upland Ventures"),
        ),
    )
    names = [a["name"] for a in result.record["attendees"]]
    assert "Upland Ventures" not in names
    assert _attendee(result, "Mr Tom Reed")["organisation"] == "Upland Ventures"


def test_it_keeps_two_names_a_row_as_two_people() -> None:
    result = _read(
        "PRESENT",
        (
            ("Mr Ron Dale", "Mrs Jo Green"),
            ("Mr Ian Hope", "Mr Tom Reed"),
            ("Mrs Ann Lowe", "Mr Sam Boyd"),
        ),
    )
    assert len(result.record["attendees"]) == 6


def test_it_counts_each_list_of_a_labelled_table_apart() -> None:
    result = _read(
        "Attendance",
        (
            ("Present:", "Mr Ron Dale", "Mrs Jo Green"),
            ("", "Mr Ian Hope", "Mr Tom Reed"),
            ("", "Mrs Ann Lowe", "Mr Sam Boyd"),
            ("In Attendance:", "Mr Lee Carr", "Partnership Director"),
            ("", "Ms Di Webb", "Partnership Manager"),
            ("", "Mr Al Fry", "Moray Council"),
        ),
    )
    names = {a["name"] for a in result.record["attendees"]}
    assert {"Mrs Jo Green", "Mr Tom Reed", "Mr Sam Boyd"} <= names
