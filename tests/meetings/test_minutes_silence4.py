"""Elements the reader got wrong without a word under "Lines to check" (issue 15's "never silently
wrong"), read right by general rules or named by a doubt: the meeting's own words around the
body's name in the heading ("Meeting of Council", "... (Open Meeting)", "... - Public Meeting
Minutes"); a body's name that still holds a heading's word; actions under a label "Actions" owned
by two or more people's initials, one of them an attendee's. Made-up minutes."""

import pytest

from meetings.minutes.board_words import board_without_meeting_words
from meetings.minutes.text import parse_minutes

_PEOPLE = "\n\nPresent: Ann Lee (Chair), Tom Hale\n\n1. Minutes\nThe minutes were approved.\n"


@pytest.mark.parametrize(
    ("heading", "board"),
    [
        ("Minutes of the Meeting of Council held on 7 March 2013", "Council"),
        (
            "MINUTE of MEETING NORTH VALE CHP COMMITTEE held on 7 March 2013",
            "NORTH VALE CHP COMMITTEE",
        ),
        (
            "Meeting: Eastmere Museum Board of Trustees (Open Meeting)\nDate: 7 March 2013",
            "Eastmere Museum Board of Trustees",
        ),
        (
            "Westford Local Medical Council \u2013 Public Meeting Minutes\n7 March 2013",
            "Westford Local Medical Council",
        ),
        (
            "Safer Neighbourhood Panel Meeting \u2013 Eastmere District\n7 March 2013",
            "Safer Neighbourhood Panel \u2013 Eastmere District",
        ),
    ],
)
def test_the_meetings_own_words_are_left_out_of_the_bodys_name(heading: str, board: str) -> None:
    assert parse_minutes(heading + _PEOPLE).record["board"] == board


def test_a_parish_meeting_is_a_body_and_keeps_its_name() -> None:
    assert board_without_meeting_words("Annual Parish Meeting") == "Annual Parish Meeting"
    assert (
        board_without_meeting_words("Parish Meeting \u2013 Eastmere")
        == "Parish Meeting \u2013 Eastmere"
    )
    assert board_without_meeting_words("Meeting") == "Meeting"


def test_a_bodys_name_holding_a_headings_word_is_doubted() -> None:
    result = parse_minutes("Board decisions: March 2019" + _PEOPLE)

    assert result.record["board"] == "Board decisions:"
    doubts = [p.message for p in result.problems if "'decisions'" in p.message]
    assert doubts and "heading" in doubts[0]


def test_actions_under_their_label_owned_by_initials_one_an_attendees() -> None:
    result = parse_minutes(
        "Northvale Commissioner's Office\nMinutes of the Management Team held on 2 June 2024\n\n"
        "Present: Karen Elder, Business Manager (KE)\n          Dan Sim, Officer (DS)\n\n"
        "1. Matters arising\n\nActions\n"
        "i.   KE to update the leave policy.\n"
        "ii.  KE and IB to agree how to record decisions.\n"
        "iii. KE, IB and AL to meet to discuss the tender.\n"
        "iv.  RH and DS to agree attendance at the event.\n"
        "2. Any other business\nNone.\n"
    )
    actions = [
        (a["text"], a["owner"], a["owner_people"])
        for s in result.record["sections"]
        for p in s["paragraphs"]
        for a in p["actions"]
    ]

    assert actions == [
        ("KE to update the leave policy", "KE", ["Karen Elder"]),
        ("KE and IB to agree how to record decisions", "KE and IB", ["Karen Elder"]),
        ("KE, IB and AL to meet to discuss the tender", "KE, IB and AL", ["Karen Elder"]),
        ("RH and DS to agree attendance at the event", "RH and DS", ["Dan Sim"]),
    ]
    # The group's initials are as written; an owner no attendee has, given the action with one
    # who is, is no misreading to check.
    assert not [p for p in result.problems if "Action owner" in p.message]


def test_initials_owning_a_sentence_outside_an_actions_list_are_not_an_action() -> None:
    record = parse_minutes(
        "Northvale Board\nMinutes of the meeting held on 2 June 2024\n\n"
        "Present: Karen Elder (KE)\n\n1. Matters arising\n"
        "KE and IB to agree how to record decisions.\n"
    ).record

    assert not [a for s in record["sections"] for p in s["paragraphs"] for a in p["actions"]]


def test_an_attendees_action_in_capitals_is_read_as_their_action() -> None:
    record = parse_minutes(
        "Northvale Coast Forum\nMinutes of the meeting held on 2 June 2024\n\n"
        "Present: Mike Quarry (Natural England), Nia Benn (Heritage Coast)\n\n"
        "1. Matters arising\nThe fishing committee has not been contacted \u2013 "
        "MIKE QUARRY TO MAKE CONTACT. The network is not yet contacted - "
        "NIA BENN TO WRITE TO THEM. The list of research was circulated.\n"
        "2. Any other business\nNONE TO REPORT.\n"
    ).record
    actions = [
        (a["text"], a["owner"])
        for s in record["sections"]
        for p in s["paragraphs"]
        for a in p["actions"]
    ]

    assert actions == [
        ("Mike Quarry to make contact", "Mike Quarry"),
        ("Nia Benn to write to them", "Nia Benn"),
    ]
    assert record["sections"][0]["paragraphs"][0]["text"].startswith("The fishing committee")


def test_initials_and_marks_in_brackets_read_into_names_are_doubted() -> None:
    # Initials that do not fit the name are not read as the person's: the name keeps them.
    result = parse_minutes(
        "Northvale Board\nMinutes of the meeting held on 5 December 2019\n\nPresent:\n"
        "Dr S Hume [XY] (PAFTG); Ms S Tree [QQ] (CG)\nDr Rosalind (Polly) Blake\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    names = [p["name"] for p in result.record["attendees"]]
    doubted = [p.message for p in result.problems if "names do not hold" in p.message]

    assert "Dr S Hume [XY] (PAFTG)" in names  # as read: the doubt names it
    assert any("'Dr S Hume [XY] (PAFTG)'" in message for message in doubted)
    assert not [message for message in doubted if "Polly" in message]


def test_a_body_named_for_a_nation_read_as_a_person_is_doubted() -> None:
    result = parse_minutes(
        "Northvale Marine Forum\nMinutes of the meeting held on 20 February 2015\n\n"
        "Present: Andrew Fell, Historic Scotland, Ron Mace, Prof G C W England, "
        "Councillor Sheena Welsh\n\n1. Minutes\nThe minutes were approved.\n"
    )
    names = [p["name"] for p in result.record["attendees"]]
    doubted = [p.message for p in result.problems if "names a nation" in p.message]

    assert "Historic Scotland" in names  # as read: the doubt names it
    assert [message.split("'")[1] for message in doubted] == ["Historic Scotland"]


def test_an_items_title_run_into_its_text_as_a_tables_row_is_doubted() -> None:
    result = parse_minutes(
        "Northvale Union Board of Trustees\nMinutes of the meeting held on 21 October 2015\n\n"
        "Present: Ann Lee (Chair), Tom Hale\n\n"
        "1. Minutes of the Previous Meeting, The minutes were approved\n"
        "Matters Arising, , PB raised the matter of capital spending.\n"
        "The Board noted the Treasurer's report, which was approved.\n"
    )
    doubted = [p.message for p in result.problems if "as a table's row does" in p.message]

    assert len(doubted) == 2
    assert "'Minutes of the Previous Meeting'" in doubted[0]
    assert "'Matters Arising'" in doubted[1]
