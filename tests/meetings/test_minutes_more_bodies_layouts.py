"""Layouts of minutes from still more kinds of body (issue 15; the records are in
tests/data/real-fresh-3), each in a small made-up example: a rule real minutes follow, never one
file. Whatever the reader is unsure of is shown under "Lines to check" (a problem), not placed
silently. Pure functions only."""

from typing import Any

from meetings.minutes import parse_minutes
from meetings.minutes.people import read_people_sentence


def _sections(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["ref"], s["title"]) for s in record["sections"]]


def _people(record: dict[str, Any]) -> list[tuple[str, str, str | None, str]]:
    return [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in record["attendees"]]


_HEAD = "Anytown Joint Board\n\nMinutes of the meeting held on 1 March 2024\n\n"


def test_a_section_number_run_into_its_title_is_a_section() -> None:
    text = _HEAD + (
        "1Appointment of Chairman\n"
        "It was agreed that Cllr Lee would chair the meeting.\n"
        "2Apologies for Absence\n"
        "Apologies were received from Ann Cole.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("1", "Appointment of Chairman"), ("2", "Apologies for Absence")]


def test_a_four_figure_minute_number_is_a_section_and_a_year_is_not() -> None:
    text = _HEAD + (
        "1507 APOLOGIES\n"
        "The above listed apologies were noted.\n"
        "1508 DECLARATION OF INTERESTS\n\n"
        "The Chair asked members if there were any interests to declare.\n"
        "2024 BUDGET\n"
        "The budget was noted.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("1507", "APOLOGIES"), ("1508", "DECLARATION OF INTERESTS")]
    assert record["sections"][1]["paragraphs"][-1]["text"].startswith("2024 BUDGET")


def test_a_pages_own_title_a_papers_appendix_label_and_its_number_are_not_the_board() -> None:
    for first in ("Meeting documents", "Appendix D", "17/663R"):
        result = parse_minutes(f"{first}\n{_HEAD}1. Minutes\nThe minutes were approved.\n")

        assert result.record["board"] == "Anytown Joint Board", first
        assert any(p.text == first and p.left_out for p in result.problems), first


def test_people_set_apart_by_semicolons_are_read_group_by_group() -> None:
    text = _HEAD + (
        "PRESENT:\n\n"
        "Ann Lee, President; Bob Hill, Treasurer; Cy Dee; Di Fox, Director of Finance and"
        " Ed Roe, Head of Administration.\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    record = parse_minutes(text).record

    assert _people(record) == [
        ("Ann Lee", "President", None, "present"),
        ("Bob Hill", "Treasurer", None, "present"),
        ("Cy Dee", "", None, "present"),
        ("Di Fox", "Director of Finance", None, "present"),
        ("Ed Roe", "Head of Administration", None, "present"),
    ]


def test_a_body_after_a_group_of_names_is_every_ones_body() -> None:
    text = _HEAD + (
        "Present :- Councillor Yuill (Chairperson), and Councillors Boulton and Dean (City"
        " Council); Councillors Argyle and Clark (County Council); and Dr Jo Bell and Mr Al Kerr"
        " (Advisers to the Board).\n"
        "In Attendance :- Ann Moss, Rab Dick and Kay Low, Transport Office; Jo Tait (County"
        " Council).\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    people = _people(parse_minutes(text).record)

    assert people[:5] == [
        ("Councillor Yuill", "Chairperson", None, "present"),
        ("Councillor Boulton", "", "City Council", "present"),
        ("Councillor Dean", "", "City Council", "present"),
        ("Councillor Argyle", "", "County Council", "present"),
        ("Councillor Clark", "", "County Council", "present"),
    ]
    # A role in brackets after the group stays each one's role, not a body.
    assert [p[2] for p in people[5:7]] == [None, None]
    assert people[7:] == [
        ("Ann Moss", "", "Transport Office", "in_attendance"),
        ("Rab Dick", "", "Transport Office", "in_attendance"),
        ("Kay Low", "", "Transport Office", "in_attendance"),
        ("Jo Tait", "", "County Council", "in_attendance"),
    ]


def test_names_joined_by_and_are_each_a_person_and_a_body_after_two_stays_theirs() -> None:
    assert read_people_sentence("Jennifer Craw and Derek Provan.") == [
        ("Jennifer Craw", ""),
        ("Derek Provan", ""),
    ]
    assert read_people_sentence("Rob Cowan, Simon Evry and Jo Fageant.") == [
        ("Rob Cowan", ""),
        ("Simon Evry", ""),
        ("Jo Fageant", ""),
    ]
    # "A and B, Body": the last part is their body, not a third person.
    assert len(read_people_sentence("David Ford and Anthony Story, Silicon South") or []) != 3


def test_apologies_for_absence_from_the_meeting_under_an_apologies_label() -> None:
    text = _HEAD + (
        "PRESENT:\n\nAnn Lee, President; Bob Hill, Treasurer.\n\n"
        "APOLOGIES:\n\n"
        "Apologies for absence from the meeting were received from Rhiannon Wyn Hughes and Huw"
        " Williams.\n\n"
        "477 - CONDOLENCES:\n\nThe President expressed condolences.\n"
    )
    record = parse_minutes(text).record

    assert [(n, a) for n, _, _, a in _people(record) if a == "apologies"] == [
        ("Rhiannon Wyn Hughes", "apologies"),
        ("Huw Williams", "apologies"),
    ]
