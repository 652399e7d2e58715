"""Elements the reader got wrong without a word under "Lines to check" (issue 15's "never silently
wrong"), read right by general rules: a table of one person a row, a name and then what they are
(a post or a body), whose row "Mr Tom Reed | Upland Ventures" is a person and their body, not
two people; the body's column read as the rows above read theirs. Made-up minutes."""

from meetings.minutes import parse_blocks
from meetings.minutes.blocks import Block
from meetings.minutes.doubts import _initialled_names, _someone_read, _unread_people
from meetings.minutes.lines import Line
from meetings.minutes.text import parse_minutes


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


def test_it_doubts_an_apologies_line_whose_only_known_surname_is_another_persons() -> None:
    apologies = "Apologies had been received from Mark Redhead and Liz Rooke."
    lines = [Line(1, apologies, apologies, False, False, True)]
    problems = _unread_people([{"name": "Peter Rooke"}], lines, 0)
    assert [p.text for p in problems] == [apologies]
    assert _unread_people([{"name": "Liz Rooke"}], lines, 0) == []


def test_it_takes_a_surname_with_a_title_or_an_initial_before_it_as_read() -> None:
    named = {("peter", "rooke")}
    assert not _someone_read(["apologies", "from", "liz", "rooke"], named)
    assert _someone_read(["apologies", "from", "mr", "rooke"], named)
    assert _someone_read(["apologies", "from", "p", "rooke"], named)
    assert _someone_read(["steven", "rookechief", "executive"], {("s", "rooke")})


def test_it_tells_items_all_numbered_one_at_the_first_repeat_only() -> None:
    result = parse_minutes(
        "Westmoor Audit Committee\n"
        "Minutes of the meeting held on 9 May 2019\n\n"
        "  1. APOLOGIES FOR ABSENCE\n\nMr S Dobson\n\n"
        "  1. CONSTITUTIONAL MATTERS\n\nNone\n\n"
        "  1. DISCLOSURE OF MEMBERS' INTERESTS\n\nNone were declared.\n\n"
        "  1. MINUTES OF THE LAST MEETING\n\nThe minutes were approved.\n\n"
        "  1. MATTERS ARISING\n\nThere were none.\n"
    )
    assert len(result.record["sections"]) == 5
    repeats = [p for p in result.problems if "follows section 1" in p.message]
    assert len(repeats) == 1


def test_it_reads_a_group_label_after_the_apologies_as_those_in_attendance() -> None:
    result = _read(
        "Attendance",
        (
            ("Trustees:", "Ann Hale", "Chairman"),
            ("", "Jo Cotton", ""),
            ("Apologies for absence:", "Lyn Berry", ""),
            ("", "Max Chande", ""),
            ("Executive Directors:", "Rob Evans", "Chief Executive"),
            ("", "Nia Johnson", "Finance Director"),
            ("Secretary of the Meeting:", "Mark Devin", "Prism Cosec"),
        ),
    )
    kinds = {a["name"]: a["attendance"] for a in result.record["attendees"]}
    assert kinds == {
        "Ann Hale": "present",
        "Jo Cotton": "present",
        "Lyn Berry": "apologies",
        "Max Chande": "apologies",
        "Rob Evans": "in_attendance",
        "Nia Johnson": "in_attendance",
        "Mark Devin": "in_attendance",
    }
    assert _attendee(result, "Rob Evans")["role"] == "Chief Executive"
    assert _attendee(result, "Mark Devin")["organisation"] == "Prism Cosec"


def test_it_doubts_a_post_that_is_a_list_of_initialled_names() -> None:
    assert _initialled_names("N Kelleher, R Tinsley, R Deacon. P Goalby, D Ash")
    assert not _initialled_names("Director of Finance, Chief Executive")
    assert not _initialled_names("Clerk to J Smith")
