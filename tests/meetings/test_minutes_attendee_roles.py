"""Role or organisation after an attendee's name, as UK minutes write them: a company's or a
body's name is the organisation, a post is the role, and a role in brackets is a role, not a
note; a public body's name given where a role would be is left as written."""

from typing import Any

import pytest

from meetings.minutes import parse_minutes


def _people(attendance: str) -> list[tuple[str, str, str | None]]:
    title = "Minutes of the meeting held on 1 May 2024"
    text = f"Board\n\n{title}\n\nPresent:\n{attendance}\n\n1. Minutes\n\nAgreed.\n"
    record: dict[str, Any] = parse_minutes(text).record
    return [(a["name"], a["role"], a["organisation"]) for a in record["attendees"]]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Dr Joanne Stuart OBE, Attrus Ltd", ("Dr Joanne Stuart OBE", "", "Attrus Ltd")),
        (
            "Michael Bell, NI Food and Drink Association",
            ("Michael Bell", "", "NI Food and Drink Association"),
        ),
        (
            "Prof. James Haughey, Norbrook Laboratories",
            ("Prof. James Haughey", "", "Norbrook Laboratories"),
        ),
        ("Glyn Roberts, NIIRTA", ("Glyn Roberts", "", "NIIRTA")),
        ("John O'Farrell, NIC-ICTU", ("John O'Farrell", "", "NIC-ICTU")),
    ],
)
def test_it_reads_a_company_or_body_after_a_name_as_the_organisation(
    line: str, person: tuple[str, str, str]
) -> None:
    assert _people(line) == [person]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Clive Barker, RFO", ("Clive Barker", "RFO", None)),
        ("Rob Beckley, College COO", ("Rob Beckley", "College COO", None)),
        ("Dr Ruth Cooper, Governing Body GP", ("Dr Ruth Cooper", "Governing Body GP", None)),
        (
            "John Stewart, Director of Information and Outreach",
            ("John Stewart", "Director of Information and Outreach", None),
        ),
        ("Enilson Mateus, West Hampshire CCG", ("Enilson Mateus", "West Hampshire CCG", None)),
    ],
)
def test_it_keeps_a_post_or_a_public_body_as_the_role_written(
    line: str, person: tuple[str, str, None]
) -> None:
    assert _people(line) == [person]


def test_it_reads_a_post_in_brackets_as_the_role_not_a_note() -> None:
    people = _people(
        "Lorna Wilson (Head of Business Strategy), Pauline Innes (Financial Controller)"
    )

    assert people == [
        ("Lorna Wilson", "Head of Business Strategy", None),
        ("Pauline Innes", "Financial Controller", None),
    ]


def test_it_does_not_take_a_post_in_a_role_for_a_person() -> None:
    people = _people("Ms Chrissie Lane, Cancer Nurse Consultant (Item 139)")

    assert people == [("Ms Chrissie Lane", "Cancer Nurse Consultant (Item 139)", None)]


def test_it_reads_what_someone_is_there_for_in_brackets_as_the_role() -> None:
    people = _people("Reverend Canon Dr E Loudon (Voluntary and Community Sector)")

    assert people == [("Reverend Canon Dr E Loudon", "Voluntary and Community Sector", None)]


@pytest.mark.parametrize("note", ["Items 1-4", "Left at 11am", "via Teams"])
def test_it_keeps_a_note_in_brackets_as_a_note(note: str) -> None:
    title = "Minutes of the meeting held on 1 May 2024"
    text = f"Board\n\n{title}\n\nPresent:\nJane Doe ({note})\n\n1. Minutes\n\nAgreed.\n"

    person = parse_minutes(text).record["attendees"][0]

    assert (person["role"], person.get("note")) == ("", note)


def test_it_keeps_a_name_with_an_initial_and_two_names_whole() -> None:
    assert _people("Mr J Alun Foulkes, Clerk") == [("Mr J Alun Foulkes", "Clerk", None)]
