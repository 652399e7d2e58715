"""Layouts of minutes from kinds of body the reader had not seen (issue 15; the records are in
tests/data/real-fresh-2), each in a small made-up example: a rule for the kind of layout, never
for one file. Whatever the reader is unsure of is shown under "Lines to check" (a problem), not
placed silently. Pure functions only."""

from typing import Any

from meetings.minutes import ParseResult, parse_minutes
from meetings.minutes.dates import parse_date
from meetings.minutes.people import read_people_sentence


def _sections(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["ref"], s["title"]) for s in record["sections"]]


def _texts(record: dict[str, Any], index: int = 0) -> list[str]:
    return [p["text"] for p in record["sections"][index]["paragraphs"]]


def _people(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(a["name"], a["role"], a["attendance"]) for a in record["attendees"]]


def _messages(result: ParseResult) -> list[str]:
    return [p.message for p in result.problems]


_HEAD = "Anytown Town Council\n\nMinutes of the meeting held on 1 March 2024\n\n"


def test_a_title_closed_by_a_colon_then_the_text_is_a_section_and_its_paragraph() -> None:
    text = _HEAD + (
        "1. Welcome: The Chair welcomed everyone.\n"
        "2. APOLOGIES: The Town Manager.\n"
        "3. Police matters: PC Smith gave the report.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("1", "Welcome"), ("2", "APOLOGIES"), ("3", "Police matters")]
    assert _texts(record, 2) == ["PC Smith gave the report."]


def test_community_councillors_are_titled_and_groups_of_apologies_are_read_apart() -> None:
    people = read_people_sentence(
        "CClrs Hamilton, Pettinger and Smith, and from PKC Clrs Barnacle and Cuthbert"
    )

    assert people == [
        ("CClr Hamilton", ""),
        ("CClr Pettinger", ""),
        ("CClr Smith", ""),
        ("Clr Barnacle", ""),
        ("Clr Cuthbert", ""),
    ]


def test_a_list_of_names_ends_with_and_and_officers_named_by_post_are_not_people() -> None:
    people = read_people_sentence(
        "Anne Parry, Geoff Collett, Tim Maunders and Yvon Jones with the Clerk and the Support"
        " Officer."
    )

    assert [name for name, _ in people or []] == [
        "Anne Parry",
        "Geoff Collett",
        "Tim Maunders",
        "Yvon Jones",
    ]


def test_a_councillors_label_leads_the_list_and_a_name_given_twice_is_shown_to_check() -> None:
    text = (
        "Minutes of the Annual Meeting of Anytown Town Council held on Wednesday 17th May 2017.\n"
        "Councillors:, Anne Parry, Geoff Collett, Anne Parry and Yvon Jones.\n"
        "1. Apologies\nNone.\n"
    )
    result = parse_minutes(text)

    assert [a["name"] for a in result.record["attendees"]] == [
        "Anne Parry",
        "Geoff Collett",
        "Anne Parry",
        "Yvon Jones",
    ]
    assert "Anne Parry is listed twice as present; check which is right" in _messages(result)


def test_someone_both_present_and_among_the_apologies_is_shown_to_check() -> None:
    text = (
        _HEAD
        + "Directors:\nAnn Cook; Paul Ingram\nApologies: Paul Ingram; Eric Roe\n\n"
        + "1. Minutes\nApproved.\n"
    )
    result = parse_minutes(text)

    assert ("Paul Ingram", "", "present") in _people(result.record)
    assert "Paul Ingram is listed as present and as apologies; check which is right" in _messages(
        result
    )


def test_initials_after_a_name_are_kept_as_initials_not_as_part_of_the_name() -> None:
    text = _HEAD + (
        "Attendees: Sue Morison SM (Community Governor), Mark Le MasurierMLM (Acting Chair)"
        " and Kim O'Sullivan KOS (Staff Governor).\n"
        "In Attendance: Michelle Tkocz, MT Senior Leadership Team\n\n1. Apologies\nNone.\n"
    )
    attendees = parse_minutes(text).record["attendees"]

    assert [(a["name"], a.get("initials"), a["role"]) for a in attendees] == [
        ("Sue Morison", "SM", "Community Governor"),
        ("Mark Le Masurier", "MLM", "Acting Chair"),
        ("Kim O'Sullivan", "KOS", "Staff Governor"),
        ("Michelle Tkocz", "MT", "Senior Leadership Team"),
    ]


def test_a_note_in_square_brackets_is_a_note_not_part_of_the_role() -> None:
    text = _HEAD + (
        "In Attendance\nRebecca Webber, Communications Manager [for Victoria Bartlett]\n\n"
        "1. Apologies\nNone.\n"
    )
    person = parse_minutes(text).record["attendees"][0]

    assert (person["role"], person["note"]) == ("Communications Manager", "for Victoria Bartlett")


def test_a_posts_date_and_a_letterhead_address_above_the_heading_are_left_out() -> None:
    text = (
        "Friday, September 30, 2005\nHigh Street, Anytown, AB1 2CD\n"
        "Minutes of the meeting of Anytown Town Partnership 19/09/05\n"
        "Yarrow Room, Anytown Town Hall\n\n1. Present & Apologies\nJohn Smith, Ann Lee\n"
        "2. Matters arising\nNone.\n"
    )
    result = parse_minutes(text)
    record = result.record

    assert (record["board"], record["date"]) == ("Anytown Town Partnership", "2005-09-19")
    assert record["place"] == "Yarrow Room, Anytown Town Hall"
    assert "Taken as the meeting's venue" in _messages(result)
    assert _messages(result).count("Line above the heading left out of the record") == 2
    # "Present & Apologies" lists those present.
    assert {a["attendance"] for a in record["attendees"]} == {"present"}


def test_a_letterhead_cell_before_the_title_and_a_board_name_wrapped_onto_the_next_line() -> None:
    school = parse_minutes(
        "Head Teacher: Jo Bloggs / Minutes of the Full Governing Body Meeting\n"
        "held on 28th January 2015\n\n1. Apologies\nNone.\n"
    ).record
    committee = parse_minutes(
        "Minutes of the Meeting of the Steering Committee\nof the Anytown Neighbourhood Plan\n"
        "held on Monday 10th April 2017\n\n12/17. Apologies:\nNone.\n"
    ).record

    assert (school["board"], school["date"]) == ("Full Governing Body", "2015-01-28")
    assert committee["board"] == "Steering Committee of the Anytown Neighbourhood Plan"


def test_a_board_named_with_the_records_status_is_the_board() -> None:
    record = parse_minutes(
        "CNPA BOARD MEETING APPROVED\nMinutes of the meeting held on Wednesday, 29 May 2019\n\n"
        "1 Agenda\nThe Chair welcomed members.\n"
    ).record

    assert record["board"] == "CNPA BOARD"


def test_dates_with_a_two_digit_year_after_slashes_are_this_centurys() -> None:
    assert str(parse_date("19/09/05")) == "2005-09-19"
    assert str(parse_date("6/2/2020")) == "2020-02-06"


def test_a_flattened_tables_rules_header_and_cells_are_read_as_the_table_was() -> None:
    text = _HEAD + (
        "Item / Content / Who\n"
        "1.1 / Apologies and Declaration of Interest\nNo declarations were made.\n"
        "2 / Minutes of Last Meeting\nThe minutes were agreed.\n"
        "|||\n"
        "3. / FOR DECISION\nThe Board agreed the plan. |\n"
    )
    result = parse_minutes(text)
    record = result.record

    assert _sections(record) == [
        ("1", "Apologies and Declaration of Interest"),
        ("2", "Minutes of Last Meeting"),
        ("3", "FOR DECISION"),
    ]
    assert _texts(record, 2) == ["The Board agreed the plan."]
    assert "Left out of the record as page furniture" in _messages(result)  # the header row


def test_a_title_run_into_its_text_is_split_before_the_sentence_and_shown_to_check() -> None:
    text = _HEAD + (
        "1. Minutes of the previous meeting The minutes of the meeting held on 13th August 2020"
        " were approved.\n"
    )
    result = parse_minutes(text)

    assert _sections(result.record) == [("1", "Minutes of the previous meeting")]
    assert _texts(result.record) == [
        "The minutes of the meeting held on 13th August 2020 were approved."
    ]
    assert (
        "Title and text on one line: the title is taken to be 'Minutes of the previous meeting'"
        "; check" in _messages(result)
    )


def test_an_agenda_listed_before_the_minutes_is_left_out_and_said_so() -> None:
    text = _HEAD + (
        "2.Declaration of interest\n3.Welcome the new member\n4.Minutes of previous meeting\n"
        "1. Apologies\nNone.\n2. Declaration of interest\nNone.\n"
    )
    result = parse_minutes(text)

    assert _sections(result.record) == [("1", "Apologies"), ("2", "Declaration of interest")]
    assert _messages(result).count("Agenda listed before the minutes left out of the record") == 3


def test_numbered_lines_of_apologies_and_absences_under_the_item_are_attendees() -> None:
    text = _HEAD + (
        "1. Apologies / Actions\n"
        "1.1Approved apologies:Maureen Penny MP (Chair), Keith Williams KW (Governor),\n"
        "1.2Absent: Matt Ford MF (Governor),\n"
        "2. Welcome\n2.1Lucy Cox was welcomed to the governing body.\n"
    )
    record = parse_minutes(text).record

    assert _people(record) == [
        ("Maureen Penny", "Chair", "apologies"),
        ("Keith Williams", "Governor", "apologies"),
        ("Matt Ford", "Governor", "absent"),
    ]
    assert record["sections"][0]["paragraphs"] == []
    # A number run into its text is still the paragraph's number.
    assert [(p["ref"], p["text"]) for p in record["sections"][1]["paragraphs"]] == [
        ("2.1", "Lucy Cox was welcomed to the governing body.")
    ]


def test_bullets_without_a_lead_in_are_paragraphs_and_with_one_are_its_list() -> None:
    text = _HEAD + (
        "1. Matters arising\n- Owen to find out about parking.\n- One response to the survey.\n"
        "2. Finance\nThe following was noted:\n- the budget\n- the reserves\n"
    )
    record = parse_minutes(text).record

    assert len(record["sections"][0]["paragraphs"]) == 2
    assert len(record["sections"][1]["paragraphs"]) == 1


def test_an_action_in_capitals_at_the_end_of_a_paragraph_keeps_its_owner_as_written() -> None:
    text = _HEAD + (
        "Present: Owen Clifford, Ann Lee\n\n1. Matters arising\n"
        "Owen to find out about parking ACTION Owen to check this out\n"
    )
    result = parse_minutes(text)
    paragraph = result.record["sections"][0]["paragraphs"][0]

    assert paragraph["text"] == "Owen to find out about parking"
    assert [(a["text"], a["owner"]) for a in paragraph["actions"]] == [
        ("Owen to check this out.", "Owen")
    ]
    # 'Owen' is the one attendee of that first name (085e6d3): linked, and no doubt said.
    assert paragraph["actions"][0]["owner_people"] == ["Owen Clifford"]
    assert not [m for m in _messages(result) if "not among the attendees" in m]


def test_a_decimal_list_number_closed_by_a_bracket_is_the_paragraphs_reference() -> None:
    text = _HEAD + "1. Awards\n2.1) For service by an individual\n2.2) For service by a group\n"
    record = parse_minutes(text).record

    assert [p["ref"] for p in record["sections"][0]["paragraphs"]] == ["2.1)", "2.2)"]


def test_apologies_had_been_received_from_two_people_which_were_accepted() -> None:
    text = _HEAD + (
        "Members Present: Frank Smith (Chairman).\n\n12/17. Apologies for Absence:\n"
        "Had been received from Richard Childs and Sue Westbrook which were accepted.\n"
    )
    record = parse_minutes(text).record

    assert _people(record) == [
        ("Frank Smith", "Chairman", "present"),
        ("Richard Childs", "", "apologies"),
        ("Sue Westbrook", "", "apologies"),
    ]


def test_a_post_or_a_contents_heading_is_never_an_attendee() -> None:
    text = _HEAD + "Present: Ann Lee\nContents\n\n1. APOLOGIES: The Town Manager.\n"
    result = parse_minutes(text)

    assert [a["name"] for a in result.record["attendees"]] == ["Ann Lee"]
    # Shown to the clerk: "Contents" left out as a page's furniture, the post not read.
    assert any(p.text == "Contents" and p.left_out for p in result.problems)


def test_initials_then_a_dash_and_two_people_of_one_body() -> None:
    text = _HEAD + (
        "Board Attendees:\nGordon Page (GP) - Chair\nPresenting:\n"
        "David Ford and Anthony Story, Silicon South\n\n1. Apologies\nNone.\n"
    )
    attendees = parse_minutes(text).record["attendees"]

    assert [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in attendees] == [
        ("Gordon Page", "Chair", None, "present"),
        ("David Ford", "", "Silicon South", "in_attendance"),
        ("Anthony Story", "", "Silicon South", "in_attendance"),
    ]
    assert attendees[0]["initials"] == "GP"


def test_those_present_named_only_in_the_first_items_text_are_attendees_to_check() -> None:
    text = (
        "Anytown Community Council\n"
        "Minute of the Meeting held on Thursday, 12th February 2015, in the Church Hall\n"
        "1. Welcome: CClr Milne-Home, Vice Chair, chaired the meeting; he welcomed CClrs Bennet"
        " and Thomson. Also in attendance were Anyshire Council (AC) Clrs Gray and Ross, and 5"
        " members of the public.\n"
        "2. Apologies: Apologies were received from CClrs Hamilton and Smith.\n"
    )
    result = parse_minutes(text)

    assert [
        (a["name"], a["role"], a["organisation"], a["attendance"])
        for a in result.record["attendees"]
    ] == [
        ("CClr Milne-Home", "Vice Chair", None, "present"),
        ("CClr Bennet", "", None, "present"),
        ("CClr Thomson", "", None, "present"),
        ("Clr Gray", "", "Anyshire Council", "in_attendance"),
        ("Clr Ross", "", "Anyshire Council", "in_attendance"),
        ("CClr Hamilton", "", None, "apologies"),
        ("CClr Smith", "", None, "apologies"),
    ]
    assert "CClr Bennet is taken from the minutes' text as present; check" in _messages(result)


def test_a_list_of_people_present_is_not_read_again_from_the_text() -> None:
    text = _HEAD + "Present: Cllr Ann Lee\n\n1. Welcome\nThe Chair welcomed Cllr Bob Ray.\n"
    record = parse_minutes(text).record

    assert [a["name"] for a in record["attendees"]] == ["Cllr Ann Lee"]


def test_a_line_under_an_attendance_heading_is_never_the_post_of_someone_above_it() -> None:
    text = _HEAD + (
        "Present\nTim Lincoln\nStephen Vickers\nIn attendance\nMark Lay, Finance Director\n\n"
        "1. Opening\nText.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Tim Lincoln", "", "present"),
        ("Stephen Vickers", "", "present"),
        ("Mark Lay", "Finance Director", "in_attendance"),
    ]


def test_a_surname_after_initials_that_is_also_a_posts_word_and_a_time_note() -> None:
    text = _HEAD + (
        "In Attendance:\nMrs P Head (Headteacher Anytown PRU) (until 19:30)\n\n"
        "1. Apologies\nThe Chair of Governors at Anytown School PRU had sent his apologies.\n"
    )
    attendees = parse_minutes(text).record["attendees"]

    assert [(a["name"], a["role"], a.get("note")) for a in attendees] == [
        ("Mrs P Head", "Headteacher Anytown PRU", "until 19:30")
    ]
