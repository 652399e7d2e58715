"""Layouts of the twenty-first fresh set's minutes (the records are in tests/data/real-fresh-21),
each in a small made-up example: a rule real minutes share, never one file. Pure functions only."""

import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.files import read_file


def _people(record: dict) -> list[tuple[str, str | None, str | None, str]]:
    return [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in record["attendees"]]


def test_a_representing_label_gives_the_body_without_the_word_or_the_colon() -> None:
    # A joint board's members grouped by council under "Representing the X Council:" labels: the
    # body is the council, not "the X Council:" with its colon (nor, set in bold, the whole
    # label "Representing the X Council").
    text = (
        "Harbour Users Panel\n3 March 2021\n\n"
        "Representing the Northshire Council:\n"
        "Mr A Smith, Mrs B Jones (Substitute)\n"
        "Representing Southshire Council:\n"
        "Dr C Brown\n\n"
        "1. Welcome\n"
        "The Chair welcomed all.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Mr A Smith", "", "the Northshire Council", "present"),
        ("Mrs B Jones", "Substitute", "the Northshire Council", "present"),
        ("Dr C Brown", "", "Southshire Council", "present"),
    ]


def test_a_committees_capitals_and_a_minute_number_on_their_own_line_are_the_items_reference() -> (
    None
):
    # A ModernGov page prints each minute's reference ("HC 17/27": the committee's capitals, the
    # year, the minute) on its own line over the title; a year such as "FY 2019/20" is none.
    text = (
        "Agenda and minutes\n\nHarbour Committee - Tuesday, 9th May, 2017 7.30 pm\n\n"
        "Items\nNo. Item\n\n"
        "HC 17/27\n\nDeclarations of Interest pdf icon PDF 12 KB\n\nMinutes:\n\n"
        "There were none.\n\n"
        "HC 17/28\n\nMinutes pdf icon PDF 58 KB\n\nTo confirm the Minutes of 14 March 2017\n\n"
        "Minutes:\n\nRESOLVED: That the minutes be approved.\n\n"
        "FY 2019/20 Budget\n\nThe budget for FY 2019/20 was noted.\n"
    )
    sections = parse_minutes(text).record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("HC 17/27", "Declarations of Interest"),
        ("HC 17/28", "Minutes"),
    ]
    assert sections[1]["paragraphs"][0]["text"] == "RESOLVED: That the minutes be approved."


def test_an_initials_column_between_name_and_post_is_the_persons_initials() -> None:
    # An academy board's table: an empty absence column, the name, the initials the minutes call
    # each person by (a hyphenated or middle name's letters among them), then the post.
    document = docx.Document()
    document.add_paragraph("Minutes of the Local Board meeting held on Monday 15th May 2017")
    rows = [
        ("A = Absent", "Governor Name", "Initial", "Governor Category"),
        ("", "Mrs A Smith-Jones", "ASJ", "Parent Governor"),
        ("", "Mr B Brown", "BB", "Staff Governor"),
        ("", "Mrs C Green", "CLG", "Clerk to the Governors"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    document.add_paragraph("1. Apologies")
    document.add_paragraph("None.")
    buffer = io.BytesIO()
    document.save(buffer)
    attendees = read_file("board.docx", buffer.getvalue()).record["attendees"]
    assert [(a["name"], a["role"], a.get("initials")) for a in attendees[-3:]] == [
        ("Mrs A Smith-Jones", "Parent Governor", "ASJ"),
        ("Mr B Brown", "Staff Governor", "BB"),
        ("Mrs C Green", "Clerk to the Governors", "CLG"),
    ]


def test_there_were_apologies_from_names_them_each_with_their_own_title() -> None:
    # "There were apologies from Councillors A, B, Mr C and Mr D (post)." inside an item: the
    # apologies, the plural title given only to the names without a title of their own.
    text = (
        "Minutes of a meeting of the Harbour Board held on 12 September 2013\n\n"
        "Present: Councillor A Peters (Chairman), Mr B Bush\n\n"
        "1. WELCOME AND APOLOGIES\n"
        "1.1 The Chairman welcomed everyone.\n"
        "1.2 There were apologies from Councillors Elkins, Gammon, Mr O'Flynn and Mr Braby "
        "(Treasurer to the Board).\n"
        "2. MINUTES\n"
        "2.1 The minutes were approved.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["role"]) for a in attendees if a["attendance"] == "apologies"] == [
        ("Councillor Elkins", ""),
        ("Councillor Gammon", ""),
        ("Mr O'Flynn", ""),
        ("Mr Braby", "Treasurer to the Board"),
    ]


def test_initials_of_a_mc_or_mac_surname_keep_its_small_letters() -> None:
    # "Mark McAteer (MMcA)": the initials the minutes call him by, not part of his name.
    text = (
        "Fire Board\n26 August 2021\n\n"
        "In attendance:\n"
        "Mark McAteer (MMcA), Director of Strategy\n"
        "Sam MacLeod (SMacL), Clerk\n\n"
        "1. Welcome\n"
        "1.1 MMcA welcomed all.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["role"], a.get("initials")) for a in attendees] == [
        ("Mark McAteer", "Director of Strategy", "MMcA"),
        ("Sam MacLeod", "Clerk", "SMacL"),
    ]


def test_which_meeting_before_a_dash_is_no_part_of_the_boards_name() -> None:
    # "PUBLIC MEETING - X BOARD": the kind of meeting, then the board that met.
    text = (
        "PUBLIC MEETING - HARBOUR SAFETY BOARD\n"
        "THURSDAY 26 AUGUST 2021 AT 10.00\n\n"
        "PRESENT: Ann Smith, Bob Jones\n\n"
        "1 WELCOME\n"
        "1.1 The Chair welcomed all.\n"
    )
    record = parse_minutes(text).record
    assert (record["board"], record["date"]) == ("HARBOUR SAFETY BOARD", "2021-08-26")


def test_a_modern_gov_link_to_the_paper_ends_a_title_however_long() -> None:
    # "2." over a title of forty words ending with the page's link to the paper ("pdf icon PDF
    # 63 KB"): the item's title, not agenda text before "Minutes:".
    title = (
        "Joint Minerals and Waste Plan: Proposed Major Modifications to the Site Allocation and "
        "Development Management Policies; the Consultation Outcomes and the Modifications to go "
        "forward to Full Council for approval to submit to the Planning Inspector"
    )
    text = (
        "Agenda and draft minutes\n\n"
        "Joint Planning Committee - Wednesday, 4th April, 2012 10.00 am\n\n"
        "Items\nNo. Item\n\n"
        "1.\n\nApologies for Absence\n\nMinutes:\n\nNone.\n\n"
        f"2.\n\n{title} pdf icon PDF 63 KB\n\nAdditional documents:\n\nMinutes:\n\n"
        "The Committee agreed to a further consultation.\n"
    )
    sections = parse_minutes(text).record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("1", "Apologies for Absence"),
        ("2", title),
    ]
    assert sections[1]["paragraphs"][0]["text"] == "The Committee agreed to a further consultation."


def test_names_joined_by_and_before_a_body_are_all_of_that_body() -> None:
    # "Apologies ... on behalf of Mr A and Mr B of the North Council, Mr C of Orkney Islands
    # Council and Mr D of Comhairle nan Eilean Siar": each with the body after them.
    text = (
        "Minutes of Meeting of the Islands Fire Board held on Friday, 14 November 2008\n\n"
        "Present: Mr R Durham, Mr D Mackay\n\n"
        "1. Apologies for Absence\n"
        "Apologies for absence were intimated on behalf of Mr G Rimell and Mr D Fallows of the "
        "North Council, Mr R Leslie of Orkney Islands Council and Mr C Nicolson of Comhairle nan "
        "Eilean Siar.\n"
        "2. Minutes\n"
        "The Minutes were APPROVED.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [
        (a["name"], a["organisation"]) for a in attendees if a["attendance"] == "apologies"
    ] == [
        ("Mr G Rimell", "the North Council"),
        ("Mr D Fallows", "the North Council"),
        ("Mr R Leslie", "Orkney Islands Council"),
        ("Mr C Nicolson", "Comhairle nan Eilean Siar"),
    ]


def test_a_post_of_two_parts_then_a_body_the_minutes_list_people_under() -> None:
    # "Area Manager, Community Risk Management, IFRS": the body's capitals after a post of two
    # parts; "..., the North Council": a body the minutes list members under.
    text = (
        "Minutes of Meeting of the Islands Fire Board held on Friday, 14 November 2008\n\n"
        "Representing the North Council:\n"
        "Mr R Durham, Mr D Mackay\n\n"
        "Officials in attendance:\n"
        "Mr T Johnston, Area Manager, Community Risk Management, IFRS\n"
        "Mr J Kelman, Project Manager, Housing and Property Service, the North Council\n"
        "Ms M Morris, Clerk\n\n"
        "1. Apologies for Absence\n"
        "There were none.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [
        (a["name"], a["role"], a["organisation"])
        for a in attendees
        if a["attendance"] == "in_attendance"
    ] == [
        ("Mr T Johnston", "Area Manager, Community Risk Management", "IFRS"),
        ("Mr J Kelman", "Project Manager, Housing and Property Service", "the North Council"),
        ("Ms M Morris", "Clerk", None),
    ]
