"""The thirty-sixth fresh set's layouts (tests/data/real-fresh-36: land, water and environment
bodies and small statutory bodies), read right by general rules. Made-up minutes, not copied from
the set's files."""

from typing import Any

from meetings.minutes.text import parse_minutes


def _people(record: dict[str, Any]) -> list[tuple[str, str, str, str | None]]:
    return [(a["name"], a["attendance"], a["role"], a["organisation"]) for a in record["attendees"]]


def test_apologies_each_from_a_body_with_a_comma_before_the_last() -> None:
    # "Apologies were received from A of Body, B of Body, and C of the University of X.": each
    # person and the body they come from, the list's last comma before 'and' and 'of' inside a
    # body's name read as the list's and the body's.
    text = (
        "Minutes of the Upper Wyvern Catchment Partnership Steering Group\n"
        "Held at Mill House, Wyvernford on Thursday 3rd March 2022\n"
        "Present: Ann Marsh (Chair), Tom Reed and Jo Hill\n"
        "Apologies were received from Peter Lowe of Wyvern Anglers Association, Sue Dale of "
        "the University of Wessex, and Mark Fenn of Lowmoor District Council.\n"
        "1. Welcome\n"
        "The Chair welcomed those present.\n"
    )
    people = _people(parse_minutes(text).record)
    assert ("Peter Lowe", "apologies", "", "Wyvern Anglers Association") in people
    assert ("Sue Dale", "apologies", "", "the University of Wessex") in people
    assert ("Mark Fenn", "apologies", "", "Lowmoor District Council") in people
    assert [p[1] for p in people].count("apologies") == 3


def test_a_table_headed_present_and_representing() -> None:
    # "Present | Representing": the first column's header is the rows' attendance, not a
    # person; the second each one's body, a post before it after a comma ("Project Officer,
    # Environment Agency"); a body of two capitalised words ("Natural England") is no person.
    text = (
        "Minutes of the Wyvern Estuary Partnership Steering Group\n"
        "Held at the Boathouse, Wyvernmouth\n"
        "Tuesday 8th March 2022\n"
        "| Present | Representing |\n"
        "| Helen Shore (HS) | Project Officer, Environment Agency |\n"
        "| Mark Tidey | Natural England |\n"
        "| Rosa Quay | Harbour Users Association |\n"
        "\n"
        "1. Welcome\n"
        "HS welcomed everyone.\n"
    )
    people = _people(parse_minutes(text).record)
    assert people == [
        ("Helen Shore", "present", "Project Officer", "Environment Agency"),
        ("Mark Tidey", "present", "", "Natural England"),
        ("Rosa Quay", "present", "", "Harbour Users Association"),
    ]


def test_board_label_over_members_then_attendees_in_attendance() -> None:
    # "Board:" in bold over the names: the board's members, present, no body called "Board";
    # "Attendees:" below them: those in attendance, not more members.
    text = (
        "Minutes of the Wessex Water Standards Board meeting held on Friday 4 March 2022\n"
        "**Board:**\n"
        "Anna Reed (AR), Chair\n"
        "Colin Marsh (CM)\n"
        "**Attendees:**\n"
        "Dan Hale (DH), Chief Executive\n"
        "Eve Lowe (EL), Governance Lead\n"
        "1. Welcome\n"
        "The Chair welcomed everyone.\n"
    )
    people = _people(parse_minutes(text).record)
    assert people == [
        ("Anna Reed", "present", "Chair", None),
        ("Colin Marsh", "present", "", None),
        ("Dan Hale", "in_attendance", "Chief Executive", None),
        ("Eve Lowe", "in_attendance", "Governance Lead", None),
    ]


def test_an_item_titled_attendees_lists_the_people() -> None:
    # "1. Attendees" over one person a line ("Name, Body", two people of one body joined by
    # '&', a post in brackets after the body): the meeting's attendance, not the item's
    # paragraphs.
    text = (
        "The Wyvern Canal Partnership\n"
        "Approved minutes of a meeting held on 14th October 2021\n"
        "1. Attendees\n"
        "Jane Lock & Peter Weir, Wyvern Canal Trust\n"
        "Ann Moss, Lowmoor Canal Trust (Chair & minutes)\n"
        "Sam Gate, Lowmoor District Council\n"
        "2. Minutes of meeting held on 1st July 2021\n"
        "Agreed.\n"
    )
    record = parse_minutes(text).record
    people = _people(record)
    assert [(name, kind) for name, kind, _, _ in people] == [
        ("Jane Lock", "present"),
        ("Peter Weir", "present"),
        ("Ann Moss", "present"),
        ("Sam Gate", "present"),
    ]
    # The line under a person with no post is the next person, not that one's post.
    assert people[1][2] == ""
    assert people[2][2:] == ("Chair & minutes", "Lowmoor Canal Trust")
    assert people[3][3] == "Lowmoor District Council"
    assert record["sections"][0]["paragraphs"] == []


def test_action_point_without_a_colon() -> None:
    # "Action Point Tom Dale to email ..." as a paragraph of its own: an action, Tom Dale's,
    # though no colon follows the label.
    text = (
        "Minutes of the Wessex Forestry Board\n"
        "Held on 10 June 2015\n"
        "Present: Ann Reed (Chair), Tom Dale\n"
        "1. Matters Arising\n"
        "The meeting heard that the report was late.\n"
        "\n"
        "Action Point Tom Dale to email the report to members\n"
        "\n"
        "2. Any other business\n"
        "None.\n"
    )
    record = parse_minutes(text).record
    actions = [a for p in record["sections"][0]["paragraphs"] for a in p["actions"]]
    assert [(a["text"], a["owner"]) for a in actions] == [
        ("Tom Dale to email the report to members", "Tom Dale")
    ]
