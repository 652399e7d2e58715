"""Elements the reader got wrong without a word under "Lines to check" (issue 15's "never silently
wrong"), read right by general rules or named by a doubt: a body's short acronym after a name
("Mr J Young - IGEN") is the body; a heading a PDF set on two lines ("OFFICIALS IN" /
"ATTENDANCE:") is one heading; an office then a bare name as someone's role ("Chair, Tina
Funnell") and an item's heading read as a person ("Matters Arising") are doubted; and a
document's sub-headings above the first item read ("Items for redaction") are named. Made-up
minutes."""

import pytest

from meetings.minutes import parse_blocks
from meetings.minutes.blocks import Block
from meetings.minutes.people import body_acronym
from meetings.minutes.text import parse_minutes


def _attendee(result, name: str) -> dict:
    return next(a for a in result.record["attendees"] if a["name"] == name)


def _checked(result) -> list[str]:
    return [p.message for p in result.problems if not p.left_out]


def test_a_short_acronym_after_a_name_is_the_body_the_person_comes_from() -> None:
    result = parse_minutes(
        "Eastmere Admissions Forum\n7 March 2013\n\nPresent\n\nMr J Young \u2013 IGEN\n\n"
        "Mrs P Hill \u2013 Health Representative\n\nMr T Hale \u2013 RFO\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    young = _attendee(result, "Mr J Young")
    assert (young["role"], young["organisation"]) == ("", "IGEN")
    assert _attendee(result, "Mrs P Hill")["role"] == "Health Representative"
    assert _attendee(result, "Mr T Hale")["role"] == "RFO"  # a post's acronym stays the role


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("PSNI", "Mr Doug Garrett", True),
        ("WSCC", "Ann Lee", True),
        ("CEO", "Ann Lee", False),  # a post's
        ("DCC", "Ann Lee", False),
        ("ALT", "Ann Lee Turner", False),  # the person's own initials
        ("Chair", "Ann Lee", False),
        ("NIIRTA", "Ann Lee", False),  # longer ones: names_a_body's
    ],
)
def test_which_short_acronyms_name_a_body(text: str, name: str, body: bool) -> None:
    assert body_acronym(text, name) is body


def test_a_heading_set_on_two_lines_is_one_heading() -> None:
    result = parse_blocks(
        [
            Block("heading", "EASTMERE POLICING BOARD", level=1),
            Block("paragraph", "Minutes of the meeting held on 1 October 2020"),
            Block("paragraph", "PRESENT: Mr Doug Garrett, Chair"),
            Block("heading", "OFFICIALS IN", level=1),
            Block("heading", "ATTENDANCE:", level=1),
            Block("paragraph", "Ms Ann Lee, Director of Resources"),
            Block("heading", "APOLOGIES", level=1, number="1."),
            Block("paragraph", "There were no apologies."),
        ]
    )
    assert _attendee(result, "Ms Ann Lee")["attendance"] == "in_attendance"
    assert _attendee(result, "Mr Doug Garrett")["attendance"] == "present"


def test_an_office_then_a_bare_name_as_a_role_is_doubted() -> None:
    result = parse_minutes(
        "Eastmere Board\n7 March 2013\n\nPresent: Ann Lee, Tom Hale\n\n"
        "Apologies were received from Bob Nicholls, Chair, Tina Funnell.\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    assert any("holds another person's name" in m for m in _checked(result))


def test_a_post_then_a_department_is_not_doubted() -> None:
    result = parse_minutes(
        "Eastmere Board\n7 March 2013\n\nPresent:\nAnn Lee, Director, Internal Audit\n"
        "Tom Hale, Dean, Health Sciences\n\n1. Minutes\nThe minutes were approved.\n"
    )
    assert not any("another person's name" in m for m in _checked(result))


def test_an_items_heading_read_as_a_person_is_doubted() -> None:
    result = parse_minutes(
        "Eastmere Parochial Church Council\nThursday 13th June 2019\n\n"
        "Present: Ann Lee (AL), Tom Hale (TH)\n"
        "Apologies for Absence: Bob Ray (BR)\n"
        "Matters Arising: There were no matters arising\n"
        "1. Finance\nThe accounts were approved.\n"
    )
    assert any("'Matters Arising' is read as a person" in m for m in _checked(result))


def test_sub_headings_above_the_first_item_read_are_named() -> None:
    result = parse_blocks(
        [
            Block("heading", "Eastmere Pharmacy Committee Minutes", level=0),
            Block("paragraph", "Thursday 13th November 2014 at the Town Hall"),
            Block("paragraph", "Present: Ann Lee, Tom Hale, Bob Ray"),
            # One such heading: with two or more, the items are read from the headings
            # (tests/meetings/test_minutes_misses7.py).
            Block("heading", "Actions Update", level=2),
            Block("paragraph", "All actions complete"),
            Block("paragraph", "TH: 1. The process for training is unclear"),
            Block("paragraph", "2. Should the group meet between meetings?"),
            Block("paragraph", "3. Should the group report to the committee?"),
            Block("paragraph", "AL agreed these were fair questions."),
        ]
    )
    messages = _checked(result)
    for title in ("Actions Update",):
        assert any(f"'{title}' is set as a heading below the minutes' own" in m for m in messages)
    assert not any("'Thursday" in m and "set as a heading" in m for m in messages)


@pytest.mark.parametrize(
    ("line", "title", "text"),
    [
        ("2) Apologies: 3 from members of Public", "Apologies", "3 from members of Public"),
        ("2) Matters Arising; None", "Matters Arising", "None"),
        ("2) Declarations of Interest: none declared", "Declarations of Interest", "none declared"),
    ],
)
def test_an_items_usual_title_then_its_text_after_a_colon_or_semicolon(
    line: str, title: str, text: str
) -> None:
    result = parse_blocks(
        [
            Block("heading", "Eastmere Commons Council", level=1),
            Block("paragraph", "Minutes of the meeting held on 4th December 2014."),
            Block("paragraph", "Present: Ann Lee, Tom Hale"),
            Block("heading", "1) Welcome", level=2),
            Block("paragraph", "The Chairman welcomed everyone."),
            Block("heading", line, level=2),
            Block("heading", "3) Standing Orders", level=2),
            Block("paragraph", "The Standing Orders were approved."),
        ]
    )
    section = next(s for s in result.record["sections"] if s["title"] == title)
    assert [p["text"] for p in section["paragraphs"]] == [text]
