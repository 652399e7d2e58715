"""Layouts of minutes from eight more kinds of body (issue 15; the records are in
tests/data/real-fresh-10), each in a small made-up example: a rule real minutes follow, never one
file. Pure functions only."""

from meetings.minutes import parse_minutes
from tests.meetings.test_minutes_fourth_fresh_layouts import _messages, _people, _sections, _texts

_HEAD = "Anytown Joint Board\n\nMinutes of the meeting held on 1 March 2024\n\n"


def test_officers_attending_and_those_by_invitation_are_in_attendance() -> None:
    text = _HEAD + (
        "Present: Mr Owen Watkin (Chair); Mrs Julie May\n\n"
        "ABC Officers attending: Mr Steve Hall (Chief Executive); Mrs Cher Cooke (Reviewer)\n\n"
        "BY INVITATION: Mr D Gadhu - SPO\n\n"
        "1. Declarations of Interest\n\n1.1. There were none.\n"
    )
    record = parse_minutes(text).record
    assert [(a["name"], a["attendance"]) for a in record["attendees"]] == [
        ("Mr Owen Watkin", "present"),
        ("Mrs Julie May", "present"),
        ("Mr Steve Hall", "in_attendance"),
        ("Mrs Cher Cooke", "in_attendance"),
        ("Mr D Gadhu", "in_attendance"),
    ]


def test_the_times_the_meeting_ran_are_neither_a_heading_nor_a_person() -> None:
    # "Time Started: 09:30 Time Finished: 16:45" between the attendees and the first item: it
    # once became an unnumbered item that took item 1's place, or an attendee "Time Started".
    text = _HEAD + (
        "Present: Mr Owen Watkin (Chair); Mrs Julie May\n\n"
        "Time Started: 09:30 Time Finished: 16:45\n\n"
        "Apologies: Mrs Rachel Williams (Business Support Manager).\n\n"
        "1. Declarations of Interest\n\n1.1. The Chair declared an interest.\n"
    )
    result = parse_minutes(text)
    record = result.record
    assert [a["name"] for a in record["attendees"]] == [
        "Mr Owen Watkin",
        "Mrs Julie May",
        "Mrs Rachel Williams",
    ]
    assert _sections(record) == [("1", "Declarations of Interest")]
    assert "When the meeting ran, not a person, left out of the attendees" in _messages(result)


def test_a_four_figure_minute_in_cells_joined_by_slashes() -> None:
    # A minutes table copied with " / " between cells: the minute's number in the left column,
    # its title, and the number again in the right-hand column after the text.
    text = _HEAD + (
        "PRESENT: Dr A Harrison (Chair)\n\n"
        "APOLOGIES: Mr M Maiden\n\n"
        "2979 / DECLARATIONS OF INTEREST\n"
        "No declarations of interest were received. / 2979\n"
        "2980 / MINUTES\n"
        "The minutes were approved. / 2980\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [("2979", "DECLARATIONS OF INTEREST"), ("2980", "MINUTES")]
    assert _texts(record, 0) == ["No declarations of interest were received."]
    assert _texts(record, 1) == ["The minutes were approved."]


def test_a_judge_by_title_is_a_person_not_the_post_of_the_one_above() -> None:
    text = _HEAD + (
        "PRESENT: Mr K James, Mrs B Thomas\n\n"
        "HH Judge R Orme \u2013 Adviser\n\n"
        "1. Minutes\n\nThe minutes were approved.\n"
    )
    people = _people(parse_minutes(text).record)
    assert ("Mrs B Thomas", "", None, "present") in people
    assert ("HH Judge R Orme", "Adviser", None, "present") in people


def test_in_the_chair_after_the_role_is_a_note() -> None:
    text = _HEAD + (
        "PRESENT: Dr A Harrison (Chair)(In the Chair)\n\n1. Minutes\n\nThe minutes were approved.\n"
    )
    assert _people(parse_minutes(text).record) == [("Dr A Harrison", "Chair", None, "present")]


def test_capital_letters_with_a_bracket_number_parts_of_an_item() -> None:
    text = _HEAD + (
        "1. Matters Arising\n\n"
        "A) Induction Event\n\nThe event went well.\n\n"
        "B) Consultation with Young People\n\nResearch is planned.\n"
    )
    paragraphs = parse_minutes(text).record["sections"][0]["paragraphs"]
    assert [(p["ref"], p["text"]) for p in paragraphs][::2] == [
        ("A)", "Induction Event"),
        ("B)", "Consultation with Young People"),
    ]


def test_a_name_run_into_its_post_is_two_words_where_the_list_writes_names_so() -> None:
    # A table's "Name | Post" copied with nothing between: where others are named in two words,
    # the words after the surname that lead into the post are the post's.
    text = _HEAD + (
        "Present:\n"
        "Neil Schneider Chief Executive\n"
        "Shaun McLurg Head of Children's Services\n"
        "Gordon Lang Chief Superintendent\n"
        "Steven Rose Chief Executive\n"
        "Dave WillinghamInterim Youth Direction Manager\n"
        "Sheila Whitehead Operational Manager\n"
        "Miriam Robertson YOS Manager\n\n"
        "1. Minutes\n\nThe minutes were approved.\n"
    )
    result = parse_minutes(text)
    people = [(a["name"], a["role"]) for a in result.record["attendees"]]
    assert people[4:] == [
        ("Dave Willingham", "Interim Youth Direction Manager"),
        ("Sheila Whitehead", "Operational Manager"),
        ("Miriam Robertson", "YOS Manager"),
    ]
    assert "Name read as 'Sheila Whitehead', the rest as the post; check" in _messages(result)


def test_letters_after_a_name_and_particles_stay_in_the_name() -> None:
    from meetings.minutes.name_lengths import name_then_post

    assert name_then_post("Kit Malthouse MP", "Minister of State", 5) is None
    assert name_then_post("Mark Le Masurier", "Chair", 5) is None
    assert name_then_post("Metro Mayor S Rotheram", "", 5) is None
    # Too few names of two words to say how the list writes them.
    assert name_then_post("Sheila Whitehead Operational", "Manager", 2) is None
    assert name_then_post("Sheila Whitehead Operational", "Manager", 3) == (
        "Sheila Whitehead",
        "Operational Manager",
    )


def test_a_gov_uk_pages_furniture_is_not_the_board_nor_the_date() -> None:
    text = (
        "Transparency data\n\n"
        "Anytown Courts Board meeting \u2013 9 March 2023\n\n"
        "Published 26 March 2024\n\n"
        "Applies to England and Wales\n\n"
        "1. Minutes\n\nThe minutes were approved.\n"
    )
    record = parse_minutes(text).record
    assert record["board"] == "Anytown Courts Board"
    assert record["date"] == "2023-03-09"


_GOV_UK = (
    "Anytown Courts Board meeting \u2013 9 March 2023\n\n"
    "1. Board members present\n\n"
    "1.1 ACS\n\n"
    "Name Role\n"
    "Victoria Cochrane Interim Chair and Senior Independent Non-Executive Member\n"
    "Lord Justice Andrew Edis Senior Presiding Judge (SPJ)\n"
    "District Judge Tim Jenkins Judicial Board member\n\n"
    "1.2 Presenters and additional attendees\n\n"
    "Name Role\n"
    "Sir Andrew McFarlane The President of the Family Division\n"
    "Private Secretary to the President of the Family Division\n"
    "Clare Farren Deputy Director, Judicial Private Offices\n"
    "ACS Board Secretary\n\n"
    "1.3 Apologies\n\n"
    "Name Role\n"
    "Gemma Hewison Strategy and Change Director\n\n"
    "2. Welcome and Introductions\n\n"
    "Attendees were welcomed to the meeting.\n"
)


def test_numbered_attendance_headings_over_a_name_role_table_are_not_items() -> None:
    # GOV.UK's board minutes: the attendance under "1.", "1.1", "1.2", "1.3", each a table of
    # "Name Role" rows flattened to lines; a post with no name is no one's.
    result = parse_minutes(_GOV_UK)
    assert _people(result.record) == [
        (
            "Victoria Cochrane",
            "Interim Chair and Senior Independent Non-Executive Member",
            "ACS",
            "present",
        ),
        ("Lord Justice Andrew Edis", "Senior Presiding Judge (SPJ)", "ACS", "present"),
        ("District Judge Tim Jenkins", "Judicial Board member", "ACS", "present"),
        ("Sir Andrew McFarlane", "The President of the Family Division", None, "in_attendance"),
        ("Clare Farren", "Deputy Director, Judicial Private Offices", None, "in_attendance"),
        ("Gemma Hewison", "Strategy and Change Director", None, "apologies"),
    ]
    assert _sections(result.record) == [("2", "Welcome and Introductions")]
    messages = _messages(result)
    assert messages.count("A post without a name, not a person, left out of the attendees") == 2
    assert "'1.2' numbers an attendance heading, not an item" in messages


def test_a_first_item_of_apologies_with_its_sentence_stays_an_item() -> None:
    text = _HEAD + (
        "Present: Ann Lee (Chair), Bob Hill\n\n"
        "1. Apologies\n\nApologies were received from Cat Day.\n\n"
        "2. Minutes\n\nThe minutes were approved.\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [("1", "Apologies"), ("2", "Minutes")]


_RUN = (
    "Minutes of the Meeting held on Thursday 16 April 2015 in the Filby Room, Police "
    "Headquarters, Wymondham Present: Joan Maughan \u2013 Independent Chair Nigel Andrews \u2013 "
    "Tenancy Support Manager, Norwich City Council Lorna Bright \u2013 Assistant Director, Adult "
    "Social Care Jan Cant \u2013 Business Support Officer, Anytown Safeguarding Adults Board Item "
    "Minute 1 Apologies for Absence Jenny McKibben \u2013 Deputy Commissioner 2 Welcome and "
    "Introductions The Chair welcomed all to the meeting confirming it was the first meeting.\n"
)


def test_a_run_of_text_with_its_items_inside_is_cut_before_their_numbers() -> None:
    # A document host flattened the minutes into one run: refused before ("No numbered
    # sections"), it is read, each item's title cut from its text where a sentence starts
    # ("... Introductions The Chair") and the people of "Present:" cut apart (flat_runs.py).
    result = parse_minutes(_RUN)
    assert result.record["date"] == "2015-04-16"
    assert _sections(result.record) == [
        ("1", "Apologies for Absence"),
        ("2", "Welcome and Introductions"),
    ]
    people = {a["name"]: a for a in result.record["attendees"]}
    assert people["Nigel Andrews"]["organisation"] == "Norwich City Council"
    assert people["Jan Cant"]["role"] == "Business Support Officer"
    assert people["Jenny McKibben"]["attendance"] == "apologies"
    # The table's heads run in after the last person ("Item Minute") are said, not kept quiet.
    assert any("'Item Minute'" in message for message in _messages(result))


def test_a_run_with_one_number_and_no_stop_is_not_cut() -> None:
    from meetings.minutes.lines import Line
    from meetings.minutes.run_on_items import cut_run_on_items

    text = "Minutes of the meeting held on 1 May 2020 " + "and more words " * 25 + "3 Items were"
    assert cut_run_on_items([Line(1, text, text, False, False, False)]) is None
