"""Rules real minutes follow that the fourteenth fresh set (tests/data/real-fresh-14) showed the
reader missing, each in a small made-up example, never one file. Pure functions only."""

from meetings.minutes import parse_minutes
from tests.meetings.test_minutes_fourth_fresh_layouts import _people, _sections


def test_a_time_of_day_under_the_date_is_no_numbered_heading() -> None:
    record = parse_minutes(
        "ANYTOWN FIRE & RESCUE BOARD\nMINUTES OF A MEETING\n30 OCTOBER 2012\n1.30 PM\n"
        "PRESENT: Dr J Smith, Chairman presiding\nMr A Brown, Chief Fire Officer\n"
        "APOLOGIES: Mrs C Green\n"
        "\nItem 1: Apologies\nApologies were noted.\n"
        "\nItem 2: Declaration of Interests\nThere were no conflicts of interest.\n"
    ).record
    assert _sections(record) == [("1", "Apologies"), ("2", "Declaration of Interests")]
    assert [(n, k) for n, _, _, k in _people(record)] == [
        ("Dr J Smith", "present"),
        ("Mr A Brown", "present"),
        ("Mrs C Green", "apologies"),
    ]


def test_a_list_of_names_wrapped_inside_a_name_is_read_whole() -> None:
    record = parse_minutes(
        "Board of Governors\nMinutes of the meeting held on Wednesday 20 November 2013.\n"
        "Present: Jane Smith (Chair), Alan Brown, Sophie Farmer, Win\n"
        "Harris, Dr Pearl Jones, Professor Ruth\n"
        "Green, Peter North, and Mary\n"
        "Williamson.\n"
        "\n1. Apologies for Absence\nThere were no apologies.\n"
    ).record
    assert [n for n, _, _, _ in _people(record)] == [
        "Jane Smith",
        "Alan Brown",
        "Sophie Farmer",
        "Win Harris",
        "Dr Pearl Jones",
        "Professor Ruth Green",
        "Peter North",
        "Mary Williamson",
    ]


def test_a_group_label_after_the_attendance_label_is_no_name() -> None:
    record = parse_minutes(
        "ANYTOWN HOUSING ASSOCIATION\n"
        "MINUTES of a meeting of the Board held on Thursday 29 January 2009\n"
        "PRESENT:\tBoard:\tJane Doe (Chair), Alan Roe (AR) and Ruth Green (RG).\n"
        "\tStaff:\tJohn Gill (FD)\n"
        "\n1.\tAPOLOGIES\n\tNone.\n"
    ).record
    assert _people(record) == [
        ("Jane Doe", "Chair", None, "present"),
        ("Alan Roe", "", None, "present"),
        ("Ruth Green", "", None, "present"),
        ("John Gill", "FD", None, "in_attendance"),
    ]


def test_a_lists_commas_and_its_and_are_no_role_or_body() -> None:
    record = parse_minutes(
        "Anytown Trust Board\nMinutes of the meeting held on 3 March 2020\n"
        "Present: Jane Doe (Chair), Alan Roe (AR) and Ruth Green (RG).\n"
        "\n1. Apologies\nNone.\n"
    ).record
    assert [(n, r, o) for n, r, o, _ in _people(record)] == [
        ("Jane Doe", "Chair", None),
        ("Alan Roe", "", None),
        ("Ruth Green", "", None),
    ]
