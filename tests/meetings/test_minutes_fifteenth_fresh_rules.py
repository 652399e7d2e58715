"""Layouts of minutes from ten more kinds of body (issue 15; the records are in
tests/data/real-fresh-15), each in a small made-up example: a rule real minutes follow, never one
file. Pure functions only."""

from meetings.minutes import parse_minutes
from tests.meetings.test_minutes_fourth_fresh_layouts import _people, _sections


def test_the_date_and_the_address_under_the_heading_are_not_items() -> None:
    # A forum's minutes as Word gives them: the heading block in bold lines, the date alone on
    # one and the venue's address, starting with its street numbers, on the next. Read as
    # items 26 and 12, they made the real items 1 to 4 look like an agenda before the minutes.
    text = (
        "# Anytown Heritage Forum\n\n"
        "## MINUTES OF THE 12TH MEETING OF\n\n"
        "## 26 MAY 2011\n\n"
        "## 12 - 14 HIGH STREET, ANYTOWN, AB1 2CD\n\n"
        "Present:\tJohn Smith, Chairman\n\n"
        "Jane Brown, Civic Society\n\n"
        "# 1. Apologies\n\nApologies were received from Ann Lee.\n\n"
        "# 2. Minutes of the last meeting\n\nThese were approved.\n\n"
        "# 3. Matters arising\n\nThere were none.\n\n"
        "# 4. Sector update\n\n"
        "## 1. County Council\n\nThe council reported on its staffing.\n"
    )
    record = parse_minutes(text).record
    assert record["date"] == "2011-05-26"
    assert _sections(record) == [
        ("1", "Apologies"),
        ("2", "Minutes of the last meeting"),
        ("3", "Matters arising"),
        ("4", "Sector update"),
        ("1", "County Council"),
    ]
    assert [a["name"] for a in record["attendees"]][:2] == ["John Smith", "Jane Brown"]


def test_in_a_list_of_people_and_their_bodies_a_short_name_is_a_body_too() -> None:
    # "Tony Burton, Civic Voice", "Pete Hinton, IFA": alone, words after a name that name no
    # post may be either; in a list where most are given with their body, they are bodies.
    text = (
        "Anytown Heritage Forum\n\nMinutes of the meeting held on 26 May 2011\n\n"
        "Present: John Smith, Chairman\n"
        "Dave Barrett, Association of Local Archaeologists\n"
        "Tony Burton, Civic Voice\n"
        "Laura Clayton, Anytown Heritage Trust\n"
        "Pete Hinton, IFA\n"
        "Judy Wong, Black Environment Network\n"
        "Ingrid Samuel, the National Trust\n\n"
        "1. Apologies\n\nThere were none.\n"
    )
    record = parse_minutes(text).record
    assert _people(record) == [
        ("John Smith", "Chairman", None, "present"),
        ("Dave Barrett", "", "Association of Local Archaeologists", "present"),
        ("Tony Burton", "", "Civic Voice", "present"),
        ("Laura Clayton", "", "Anytown Heritage Trust", "present"),
        ("Pete Hinton", "", "IFA", "present"),
        ("Judy Wong", "", "Black Environment Network", "present"),
        ("Ingrid Samuel", "", "the National Trust", "present"),
    ]


def test_in_a_list_mostly_of_posts_words_naming_no_post_are_left_as_written() -> None:
    # Three people with their councils, four with posts: the list is of posts, so "Civic
    # Voice" after a name stays where it was read.
    text = (
        "Anytown Joint Board\n\nMinutes of the meeting held on 1 March 2024\n\n"
        "In attendance: Tom Hall, Chief Executive\n"
        "Ann Lee, Finance Manager\n"
        "Bob Ray, Clerk\n"
        "Sue Day, Treasurer\n"
        "Sam Fox, Westshire County Council\n"
        "Kim Poe, Eastshire County Council\n"
        "Lee Ash, Northshire County Council\n"
        "Jo Bell, Civic Voice\n\n"
        "1. Apologies\n\nThere were none.\n"
    )
    people = _people(parse_minutes(text).record)
    assert people[0] == ("Tom Hall", "Chief Executive", None, "in_attendance")
    assert people[4][2] == "Westshire County Council"
    assert people[7] == ("Jo Bell", "Civic Voice", None, "in_attendance")
