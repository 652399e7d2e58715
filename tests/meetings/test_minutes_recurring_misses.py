"""Misses that recur in several bodies' real minutes (issue 15), each fixed by a rule minutes
share and shown here on a small made-up example, never on one file. Pure functions only."""

from meetings.minutes import parse_minutes


def _messages(result) -> list[str]:
    return [p.message for p in result.problems]


def test_a_running_titles_cells_over_the_heading_leave_the_heading_as_the_board() -> None:
    result = parse_minutes(
        "| Anytown University | Board of Governors: 4 March 2021 Minutes |\n\n"
        "# BOARD OF GOVERNORS\n\n"
        "The Minutes of the meeting of the Board of Governors held on 4 March 2021.\n\n"
        "Present: Jane Smith (Chair), Alan Brown\n\n"
        "1. Welcome\n\nThe Chair welcomed members.\n"
    )
    assert result.record["board"] == "BOARD OF GOVERNORS"
    assert result.record["date"] == "2021-03-04"
    assert any("running title" in m for m in _messages(result))


def test_a_web_pages_tabs_are_neither_the_board_nor_attendees() -> None:
    result = parse_minutes(
        "Meeting Details\nMeeting Summary\nAnytown Licensing Committee\n4 March 2021 - 09:30\n"
        "Documents\nAttendance\nVisitors\nDeclarations of Interests\n\nPublic Items\n"
        "1. Sederunt\n2. Minutes\n\nThe minutes were approved.\n"
    )
    record = result.record
    assert record["board"] == "Anytown Licensing Committee"
    assert record["attendees"] == []
    assert [s["title"] for s in record["sections"]] == ["Sederunt", "Minutes"]


def test_attendance_as_a_heading_over_names_is_still_read() -> None:
    record = parse_minutes(
        "Anytown Licensing Committee\n4 March 2021\nAttendance\nCllr Ann Smith\nCllr Bob Lee\n"
        "Documents\n\n1. Minutes\n\nThe minutes were approved.\n"
    ).record
    assert [a["name"] for a in record["attendees"]][:2] == ["Cllr Ann Smith", "Cllr Bob Lee"]


def test_a_flattened_table_of_items_is_no_ones_post_and_is_shown() -> None:
    result = parse_minutes(
        "Minutes of the Partnership Committee held on 3 March 2011\n\n"
        "Apologies received from: Cllr Ron Ford Anytown Council Janet Green Avon Wildlife Trust "
        "Cllr John Bull Bath Council\n\n"
        "Summary of Actions Item No Item Actions 3. Officer Support Send out the guidelines\n\n"
        "1. Apologies\n\nApologies noted.\n"
    )
    people = {a["name"]: a for a in result.record["attendees"]}
    assert people["Cllr John Bull"]["role"] == ""
    assert people["Cllr John Bull"]["organisation"] == "Bath Council"
    assert any(p.text.startswith("Summary of Actions") for p in result.problems)


def test_an_attendee_or_the_clerk_to_do_something_is_an_action_without_a_mark() -> None:
    result = parse_minutes(
        "Minutes of Anytown Parish Council held on 7 November 2018\n\n"
        "Present: Councillor Johnson (Chair), Councillor Lawson\n\n"
        "1. Roads\n\nThere are plans to use the lanes. Councillor Johnson to write to the "
        "company by 30 November 2018.\n\n"
        "2. Cemetery\n\nA meeting is needed on site. Clerk to arrange a meeting in August.\n\n"
        "3. Finance\n\nFees for 2019 to rise by 3%. Members to note the balance.\n"
    )
    sections = result.record["sections"]
    [roads] = sections[0]["paragraphs"][0]["actions"]
    assert (roads["text"], roads["owner"], roads["due"]) == (
        "Councillor Johnson to write to the company by 30 November 2018",
        "Councillor Johnson",
        "2018-11-30",
    )
    assert sections[0]["paragraphs"][0]["text"].endswith("by 30 November 2018.")
    [cemetery] = sections[1]["paragraphs"][0]["actions"]
    assert cemetery["text"] == "Clerk to arrange a meeting in August"
    assert cemetery["owner"] == "Clerk"
    # Neither fees nor members are anyone's to act on: no action read.
    assert sections[2]["paragraphs"][0]["actions"] == []
    assert sum("(no mark); check" in m for m in _messages(result)) == 2


def test_a_label_cell_wrapped_over_rows_is_read_as_one_paragraph() -> None:
    record = parse_minutes(
        "ANYTOWN LEISURE TRUST BOARD\nMINUTES OF MEETING HELD ON 4 MARCH 2021\n\n"
        "| PRESENT: | Councillors Ann Whit, Ian Grant, Clare |\n"
        "|  | Maitland and Neil Ghee; Independent Trustees Jean |\n"
        "|  | Brown, Robin Hume and June Minn. |\n"
        "| ATTENDING: | John Griff, Chief Executive; Dianne Reid, Marketing |\n"
        "|  | and Development Manager; Kate Duff, Team Leader - |\n"
        "|  | Community Venues. |\n"
        "| CHAIR: | Councillor Ann Whit. |\n\n"
        "1. Minutes\n\nThe minutes were approved.\n"
    ).record
    people = [(a["name"], a["role"], a["attendance"]) for a in record["attendees"]]
    assert people == [
        ("Councillor Ann Whit", "Chair", "present"),
        ("Councillor Ian Grant", "", "present"),
        ("Councillor Clare Maitland", "", "present"),
        ("Councillor Neil Ghee", "", "present"),
        ("Jean Brown", "", "present"),
        ("Robin Hume", "", "present"),
        ("June Minn", "", "present"),
        ("John Griff", "Chief Executive", "in_attendance"),
        ("Dianne Reid", "Marketing and Development Manager", "in_attendance"),
        ("Kate Duff", "Team Leader - Community Venues", "in_attendance"),
    ]


def test_a_label_cell_over_a_person_a_row_is_still_read_row_by_row() -> None:
    record = parse_minutes(
        "ANYTOWN UNIVERSITY BOARD\nMinutes of the meeting held on 4 March 2021\n\n"
        "| In attendance: | Simon Cow, Assistant Vice-Chancellor |\n"
        "|  | Professor Joyce Good, Dean of Arts |\n"
        "|  | Nigel Tre, Clerk to the Governors |\n\n"
        "1. Minutes\n\nThe minutes were approved.\n"
    ).record
    assert [(a["name"], a["role"]) for a in record["attendees"]] == [
        ("Simon Cow", "Assistant Vice-Chancellor"),
        ("Professor Joyce Good", "Dean of Arts"),
        ("Nigel Tre", "Clerk to the Governors"),
    ]


def test_two_lists_side_by_side_are_each_their_groups() -> None:
    result = parse_minutes(
        "ANYTOWN RESEARCH COUNCIL\nMinutes of the Council meeting held on 9 May 2017\n\n"
        "Present:\n\n"
        "| Council | Head Office staff |\n"
        "| Mr Don Bry (Chairman) | Ms Sam Bart |\n"
        "| Dr John Brown | Mr Hugh Dun |\n"
        "|  | Dr Mark Pal (items 1-5) |\n"
        "| Observer | Dr Ian Vin |\n"
        "| Dr Helen Bod | |\n\n"
        "Apologies:\n\n"
        "| Professor Chris Day | Dr Mene Pang |\n\n"
        "1. Announcements\n\nThe Chairman welcomed members.\n"
    )
    people = [(a["name"], a["role"], a["attendance"]) for a in result.record["attendees"]]
    assert people == [
        ("Mr Don Bry", "Chairman", "present"),
        ("Ms Sam Bart", "", "in_attendance"),
        ("Dr John Brown", "", "present"),
        ("Mr Hugh Dun", "", "in_attendance"),
        ("Dr Mark Pal", "", "in_attendance"),
        ("Dr Ian Vin", "", "in_attendance"),
        ("Dr Helen Bod", "", "in_attendance"),
        ("Professor Chris Day", "", "apologies"),
        ("Dr Mene Pang", "", "apologies"),
    ]
    assert any("side by side" in m for m in _messages(result))


def test_a_post_beside_a_name_with_initials_is_that_persons_post() -> None:
    record = parse_minutes(
        "# Main Board Meeting Minutes\n\n"
        "| Meeting | 21 January 2014, The Stadium, Victoria House, London |\n"
        "| Chair Person | Nick Bit (NB) |\n"
        "| Members | Kate Bos (KB), Ian Dra (ID) & Mark Spel (MS) |\n"
        "| Chief Executive | Jennie Pri (JP) |\n\n"
        "1. Welcome\n\nThe Chair welcomed members.\n"
    ).record
    people = {a["name"]: (a["role"], a.get("initials")) for a in record["attendees"]}
    assert people["Jennie Pri"] == ("Chief Executive", "JP")
    assert people["Mark Spel"] == ("", "MS")
    assert people["Nick Bit"] == ("Chair", "NB")


def test_a_committee_in_short_in_the_running_title_is_named_in_full_by_the_title() -> None:
    result = parse_minutes(
        "| Anytown Town Council | F & S Committee 18th January 2016 |\n\n"
        "# MINUTES OF FINANCE & SCRUTINY (F & S) COMMITTEE OF ANYTOWN TOWN COUNCIL (ATC)\n\n"
        "Held at the Council Chambers on Monday 18th January 2016 at 7.00pm\n\n"
        "PRESENT Cllrs S Hirst, S Ball\n\n"
        "1. Apologies\n\nNone.\n"
    )
    assert result.record["board"] == "FINANCE & SCRUTINY COMMITTEE"
    assert result.record["date"] == "2016-01-18"
    assert any("not the running title's" in m for m in _messages(result))


def test_a_note_inside_the_initials_bracket_is_a_note_not_a_body() -> None:
    record = parse_minutes(
        "ANYTOWN SPORTS COUNCIL\nMinutes of the Board meeting held on 21 January 2014\n\n"
        "Members: Kate Bos (KB), Ian Dra (ID) & Mark Spel (MS)\n"
        "In attendance: Rona Chest (RC), Mike Diap (MD \u2013 part only), Charles John (CJ) & "
        "Adam Bla (AB - items 1-4)\n\n"
        "1. Welcome\n\nThe Chair welcomed members.\n"
    ).record
    people = [
        (a["name"], a["organisation"], a.get("initials"), a.get("note"))
        for a in record["attendees"]
        if a["attendance"] == "in_attendance"
    ]
    assert people == [
        ("Rona Chest", None, "RC", None),
        ("Mike Diap", None, "MD", "part only"),
        ("Charles John", None, "CJ", None),
        ("Adam Bla", None, "AB", "items 1-4"),
    ]


def test_a_legislatures_minutes_of_proceedings_are_no_part_of_the_committees_name() -> None:
    record = parse_minutes(
        "# Committee for Anytown Affairs Minutes of Proceedings 26 March 2025\n\n"
        "Present:\n\nMs Paula Brad MLA (Chairperson)\nMr Tim Gas MLA\n\n"
        "1. Apologies\n\nAs above.\n"
    ).record
    assert record["board"] == "Committee for Anytown Affairs"
    assert record["date"] == "2025-03-26"
