"""Layouts of minutes from yet more kinds of body (issue 15; the records are in
tests/data/real-fresh-4), each in a small made-up example: a rule real minutes follow, never one
file. Whatever the reader is unsure of is shown under "Lines to check" (a problem), not placed
silently. Pure functions only."""

from typing import Any

from meetings.minutes import parse_minutes


def _sections(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["ref"], s["title"]) for s in record["sections"]]


def _people(record: dict[str, Any]) -> list[tuple[str, str, str | None, str]]:
    return [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in record["attendees"]]


def _texts(record: dict[str, Any], k: int = 0) -> list[str]:
    return [p["text"] for p in record["sections"][k]["paragraphs"]]


def _messages(result: Any) -> list[str]:
    return [p.message for p in result.problems]


_HEAD = "Anytown Joint Board\n\nMinutes of the meeting held on 1 March 2024\n\n"
_ITEM = "\n1. Minutes\nThe minutes were approved.\n"


def test_a_running_header_with_its_page_number_is_left_out() -> None:
    text = (
        "1 ANYTOWN JOINT BOARD 1st March 2024\n\n"
        "Minutes of the Anytown Joint Board meeting held on 1st March 2024.\n"
        "Present: Ann Lee, Bob Hill\n\n"
        "1 Apologies\n\nApologies were received from Cy Dee.\n\n"
        "2 ANYTOWN JOINT BOARD 1st March 2024\n\n"
        "2 Minutes\n\nThe minutes were approved.\n"
    )
    result = parse_minutes(text)

    assert _sections(result.record) == [("1", "Apologies"), ("2", "Minutes")]
    assert result.record["board"] == "Anytown Joint Board"
    left_out = [p.text for p in result.problems if p.left_out]
    assert "1 ANYTOWN JOINT BOARD 1st March 2024" in left_out
    assert "2 ANYTOWN JOINT BOARD 1st March 2024" in left_out


def test_a_host_councils_letterhead_is_not_the_body_that_met() -> None:
    text = (
        "WESTSHIRE BOROUGH COUNCIL\n"
        "Minutes of the Southern Coastal Group meeting held in the Civic Centre on 20th September"
        " 2019.\n" + _ITEM
    )
    result = parse_minutes(text)

    assert result.record["board"] == "Southern Coastal Group"
    assert any("board is taken to be Southern Coastal Group" in m for m in _messages(result))


def test_a_parish_council_over_its_own_meeting_keeps_its_name() -> None:
    text = (
        "Groby Parish Council\nMinutes of the meeting of the Parish Council held on 1 March 2010\n"
    )
    record = parse_minutes(text + _ITEM).record

    assert record["board"] == "Groby Parish Council"


def test_an_archived_pages_summary_and_running_title_give_the_body_and_date() -> None:
    text = (
        "Contents\n"
        "These are the minutes for the 25 Jul 03 meeting of the Conduct Sub-committee.\n"
        "Minutes\n"
        "Minutes of the Conduct Sub-committee meeting on 25 July 2003 held at 10 High Street.\n"
        "Present\nMembers\n- Ann Lee (Chair)\n- Bob Hill\n"
        "14. Election of Chair\n(Agenda item 1)\nNominations for chair were sought.\n"
    )
    record = parse_minutes(text).record

    assert record["board"] == "Conduct Sub-committee"
    assert record["date"] == "2003-07-25"
    assert _sections(record) == [("14", "Election of Chair")]
    # "(Agenda item 1)" is a note complete in itself, not the start of the next sentence.
    assert _texts(record) == ["(Agenda item 1)", "Nominations for chair were sought."]


def test_how_a_remote_meeting_was_held_is_not_part_of_the_board() -> None:
    text = "Land Management Committee By Video/telephone conference Thursday 08 October 2020 7pm\n"
    record = parse_minutes(text + _ITEM).record

    assert record["board"] == "Land Management Committee"
    assert record["date"] == "2020-10-08"


def test_a_title_in_a_flattened_tables_cell_and_a_venue_in_brackets() -> None:
    text = (
        "/ MINUTES OF THE GENERAL COMMITTEE MEETING\nON 27 OCTOBER 2015 AT 2.00 PM\n"
        "(The meeting was held in the Guildhall, Kingston upon Hull)\n"
        "PRESENT: Mr A Lee, Mr B Hill\n" + _ITEM
    )
    record = parse_minutes(text).record

    assert record["board"] == "GENERAL COMMITTEE"
    assert record["date"] == "2015-10-27"


def test_the_meeting_was_held_in_gives_the_venue() -> None:
    text = (
        "Anytown Port Health Authority\n7 December 2010\n"
        "(The meeting was held in the Guildhall, Kingston upon Hull)\n"
        "Present: Councillors Brady and Bush\n" + _ITEM
    )
    record = parse_minutes(text).record

    assert record["place"] == "Guildhall, Kingston upon Hull"


def test_body_or_post_then_name_one_a_line_under_group_headings() -> None:
    text = _HEAD + (
        "Voting members\n\n"
        "Devon County Council (Partnership Chair): Cllr Jeffrey Trail (JT)\n"
        "RSPB: Peter Otley (PO)\n\n"
        "Supporting Officers (non-voting)\n\n"
        "Exeter City Council: Nick Stone (NS)\n"
        "Exe Estuary Officer: Stephanie Harper-Chung (SHC)\n\n"
        "Apologies\n\n"
        "Forum Chair: Jeremy Rawlings\n"
        "Natural England: (TBC)\n" + _ITEM
    )
    result = parse_minutes(text)

    assert _people(result.record) == [
        ("Cllr Jeffrey Trail", "Partnership Chair", "Devon County Council", "present"),
        ("Peter Otley", "", "RSPB", "present"),
        ("Nick Stone", "", "Exeter City Council", "in_attendance"),
        ("Stephanie Harper-Chung", "Exe Estuary Officer", None, "in_attendance"),
        ("Jeremy Rawlings", "Forum Chair", None, "apologies"),
    ]
    assert "No one is named for Natural England; left out" in _messages(result)


def test_staff_observers_and_a_post_over_a_name_under_labels() -> None:
    text = _HEAD + (
        "PRESENT\nSchool members:\nAnn Lee (Chair), Bob Hill, Cy Dee\n"
        "Nominated subs:\nDi Fox, Dr Ed Roe\n"
        "Observers:\nFay Gee, Guy Ho, Ian Jay\n"
        "MPA staff:\n- Hal Ives (Clerk to the Authority)\n"
        "School Governor Services Clerk:\nSarah Bryan\n" + _ITEM
    )
    result = parse_minutes(text)

    assert _people(result.record) == [
        ("Ann Lee", "Chair", None, "present"),
        ("Bob Hill", "", None, "present"),
        ("Cy Dee", "", None, "present"),
        ("Di Fox", "", None, "present"),
        ("Dr Ed Roe", "", None, "present"),
        ("Fay Gee", "", None, "in_attendance"),
        ("Guy Ho", "", None, "in_attendance"),
        ("Ian Jay", "", None, "in_attendance"),
        ("Hal Ives", "Clerk to the Authority", "MPA", "in_attendance"),
        ("Sarah Bryan", "School Governor Services Clerk", None, "in_attendance"),
    ]
    assert not [p for p in result.problems if p.severity == "error"]


def test_also_in_attendance_were_with_each_office_before_the_name() -> None:
    text = _HEAD + (
        "PRESENT: Mr G Arckless (Chairman), Mr L Weller\n\n"
        "Also in attendance were the Chief Executive Officer Mr M H Hardy, Chief IFCO Mr A B"
        " Browne,\nAdministrative Officer Ms E Cosimini and Mr R Blackhurst from Seafish.\n" + _ITEM
    )
    record = parse_minutes(text).record

    assert _people(record)[2:] == [
        ("Mr M H Hardy", "Chief Executive Officer", None, "in_attendance"),
        ("Mr A B Browne", "Chief IFCO", None, "in_attendance"),
        ("Ms E Cosimini", "Administrative Officer", None, "in_attendance"),
        ("Mr R Blackhurst", "", "Seafish", "in_attendance"),
    ]


def test_apologies_recorded_from_and_from_with_a_comma() -> None:
    for sentence in (
        "Apologies for absence were recorded from Gordon Wilkinson and Steve Cook.",
        "Apologies were received from, Gordon Wilkinson and Steve Cook.",
    ):
        text = _HEAD + f"1. Apologies\n{sentence}\n"
        people = _people(parse_minutes(text).record)

        assert [(n, k) for n, _, _, k in people] == [
            ("Gordon Wilkinson", "apologies"),
            ("Steve Cook", "apologies"),
        ], sentence


def test_a_note_in_brackets_after_names_joined_by_and_is_not_a_role() -> None:
    text = _HEAD + (
        "Present: Ann Lee\n\n1. Apologies\nApologies for absence were received from Reshard"
        " Auladin, Elizabeth Howlett, Nicholas Long and Cecile Wright (members) and David"
        " Riddle (Deputy Clerk).\n"
    )
    people = _people(parse_minutes(text).record)

    assert [(n, r) for n, r, _, k in people if k == "apologies"] == [
        ("Reshard Auladin", ""),
        ("Elizabeth Howlett", ""),
        ("Nicholas Long", ""),
        ("Cecile Wright", ""),
        ("David Riddle", "Deputy Clerk"),
    ]


def test_a_minutes_tables_header_run_into_the_first_row_and_a_paper_number() -> None:
    text = (
        "Anytown Port Health Authority\n7 December 2010\n"
        "Councillors Brady, Bush and Moore\n"
        "Minute Report Business No No 1435 MINUTES OF THE MEETING HELD ON 21ST September 2010\n"
        "Resolved \u2013\n(a) that the minutes be signed by the Chair.\n"
        "1436 84 REVENUE ESTIMATES 2011/2012\n"
        "Ms A Gill presented a report.\n"
    )
    result = parse_minutes(text)

    assert _sections(result.record) == [
        ("1435", "MINUTES OF THE MEETING HELD ON 21ST September 2010"),
        ("1436", "REVENUE ESTIMATES 2011/2012"),
    ]
    assert "'84' before the title taken as a paper's number" in _messages(result)
    assert any(p.left_out and "table's header" in p.message for p in result.problems)


def test_lists_of_people_whose_labels_were_lost_are_read_in_order_and_shown() -> None:
    text = (
        "Anytown Port Health Authority\n7 December 2010\n"
        "Councillors Brady, Bush and Moore\n"
        "L. Dettman (Chief Port Health Inspector), A. Gill (Finance \u2013 Hull City Council),"
        " S Humble (Human Resources \u2013 Minute 1436 only) and M. Rowbottom (Democratic"
        " Services Officer).\n"
        "Councillors Barker, Fudge and Kitchen\n" + _ITEM
    )
    result = parse_minutes(text)

    assert _people(result.record) == [
        ("Councillor Brady", "", None, "present"),
        ("Councillor Bush", "", None, "present"),
        ("Councillor Moore", "", None, "present"),
        ("L. Dettman", "Chief Port Health Inspector", None, "in_attendance"),
        ("A. Gill", "Finance", "Hull City Council", "in_attendance"),
        ("S Humble", "Human Resources", None, "in_attendance"),
        ("M. Rowbottom", "Democratic Services Officer", None, "in_attendance"),
        ("Councillor Barker", "", None, "apologies"),
        ("Councillor Fudge", "", None, "apologies"),
        ("Councillor Kitchen", "", None, "apologies"),
    ]
    assert result.record["attendees"][5]["note"] == "Minute 1436 only"
    checks = [m for m in _messages(result) if "no label above them" in m]
    assert len(checks) == 2


def test_labelled_lists_are_never_relabelled() -> None:
    text = _HEAD + (
        "Present: Councillors Brady and Bush\n"
        "In attendance: L. Dettman (Chief Inspector), M. Rowbottom (Clerk)\n"
        "Also present: Councillors Barker and Fudge\n" + _ITEM
    )
    people = _people(parse_minutes(text).record)

    assert {n: k for n, _, _, k in people}["Councillor Barker"] != "apologies"


def test_an_items_title_run_into_its_text_is_read_up_to_the_sentence() -> None:
    text = (
        "Land Management Committee Thursday 08 October 2020 7.00pm\n\n"
        "Present: Mr C Atkins, Mrs G Rees (Chair).\n\n"
        "Mrs Rees welcomed everyone to the meeting.\n"
        "1. Apologies for Absence Mr Bartholomew, Mr Fowler, Ms Rouse.\n\n"
        "2. Declarations of Interest Mr Rouse had grazing rights over the land.\n\n"
        "3. Public Comments See Schedule.\n\n"
        "4. Matters Arising from the meeting of 5 December 2019 South Plan \u2013 The CEO reported"
        " no change.\n\n"
        "5. Winter works The Conservation Manager went through the paper.\n"
    )
    result = parse_minutes(text)
    record = result.record

    assert _sections(record) == [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Public Comments"),
        ("4", "Matters Arising from the meeting of 5 December 2019"),
        ("5", "Winter works"),
    ]
    assert _texts(record, 4) == ["The Conservation Manager went through the paper."]
    assert [n for n, _, _, k in _people(record) if k == "apologies"] == [
        "Mr Bartholomew",
        "Mr Fowler",
        "Ms Rouse",
    ]
    # The usual titles ('Apologies for Absence', 'Declarations of Interest', ...) are read
    # with no doubt; the others are said (silence2).
    assert sum("read from the start of the item's text" in m for m in _messages(result)) == 2
    # The welcome is a sentence, not an attendee: shown, not placed.
    assert "Mrs Rees" not in [n for n, *_ in _people(record)]
    assert "Sentence before the first item could not be placed" in _messages(result)


def test_an_item_without_a_dot_alone_between_blank_lines_with_its_presenter() -> None:
    text = _HEAD + (
        "1 Apologies\n\nApologies were received from Ann Lee.\n\n"
        "2 Minutes of Previous Meeting 17th May 2019, Actions and Matters Arising (Paper A)"
        " \u2013 Lyall Cairns\n\n"
        "It was confirmed that the actions were done.\n"
    )
    record = parse_minutes(text).record

    assert [ref for ref, _ in _sections(record)] == ["1", "2"]


def test_names_and_bodies_run_together_are_read_person_by_person() -> None:
    text = _HEAD + (
        "Present: Lyall Cairns, Eastern Solent Coastal Partnership Dr Samantha Cope, Environment"
        " Agency Nick Gray, Crown Estate\n" + _ITEM
    )
    record = parse_minutes(text).record

    assert _people(record) == [
        ("Lyall Cairns", "", "Eastern Solent Coastal Partnership", "present"),
        ("Dr Samantha Cope", "", "Environment Agency", "present"),
        ("Nick Gray", "", "Crown Estate", "present"),
    ]


def test_officers_named_by_post_alone_are_shown_not_listed() -> None:
    text = _HEAD + (
        "Present: Mr C Atkins, Mrs G Rees (Chair).\n"
        "In attendance: Chief Executive Officer (CEO), Conservation Manager, Warden (Mr R Vale),"
        " Mr M Gardner, Ms M Alexander (joined during item 6).\n" + _ITEM
    )
    result = parse_minutes(text)

    assert [p for p in _people(result.record) if p[3] == "in_attendance"] == [
        ("Mr R Vale", "Warden", None, "in_attendance"),
        ("Mr M Gardner", "", None, "in_attendance"),
        ("Ms M Alexander", "", None, "in_attendance"),
    ]
    assert "'Conservation Manager' is named by post only; not listed as a person" in (
        _messages(result)
    )


def test_an_action_owned_by_who_it_starts_with_and_one_not_listed_is_shown() -> None:
    text = _HEAD + (
        "Present: Stuart McVey, Ann Lee\n\n"
        "1. Finances\nThe costs were discussed.\n"
        "ACTION: Stuart McVey to email the Group a breakdown of these costs.\n\n"
        "2. Expenses\nOverdue actions were highlighted:\n"
        "Action: Board to communicate their bank details to Monika.\n"
    )
    result = parse_minutes(text)
    actions = [a for s in result.record["sections"] for p in s["paragraphs"] for a in p["actions"]]

    assert [(a["owner"], a["owner_people"]) for a in actions] == [
        ("Stuart McVey", ["Stuart McVey"]),
        ("Board", []),
    ]
    # A body or a group as owner is no missing attendee: nothing to check (silence2).
    assert not [m for m in _messages(result) if "not among the attendees" in m]


def test_headings_without_numbers_over_a_list_of_middle_dot_bullets() -> None:
    text = (
        "Local Safeguarding Children Board - Friday, 22 May 2015 9.00 am\n\n"
        "Minutes of Previous Meeting\n\n"
        "The minutes of the meeting held on 27 March 2015 were approved as a correct record.\n\n"
        "Matters Arising\n\n"
        "\u00b7         The Early Help Sub-group would be conducting a programme of audits\n\n"
        "\u00b7         A meeting to discuss alternative approaches would take place in June\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("", "Minutes of Previous Meeting"), ("", "Matters Arising")]
    assert _texts(record, 1) == [
        "The Early Help Sub-group would be conducting a programme of audits",
        "A meeting to discuss alternative approaches would take place in June",
    ]


def test_a_name_wrapped_after_its_first_word_and_apologies_listed_by_group() -> None:
    text = _HEAD + (
        "PRESENT\nOfficers:\nKath Tunstall, Sue Colman, Stuart McKinnon-Evans, Sarah\n"
        "North, Raj Singh,\n\n"
        " 1.      Apologies for absence\n\n"
        " Apologies had been received from: -\n\n"
        " School members\n Gillian James, Nick Weller, Linda Nudd\n\n"
        " Officers\n None\n\n"
        " The new members were welcomed to the Forum.\n"
    )
    record = parse_minutes(text).record

    assert [n for n, _, _, k in _people(record) if k == "in_attendance"] == [
        "Kath Tunstall",
        "Sue Colman",
        "Stuart McKinnon-Evans",
        "Sarah North",
        "Raj Singh",
    ]
    assert [n for n, _, _, k in _people(record) if k == "apologies"] == [
        "Gillian James",
        "Nick Weller",
        "Linda Nudd",
    ]
    assert _texts(record) == [
        "Apologies had been received from: -",
        "The new members were welcomed to the Forum.",
    ]
