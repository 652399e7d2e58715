"""Rules the reader took from the twenty-second fresh set (tests/data/real-fresh-22): ways real
minutes of many bodies are printed, each on a made-up example. Pure functions only."""

import datetime
import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.dates import find_date
from meetings.minutes.files import read_file


def _people(record: dict) -> list[tuple[str, str, str]]:
    return [(a["name"], a["role"] or "", a["attendance"]) for a in record["attendees"]]


def test_a_dash_after_present_or_apologies_is_the_labels_colon() -> None:
    # "Present \u2013 ..." and "Apologies - ...", as associations and sub-committees write them:
    # the names after the dash are the people, not a line of prose.
    text = (
        "Minutes of the Riverside Tenants Association General Meeting held on 4 April 2024\n"
        "Present \u2013 Ann Smith, Bob Jones, Cara Lee\n"
        "Apologies - Eve Black and Fred Green\n\n"
        "1. Matters Arising\n"
        "The repairs to the lifts had been done.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Ann Smith", "", "present"),
        ("Bob Jones", "", "present"),
        ("Cara Lee", "", "present"),
        ("Eve Black", "", "apologies"),
        ("Fred Green", "", "apologies"),
    ]


def test_initials_run_counts_the_unnamed_and_a_mc_surnames_inner_capital() -> None:
    # A list of 'Name (XX) Post' run together: "and twelve residents" at its end is a count of
    # people not named, no one's body; "McKay(CMK)" initials the surname's inner capital too;
    # the list's commas are not part of the posts.
    text = (
        "Minutes of the Riverside Tenants Association General Meeting held on 4 April 2024\n"
        "Present \u2013 Ann Smith (AS) Chair, Bob Jones(BJ) Treasurer, Cara McKay(CMK), "
        "Dan Lee(DL) and twelve residents\n\n"
        "1. Matters Arising\n"
        "AS reported that the repairs had been done.\n"
    )
    record = parse_minutes(text).record
    assert _people(record) == [
        ("Ann Smith", "Chair", "present"),
        ("Bob Jones", "Treasurer", "present"),
        ("Cara McKay", "", "present"),
        ("Dan Lee", "", "present"),
    ]
    assert all(not a["organisation"] for a in record["attendees"])


def test_a_list_of_people_each_of_a_body_gives_each_their_body() -> None:
    # "Name of BODY, Name of BODY and Name of BODY" after the members, set apart by a semicolon:
    # the agencies' people, each with the body they come from; not one person called "Ann Lee
    # of HMCTS" whose post is the rest of the list.
    text = (
        "Minutes of the Criminal Courts Sub Committee held at the Court House on 15 May 2019\n"
        "Present \u2013 Tom Hill, Sue Ward, Raj Patel; Ann Lee of HMCTS, Ben Cole of LAA and Kay "
        "Dunn of CPS\n\n"
        "1. Listing\n"
        "The listing of trials was discussed.\n"
    )
    record = parse_minutes(text).record
    assert [(a["name"], a["organisation"]) for a in record["attendees"]] == [
        ("Tom Hill", None),
        ("Sue Ward", None),
        ("Raj Patel", None),
        ("Ann Lee", "HMCTS"),
        ("Ben Cole", "LAA"),
        ("Kay Dunn", "CPS"),
    ]


def test_a_bracketed_initials_column_and_what_the_post_cell_says_after_a_dash() -> None:
    # An NHS board's table: name | (initials) | post, one initials cell typed ')JD)'. The
    # initials are not part of the post; the post's cell may say the body after a dash, a note in
    # brackets ('(part meeting)', a seat), or repeat the post in brackets ('(Chair)').
    document = docx.Document()
    document.add_paragraph("MINUTES OF THE HEALTH BOARD MEETING IN PUBLIC")
    document.add_paragraph("Thursday, 16th March 2023")
    document.add_paragraph("Present")
    rows = [
        ("Jane Doe", "(JD)", "Board Chair (Chair)"),
        ("Tom Reed", ")TR)", "Chief People Officer"),
        ("Ann Holt", "(AH)", "Director of Public Health \u2013 Anyshire County Council (Partner)"),
        ("Sam Lowe", "(SL)", "Programme Director (part meeting)"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    document.add_paragraph("1. Welcome and apologies")
    document.add_paragraph("The Chair welcomed everyone.")
    buffer = io.BytesIO()
    document.save(buffer)
    attendees = read_file("board.docx", buffer.getvalue()).record["attendees"]
    assert [(a["name"], a["role"], a["organisation"], a.get("initials")) for a in attendees] == [
        ("Jane Doe", "Board Chair", None, "JD"),
        ("Tom Reed", "Chief People Officer", None, "TR"),
        ("Ann Holt", "Director of Public Health", "Anyshire County Council", "AH"),
        ("Sam Lowe", "Programme Director", None, "SL"),
    ]
    assert attendees[3]["note"] == "part meeting"


def test_other_members_are_in_attendance_and_apologies_recorded_on_behalf_of() -> None:
    # A council committee's "OTHER MEMBERS:" are the council's members there, not the
    # committee's; "Apologies for non-attendance at the Meeting were accepted and recorded on
    # behalf of ..." gives the apologies, as "were received from" does.
    text = (
        "Minutes of Meeting of the Planning Committee held on Monday 8 May 2017\n"
        "PRESENT: Councillor A Redpath (Chairman), Councillor N Anderson\n"
        "OTHER MEMBERS: Councillor A Grehan\n\n"
        "1. Apologies\n"
        "Apologies for non-attendance at the Meeting were accepted and recorded on behalf of "
        "Alderman D Drysdale and Councillor M Tolerton.\n"
        "2. Minutes\n"
        "The minutes were agreed.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["attendance"]) for a in attendees] == [
        ("Councillor A Redpath", "present"),
        ("Councillor N Anderson", "present"),
        ("Councillor A Grehan", "in_attendance"),
        ("Alderman D Drysdale", "apologies"),
        ("Councillor M Tolerton", "apologies"),
    ]


def test_a_day_joined_to_the_date_before_it_is_the_first_day() -> None:
    # Minutes of meetings on two days: "Tuesday 24th & Wednesday 25th January 2012" is dated
    # from the first; "items 3 and 25 January" is no such pair (no ordinal, no weekday).
    assert find_date("Residents' Panel meetings on Tuesday 24th & Wednesday 25th January 2012") == (
        datetime.date(2012, 1, 24)
    )
    assert find_date("held on Tuesday 24 and Wednesday 25 January 2012") == datetime.date(
        2012, 1, 24
    )
    assert find_date("items 3 and 25 January 2012") == datetime.date(2012, 1, 25)
    text = (
        "Minutes of Residents' Panel meetings on Tuesday 24th & Wednesday 25th January 2012\n\n"
        "1. Minutes of last meeting\n"
        "The minutes were agreed.\n"
    )
    assert parse_minutes(text).record["date"] == "2012-01-24"


def test_present_from_a_body_is_that_bodys_people_in_attendance() -> None:
    # An area council's minutes: its members, then "Present from Arts Council England:", the
    # body's staff at the meeting, who are not the council's members (and not its apologies).
    text = (
        "Minutes of the London Area Council Meeting held on 27 November 2014\n"
        "Members Present: Jane Doe (Chair), Tom Reed\n"
        "Apologies: Ann Holt\n"
        "Present from Arts Council England: Sam Lowe, Area Director; Kay Dunn, Senior Manager\n\n"
        "1. WELCOME AND APOLOGIES FOR ABSENCE\n"
        "1.1 The Chair welcomed everyone.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["organisation"], a["attendance"]) for a in attendees][-2:] == [
        ("Sam Lowe", "Arts Council England", "in_attendance"),
        ("Kay Dunn", "Arts Council England", "in_attendance"),
    ]


def test_apologies_from_one_person_of_a_body_give_their_body() -> None:
    # "Apologies have been received from Inspector Katie Andrews of Derbyshire Constabulary"
    # among the attendance: her apologies, her rank and her body; not a post of the person above.
    text = (
        "Minutes of the Criminal Courts Sub Committee held at the Court House on 15 May 2019\n"
        "Present \u2013 Tom Hill, Sue Ward, Raj Patel\n\n"
        "Apologies have been received from Inspector Kay Dunn of Anyshire Constabulary\n\n"
        "1. Listing\n"
        "The listing of trials was discussed.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in attendees] == [
        ("Tom Hill", "", None, "present"),
        ("Sue Ward", "", None, "present"),
        ("Raj Patel", "", None, "present"),
        ("Kay Dunn", "Inspector", "Anyshire Constabulary", "apologies"),
    ]


def test_the_same_capitals_after_two_people_are_their_firm() -> None:
    # "In Attendance: Jo Brown (KPMG), Al Eve, Ed Hale (KPMG)": the auditors' firm in brackets
    # after two of them, the initials of neither, is their body, not their initials.
    text = (
        "Minutes of the meeting of the Audit and Risk Committee held on Thursday 20 June 2024\n"
        "Present: Dr Rob Weaver (Chair), Ann Ali\n"
        "In Attendance: Jo Brown (KPMG), Al Eve, Ed Hale (KPMG), Sue Marsh (SM)\n\n"
        "1242 Welcome\n"
        "All were welcomed to the meeting.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["organisation"], a.get("initials")) for a in attendees][2:] == [
        ("Jo Brown", "KPMG", None),
        ("Al Eve", None, None),
        ("Ed Hale", "KPMG", None),
        ("Sue Marsh", None, "SM"),
    ]
