"""Rows of an attendance table without a header row, read cell by cell as a PDF's table now
comes (each cell apart): two names in a row are two people, a name with its initials then a
post is that person's post, and a post's word after an honorific and initials is a surname."""

from typing import Any

from meetings.minutes import parse_minutes


def _people(attendance: str) -> list[tuple[str, str, str | None, str]]:
    title = "Minutes of the meeting held on 1 May 2024"
    text = f"Board\n\n{title}\n\n{attendance}\n\n1. Minutes\n\nAgreed.\n"
    record: dict[str, Any] = parse_minutes(text).record
    return [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in record["attendees"]]


def test_it_reads_two_names_in_a_row_as_two_people() -> None:
    rows = (
        "| Present: | Peter Argyle | Eric Baird |\n"
        "| | Duncan Bryden | Stuart Black |\n"
        "| | Bob Wilson | |\n"
        "| Apologies: | Sally Dowden | Joyce Simpson |"
    )
    assert _people(rows) == [
        ("Peter Argyle", "", None, "present"),
        ("Eric Baird", "", None, "present"),
        ("Duncan Bryden", "", None, "present"),
        ("Stuart Black", "", None, "present"),
        ("Bob Wilson", "", None, "present"),
        ("Sally Dowden", "", None, "apologies"),
        ("Joyce Simpson", "", None, "apologies"),
    ]


def test_a_name_beside_a_post_or_a_body_is_not_two_people() -> None:
    rows = (
        "| Present: | Jane Smith | Chief Executive |\n"
        "| | Anne Marie MACHAN | Audit Scotland |\n"
        "| | Tom Brown | Westshire Council |"
    )
    assert _people(rows) == [
        ("Jane Smith", "Chief Executive", None, "present"),
        ("Anne Marie MACHAN", "Audit Scotland", None, "present"),
        ("Tom Brown", "", "Westshire Council", "present"),
    ]


def test_it_keeps_the_post_beside_a_name_with_its_initials() -> None:
    rows = (
        "| Attendees | Rob Beckley (RB) | College COO |\n"
        "| | Lucy Stewart-Winters (LSW) | Corporate Governance Unit |\n"
        "| | Rachel Tuffin (RT) | Director of Knowledge, Research and Education |"
    )
    people = [(name, role) for name, role, _, _ in _people(rows)]
    assert people == [
        ("Rob Beckley", "College COO"),
        ("Lucy Stewart-Winters", "Corporate Governance Unit"),
        ("Rachel Tuffin", "Director of Knowledge, Research and Education"),
    ]


def test_a_posts_word_after_an_honorific_and_initials_is_a_surname() -> None:
    lines = (
        "Present:\n"
        "Cllr M Alexander, East Herts District Council\n"
        "Cllr J Dean, Hatfield Borough Council\n"
        "Cllr R Henry Stevenage Borough Council"
    )
    assert _people(lines) == [
        ("Cllr M Alexander", "", "East Herts District Council", "present"),
        ("Cllr J Dean", "", "Hatfield Borough Council", "present"),
        ("Cllr R Henry", "", "Stevenage Borough Council", "present"),
    ]


def test_a_posts_word_with_no_honorific_or_initial_before_it_is_still_a_post() -> None:
    # "Finance Director, Acme" on the line under a name with no post is that person's post;
    # "Cllr J Dean, Acme" would be a person of its own.
    assert _people("Present:\nJane Smith\nFinance Director, Acme") == [
        ("Jane Smith", "Finance Director, Acme", None, "present")
    ]
    assert _people("Present:\nJane Smith\nCllr J Dean, Acme") == [
        ("Jane Smith", "", None, "present"),
        ("Cllr J Dean", "Acme", None, "present"),
    ]
