"""Rules the reader took from the twenty-eighth fresh set (tests/data/real-fresh-28): ways real
minutes of Scottish, Northern Irish and UK-wide bodies are printed, each on a made-up example.
Pure functions only."""

from meetings.minutes import parse_minutes


def _sections(record: dict) -> list[tuple[str, str]]:
    return [(s["ref"], s["title"]) for s in record["sections"]]


def test_item_and_a_decimal_reference_head_an_item_under_its_part() -> None:
    # A council's committee numbers its items inside parts: "Item 1.2: Title" under "1. BUSINESS",
    # its paragraphs numbered "1)" through the minutes; each "Item" line is a heading of its own.
    text = (
        "MEETING OF THE NORTHBRIDGE ADVISORY PANEL\n"
        "3 MAY 2021, COMMITTEE ROOM 2, TOWN HALL\n\n"
        "Members present:   Ann Moray (chair)\n"
        "                   Tom Nairn\n\n"
        "1. BUSINESS\n\n"
        "Item 1.1: Welcome and apologies\n"
        "1) The chair welcomed members. There were no apologies for absence today.\n\n"
        "Item 1.2: Minutes of the last meeting [P1.2]\n"
        "2) The Panel agreed the minutes of the last meeting without any amendment at all.\n\n"
        "2. REPORTS\n\n"
        "Item 2.1: Budget update [Oral]\n"
        "3) The Panel noted the budget position as reported by the treasurer of the panel.\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [
        ("1", "BUSINESS"),
        ("1.1", "Welcome and apologies"),
        ("1.2", "Minutes of the last meeting [P1.2]"),
        ("2", "REPORTS"),
        ("2.1", "Budget update [Oral]"),
    ]
    assert record["sections"][2]["paragraphs"][0]["text"].startswith("The Panel agreed")


def test_a_mark_after_a_name_means_what_the_key_under_the_list_says() -> None:
    # A council's members in two columns, '*' after those absent and '#' after one who left
    # early, the key on one line under the list: '*' means absent; '#' no kind of attendance.
    text = (
        "Minutes of the Meeting of Council held on 4 June 2019\n\n"
        "Members\n"
        "Dr A Moray (President in the Chair)\n"
        "Prof B Nairn\tMrs F Tay*\n"
        "Mr C Ness*\tMr G Spey#\n"
        "Ms D Clyde\tDr H Forth*\n"
        "* Absent # Left before the end of the meeting\n\n"
        "1. Minutes\n"
        "The minutes of the meeting of 2 April 2019 were approved as a correct record.\n"
    )
    people = {a["name"]: a["attendance"] for a in parse_minutes(text).record["attendees"]}
    assert people["Mrs F Tay"] == "absent"
    assert people["Mr C Ness"] == "absent"
    assert people["Dr H Forth"] == "absent"
    assert people["Mr G Spey"] == "present"
    assert people["Prof B Nairn"] == "present"


def test_an_attendance_item_over_body_and_name_rows_is_the_attendance() -> None:
    # A staff association's committee: item 1 'Attendance' over a table whose left column is
    # the body each member sits for, or an officer's post, and whose right column is the name.
    text = (
        "Northshire Staff Association\n"
        "Conduct Committee\n"
        "MINUTES 3 March 2020\n\n"
        "1. Attendance\n\n"
        "| North Area Committee | Jane Moray |\n"
        "| North Area Committee | Tom Nairn |\n"
        "| South Area Committee | Ann Clyde |\n"
        "| Chairman | Peter Ness |\n\n"
        "2. Opening of Meeting\n"
        "The Chairman opened the meeting by welcoming everyone to the committee meeting.\n"
    )
    record = parse_minutes(text).record
    people = [(a["name"], a["role"] or "", a["organisation"] or "") for a in record["attendees"]]
    assert people == [
        ("Jane Moray", "", "North Area Committee"),
        ("Tom Nairn", "", "North Area Committee"),
        ("Ann Clyde", "", "South Area Committee"),
        ("Peter Ness", "Chairman", ""),
    ]
    assert _sections(record) == [("2", "Opening of Meeting")]
