"""Layouts real UK minutes use (issue 15), each in a small made-up example: references as
written, heading blocks, attendance in sentences, prose apologies, decisions and ModernGov web
pages. The real records themselves are scored in test_real_minutes.py. Pure functions only."""

from typing import Any

import pytest

from meetings.minutes import ParseResult, parse_minutes


def _sections(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["ref"], s["title"]) for s in record["sections"]]


def _paragraphs(record: dict[str, Any], index: int = 0) -> list[tuple[str, str]]:
    return [(p["ref"], p["text"]) for p in record["sections"][index]["paragraphs"]]


def _people(record: dict[str, Any]) -> list[tuple[str, str, str | None, str]]:
    return [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in record["attendees"]]


def _messages(result: ParseResult) -> list[str]:
    return [p.message for p in result.problems]


# --- References as written ----------------------------------------------------------------------


def test_it_keeps_minute_numbers_that_run_through_the_year_as_written() -> None:
    text = (
        "Anytown Parish Council\n\nMinutes of the meeting held on 1 March 2010\n\n"
        "Cou/236/09-10 / Election of Vice Chairman.\nCllr Coley was elected.\n"
        "Cou/237/09-10 / Apologies for absence.\nNone were received.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [
        ("Cou/236/09-10", "Election of Vice Chairman."),
        ("Cou/237/09-10", "Apologies for absence."),
    ]
    assert [s["number"] for s in record["sections"]] == [1, 2]


def test_it_takes_the_minute_number_and_leaves_the_agenda_number_out_of_the_title() -> None:
    text = "Parish Council\n\nC048/23      1.         APOLOGIES FOR ABSENCE.\n\nNone.\n"

    assert _sections(parse_minutes(text).record) == [("C048/23", "APOLOGIES FOR ABSENCE.")]


def test_it_reads_a_number_alone_on_its_line_with_the_title_on_the_next() -> None:
    by_year = "Panel\n\n39/20\n\nAPOLOGIES FOR ABSENCE\n\nNone.\n"
    plain = "Committee\n\n124.\n\nApologies\n\nNone.\n\n125.\n\nMinutes\n\nAgreed.\n"

    assert _sections(parse_minutes(by_year).record) == [("39/20", "APOLOGIES FOR ABSENCE")]
    assert _sections(parse_minutes(plain).record) == [("124", "Apologies"), ("125", "Minutes")]


def test_it_reads_roman_item_numbers_and_a_year_numbered_minute() -> None:
    roman = parse_minutes("Board\n\nI APOLOGIES\n\nNone.\n\nII DECLARATIONS\n\nNone.\n")
    year = parse_minutes("Parish Council\n\n21.44 ELECTION OF CHAIR\n\nIt was agreed.\n")

    assert _sections(roman.record) == [("I", "APOLOGIES"), ("II", "DECLARATIONS")]
    assert _sections(year.record) == [("21.44", "ELECTION OF CHAIR")]


def test_it_keeps_paragraph_references_written_as_a_list() -> None:
    text = (
        "Panel\n\n4. Matters arising\n\n(1).    The Panel asked about CCTV.\n\n"
        "(2). The Commissioner replied.\n\n5. Minutes\n\na)   To approve the minutes.\n"
    )
    record = parse_minutes(text).record

    assert _paragraphs(record, 0) == [
        ("(1)", "The Panel asked about CCTV."),
        ("(2)", "The Commissioner replied."),
    ]
    assert _paragraphs(record, 1) == [("a)", "To approve the minutes.")]


def test_it_reads_unnumbered_headings_over_paragraphs_numbered_through_the_minutes() -> None:
    text = (
        "National Board\n\nPresent: Jane Smith, Chair\n\nWelcome and Introduction\n"
        "1. The Chair welcomed members and thanked them for coming to the meeting today.\n"
        "Minutes of Last Meeting\n"
        "2. The minutes were agreed, subject to two changes to paragraph fifteen.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("", "Welcome and Introduction"), ("", "Minutes of Last Meeting")]
    assert [p["ref"] for s in record["sections"] for p in s["paragraphs"]] == ["1", "2"]


def test_it_reads_items_without_titles_where_every_number_is_the_same() -> None:
    # Word's numbering lost on the way to a web page: every item reads "1.".
    text = (
        "Parish Council\n\n1. The Chair welcomed everyone to the meeting and set out the rules.\n\n"
        "1. Updates from the district councillor were received and noted by all members.\n"
    )
    result = parse_minutes(text)

    assert [(s["ref"], s["number"]) for s in result.record["sections"]] == [("1", 1), ("1", 2)]
    assert _paragraphs(result.record, 1)[0][1].startswith("Updates from")
    assert "Section 1 follows section 1; numbers are kept as written" in _messages(result)


# --- Paragraphs and decisions ------------------------------------------------------------------


def test_it_takes_each_sentence_line_for_a_paragraph_where_no_blank_lines_part_them() -> None:
    text = (
        "Council\n\n1. Declarations\nCllr Cartwright declared:\nA personal interest in item 4.\n"
        "A personal interest in item 5.\n"
    )
    record = parse_minutes(text).record

    assert [t for _, t in _paragraphs(record)] == [
        "Cllr Cartwright declared:",
        "A personal interest in item 4.",
        "A personal interest in item 5.",
    ]


def test_it_reports_a_line_joined_to_the_paragraph_above_unless_it_plainly_goes_on() -> None:
    text = (
        "Board\n\n1. Finance\n\n1.1 The board noted the report from\nthe treasurer and the\n"
        "Home Office letter\nAll agreed.\n"
    )
    result = parse_minutes(text)

    assert result.record["sections"][0]["paragraphs"][0]["text"].endswith("letter All agreed.")
    assert [(p.text, p.severity) for p in result.problems] == [("All agreed.", "warning")]


@pytest.mark.parametrize(
    "text",
    [
        "RESOLVED that the minutes be signed.",
        "RESOLVED \u2013 that the minutes be signed.",
        "Resolved: that the minutes be signed.",
        "It was RESOLVED that the minutes be signed.",
        "UNANIMOUSLY RESOLVED that the minutes be signed.",
    ],
)
def test_it_marks_a_resolution_as_a_decision(text: str) -> None:
    record = parse_minutes(f"Board\n\n1. Minutes\n\n{text}\n\nThey were signed.\n").record

    paragraphs = record["sections"][0]["paragraphs"]
    assert [p.get("decision", False) for p in paragraphs] == [True, False]


# --- A ModernGov web page ------------------------------------------------------------------------


MODERNGOV = """Agenda and minutes

Westshire Police and Crime Panel - Tuesday, 15 September 2020 10.30 am

Venue: Council Chamber, County Hall. View directions

Contact: A Clerk, Email: clerk@example.org

Media

Items
No. Item

39/20

APOLOGIES FOR ABSENCE

    \u2022 Share this item

    The Chairman to report apologies for absence.

    Additional documents:

    Minutes:

    Apologies were received from Councillors Bob Milton (Westshire County Council) and John Furey.

40/20

MINUTES OF THE PREVIOUS MEETING pdf icon PDF 135 KB

    Minutes:

    The minutes were agreed.
"""


def test_it_reads_a_moderngov_pages_board_date_and_place() -> None:
    record = parse_minutes(MODERNGOV).record

    assert (record["board"], record["date"]) == ("Westshire Police and Crime Panel", "2020-09-15")
    assert record["place"] == "Council Chamber, County Hall"


def test_it_keeps_only_the_minute_of_a_moderngov_item_and_says_what_it_left_out() -> None:
    result = parse_minutes(MODERNGOV)

    assert _sections(result.record) == [
        ("39/20", "APOLOGIES FOR ABSENCE"),
        ("40/20", "MINUTES OF THE PREVIOUS MEETING"),
    ]
    assert _paragraphs(result.record)[0][1].startswith("Apologies were received")
    assert "Agenda text before 'Minutes:' left out of the record" in _messages(result)


def test_it_records_apologies_given_only_in_the_prose() -> None:
    assert _people(parse_minutes(MODERNGOV).record) == [
        ("Councillor Bob Milton", "", "Westshire County Council", "apologies"),
        ("Councillor John Furey", "", None, "apologies"),
    ]


# --- Heading blocks and attendance ---------------------------------------------------------------


def test_it_leaves_a_document_number_out_and_reads_a_date_written_without_spaces() -> None:
    text = (
        "MPC(21)M04\n\nGroby Parish Council\nMinutes of a meeting of the Parish Council held on\n"
        "Monday1st March2010 at the Chamber.\n\n1. Minutes\n\nAgreed.\n"
    )
    result = parse_minutes(text)

    assert (result.record["board"], result.record["date"]) == ("Groby Parish Council", "2010-03-01")
    assert result.problems[0].text == "MPC(21)M04"


def test_it_reads_the_board_from_an_at_a_meeting_sentence() -> None:
    text = (
        "At a MEETING of the DUNDEE JOINT BOARD held remotely on 27th October, 2021.\n\n"
        "I APOLOGIES FOR ABSENCE\n\nNone.\n"
    )
    record = parse_minutes(text).record

    assert (record["board"], record["date"]) == ("DUNDEE JOINT BOARD", "2021-10-27")


def test_it_reads_labelled_heading_lines_without_colons() -> None:
    text = (
        "National Board Minutes 4 November 2020\nTitle of meeting National Policing Board\n"
        "Date 4 November 2020\nVenue Virtual meeting\n\n1. Welcome\n\nThe Chair opened it.\n"
    )
    record = parse_minutes(text).record

    assert (record["board"], record["date"], record["place"]) == (
        "National Policing Board",
        "2020-11-04",
        "Virtual meeting",
    )


def test_it_reads_members_named_in_one_sentence_with_titles_and_roles() -> None:
    text = (
        "Parish Council\n\nMinutes of the meeting held on 1 May 2024\n\n"
        "Present: Chair - Cllr Etta Wright, Cllr P. Batty, County Cllr. Sprason, District Cllr "
        "Ronan Browne for Frisby Ward, Clerk Janice Kemp and 5 members of the public.\n\n"
        "1. Minutes\n\nAgreed.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Cllr Etta Wright", "Chair", None, "present"),
        ("Cllr P. Batty", "", None, "present"),
        ("County Cllr. Sprason", "", None, "present"),
        ("District Cllr Ronan Browne", "for Frisby Ward", None, "present"),
        ("Janice Kemp", "Clerk", None, "present"),
    ]


def test_it_reads_a_name_then_its_role_without_a_comma_and_keeps_notes_apart() -> None:
    text = (
        "Parish Council\n\nMinutes of the meeting held on 1 May 2024\n\n"
        "In Attendance:\nMr W Grosvenor Clerk to the Council\n\n"
        "Apologies: Cllr L Watson (family commitment), Cllr A Hart (Vice-Chair).\n\n"
        "1. Minutes\n\nAgreed.\n"
    )
    record = parse_minutes(text).record

    assert _people(record) == [
        ("Mr W Grosvenor", "Clerk to the Council", None, "in_attendance"),
        ("Cllr L Watson", "", None, "apologies"),
        ("Cllr A Hart", "Vice-Chair", None, "apologies"),
    ]
    assert record["attendees"][1]["note"] == "family commitment"


def test_it_reads_the_members_under_a_numbered_present_item_as_attendees() -> None:
    text = (
        "Parish Council\n\nMinutes of the meeting held on 1 May 2024\n\n"
        "Cou/235/09-10 / Present.\n"
        "Members: Cllr. P. Batty (Chairman), Cllr. Beck and Cllr. Coley.\n"
        "PC Ned Kelly.\nCou/236/09-10 / Minutes.\nAgreed.\n"
    )
    record = parse_minutes(text).record

    assert [a["name"] for a in record["attendees"]] == [
        "Cllr. P. Batty",
        "Cllr. Beck",
        "Cllr. Coley",
        "PC Ned Kelly",
    ]
    assert record["sections"][0]["paragraphs"] == []


def _heading(attendance: str) -> str:
    title = "Minutes of the meeting held on 1 May 2024"
    return f"Board\n\n{title}\n\n{attendance}\n\n1. Minutes\n\nAgreed.\n"


def test_it_keeps_initials_written_in_their_own_column() -> None:
    record = parse_minutes(_heading("Present:\nDr Avi Bhatia, AB, Clinical Chair")).record

    assert _people(record) == [("Dr Avi Bhatia", "Clinical Chair", None, "present")]
    assert record["attendees"][0]["initials"] == "AB"


def test_it_reads_a_council_after_a_name_as_the_organisation_in_cells_run_together() -> None:
    attendance = (
        "Present: Cllr M Alexander, East Herts District Council Cllr J Dean, Borough Council "
        "Ms A Francis, Co-opted Member"
    )
    assert _people(parse_minutes(_heading(attendance)).record) == [
        ("Cllr M Alexander", "", "East Herts District Council", "present"),
        ("Cllr J Dean", "", "Borough Council", "present"),
        ("Ms A Francis", "Co-opted Member", None, "present"),
    ]


@pytest.mark.parametrize(
    "heading", ["Non-members in attendance at request of Chief Officer:-", "Present in part:"]
)
def test_it_reads_headings_that_say_more_than_their_kind(heading: str) -> None:
    record = parse_minutes(_heading(f"{heading}\nJenny Hill, Head of Care")).record

    assert _people(record) == [("Jenny Hill", "Head of Care", None, "in_attendance")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "An apology for absence had been received from Cllr. Lindsay. This was accepted.",
            ["Cllr. Lindsay"],
        ),
        (
            "Apologies were received from Councillors K. Evans (Powys County Council) and "
            "W. Powell.",
            ["Councillor K. Evans", "Councillor W. Powell"],
        ),
    ],
)
def test_it_reads_apologies_from_a_sentence_with_abbreviations(
    sentence: str, names: list[str]
) -> None:
    record = parse_minutes(f"Board\n\n1. Apologies\n\n{sentence}\n").record

    assert [(a["name"], a["attendance"]) for a in record["attendees"]] == [
        (name, "apologies") for name in names
    ]


def test_it_reads_the_people_an_apologies_item_introduces_as_apologies() -> None:
    text = (
        "Board\n\nI APOLOGIES FOR ABSENCE\n\nApologies were submitted on behalf of:-\n\n"
        "Anne BUCHANAN, Nominated by Health Board\nKen LYNN, Elected Member\n\n"
        "II DECLARATION OF INTEREST\n\nNone.\n"
    )
    record = parse_minutes(text).record

    assert _people(record) == [
        ("Anne BUCHANAN", "Nominated by Health Board", None, "apologies"),
        ("Ken LYNN", "Elected Member", None, "apologies"),
    ]
    assert [t for _, t in _paragraphs(record)] == ["Apologies were submitted on behalf of:-"]


def test_it_keeps_a_role_with_and_in_it_whole() -> None:
    record = parse_minutes(
        _heading("In attendance:\nJenny HILL, Head of Health and Social Care")
    ).record

    assert _people(record) == [
        ("Jenny HILL", "Head of Health and Social Care", None, "in_attendance")
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING\nheld at the Hall on 10 October 2003",
        "National Park Authority Meeting in Public\nHeld on 10th October 2003 via Teams",
    ],
)
def test_it_reads_the_board_apart_from_the_title_and_the_date_below_it(lines: str) -> None:
    record = parse_minutes(f"{lines}\n\nPresent: Jane Doe, Chair\n\n1. Minutes\n\nAgreed.\n").record

    assert (record["board"].lower(), record["date"]) == ("national park authority", "2003-10-10")


# --- Sections out of sequence and actions beside the text -----------------------------------------


def test_it_keeps_a_heading_whose_number_goes_back_and_warns_of_it() -> None:
    text = "Board\n\n5. Finance\n\nCosts rose.\n\n3. Audit\n\nThe plan was agreed.\n"
    result = parse_minutes(text)

    assert [(s["ref"], s["number"], s["title"]) for s in result.record["sections"]] == [
        ("5", 5, "Finance"),
        ("3", 6, "Audit"),
    ]
    assert _messages(result) == ["Section 3 follows section 5; numbers are kept as written"]


ACTIONS = (
    "Board\n\nMinutes of the meeting held on 1 May 2024\n\n"
    "Present: Jane Brown (JB), Chair; Tom Reid, Treasurer\n\n1. Finance\n\n"
    "1.1 Costs rose. The treasurer to circulate the figures (Action: JB).\n\n"
    "1.2 The board asked for a report on staffing.\nAction by: Tom Reid\n\n"
    "1.3 The clerk to book a room (Action: XY).\n"
)


def _actions(record: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    return [
        (p["ref"], a["text"], a["owner_people"])
        for s in record["sections"]
        for p in s["paragraphs"]
        for a in p["actions"]
    ]


def test_it_reads_actions_marked_beside_the_text_and_resolves_initials() -> None:
    record = parse_minutes(ACTIONS).record

    assert _actions(record) == [
        ("1.1", "The treasurer to circulate the figures.", ["Jane Brown"]),
        ("1.2", "The board asked for a report on staffing.", ["Tom Reid"]),
        ("1.3", "The clerk to book a room.", []),
    ]
    assert record["sections"][0]["paragraphs"][0]["text"] == (
        "Costs rose. The treasurer to circulate the figures."
    )


def test_it_warns_of_an_action_owner_who_is_not_an_attendee() -> None:
    assert _messages(parse_minutes(ACTIONS)) == ["Action owner 'XY' is not among the attendees"]


# --- Table cells as a PDF gives them ------------------------------------------------------------


def test_it_splits_table_cells_run_together_at_each_title_or_initials() -> None:
    attendance = (
        "Apologies: Cllr R Smith, Herts Police Authority Cllr R Henry Stevenage Borough Council "
        "Mayor Dorothy Thornhill, Mayor of Watford A White, Herts Police Authority"
    )
    assert _people(parse_minutes(_heading(attendance)).record) == [
        ("Cllr R Smith", "", "Herts Police Authority", "apologies"),
        ("Cllr R Henry", "", "Stevenage Borough Council", "apologies"),
        ("Mayor Dorothy Thornhill", "Mayor of Watford", None, "apologies"),
        ("A White", "", "Herts Police Authority", "apologies"),
    ]


def test_it_keeps_a_substitute_written_with_for_in_the_role() -> None:
    line = (
        "Present:\n\u2022 Sir Stephen House QPM: Deputy Commissioner \u2013 for Dame Cressida Dick"
    )

    assert _people(parse_minutes(_heading(line)).record) == [
        (
            "Sir Stephen House QPM",
            "Deputy Commissioner \u2013 for Dame Cressida Dick",
            None,
            "present",
        )
    ]


def test_it_reads_a_note_in_brackets_and_the_council_beside_it() -> None:
    attendance = (
        "Present:\nCllr A Franey (substitute), Borough Council\nCllr R Hannam, City and District "
        "Council (Chairman)"
    )
    assert _people(parse_minutes(_heading(attendance)).record) == [
        ("Cllr A Franey", "substitute", "Borough Council", "present"),
        ("Cllr R Hannam", "Chairman", "City and District Council", "present"),
    ]


def test_it_joins_a_table_cell_wrapped_onto_the_next_line_to_the_role() -> None:
    attendance = "Present:\nJames COTTON, Medical Practitioner (not providing\n\nprimary services)"

    assert _people(parse_minutes(_heading(attendance)).record) == [
        ("James COTTON", "Medical Practitioner (not providing primary services)", None, "present")
    ]


def test_it_keeps_paragraph_numbers_running_on_under_unnumbered_headings() -> None:
    text = (
        "Board\n\nPresent: Jane Doe, Chair\n\nWelcome\n"
        "1. The Chair welcomed those in the public gallery to the meeting of the board.\n"
        "Minutes of Last Meeting\n"
        "2. The minutes were agreed, subject to two changes to paragraph fifteen of them.\n"
        "3. Clarification was sought as to the meaning of the reference to projects at risk.\n"
        "Matters Arising\n"
        "4. The Convener reported on a number of action points arising:\n"
    )
    record = parse_minutes(text).record

    assert [title for _, title in _sections(record)] == [
        "Welcome",
        "Minutes of Last Meeting",
        "Matters Arising",
    ]
    assert _paragraphs(record, 2)[0][0] == "4"


# --- What the heading says besides the people -----------------------------------------------------


def test_it_reads_the_place_the_title_gives() -> None:
    text = (
        "Parish Council\nMinutes of a meeting held at 7.00pm on\n"
        "Monday 1st March 2010 at the Parish Council Chamber, Groby.\n\n1. Minutes\n\nAgreed.\n"
    )
    assert parse_minutes(text).record["place"] == "Parish Council Chamber, Groby"


def test_it_adds_the_chair_a_heading_names_and_reports_contact_details() -> None:
    text = (
        "Audit Board\nChair: Cllr Ann Smith\nContact: A Clerk, Email: clerk@example.org\n\n"
        "Minutes\n\nPresent: Tom Reid, Treasurer\n\n1. Minutes\n\nAgreed.\n"
    )
    result = parse_minutes(text)

    assert _people(result.record) == [
        ("Tom Reid", "Treasurer", None, "present"),
        ("Cllr Ann Smith", "Chair", None, "present"),
    ]
    assert _messages(result) == ["Contact details left out of the record"]


def test_it_reads_who_was_in_the_chair_and_lists_nobody_for_none() -> None:
    text = _heading(
        "Present: Tom Reid, Treasurer\nCouncillor Ann Brown in the chair\n\n"
        "Absent:\nThere were no absences\n\nOne member of the public"
    )
    result = parse_minutes(text)

    assert _people(result.record) == [
        ("Tom Reid", "Treasurer", None, "present"),
        ("Councillor Ann Brown", "Chair", None, "present"),
    ]
    assert _messages(result) == ["Members of the public are not recorded by name"]


@pytest.mark.parametrize(
    "line",
    [
        "Trust Board 25.04.2017 Minutes \u2013 Final",
        "Name, Role",
        "This document is available in Welsh and in large print",
        "https://www.example.org/minutes",
        "R:\\PCP\\25.10.12 MEETING\\PCP MINUTES.DOC - 1",
    ],
)
def test_it_leaves_page_furniture_out_and_says_so(line: str) -> None:
    result = parse_minutes(f"Board\n\n1. Minutes\n\nAgreed.\n\n{line}\n\nNoted.\n")

    assert _paragraphs(result.record) == [("1.1", "Agreed."), ("1.2", "Noted.")]
    assert _messages(result) == ["Left out of the record as page furniture"]


# --- More references as written ------------------------------------------------------------------


def test_it_reads_a_minute_number_its_title_and_its_text_on_one_line() -> None:
    text = (
        "Parish Council\n\n233 Apologies \u2013 Apologies were received from Cllr Lee.\n\n"
        "234 Minutes \u2013 The minutes were agreed.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("233", "Apologies"), ("234", "Minutes")]
    assert _paragraphs(record, 1) == [("234.1", "The minutes were agreed.")]


@pytest.mark.parametrize(("heading", "ref"), [("Min 12: Finance", "12"), ("5(a) Finance", "5(a)")])
def test_it_reads_minute_and_lettered_references(heading: str, ref: str) -> None:
    record = parse_minutes(f"Board\n\n{heading}\n\nCosts rose.\n").record

    assert _sections(record) == [(ref, "Finance")]


def test_it_keeps_a_sub_paragraph_reference_as_written() -> None:
    text = "Board\n\n4. Finance\n\n4.3 Costs rose.\n\n4.3.1 Fuel cost more.\n\n4.4 Noted.\n"
    result = parse_minutes(text)

    assert [p["ref"] for p in result.record["sections"][0]["paragraphs"]] == ["4.3", "4.3.1", "4.4"]
    assert _messages(result) == ["Section 4 begins at paragraph 4.3; numbers are kept as written"]


def test_it_reads_cells_set_apart_by_tabs_as_name_and_role() -> None:
    record = parse_minutes(_heading("Present:\nJane Smith\tChief Executive\n")).record

    assert _people(record) == [("Jane Smith", "Chief Executive", None, "present")]


def test_it_reads_a_table_of_actions_with_owner_and_due_columns() -> None:
    text = ACTIONS.split("1.2 ")[0] + (
        "Action, Action by, When\nCirculate the figures, JB, 31 May 2024\n"
        "Book a room, Tom Reid, 1 June 2024\n"
    )
    actions = parse_minutes(text).record["sections"][0]["paragraphs"][0]["actions"]

    assert [(a["text"], a["owner_people"], a["due"]) for a in actions][1:] == [
        ("Circulate the figures", ["Jane Brown"], "2024-05-31"),
        ("Book a room", ["Tom Reid"], "2024-06-01"),
    ]


def test_it_keeps_attendance_notes_apart_from_roles() -> None:
    attendance = (
        "Also present\nProf Ann Lee (items 1\u20134)\nPeter Bell, Public Governor (part)\n"
        "Supt Alan Reid, Westshire Police"
    )
    record = parse_minutes(_heading(attendance)).record

    assert _people(record) == [
        ("Prof Ann Lee", "", None, "in_attendance"),
        ("Peter Bell", "Public Governor (part)", None, "in_attendance"),
        ("Supt Alan Reid", "", "Westshire Police", "in_attendance"),
    ]
    assert [a.get("note") for a in record["attendees"]] == ["items 1\u20134", "part", None]


def test_it_reads_a_location_line_as_the_place() -> None:
    text = "Meeting: Audit Committee\nLocation: Town Hall\n\n1. Minutes\n\nAgreed.\n"

    assert parse_minutes(text).record["place"] == "Town Hall"


def test_it_takes_the_board_from_the_meeting_sentence_under_page_clutter() -> None:
    text = (
        "OFFICIAL\nWestshire Fire Authority logo\n"
        "This document is available in other formats on request\n\n"
        "At a MEETING of the WESTSHIRE FIRE AUTHORITY held at County Hall on 6.2.20\n\n"
        "present\nCouncillor A Smith (Chair)\n\n1 APOLOGIES\n\nNone.\n"
    )
    record = parse_minutes(text).record

    assert (record["board"], record["date"], record["place"]) == (
        "WESTSHIRE FIRE AUTHORITY",
        "2020-02-06",
        "County Hall",
    )
    assert _people(record) == [("Councillor A Smith", "Chair", None, "present")]


def test_it_reads_a_table_whose_cells_come_out_one_per_line() -> None:
    attendance = (
        "Present:\nName\nRole\nJane Smith\nChief Executive\nTom Reid\nHead of Finance\n"
        "Ann Lee\nWestshire Council"
    )
    result = parse_minutes(_heading(attendance))

    assert _people(result.record) == [
        ("Jane Smith", "Chief Executive", None, "present"),
        ("Tom Reid", "Head of Finance", None, "present"),
        ("Ann Lee", "", "Westshire Council", "present"),
    ]
    assert _messages(result) == ["Left out of the record as page furniture"] * 2


def test_it_reads_year_numbered_minutes_with_a_minute_prefix_and_text_on_the_line() -> None:
    text = (
        "Parish Council\n\nMinute 23/45 Apologies \u2013 Apologies were received from Cllr Lee.\n\n"
        "Min. No. 24/45 Finance\n\nCosts rose.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("23/45", "Apologies"), ("24/45", "Finance")]
    assert _paragraphs(record, 0)[0][1] == "Apologies were received from Cllr Lee."


def test_it_joins_a_name_cell_wrapped_onto_its_own_line() -> None:
    attendance = (
        "Present:-\nDonald, Nominated by Health Board\n\n# McPHERSON\n\n"
        "Trudy McLEAY, Nominated by Dundee City Council\n\n# (Vice Chairperson)\n\n"
        "Bill CAMPBELL, Elected Member"
    )
    record = parse_minutes(_heading(attendance)).record

    assert [a["name"] for a in record["attendees"]] == [
        "Donald McPHERSON",
        "Trudy McLEAY",
        "Bill CAMPBELL",
    ]
    assert [a["organisation"] for a in record["attendees"]] == [None, None, None]
    assert record["attendees"][1]["note"] == "Vice Chairperson"


def test_it_reads_names_with_initials_run_together_and_the_others_after_them() -> None:
    attendance = (
        "Venue, Committee Room\nAttendees, Board Directors\n"
        "Dame Shirley Pearce (SP) (Chair) Ann Barnes (AB) Sir Denis O\u2019Connor (DOC) Others "
        "Rob Beckley (RB) College COO Robin Wilkinson (RW) Director of HR (MPS)"
    )
    record = parse_minutes(_heading(attendance)).record

    assert _people(record) == [
        ("Dame Shirley Pearce", "Chair", None, "present"),
        ("Ann Barnes", "", None, "present"),
        ("Sir Denis O\u2019Connor", "", None, "present"),
        ("Rob Beckley", "College COO", None, "in_attendance"),
        ("Robin Wilkinson", "Director of HR (MPS)", None, "in_attendance"),
    ]
    assert [a["initials"] for a in record["attendees"]] == ["SP", "AB", "DOC", "RB", "RW"]
    assert record["place"] == "Committee Room"


def test_it_reads_a_kind_heading_run_into_the_line_before() -> None:
    attendance = "Present: Peter Argyle In Attendance: Jane Hope, Interim Chief Executive"

    assert _people(parse_minutes(_heading(attendance)).record) == [
        ("Peter Argyle", "", None, "present"),
        ("Jane Hope", "Interim Chief Executive", None, "in_attendance"),
    ]


def test_it_records_apologies_someone_is_said_to_have_sent() -> None:
    text = "Board\n\n1. Welcome\n\nThe Chair noted that Louise Casey had sent apologies.\n"

    assert _people(parse_minutes(text).record) == [("Louise Casey", "", None, "apologies")]


def test_it_reads_a_two_column_table_of_bare_names_run_into_one_line() -> None:
    attendance = (
        "Present:, Peter Argyle Eric Baird\nDuncan Bryden Stuart Black\n"
        "In Attendance:, Jane Hope, Interim Chief Executive, CNPA"
    )
    assert _people(parse_minutes(_heading(attendance)).record) == [
        ("Peter Argyle", "", None, "present"),
        ("Eric Baird", "", None, "present"),
        ("Duncan Bryden", "", None, "present"),
        ("Stuart Black", "", None, "present"),
        ("Jane Hope", "Interim Chief Executive", "CNPA", "in_attendance"),
    ]


def test_it_reads_scottish_names_with_capital_surnames_run_together_or_wrapped() -> None:
    attendance = (
        "In attendance:-\nJenny HILL, Head of Care\nKathryn SHARP, Service Manager\n"
        "Arlene MITCHELL Localities Manager Christine JONES Care Partnership\n"
        "Anne Marie, Audit Scotland\n\n# MACHAN"
    )
    assert _people(parse_minutes(_heading(attendance)).record) == [
        ("Jenny HILL", "Head of Care", None, "in_attendance"),
        ("Kathryn SHARP", "Service Manager", None, "in_attendance"),
        ("Arlene MITCHELL", "Localities Manager", None, "in_attendance"),
        ("Christine JONES", "Care Partnership", None, "in_attendance"),
        ("Anne Marie MACHAN", "Audit Scotland", None, "in_attendance"),
    ]


def test_it_records_apologies_the_chair_noted_from_someone() -> None:
    text = "Board\n\n2. Apologies\n\n2.1 Alan Yates noted apologies from Judith Smyth, Director.\n"

    assert _people(parse_minutes(text).record) == [("Judith Smyth", "Director", None, "apologies")]


def test_it_reads_a_surname_that_is_a_role_word_and_roman_initials_as_what_they_are() -> None:
    attendance = "Present:\nJane Smith\nEmma Clerk\n\nIV\n\nTom Reid"
    record = parse_minutes(_heading(attendance)).record

    assert _people(record) == [
        ("Jane Smith", "", None, "present"),
        ("Emma Clerk", "", None, "present"),
        ("Tom Reid", "", "IV", "present"),
    ]


def test_it_reads_minutes_with_no_numbers_at_all_by_their_headings() -> None:
    text = (
        "Audit Board\n\nMinutes of the meeting held on 1 May 2024\n\nPresent: Jane Doe, Chair\n\n"
        "Welcome\n\nThe Chair welcomed the members of the board.\n\n"
        "FINANCE REPORT\n\nThe Treasurer presented the report on the year's spending.\n\n"
        "Members asked about reserves.\n"
    )
    result = parse_minutes(text)

    assert _sections(result.record) == [("", "Welcome"), ("", "FINANCE REPORT")]
    assert [t for _, t in _paragraphs(result.record, 1)] == [
        "The Treasurer presented the report on the year's spending.",
        "Members asked about reserves.",
    ]


# --- Held-out layouts: headings closed by a colon, numbers without dots -------------------------


def test_it_reads_headings_closed_by_a_colon_over_their_text() -> None:
    text = (
        "Anytown Trust\n\nMinutes of the board meeting held on 3 April 2013\n\n"
        "1. Apologies:\n\nApologies are noted above.\n\n"
        "2. Declaration of Interests:\n\nNone were declared.\n"
    )
    record = parse_minutes(text).record

    assert [(ref, title.rstrip(":")) for ref, title in _sections(record)] == [
        ("1", "Apologies"),
        ("2", "Declaration of Interests"),
    ]


def test_it_reads_a_first_minute_numbered_through_the_year_without_a_dot() -> None:
    text = (
        "Anytown Health Board\n\nMinutes of the meeting held on 4 October 2011\n\n"
        "Present\nMr John Smith, Chair\nMs Jane Doe\n"
        "105 Declarations of Interest\nMembers declared the following interests.\n"
        "106 Finance Report\nThe Board noted the report.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("105", "Declarations of Interest"), ("106", "Finance Report")]


def test_it_reads_paragraphs_numbered_without_dots_under_headings_without_numbers() -> None:
    text = (
        "UNIVERSITY COURT\n\nMinutes of meeting held on 25 June 2002\n\n"
        "Present:   Principal, Mr A Smith\n\n"
        "                    MINUTES\n\n"
        "227    The minutes of the meeting held on 14 May 2002 were approved subject to minor\n"
        "          textual amendments.\n\n"
        "                    STATEMENT BY PRINCIPAL\n\n"
        "228   The Principal paid tribute to the members of Court who retire this year.\n\n"
        "229   The Principal noted that it had been a good year.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("", "MINUTES"), ("", "STATEMENT BY PRINCIPAL")]
    assert [ref for ref, _ in _paragraphs(record, 1)] == ["228", "229"]


_COURT = (
    "UNIVERSITY COURT\n\nMinutes of meeting held on 25 June 2002\n\n"
    "Present:   Rector (In the Chair), Principal, Councillor D Clyne, Mr H\n"
    "           Duncan, Dr P Kinnear, with Professor D Houlihan, and Mrs H\n"
    "           Stephen (Clerk).\n\n"
    "Apologies for absence were received from Councillor P Johnston and Dr M Mackie.\n\n"
    "1. Minutes\nThe minutes of the last meeting were approved.\n"
)


def test_it_reads_a_list_of_attendees_wrapped_over_lines_with_officers_after_with() -> None:
    record = parse_minutes(_COURT).record

    assert [(name, attendance) for name, _, _, attendance in _people(record)][:6] == [
        ("Rector", "present"),
        ("Principal", "present"),
        ("Councillor D Clyne", "present"),
        ("Mr H Duncan", "present"),
        ("Dr P Kinnear", "present"),
        ("Professor D Houlihan", "in_attendance"),
    ]


def test_it_reads_an_apologies_sentence_among_the_attendees() -> None:
    record = parse_minutes(_COURT).record

    assert [name for name, _, _, kind in _people(record) if kind == "apologies"] == [
        "Councillor P Johnston",
        "Dr M Mackie",
    ]


def test_it_reads_attendance_headings_of_tables_and_a_misspelt_one() -> None:
    text = (
        "Anytown University Court\n\nMinutes of the meeting held on 5 October 2022\n\n"
        "Members Present Members Present\nJane Hope (Chair)\nBob Wilson\n\n"
        "Staff members in attendance  Role\nAnn Lee, Director of Finance\n\n"
        "IN ATTENDENCE\nTom Bell, Clerk\n\n"
        "1. Welcome\nThe Chair welcomed members to the meeting.\n"
    )
    record = parse_minutes(text).record

    assert [(name, org, kind) for name, _, org, kind in _people(record)] == [
        ("Jane Hope", None, "present"),
        ("Bob Wilson", None, "present"),
        ("Ann Lee", None, "in_attendance"),
        ("Tom Bell", None, "in_attendance"),
    ]


def test_it_reads_a_two_column_table_of_titled_names_run_into_one_line() -> None:
    text = (
        "Anytown Court\n\nMinutes of the meeting held on 5 October 2022\n\n"
        "Present\nJane Hope (Chair) Dr Arturo Lane\nProfessor Richard Bell Sarah Fox\n"
        "Dr Maria Hall-Jones Dr Andrew Hunt\n\n"
        "1. Welcome\nThe Chair welcomed members to the meeting.\n"
    )
    record = parse_minutes(text).record

    assert [name for name, _, _, _ in _people(record)][2:] == [
        "Professor Richard Bell",
        "Sarah Fox",
        "Dr Maria Hall-Jones",
        "Dr Andrew Hunt",
    ]


def test_it_reads_name_and_role_cells_run_together_without_commas() -> None:
    text = (
        "Anytown Audit Committee\n\nMinutes of the meeting held on 13 June 2016\n\n"
        "IN ATTENDANCE\n"
        "Mr I Dent Director of Resources, Anytown Constabulary\n"
        "N AshbySuperintendent, Head of Corporate Development, Anytown Constabulary\n"
        "Ms J TateAudit Manager\n\n"
        "1. Apologies\nNone were received.\n"
    )
    record = parse_minutes(text).record

    # A post then the body it is in ("Director of Resources, Anytown Constabulary") is read as
    # role and organisation; two commas leave the post as written.
    assert [(name, role, body) for name, role, body, _ in _people(record)] == [
        ("Mr I Dent", "Director of Resources", "Anytown Constabulary"),
        ("N Ashby", "Superintendent, Head of Corporate Development, Anytown Constabulary", None),
        ("Ms J Tate", "Audit Manager", None),
    ]


def test_it_reads_bare_names_after_a_role_in_brackets_and_a_role_wrapped_over_a_blank() -> None:
    text = (
        "Anytown Housing Board\n\nMinutes of the board meeting held on 30 October 2009\n\n"
        "Present: Sandra Forbes (Chair), Alan Dent (Vice-Chair), Ian Wall, Liz Walsh,\n\n"
        "In attendance: John Lark (Chief Executive), Ian Pross (Director of\n\n"
        "Railway Safety), Fiona Bee (Board Secretary).\n\n"
        "1. Apologies\nNone were received.\n"
    )
    record = parse_minutes(text).record

    assert [(name, role) for name, role, _, _ in _people(record)] == [
        ("Sandra Forbes", "Chair"),
        ("Alan Dent", "Vice-Chair"),
        ("Ian Wall", ""),
        ("Liz Walsh", ""),
        ("John Lark", "Chief Executive"),
        ("Ian Pross", "Director of Railway Safety"),
        ("Fiona Bee", "Board Secretary"),
    ]


def test_it_keeps_a_title_inside_a_role_in_brackets_in_the_role() -> None:
    text = (
        "Anytown Rail Board\n\nMinutes of the board meeting held on 28 November 2023\n\n"
        "In attendance: Fred Alder (Director of Planning, via MS Teams), Fiona Bee (Secretary).\n\n"
        "1. Apologies\nNone were received.\n"
    )
    record = parse_minutes(text).record

    assert [name for name, _, _, _ in _people(record)] == ["Fred Alder", "Fiona Bee"]


def test_it_reads_the_board_under_a_moderngov_page_title_and_skips_a_marking() -> None:
    text = (
        "OFFICIAL - APPROVED\n\nAgenda and draft minutes\n\n"
        "Anytown Health and Wellbeing Board\nThursday, 18th April, 2019 10.00 am\n\n"
        "1. Apologies for Absence\nNone were received.\n"
    )
    record = parse_minutes(text).record

    assert (record["board"], record["date"]) == ("Anytown Health and Wellbeing Board", "2019-04-18")


def test_it_records_substitutes_named_in_apologies_as_present() -> None:
    text = (
        "Anytown Board\n\nMinutes of the meeting held on 18 April 2019\n\n"
        "1. Apologies for Absence\n"
        "Apologies for absence were received from Mr D Black (Ms H Horn attended as "
        "substitute), Mr A Cummins (Mr D Walsh, Medical Director attended in his absence) "
        "and Mr I Jones.\n"
    )
    record = parse_minutes(text).record

    assert [(name, role, kind) for name, role, _, kind in _people(record)] == [
        ("Mr D Black", "", "apologies"),
        ("Ms H Horn", "", "present"),
        ("Mr A Cummins", "", "apologies"),
        ("Mr D Walsh", "Medical Director", "present"),
        ("Mr I Jones", "", "apologies"),
    ]


def test_it_reads_roles_before_names_and_employees_present_as_in_attendance() -> None:
    text = (
        "Draft Minutes of the Ordinary Meeting held on Thursday 19th October 2023\n"
        "Present: Chair Cllr. C Evans, Cllr. P Rudd\n"
        "Council Employees Present: RFO Clive Barker, Clerk Linda Ellis\n"
        "Members of the Public Present: Cllr H Davis\n"
        "1. Apologies\nNone were received.\n"
    )
    record = parse_minutes(text).record

    assert [(name, role, kind) for name, role, _, kind in _people(record)] == [
        ("Cllr. C Evans", "Chair", "present"),
        ("Cllr. P Rudd", "", "present"),
        ("Clive Barker", "RFO", "in_attendance"),
        ("Linda Ellis", "Clerk", "in_attendance"),
        ("Cllr H Davis", "", "in_attendance"),
    ]


def test_it_reads_a_minute_with_its_title_and_text_on_one_line_after_a_colon() -> None:
    text = (
        "Anytown Community Council\n\nMinutes of the meeting held on 19 October 2023\n\n"
        "Present: Cllr. C Evans, Cllr. P Rudd\n"
        "82/23 Apologies: Cllr. A Evans sent his apologies.\n"
        "The meeting is held as a hybrid meeting under the Act 2021\n"
        "83/23 Declarations of Interest: There were no declarations of interest.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("82/23", "Apologies"), ("83/23", "Declarations of Interest")]
    assert _paragraphs(record)[0][1] == "Cllr. A Evans sent his apologies."


def test_it_reads_the_next_number_set_apart_from_a_title_that_ends_in_a_full_stop() -> None:
    text = (
        "Minutes of the Community Council Meeting held on Tuesday, 19th July 2022.\n\n"
        "1          Apologies\n\nNone were received.\n\n"
        "2          To declare any personal and/or prejudicial interest.\n\n"
        "No personal declaration was received.\n\n"
        "3          To approve minutes of previous meetings.\n\n"
        "The minutes were approved.\n"
    )
    record = parse_minutes(text).record

    assert [ref for ref, _ in _sections(record)] == ["1", "2", "3"]


def test_it_reads_attendance_given_in_numbered_items_with_labels() -> None:
    text = (
        "Minutes of the Community Council Meeting held on Tuesday, 19th July 2022.\n\n"
        "1          Present\n\n"
        "Councillors, Mr Tim Owens (Chair), Mrs Sara Barton & Mr Alun Foulks (Clerk). "
        "Also: County Councilor Mr Arfon Wynn\n\n"
        "2          Apologies\n\n"
        "were received from: Councillors Mr Gary Evans & Mr Les Tomas. "
        "Also: County Councilor Mr John Jones\n\n"
        "3          Welcome\n\nThe Chair welcomed everyone to the meeting.\n"
    )
    record = parse_minutes(text).record

    assert sorted((name.split()[-1], kind) for name, _, _, kind in _people(record)) == [
        ("Barton", "present"),
        ("Evans", "apologies"),
        ("Foulks", "present"),
        ("Jones", "apologies"),
        ("Owens", "present"),
        ("Tomas", "apologies"),
        ("Wynn", "in_attendance"),
    ]


def test_it_reads_a_letter_spaced_heading_mayors_and_roles_in_brackets_with_dashes() -> None:
    text = (
        "ANYTOWN COMBINED AUTHORITY\n"
        "At a meeting of the Anytown Combined Authority held on Friday, 15th September, 2017 "
        "the following Members were\n"
        "P r e s e n t:\n"
        "Metro Mayor S Roth (in the Chair)\n"
        "Deputy Mayor A Byrne (Substitute for Mayor J Anders), Councillor L Robbins "
        "(Co-opted Member - Transport) and Kate Farr (Mayoral Advisor \u2013 Homelessness).\n"
        "66. APOLOGIES FOR ABSENCE\nThere were none.\n"
    )
    record = parse_minutes(text).record

    assert [(name, role) for name, role, _, _ in _people(record)] == [
        ("Metro Mayor S Roth", "in the Chair"),
        ("Deputy Mayor A Byrne", "Substitute for Mayor J Anders"),
        ("Councillor L Robbins", "Co-opted Member - Transport"),
        ("Kate Farr", "Mayoral Advisor \u2013 Homelessness"),
    ]


def test_it_reads_paragraphs_numbered_through_the_minutes_under_item_headings() -> None:
    text = (
        "THE ANYTOWN BOARD\n\nMinutes of the board meeting held on 28 November 2023\n\n"
        "Item 1 WELCOME\n\n1. The Chair welcomed everyone to the meeting.\n\n"
        "Item 2 APPROVAL OF PREVIOUS MINUTES\n\n"
        "2. The minutes of the 9 October 2023 meeting were approved, subject to the\n"
        "insertion at paragraph 50 of the words agreed.\n"
        "3. The minutes of the 24 October 2023 meeting were approved, subject to an\n"
        "amendment in paragraph 36.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("1", "WELCOME"), ("2", "APPROVAL OF PREVIOUS MINUTES")]
    assert [ref for ref, _ in _paragraphs(record, 1)] == ["2", "3"]


def test_it_reads_an_apologies_sentence_after_an_apologies_label() -> None:
    text = (
        "ANYTOWN HEALTH BOARD\nDRAFT MINUTE of MEETING of the BOARD\n"
        "Board Room, Anytown 4 October 2011\nPresent\nMr Gary Couts, Chair\n"
        "Apologies \u2013 Apologies were received from Cllr Margaret Davis and Mr Okain Lennan.\n"
        "105 Declarations of Interest\nMembers declared the following interests.\n"
    )
    record = parse_minutes(text).record

    assert [name for name, _, _, kind in _people(record) if kind == "apologies"] == [
        "Cllr Margaret Davis",
        "Mr Okain Lennan",
    ]


def test_it_reads_people_marked_as_attending_in_part_inside_a_list() -> None:
    text = (
        "THE ANYTOWN HOUSING ASSOCIATION\nMINUTES OF THE BOARD MEETING\nFRIDAY 30 October 2009\n"
        "Present: Sandra Forbes (Chair), Ian Wall\n"
        "In attendance: Anne Allison (Governance Officer) and (in part) Gosia Motte (Treasurer)\n"
        "1. Apologies for Absence\nThere were no apologies for absence.\n"
    )
    record = parse_minutes(text).record

    assert [name for name, _, _, _ in _people(record)] == [
        "Sandra Forbes",
        "Ian Wall",
        "Anne Allison",
        "Gosia Motte",
    ]


def test_it_reads_names_run_together_under_member_class_labels() -> None:
    # Internal drainage boards: "Messrs:" and "Ratepayer Members:" lead lists with no commas.
    text = (
        "ANYTOWN INTERNAL DRAINAGE BOARD\n\n"
        "MINUTES of a Meeting held on Wednesday 23 September 2015\n\n"
        "PRESENT: Ratepayer Members: Mr Barker (Ch) Mr I Backhouse Mr Reed\n"
        "Appointed Members: Co-opted Members: Members Present: 3\n"
        "Apologies for non-attendance were received from:-\n"
        "Messrs: H. C. Drake Mrs M. Dennis R Williams\n\n"
        "1. CHAIRMAN'S ANNOUNCEMENTS\n1.1 None.\n"
    )
    record = parse_minutes(text).record

    assert [(name, role, kind) for name, role, _, kind in _people(record)] == [
        ("Mr Barker", "Ch", "present"),
        ("Mr I Backhouse", "", "present"),
        ("Mr Reed", "", "present"),
        ("H. C. Drake", "", "apologies"),
        ("Mrs M. Dennis", "", "apologies"),
        ("R Williams", "", "apologies"),
    ]


def test_it_records_a_substitute_named_in_the_minutes_prose_as_present() -> None:
    text = (
        "Anytown Planning Committee\n\nMinutes of the meeting held on 2 July 2020\n\n"
        "137. Apologies\nIt was noted that an apology for absence had been received from "
        "Councillor D P Murphy.\n"
        "138. Appointment of Substitute Members\nIt was noted that Councillor M Bates had been "
        "appointed as a substitute member for Councillor D P Murphy.\n"
    )
    record = parse_minutes(text).record

    assert [(name, kind) for name, _, _, kind in _people(record)] == [
        ("Councillor D P Murphy", "apologies"),
        ("Councillor M Bates", "present"),
    ]


def test_it_reads_on_past_a_group_label_after_its_people() -> None:
    text = (
        "ANYTOWN INTERNAL DRAINAGE BOARD\n"
        "A meeting of the Board was held at the Village Hall, on Wednesday 18th June 2014.\n"
        "457. APOLOGIES FOR ABSENCE\n"
        "Apologies were received from C Apps Esq., P Boulden Esq., and B Wrout Esq., Elected "
        "Members. Cllr A Clifton-Holt, Cllr A Cragg and Cllr D Wimble, Appointed Members.\n"
    )
    record = parse_minutes(text).record

    assert [(name, kind) for name, _, _, kind in _people(record)][-3:] == [
        ("Cllr A Clifton-Holt", "apologies"),
        ("Cllr A Cragg", "apologies"),
        ("Cllr D Wimble", "apologies"),
    ]
