"""The outside tester's seventh import files (QA, 7 December 2026; tests/data/real-fresh-29): what
the reader got wrong, read right by general rules. Made-up minutes, not copied from the set."""

from typing import Any

from meetings.minutes.text import parse_minutes

_HEAD = "Westbrook Parochial Church Council\n\nMinutes of the meeting held on 4 June 2025.\n\n"


def _sections(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["ref"] or str(s["number"]), s["title"]) for s in record["sections"]]


def test_an_item_titled_with_the_date_of_the_minutes_it_approves_is_an_item() -> None:
    # F1: "3. Minutes of meeting held on <date>: text" straight under "2. Apologies: names".
    text = _HEAD + (
        "Present:  Ann Cole, Ben Dale.\n\n"
        "1. Opening Prayers: The Vicar opened the meeting.\n\n"
        "2. Apologies:  Cath Eden, Dan Ford.\n"
        "3. Minutes of meeting held on 2nd April 2025: These were approved and signed.\n"
        "4. Matters arising from the Minutes:\n"
        "5. Finance: The accounts were received.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record)[2:] == [
        ("3", "Minutes of meeting held on 2nd April 2025"),
        ("4", "Matters arising from the Minutes:"),
        ("5", "Finance"),
    ]
    assert record["sections"][2]["paragraphs"][0]["text"] == "These were approved and signed."


def test_sub_items_lettered_with_a_stop_are_paragraphs_each() -> None:
    # F1: "a. Title: text" indented under an item, one paragraph each, not one run of text.
    text = _HEAD + (
        "1. Matters arising:\n"
        "   a. Boiler: The new boiler has been fitted.\n"
        "   b. Rota: Volunteers are still needed for the\n"
        "      coffee rota.\n"
        "2. Any other business: None.\n"
    )
    record = parse_minutes(text).record

    assert [(p["ref"], p["text"]) for p in record["sections"][0]["paragraphs"]] == [
        ("a", "Boiler: The new boiler has been fitted."),
        ("b", "Rota: Volunteers are still needed for the coffee rota."),
    ]


def test_people_listed_by_their_first_names_alone_are_each_an_attendee() -> None:
    # F2: a youth council's members by first name, posts in brackets; its officers likewise.
    text = (
        "Northvale Youth Council\nMinutes of the meeting held on 3 March 2025\n\n"
        "Present: Amara (Chair), Jonah (Vice-Chair), Priya, Tomasz, Ellie-Mae\n"
        "Officers: Kit, Rowan (Youth Services Officer)\n\n"
        "1. Welcome\nThe Chair welcomed everyone.\n"
    )
    record = parse_minutes(text).record

    assert [(a["name"], a["role"], a["attendance"]) for a in record["attendees"]] == [
        ("Amara", "Chair", "present"),
        ("Jonah", "Vice-Chair", "present"),
        ("Priya", "", "present"),
        ("Tomasz", "", "present"),
        ("Ellie-Mae", "", "present"),
        ("Kit", "", "in_attendance"),
        ("Rowan", "Youth Services Officer", "in_attendance"),
    ]


def test_a_list_of_posts_is_not_read_as_first_names() -> None:
    text = (
        "Northvale Youth Council\nMinutes of the meeting held on 3 March 2025\n\n"
        "Present: Amara Shah, Jonah Price\nIn attendance: Clerk, Treasurer, Secretary\n\n"
        "1. Welcome\nThe Chair welcomed everyone.\n"
    )
    names = [a["name"] for a in parse_minutes(text).record["attendees"]]

    assert "Treasurer" not in names and "Secretary" not in names


def test_a_bullet_then_a_tab_is_a_bullet_not_a_cell() -> None:
    # F6: a ModernGov page copied as text, its bullets "·" then a tab.
    text = (
        "Safer Neighbourhood Board - Monday, 3rd March, 2025 7.00 pm\n\n"
        "1.\tCRIME STATISTICS\n\nThe following was highlighted:\n\n"
        "\u00b7\tBurglary had fallen since the spring.\n"
        "\u00b7\tVehicle crime had risen in two wards.\n"
    )
    paragraphs = [p["text"] for p in parse_minutes(text).record["sections"][0]["paragraphs"]]

    assert paragraphs[1:] == [
        "Burglary had fallen since the spring.",
        "Vehicle crime had risen in two wards.",
    ]
