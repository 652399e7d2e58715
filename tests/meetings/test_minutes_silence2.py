"""Issue 15, "never silent": rules that read right what was read wrong without a line to check
naming it, and the doubts that name what the reader cannot know. Made-up minutes."""

from typing import Any

from meetings.minutes.doubts import doubts
from meetings.minutes.lines import Line
from meetings.minutes.text import parse_minutes

_HEAD = (
    "Westshire Widgets Board\nMinutes of the meeting held on 3 March 2024\n\n"
    "Present:\nJane Smith, Chair\nPeter Jones, Treasurer\n"
)


def _sections(record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    return [(s["title"], [p["text"] for p in s["paragraphs"]]) for s in record["sections"]]


def test_a_title_over_a_lead_in_ending_colon_dash_is_a_heading_its_bullets_paragraphs() -> None:
    text = _HEAD + (
        "\nOpening Remarks\n"
        "The Chair welcomed everyone to the meeting and thanked the hosts for the room.\n"
        "\nPriorities\n"
        "There was a long discussion of the year's priorities. These included the following:-\n"
        "- the need for more volunteers at the weekend\n"
        "- the cost of repairs to the old depot\n"
        "\nFinance\n"
        "The Treasurer reported that the accounts had been closed for the year.\n"
    )
    sections = _sections(parse_minutes(text).record)

    assert sections[-2:] == [
        (
            "Priorities",
            [
                "There was a long discussion of the year's priorities. These included the "
                "following:-",
                "the need for more volunteers at the weekend",
                "the cost of repairs to the old depot",
            ],
        ),
        ("Finance", ["The Treasurer reported that the accounts had been closed for the year."]),
    ]


def test_a_lower_case_line_that_is_no_bullet_still_goes_on_the_sentence_above() -> None:
    text = _HEAD + (
        "\n1. Finance\nThe Treasurer reported that the accounts for the year had been\n"
        "closed and sent to the auditors.\n"
    )
    sections = _sections(parse_minutes(text).record)

    assert sections[0][1] == [
        "The Treasurer reported that the accounts for the year had been closed and sent to the "
        "auditors."
    ]


def _attendees(text: str) -> list[tuple[str, str, str]]:
    return [
        (a["name"], a["role"], a["attendance"]) for a in parse_minutes(text).record["attendees"]
    ]


def test_a_chair_set_as_a_heading_above_the_members_is_present_not_their_body() -> None:
    text = (
        "Eastshire Museum Joint Committee\nMinutes of the meeting held on 3 March 2024\n\n"
        "## Councillor D Lowe in the Chair\n\nMembers: Councillors Abel, C Lowe and Wright\n\n"
        "Apologies were received from Councillor B Lowe.\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    assert _attendees(text) == [
        ("Councillor D Lowe", "Chair", "present"),
        ("Councillor Abel", "", "present"),
        ("Councillor C Lowe", "", "present"),
        ("Councillor Wright", "", "present"),
        ("Councillor B Lowe", "", "apologies"),
    ]


def test_two_names_parted_by_a_full_stop_in_a_list_of_semicolons_are_two_people() -> None:
    text = (
        "Westshire Tenants Panel\nMinutes of the meeting held on 3 March 2024\n\n"
        "Members: Ann Boyd; Graham Dale. Charles Evans; Pat Moss (Chair); Mags Zia\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    assert _attendees(text) == [
        ("Ann Boyd", "", "present"),
        ("Graham Dale", "", "present"),
        ("Charles Evans", "", "present"),
        ("Pat Moss", "Chair", "present"),
        ("Mags Zia", "", "present"),
    ]


def test_a_name_parted_by_a_full_stop_is_doubted_but_not_a_titles_stop() -> None:
    lines = [
        Line(1, "Westshire Tenants Panel", "Westshire Tenants Panel", False, False, False),
        Line(2, "Graham Dale. Charles Evans", "Graham Dale. Charles Evans", False, False, False),
        Line(3, "Mrs. Jane Dale, Cyng. Pat Moss", "Mrs. Jane Dale, Cyng. Pat Moss", *[False] * 3),
    ]
    record = {
        "board": "Westshire Tenants Panel",
        "attendees": [
            {"name": "Graham Dale. Charles Evans", "role": "", "organisation": None},
            {"name": "Mrs. Jane Dale", "role": "", "organisation": None},
            {"name": "Cyng. Pat Moss", "role": "", "organisation": None},
        ],
    }
    [doubt] = doubts(record, lines)
    assert (doubt.line, doubt.text) == (2, "Graham Dale. Charles Evans")
    assert "a full stop parts it: two people may be read as one" in doubt.message


def test_a_lettered_item_with_a_long_title_ending_in_a_dash_is_an_item() -> None:
    text = _HEAD + (
        "\n(a) Apologies for Absence -\nNone were received.\n"
        "(b) Minutes -\nThe minutes were approved.\n"
        "(c) Taxi Fees - High Court Ruling - Smith v Westshire Borough Council (DEH) -\n"
        "The Committee received a report on the ruling and its effect on the fees charged.\n"
    )
    sections = _sections(parse_minutes(text).record)

    assert [title for title, _ in sections] == [
        "Apologies for Absence",
        "Minutes",
        "Taxi Fees - High Court Ruling - Smith v Westshire Borough Council (DEH)",
    ]
    assert sections[2][1] == [
        "The Committee received a report on the ruling and its effect on the fees charged."
    ]


def test_a_name_with_its_own_initials_in_brackets_then_a_body_is_one_person() -> None:
    text = (
        "Westshire Bus Forum\nMinutes of the meeting held on 3 March 2024\n\nAttendees:\n"
        "Louise Collins (LC), Transport Focus\nGeorge Wood (GW), Westshire Older Peoples Assembly\n"
        "\n1. Minutes\nThe minutes were approved.\n"
    )
    people = parse_minutes(text).record["attendees"]

    assert [(p["name"], p.get("initials"), p["role"] or p["organisation"]) for p in people] == [
        ("Louise Collins", "LC", "Transport Focus"),
        ("George Wood", "GW", "Westshire Older Peoples Assembly"),
    ]


def test_two_names_each_with_their_initials_are_still_two_people() -> None:
    text = (
        "Westshire Bus Forum\nMinutes of the meeting held on 3 March 2024\n\nAttendees:\n"
        "Louise Collins (LC), George Wood (GW)\n\n1. Minutes\nThe minutes were approved.\n"
    )
    assert [name for name, _, _ in _attendees(text)] == ["Louise Collins", "George Wood"]


def test_a_sentence_giving_apologies_under_the_apologies_item_is_its_minute_too() -> None:
    text = _HEAD + (
        "\n1. Apologies for Absence\n"
        "Apologies for absence were received from: Councillor A Boyd, Mr C Dale and Mrs E Fox\n"
        "\n2. Minutes\nThe minutes were approved.\n"
    )
    result = parse_minutes(text)

    assert _sections(result.record)[0] == (
        "Apologies for Absence",
        ["Apologies for absence were received from: Councillor A Boyd, Mr C Dale and Mrs E Fox"],
    )
    assert [(a["name"], a["attendance"]) for a in result.record["attendees"]][2:] == [
        ("Councillor A Boyd", "apologies"),
        ("Mr C Dale", "apologies"),
        ("Mrs E Fox", "apologies"),
    ]


def test_names_listed_under_the_apologies_item_are_attendees_not_its_minute() -> None:
    text = _HEAD + "\n1. Apologies for Absence\nMr C Dale\nMrs E Fox\n\n2. Minutes\nApproved.\n"
    result = parse_minutes(text)

    assert _sections(result.record)[0] == ("Apologies for Absence", [])
    assert [a["name"] for a in result.record["attendees"]][2:] == ["Mr C Dale", "Mrs E Fox"]


def _line(no: int, text: str) -> Line:
    return Line(no, text, text, False, False, False)


def test_a_name_run_into_a_value_before_a_comma_and_a_body_or_post_is_doubted() -> None:
    lines = [
        _line(1, "Westshire Planning Group"),
        _line(2, "Jo Bell, Area Officer, Westshire Council Sam Smith, Community Planning Officer"),
        _line(3, "Ann Lee, Care Partnership Tom Hunt, Westshire Police"),
    ]
    record = {
        "board": "Westshire Planning Group",
        "attendees": [
            {
                "name": "Jo Bell",
                "role": "Area Officer, Westshire Council Sam Smith, Community Planning Officer",
                "organisation": None,
            },
            {
                "name": "Ann Lee",
                "role": "",
                "organisation": "Care Partnership Tom Hunt, Westshire Police",
            },
        ],
    }
    [first, second] = doubts(record, lines)
    assert (first.line, second.line) == (2, 3)
    assert "holds another person's name: two people may be read as one" in first.message
    assert "The organisation of Ann Lee" in second.message


def test_a_posts_own_words_before_a_comma_raise_no_doubt() -> None:
    lines = [
        _line(1, "Westshire Arts Council"),
        _line(2, "Jo Bell, Director of Strategic Planning, Performance and Communications"),
        _line(3, "Ann Lee, Director Visual Arts, London"),
    ]
    record = {
        "board": "Westshire Arts Council",
        "attendees": [
            {
                "name": "Jo Bell",
                "role": "Director of Strategic Planning, Performance and Communications",
                "organisation": None,
            },
            {"name": "Ann Lee", "role": "Director Visual Arts, London", "organisation": None},
        ],
    }
    assert doubts(record, lines) == []


def test_the_invited_over_the_first_list_were_there_unless_they_sent_apologies() -> None:
    text = (
        "Westshire Rail Partnership\nMinutes of the meeting held on 3 March 2024\n\nInvited:\n"
        "Ann Boyd, Chair\nCarl Dale, Westshire Council\nEve Fox, Rail Officer\n\n"
        "1. Welcome and apologies\nApologies from Carl Dale\n\n2. Minutes\nApproved.\n"
    )
    assert [(name, kind) for name, _, kind in _attendees(text)] == [
        ("Ann Boyd", "present"),
        ("Carl Dale", "apologies"),
        ("Eve Fox", "present"),
    ]


def test_those_invited_after_the_members_are_in_attendance() -> None:
    text = (
        "Westshire Rail Partnership\nMinutes of the meeting held on 3 March 2024\n\n"
        "Present:\nAnn Boyd, Chair\n\nInvited:\nEve Fox, Rail Officer\n\n"
        "1. Apologies\nApologies from Carl Dale\n"
    )
    assert [(name, kind) for name, _, kind in _attendees(text)] == [
        ("Ann Boyd", "present"),
        ("Eve Fox", "in_attendance"),
        ("Carl Dale", "apologies"),
    ]


def test_a_titled_name_with_a_middle_name_after_the_initial_keeps_its_surname() -> None:
    text = (
        "Westshire Community Council\nMinutes of the meeting held on 3 March 2024\n\n"
        "Present: Mr Tim Owen (Chair), Mrs Pat Dobbie & Mr J Alun Foulkes (Clerk)\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    assert [(name, role) for name, role, _ in _attendees(text)] == [
        ("Mr Tim Owen", "Chair"),
        ("Mrs Pat Dobbie", ""),
        ("Mr J Alun Foulkes", "Clerk"),
    ]
