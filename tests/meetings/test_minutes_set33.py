"""The thirty-third fresh set (tests/data/real-fresh-33): what the reader got wrong on it, read
right by general rules. Made-up minutes, not copied from the set."""

from meetings.minutes.text import parse_minutes


def test_the_item_on_the_last_named_meetings_minutes_is_no_title() -> None:
    # A committee's web page: the site's name, the post's title, the body's own heading, then
    # the attendance; "Minutes of the previous Board meeting" below is an item, not the title,
    # so the lines above it are the heading and the attendance, read as such.
    text = (
        "Northtown Local Dental Committee\n\n"
        "Northtown LDC meeting 4th March 2019\n\n"
        "Northtown Local Dental Committee Annual Meeting\n\n"
        "Held: Monday 4th March 2019\n\n"
        "Present: Anna Berry (AB), Colin Dale (CD), Erin Ford (EF)\n\n"
        "Apologies: Gary Hill (GH)\n\n"
        "Minutes of the previous Board meeting\n"
        "The minutes were accepted as a correct record. Proposed by AB and seconded by CD\n\n"
        "1. Chair's report\n"
        "AB thanked the committee for its work over the year.\n"
    )
    result = parse_minutes(text)
    record = result.record

    assert record["date"] == "2019-03-04"
    people = {a["name"]: a["attendance"] for a in record["attendees"]}
    assert people == {
        "Anna Berry": "present",
        "Colin Dale": "present",
        "Erin Ford": "present",
        "Gary Hill": "apologies",
    }
    assert [s["title"] for s in record["sections"]][-1] == "Chair's report"


def test_a_second_bodys_name_above_the_attendance_is_named_not_read_as_a_person() -> None:
    # The site's name is taken as the board; the page's own heading, another name of a body,
    # is no attendee, and the reader says the board may be the other.
    text = (
        "Westshire Optometric Committee\n\n"
        "Westshire LOC AGM 12th May 2015\n\n"
        "Westshire Local Optical Committee\n\n"
        "Present: Anna Berry (AB), Colin Dale (CD)\n\n"
        "1. Treasurer's report\n"
        "CD presented the accounts.\n"
    )
    result = parse_minutes(text)

    assert result.record["board"] == "Westshire Optometric Committee"
    assert [a["name"] for a in result.record["attendees"]] == ["Anna Berry", "Colin Dale"]
    assert any(
        "Westshire Local Optical Committee" in p.text and "board" in p.message
        for p in result.problems
    )


def test_the_opening_prayers_line_is_no_attendee_and_the_style_keeps_its_name() -> None:
    # A church board: who led the prayers is named again on its line above the attendance;
    # the line is left out as the meeting's opening, and the clergy read with their styles.
    text = (
        "DIOCESAN BOARD OF FINANCE\n"
        "Minutes of a meeting of the Board held on Tuesday 2 March 2021 at 2pm via Zoom.\n"
        "Prayers: The Ven Paul Reed led the opening prayers.\n"
        "Present: The Ven Paul Reed (Chair), The Revd Sue Kent, Mr Tom Lowe\n"
        "Apologies: The Revd Canon Amy Marsh\n"
        "21.01 MINUTES OF THE LAST MEETING\n"
        "The minutes were approved and signed.\n"
    )
    result = parse_minutes(text)

    assert [(a["name"], a["attendance"]) for a in result.record["attendees"]] == [
        ("Ven Paul Reed", "present"),
        ("Revd Sue Kent", "present"),
        ("Mr Tom Lowe", "present"),
        ("Revd Canon Amy Marsh", "apologies"),
    ]
    prayers = [p for p in result.problems if p.text.startswith("Prayers:")]
    assert [p.left_out for p in prayers] == [True]


def test_the_scorer_reads_the_article_of_a_style_as_no_part_of_the_name() -> None:
    # The reader leaves "The" of "The Revd" out of a name (people._STYLE_ARTICLE); a key that
    # writes the style whole names the same person.
    from tests.real_minutes import name_key

    assert name_key("The Revd Penny Lane") == name_key("Revd Penny Lane") == "penny lane"
    assert name_key("The Rt Revd Dr John Bell") == name_key("Rt Revd Dr John Bell")
    assert name_key("The Ven Ann Roe") == name_key("Ven Ann Roe")
    assert name_key("The Clerk") == "the clerk"


def test_the_minutes_someone_attended_for_by_number_are_a_note_not_their_body() -> None:
    # "(for Minute Numbers 12 and 14/21)" after a post and its body's initials: when they were
    # there, as "(items 1-4)" is.
    text = (
        "NORTHSHIRE AMBULANCE TRUST\n"
        "Minutes of a meeting of the Audit Committee held on 3 May 2021.\n"
        "Present: Mr A Bell, Non Executive Director\n"
        "In Attendance: Ms C Dunn, Category Manager, BSU (for Minute Numbers 12 and 14/21)\n"
        "12/21 PROCEDURAL MATTERS\n"
        "The Committee noted the report.\n"
    )
    people = {a["name"]: a for a in parse_minutes(text).record["attendees"]}

    dunn = people["Ms C Dunn"]
    assert dunn["attendance"] == "in_attendance"
    assert "Minute" not in f"{dunn['role']} {dunn['organisation']}"


def test_a_paragraph_opening_with_a_zero_padded_minute_number_keeps_it_as_its_reference() -> None:
    # A college committee's web page: items "1.0", "2.0" over paragraphs numbered through the
    # year with a leading zero; the number is the paragraph's reference, not its text.
    text = (
        "Finance Committee 6th March 2023\n\n"
        "Present: Anna Berry (Chair), Colin Dale\n\n"
        "1.0 Apologies\n\n"
        "041 Apologies were received from Erin Ford.\n\n"
        "2.0 Declarations of Interest\n\n"
        "042 No declarations of interest were received.\n"
    )
    sections = parse_minutes(text).record["sections"]

    assert [(p["ref"], p["text"]) for s in sections for p in s["paragraphs"]] == [
        ("041", "Apologies were received from Erin Ford."),
        ("042", "No declarations of interest were received."),
    ]


def test_the_article_of_a_style_after_a_title_in_a_sentence_of_apologies() -> None:
    # "Professor the Baroness Roe (Non-Executive Director)" closing a sentence of apologies,
    # each post in brackets: three people, each with their post.
    from meetings.minutes.people import read_people_sentence
    from tests.real_minutes import name_key

    assert read_people_sentence(
        "Ann Bell (Non-Executive Director), Carl Dent (Deputy Chair) and "
        "Professor the Baroness Roe (Non-Executive Director)"
    ) == [
        ("Ann Bell", "(Non-Executive Director)"),
        ("Carl Dent", "(Deputy Chair)"),
        ("Professor Baroness Roe", "(Non-Executive Director)"),
    ]
    assert name_key("Professor the Baroness Roe") == name_key("Professor Baroness Roe") == "roe"
