"""The outside tester's second round of findings on real minutes of UK public bodies (issue 15,
docs in the tester's REPORT: F1-F8), read right by general rules. Made-up minutes, not copied from
the tester's files."""

from typing import Any

from meetings.minutes.text import ParseResult, parse_minutes


def _messages(result: ParseResult) -> list[str]:
    return [p.message for p in result.problems]


def _people(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(a["name"], a["attendance"], a["role"]) for a in record["attendees"]]


_ROLL = (
    "The Northmoor Council\n"
    "Minutes of Meeting of the Northmoor Council held in the Council Chamber, Town House, "
    "Kirkton on Thursday, 12 March 2020 at 10.30am.\n"
    "1. Calling of the Roll and Apologies for Absence\n"
    "Mrs A Abbot, Mr C Blair (v/c), Ms D Craig, Mr E Dunbar, Mrs F Elder (v/c), Mr G Finlay\n"
    "In Attendance:\n"
    "Chief Executive\n"
    "Executive Chief Officer, Housing & Property\n"
    "Mr E Dunbar in the Chair\n"
    "Apologies for absence were intimated on behalf of Mr H Gunn and Mrs J Hay.\n"
    "2. Declarations of Interest\n"
    "There were none.\n"
)


def test_a_roll_call_item_lists_those_present_not_apologies() -> None:
    # F1: "Calling of the Roll and Apologies for Absence", the roll one comma list, then an
    # "In Attendance:" label over officers by post, "X in the Chair", and the apologies.
    record = parse_minutes(_ROLL).record
    people = _people(record)

    assert people[:6] == [
        ("Mrs A Abbot", "present", ""),
        ("Mr C Blair", "present", ""),
        ("Ms D Craig", "present", ""),
        ("Mr E Dunbar", "present", "Chair"),
        ("Mrs F Elder", "present", ""),
        ("Mr G Finlay", "present", ""),
    ]
    assert [a.get("note") for a in record["attendees"][:2]] == [None, "v/c"]
    assert ("Chief Executive", "in_attendance", "") in people
    # An officer by post alone, the post whole.
    assert ("Executive Chief Officer, Housing & Property", "in_attendance", "") in people
    assert ("Mr H Gunn", "apologies", "") in people
    assert ("Mrs J Hay", "apologies", "") in people
    assert len(people) == 10
    item = record["sections"][0]
    assert [p["text"][:28] for p in item["paragraphs"]] == ["Apologies for absence were i"]


def test_a_roll_call_item_of_prose_stays_prose() -> None:
    # A roll-call item told in sentences is the item's text, as before.
    text = _ROLL.replace(
        _ROLL[_ROLL.index("Mrs A Abbot") : _ROLL.index("Apologies for absence were")],
        "The Clerk called the roll and all members were present.\n",
    )
    record = parse_minutes(text).record

    assert [a["name"] for a in record["attendees"]] == ["Mr H Gunn", "Mrs J Hay"]
    assert record["sections"][0]["paragraphs"][0]["text"].startswith("The Clerk called the roll")


_TRUST = (
    "# The Northvale Hospitals NHS Trust\n\n"
    "BOARD MEETING\n\n"
    "Held on Tuesday 5 March 2019 at 2.00 pm, Board Room, Northvale General Hospital\n\n"
    "## PUBLIC SESSION MINUTES\n\n"
    "Present:\n\n"
    "| Mrs K Ashdown | Chair |\n"
    "| Mr L Barnes | Non-Executive Director |\n"
    "| Dr M Carver | Medical Director |\n\n"
    "In attendance:\n\n"
    "| Mr N Dale | Director of Estates |\n\n"
    "Meeting Secretary:\n\n"
    "| Ms O Evans | Board Administrator |\n\n"
    "Observer:\n\n"
    "| Mr P Frost | Healthwatch Representative |\n\n"
    "Apologies: none\n\n"
    "## 2019.2/31\tWELCOME\n\n"
    "The Chair welcomed everyone to the meeting.\n\n"
    "2019.2/32\tDECLARATIONS OF INTEREST\n\n"
    "There were no declarations of interest.\n\n"
    "## 2019.2/33\tPATIENT STORY\n\n"
    "The Board heard from a patient about their care on the wards.\n"
)


def test_an_nhs_trust_board_s_year_and_meeting_numbered_minutes() -> None:
    # F2: "Held on <date> at <time>, <venue>" under the banner; "2019.2/31" (the year, the
    # board's meeting of it, the minute) numbers the items; the attendance labels over tables.
    result = parse_minutes(_TRUST)
    record = result.record

    assert record["date"] == "2019-03-05"
    assert record["place"] == "Board Room, Northvale General Hospital"
    assert [(s["ref"], s["title"]) for s in record["sections"]] == [
        ("2019.2/31", "WELCOME"),
        ("2019.2/32", "DECLARATIONS OF INTEREST"),
        ("2019.2/33", "PATIENT STORY"),
    ]
    assert _people(record)[3:] == [
        ("Mr N Dale", "in_attendance", "Director of Estates"),
        ("Ms O Evans", "in_attendance", "Board Administrator"),
        ("Mr P Frost", "in_attendance", "Healthwatch Representative"),
    ]
    assert [p.text for p in result.problems] == []


def test_a_held_line_names_no_attendee_and_no_date_differs_silently() -> None:
    text = _TRUST.replace("BOARD MEETING\n\n", "BOARD MEETING\n\nDate: 6 March 2019\n\n")
    result = parse_minutes(text)

    assert result.record["date"] == "2019-03-06"
    assert "This date differs from the title's; the title's is used" in _messages(result)


def test_apologies_none_received_lists_nobody() -> None:
    text = _TRUST.replace("Apologies: none", "Apologies: None received")
    result = parse_minutes(text)

    assert len(result.record["attendees"]) == 6
    assert [p.text for p in result.problems] == []


_CCG = (
    "Safety Committee Meeting Minutes\n\n"
    "Wednesday 8 May 2019 10:00 hrs to 12:00 hrs\n\n"
    "In attendance:\n\n"
    "| Ann Ashby (AA) | : Head of Nursing, NHS Westfield CCG |\n"
    "| Bea Brook (BB) | : Programme Lead Urgent Care, NHS Westfield CCG (items 2-3) |\n"
    "| Cal Crane (CC) | : Clinical Lead Older People, NHS Westfield CCG (part) |\n"
    "| Dee Drew (DD) | : Joint Commissioning Manager Learning Disabilities, Westfield Council "
    "(item 3) |\n\n"
    "1. Welcome\n\n"
    "The Chair welcomed everyone.\n"
)


def test_a_post_cell_s_words_are_no_second_person() -> None:
    # F3: the post's cell of a row "Name (XX) | : Post Words, Body" holds no second person,
    # however its words read ("Urgent Care", "Older People", "Learning Disabilities").
    record = parse_minutes(_CCG).record

    assert [a["name"] for a in record["attendees"]] == [
        "Ann Ashby",
        "Bea Brook",
        "Cal Crane",
        "Dee Drew",
    ]
    roles = [a["role"] for a in record["attendees"]]
    assert roles[1].startswith("Programme Lead Urgent Care")
    assert roles[2].startswith("Clinical Lead Older People")
    assert roles[3].startswith("Joint Commissioning Manager Learning Disabilities")


_PASTED = (
    "Northfield Community Council\n"
    "Minutes of meeting held 2 November 2011\n\n"
    "Apologies ; Rab Cowan , Kirsty Lennox\n"
    "In Attendance ; Tam Reid , Morag Shaw , Colin Baird , Isla Munro , PC Dan Boyd .\n\n"
    "1. Welcome\n"
    "The chairman opens the meeting and welcomes everyone .\n"
    "2. Minutes\n"
    "The minutes of the last meeting are approved .\n"
)


def test_two_names_in_a_list_of_names_are_two_people() -> None:
    # F5: "Apologies ; A B , C D" where the minutes list people by name alone: two people, not
    # one with the other's name as a post.
    record = parse_minutes(_PASTED).record

    assert _people(record)[:3] == [
        ("Rab Cowan", "apologies", ""),
        ("Kirsty Lennox", "apologies", ""),
        ("Tam Reid", "in_attendance", ""),
    ]


def test_a_name_and_a_body_stay_one_person() -> None:
    text = _PASTED.replace("Rab Cowan , Kirsty Lennox", "Rab Cowan , Home Office")
    record = parse_minutes(text).record

    assert record["attendees"][0]["name"] == "Rab Cowan"
    assert record["attendees"][1]["name"] == "Tam Reid"


_RUNNING = (
    "Westbrook Parish Council\n"
    "Minutes of the meeting held on 4 April 2023\n"
    "Present: Cllr D Evans (Chair), Cllr E Ford\n\n"
    "998. Apologies\nNone.\n\n"
    "999. Minutes\nThe minutes were approved.\n\n"
    "1000. Finance\nThe accounts were noted.\n\n"
    "1001. Planning\nNo applications.\n"
)


def test_minute_numbers_run_on_past_999() -> None:
    # F7: "1000. Finance" after "999. Minutes": a running minute number with a stop, not text.
    record = parse_minutes(_RUNNING).record

    assert [(s["ref"], s["title"]) for s in record["sections"]] == [
        ("998", "Apologies"),
        ("999", "Minutes"),
        ("1000", "Finance"),
        ("1001", "Planning"),
    ]


_FOOTER = (
    "Finance Committee Meeting Minutes\n\n"
    "Thursday 9 June 2016 14:00 hrs\n\n"
    "Present: Amy Hart (Chair), Ben Ives\n\n"
    "1. Apologies\n\nNone.\n\n"
    "2. Budget\n\nThe committee noted the budget.\n\n"
    "FC-16-21 Board Meeting in Public 21 July 2016 2 of 9\n"
)


def test_a_running_footer_ending_in_its_page_number_is_left_out() -> None:
    # F4: a repeated footer, a paper's number and a date then "N of M", is page furniture.
    result = parse_minutes(_FOOTER)

    assert [p["text"] for p in result.record["sections"][1]["paragraphs"]] == [
        "The committee noted the budget."
    ]
    assert result.record["date"] == "2016-06-09"
    assert any(p.left_out for p in result.problems if p.text.startswith("FC-16-21"))
