"""Rules the reader took from the twenty-fifth fresh set (tests/data/real-fresh-25): ways real
minutes of Scottish, Northern Irish and health and care bodies are printed, each on a made-up
example. Pure functions only."""

import datetime

from meetings.minutes import parse_minutes
from meetings.minutes.dates import yearless_date
from meetings.minutes.plural_lists import spread_plural_titles
from meetings.minutes.references import counted_on


def _people(record: dict) -> list[tuple[str, str, str]]:
    return [(a["name"], a["role"] or "", a["attendance"]) for a in record["attendees"]]


def test_a_plural_title_stands_for_the_names_after_it_until_one_with_its_own_title() -> None:
    # A university senate's roll in one sentence: "Professors A, B, C" up to the next name with a
    # title of its own ("Dr ..."), then "Professors D, E" again; no "and" ends each group.
    text = (
        "UNIVERSITY OF NORTHBRIDGE\nSENATUS ACADEMICUS\n"
        "Minutes of the meeting held on 2 March 2022\n"
        "Present: Professor Ferris, Professors Lomond, Tay, Ness, Dr K Moray, Professors Clyde, "
        "Forth, Mrs J Spey and Mr T Dee.\n"
        "Apologies: Professors Avon, Dr L Don and Ms P Nith.\n\n"
        "1. Minutes\n"
        "The minutes of the meeting of 1 February 2022 were approved.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Professor Ferris", "", "present"),
        ("Professor Lomond", "", "present"),
        ("Professor Tay", "", "present"),
        ("Professor Ness", "", "present"),
        ("Dr K Moray", "", "present"),
        ("Professor Clyde", "", "present"),
        ("Professor Forth", "", "present"),
        ("Mrs J Spey", "", "present"),
        ("Mr T Dee", "", "present"),
        ("Professor Avon", "", "apologies"),
        ("Dr L Don", "", "apologies"),
        ("Ms P Nith", "", "apologies"),
    ]


def test_a_plural_title_group_ended_by_and_is_read_as_before() -> None:
    # The older rule's groups, which end at their "and", are unchanged.
    assert spread_plural_titles("Cllrs Gorman, Mannion and Robinson as well as Nick Harris") == (
        "Cllr Gorman, Cllr Mannion and Cllr Robinson, Nick Harris"
    )
    assert spread_plural_titles("Professors Lomond and Tay") == "Professors Lomond and Tay"


def test_references_shaped_like_dates_counted_on_through_the_minutes_are_items() -> None:
    # A trust board's 'month/year/item' references ('03/24/01' could be 24 March 2001 written
    # the American way): as each heading's number runs on from the last, they are items, and a
    # dash between the reference and the title is its separator.
    text = (
        "Northshire Ambulance Service NHS Trust\n"
        "Board of Directors Meeting \u2013 Wednesday 27 March 2024\n"
        "Present:\nMr A Brown \u2013 Chief Executive\nMs C Dee \u2013 Director of Finance\n\n"
        "03/24/01 \u2013 Welcome and Apologies\nApologies were received from Ms E Fox.\n"
        "03/24/02 \u2013 Declarations of Interest\nThere were none.\n"
    )
    record = parse_minutes(text).record
    assert record["date"] == "2024-03-27"
    assert [(s["ref"], s["title"]) for s in record["sections"]] == [
        ("03/24/01", "Welcome and Apologies"),
        ("03/24/02", "Declarations of Interest"),
    ]


def test_a_date_shaped_line_with_no_run_of_references_is_not_an_item() -> None:
    assert counted_on("03/24/01", ["03/24/01 \u2013 Welcome", "Some prose 03/24/02"]) is False
    assert counted_on("03/24/01", ["03/24/01 \u2013 Welcome", "03/24/02 \u2013 Minutes"]) is True


def test_minutes_alone_under_a_dated_heading_is_a_label_not_a_second_title() -> None:
    # A web page's minutes: the heading gives the date, the attendance follows, then a line
    # 'Minutes' over the first item. The people are the attendance, not text before a title.
    text = (
        "Northshire Ambulance Service NHS Trust\n"
        "Board of Directors Meeting \u2013 Wednesday 27 March 2024\n"
        "Present\nMr A Brown \u2013 Chief Executive\nMs C Dee \u2013 Director of Finance\n"
        "Minutes\n"
        "1. Welcome and Apologies\nApologies were received from Ms E Fox.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Mr A Brown", "Chief Executive", "present"),
        ("Ms C Dee", "Director of Finance", "present"),
        ("Ms E Fox", "", "apologies"),
    ]


def test_a_heading_date_without_its_year_takes_the_one_year_its_weekday_fits() -> None:
    # "Thursday 14 March", no year: the minutes approved are of "17 January 2019"; 14 March was a
    # Thursday in 2019 (not in 2018 or 2020), so the meeting was on 14 March 2019, said as a
    # line to check.
    text = (
        "Lochside Inspectorate Management Board\nThursday 14 March\nHarbour Hotel, Oban\n\n"
        "Present: Ann Reid (AR)\nBen Hay (BH)\n\n"
        "1. Minutes of the meeting held on 17 January 2019\n"
        "Noted: The minutes were accepted as accurate.\n"
    )
    result = parse_minutes(text)
    assert result.record["date"] == "2019-03-14"
    assert any("No year written" in p.message for p in result.problems)
    assert yearless_date("Thursday 14 March", "held on 17 January 2019") == datetime.date(
        2019, 3, 14
    )
    # No other date to go by, or a weekday that fits no year near them: no date.
    assert yearless_date("Thursday 14 March", "no dates here") is None
    assert yearless_date("Friday 14 March", "held on 17 January 2019") is None


def test_minutes_and_a_name_among_the_attendance_is_who_took_them_not_a_title() -> None:
    # "Minutes:   Name" under the apologies: the minute-taker's label, not the meeting's title
    # coming after the people (which would leave them unplaced).
    text = (
        "Lochside Inspectorate Management Board\nThursday 14 March 2019\n\n"
        "Present:       Ann Reid (AR)\n               Ben Hay (BH)\n\n"
        "Apologies:     Cara Muir\n\n"
        "Minutes:       Dan Kerr\n\n"
        "1. Minutes of the meeting held on 17 January 2019\n"
        "Noted: The minutes were accepted as accurate.\n"
    )
    names = [a["name"] for a in parse_minutes(text).record["attendees"]]
    assert names[:3] == ["Ann Reid", "Ben Hay", "Cara Muir"]


def test_attendees_and_apologies_heads_the_attendance_and_its_groups() -> None:
    # A government group's web page: "Attendees and apologies" over "Members" and "Officials",
    # each a list of people; then "Items and actions". The people are the attendance.
    text = (
        "# Fisheries Liaison Board minutes: March 2024\n"
        "Minutes of the Fisheries Liaison Board on 12 March 2024.\n"
        "## Attendees and apologies\n"
        "### Members\n* Ann Reid, Chair\n* Ben Hay, Harbour Master\n"
        "### Officials\n* Cara Muir, Secretariat\n"
        "## Items and actions\n"
        "### Welcome\n"
        "Ann Reid welcomed everyone to the meeting and noted that the minutes were agreed.\n"
    )
    people = _people(parse_minutes(text).record)
    assert ("Ann Reid", "Chair", "present") in people
    assert ("Ben Hay", "Harbour Master", "present") in people
    assert ("Cara Muir", "Secretariat", "in_attendance") in people


def test_action_set_as_a_heading_labels_the_sentence_under_it() -> None:
    # "Action" in heading type over "Secretariat to circulate ...": the item's action, owned by
    # who starts the sentence; not an item called "Action".
    text = (
        "# Fisheries Liaison Board minutes: March 2024\n"
        "Minutes of the Fisheries Liaison Board on 12 March 2024.\n"
        "Present: Ann Reid, Ben Hay\n\n"
        "## Welcome\n"
        "Ann Reid welcomed everyone to the meeting and noted that the minutes were agreed.\n"
        "## Action\n"
        "Secretariat to publish the minutes on the board's web page.\n"
        "## Harbour dues\n"
        "Ben Hay reported that the dues for 2024 had been set and would be published soon.\n"
    )
    sections = parse_minutes(text).record["sections"]
    assert [s["title"] for s in sections] == ["Welcome", "Harbour dues"]
    actions = [a for p in sections[0]["paragraphs"] for a in p.get("actions", [])]
    assert [(a["text"][:22], a["owner"]) for a in actions] == [
        ("Secretariat to publish", "Secretariat")
    ]


def test_a_status_stamped_above_the_heading_is_no_board() -> None:
    # "APPROVED" above the body's name and the minute's sentence: the minutes' status, left out
    # and listed, not the board.
    text = (
        "APPROVED\n\nNHS LOCHSIDE\n\n"
        "Minute of the Area Clinical Forum Meeting held on Wednesday 14 May 2014 at 5.30pm\n\n"
        "Present:\n\nMrs Ann Reid, Chair, Area Dental Committee\n\n"
        "1. Chair's Welcome\n\nThe Chair welcomed everyone to the meeting.\n"
    )
    result = parse_minutes(text)
    assert result.record["board"] != "APPROVED"
    assert any(p.text == "APPROVED" and "status" in p.message for p in result.problems)


def test_a_page_titled_board_minutes_and_a_month_names_the_board() -> None:
    # "Fisheries Liaison Board minutes: March 2024" (a government page's title): the board, its
    # label and month left out.
    text = (
        "Fisheries Liaison Board minutes: March 2024\n"
        "Minutes of the Fisheries Liaison Board on 12 March 2024.\n"
        "Present: Ann Reid, Ben Hay\n\n"
        "1. Welcome\n"
        "Ann Reid welcomed everyone to the meeting and noted that the minutes were agreed.\n"
    )
    assert parse_minutes(text).record["board"] == "Fisheries Liaison Board"
