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
