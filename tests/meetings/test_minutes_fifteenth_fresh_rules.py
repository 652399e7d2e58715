"""Layouts of minutes from ten more kinds of body (issue 15; the records are in
tests/data/real-fresh-15), each in a small made-up example: a rule real minutes follow, never one
file. Pure functions only."""

from meetings.minutes import parse_minutes
from tests.meetings.test_minutes_fourth_fresh_layouts import _messages, _people, _sections


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


def test_a_table_of_contents_before_the_minutes_is_left_out() -> None:
    # "Contents" over the items' numbers and titles; the minutes then repeat them with their
    # text. Read as items, the list took the minutes' place and the attendance under it
    # became the last entry's text.
    text = (
        "Anytown Watchdog\n\nMinutes of the meeting of the Board held on 24 October 2017\n\n"
        "Contents\n"
        "1. Chair's introduction\n"
        "2. Apologies for absence\n"
        "3. Business plan (AW563)\n\n"
        "Present\n"
        "Members: Jackie Ballard, Alan Benson, Arthur Leathley (Chair)\n\n"
        "1 Chair's introduction\n\nThe Chair welcomed those present.\n\n"
        "2 Apologies for absence\n\nThere were none.\n\n"
        "3 Business plan (AW563)\n\nThe plan was approved.\n"
    )
    result = parse_minutes(text)
    record = result.record
    assert _sections(record) == [
        ("1", "Chair's introduction"),
        ("2", "Apologies for absence"),
        ("3", "Business plan (AW563)"),
    ]
    assert [a["name"] for a in record["attendees"]] == [
        "Jackie Ballard",
        "Alan Benson",
        "Arthur Leathley",
    ]
    assert "The minutes' table of contents left out of the record" in _messages(result)


def test_a_name_and_its_post_in_cells_are_one_person() -> None:
    # "Also Present: | Jane Dawson | Director, Funding Programmes (Item 5)": the post's comma
    # does not start a second person "Funding Programmes".
    text = (
        "# National Council\n\nMinutes of the meeting held on 21 March 2018\n\n"
        "| Present | Ann Lee | Chair |\n"
        "| Also Present: | Jane Dawson | Director, Funding Programmes (Item 5) |\n"
        "|  | Peter Heslip | Director, Visual Arts (Item 8) |\n\n"
        "1. Welcome\n\n1.1 The Chair welcomed everyone.\n"
    )
    record = parse_minutes(text).record
    assert [(a["name"], a["role"], a["attendance"]) for a in record["attendees"]] == [
        ("Ann Lee", "Chair", "present"),
        ("Jane Dawson", "Director, Funding Programmes (Item 5)", "in_attendance"),
        ("Peter Heslip", "Director, Visual Arts (Item 8)", "in_attendance"),
    ]


def test_attending_after_present_the_chair_line_and_a_group_before_names() -> None:
    # A Scottish council's style: "PRESENT:" (members by group: "Councillors ...; Independent
    # Trustees ..."), "ATTENDING:" (officers: in attendance, not more members), "APOLOGIES:",
    # then "CHAIR:" naming who chaired, not one more person under the apologies.
    text = (
        "ANYTOWN LEISURE TRUST\n"
        "MINUTES OF MEETING HELD ON TUESDAY 18 SEPTEMBER 2018 AT 1800 HOURS IN THE TOWN HALL\n\n"
        "PRESENT: Councillors Ann Lee, Tom Hall and Sam Fox; Independent Trustees Jean Brown, "
        "Robin Hume and June Minnery.\n\n"
        "ATTENDING: John Griffiths, Chief Executive; Dianne Reid, Marketing Manager.\n\n"
        "APOLOGIES: Joe Black, Finance Manager.\n\n"
        "CHAIR: Councillor Ann Lee.\n\n"
        "APPOINTMENT OF OFFICE BEARERS\n\n"
        "1. There was submitted a report by the Chief Executive on office bearers.\n"
    )
    people = [
        (a["name"], a["role"], a["attendance"]) for a in parse_minutes(text).record["attendees"]
    ]
    assert people == [
        ("Councillor Ann Lee", "Chair", "present"),
        ("Councillor Tom Hall", "", "present"),
        ("Councillor Sam Fox", "", "present"),
        ("Jean Brown", "", "present"),
        ("Robin Hume", "", "present"),
        ("June Minnery", "", "present"),
        ("John Griffiths", "Chief Executive", "in_attendance"),
        ("Dianne Reid", "Marketing Manager", "in_attendance"),
        ("Joe Black", "Finance Manager", "apologies"),
    ]
