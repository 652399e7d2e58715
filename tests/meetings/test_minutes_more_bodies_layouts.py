"""Layouts of minutes from still more kinds of body (issue 15; the records are in
tests/data/real-fresh-3), each in a small made-up example: a rule real minutes follow, never one
file. Whatever the reader is unsure of is shown under "Lines to check" (a problem), not placed
silently. Pure functions only."""

from typing import Any

from meetings.minutes import parse_minutes
from meetings.minutes.people import read_people_sentence


def _sections(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["ref"], s["title"]) for s in record["sections"]]


def _people(record: dict[str, Any]) -> list[tuple[str, str, str | None, str]]:
    return [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in record["attendees"]]


_HEAD = "Anytown Joint Board\n\nMinutes of the meeting held on 1 March 2024\n\n"


def test_a_section_number_run_into_its_title_is_a_section() -> None:
    text = _HEAD + (
        "1Appointment of Chairman\n"
        "It was agreed that Cllr Lee would chair the meeting.\n"
        "2Apologies for Absence\n"
        "Apologies were received from Ann Cole.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("1", "Appointment of Chairman"), ("2", "Apologies for Absence")]


def test_a_four_figure_minute_number_is_a_section_and_a_year_is_not() -> None:
    text = _HEAD + (
        "1507 APOLOGIES\n"
        "The above listed apologies were noted.\n"
        "1508 DECLARATION OF INTERESTS\n\n"
        "The Chair asked members if there were any interests to declare.\n"
        "2024 BUDGET\n"
        "The budget was noted.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("1507", "APOLOGIES"), ("1508", "DECLARATION OF INTERESTS")]
    assert record["sections"][1]["paragraphs"][-1]["text"].startswith("2024 BUDGET")


def test_a_pages_own_title_a_papers_appendix_label_and_its_number_are_not_the_board() -> None:
    for first in ("Meeting documents", "Appendix D", "17/663R"):
        result = parse_minutes(f"{first}\n{_HEAD}1. Minutes\nThe minutes were approved.\n")

        assert result.record["board"] == "Anytown Joint Board", first
        assert any(p.text == first and p.left_out for p in result.problems), first


def test_people_set_apart_by_semicolons_are_read_group_by_group() -> None:
    text = _HEAD + (
        "PRESENT:\n\n"
        "Ann Lee, President; Bob Hill, Treasurer; Cy Dee; Di Fox, Director of Finance and"
        " Ed Roe, Head of Administration.\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    record = parse_minutes(text).record

    assert _people(record) == [
        ("Ann Lee", "President", None, "present"),
        ("Bob Hill", "Treasurer", None, "present"),
        ("Cy Dee", "", None, "present"),
        ("Di Fox", "Director of Finance", None, "present"),
        ("Ed Roe", "Head of Administration", None, "present"),
    ]


def test_a_body_after_a_group_of_names_is_every_ones_body() -> None:
    text = _HEAD + (
        "Present :- Councillor Yuill (Chairperson), and Councillors Boulton and Dean (City"
        " Council); Councillors Argyle and Clark (County Council); and Dr Jo Bell and Mr Al Kerr"
        " (Advisers to the Board).\n"
        "In Attendance :- Ann Moss, Rab Dick and Kay Low, Transport Office; Jo Tait (County"
        " Council).\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    people = _people(parse_minutes(text).record)

    assert people[:5] == [
        ("Councillor Yuill", "Chairperson", None, "present"),
        ("Councillor Boulton", "", "City Council", "present"),
        ("Councillor Dean", "", "City Council", "present"),
        ("Councillor Argyle", "", "County Council", "present"),
        ("Councillor Clark", "", "County Council", "present"),
    ]
    # A role in brackets after the group stays each one's role, not a body.
    assert [p[2] for p in people[5:7]] == [None, None]
    assert people[7:] == [
        ("Ann Moss", "", "Transport Office", "in_attendance"),
        ("Rab Dick", "", "Transport Office", "in_attendance"),
        ("Kay Low", "", "Transport Office", "in_attendance"),
        ("Jo Tait", "", "County Council", "in_attendance"),
    ]


def test_names_joined_by_and_are_each_a_person_and_a_body_after_two_stays_theirs() -> None:
    assert read_people_sentence("Jennifer Craw and Derek Provan.") == [
        ("Jennifer Craw", ""),
        ("Derek Provan", ""),
    ]
    assert read_people_sentence("Rob Cowan, Simon Evry and Jo Fageant.") == [
        ("Rob Cowan", ""),
        ("Simon Evry", ""),
        ("Jo Fageant", ""),
    ]
    # "A and B, Body": the last part is their body, not a third person.
    assert len(read_people_sentence("David Ford and Anthony Story, Silicon South") or []) != 3


def test_apologies_for_absence_from_the_meeting_under_an_apologies_label() -> None:
    text = _HEAD + (
        "PRESENT:\n\nAnn Lee, President; Bob Hill, Treasurer.\n\n"
        "APOLOGIES:\n\n"
        "Apologies for absence from the meeting were received from Rhiannon Wyn Hughes and Huw"
        " Williams.\n\n"
        "477 - CONDOLENCES:\n\nThe President expressed condolences.\n"
    )
    record = parse_minutes(text).record

    assert [(n, a) for n, _, _, a in _people(record) if a == "apologies"] == [
        ("Rhiannon Wyn Hughes", "apologies"),
        ("Huw Williams", "apologies"),
    ]


def test_names_of_initials_and_surnames_run_together_are_each_a_person() -> None:
    text = _HEAD + (
        "Presiding: G C Shiels\n\n"
        "Other Members Present: P J Bateson Mrs C Elattar Mrs K A McEldowney B McGuigan"
        " Mrs D Ní Shiadhail\n\n"
        "Apology: J Crawford I P Milne\n\n"
        "Officers Present: J A McLaughlin (Chief Executive) J J Tohill (Director of Finance)\n\n"
        "1 Minutes\n\n1.1 The minutes were approved.\n"
    )
    people = _people(parse_minutes(text).record)

    assert [(n, a) for n, _, _, a in people] == [
        ("G C Shiels", "present"),
        ("P J Bateson", "present"),
        ("Mrs C Elattar", "present"),
        ("Mrs K A McEldowney", "present"),
        ("B McGuigan", "present"),
        ("Mrs D Ní Shiadhail", "present"),
        ("J Crawford", "apologies"),
        ("I P Milne", "apologies"),
        ("J A McLaughlin", "in_attendance"),
        ("J J Tohill", "in_attendance"),
    ]
    assert people[-1][1] == "Director of Finance"


def test_people_grouped_under_the_body_they_represent_and_the_chair_named_below() -> None:
    text = (
        "At a MEETING of the ANYTOWN VALUATION JOINT BOARD held at Anytown on 20th November,"
        " 2017.\n\nPresent:-\n\nRepresenting Angus Council\n\n"
        "Councillor David Cheape Councillor Richard Moore\n\n"
        "Representing Dundee City Council\n\nBailie Christina Roberts Councillor Alan Ross\n\n"
        "Representing Council\n\nCouncillor Angus Forbes Councillor Sheila McCole\n\n"
        "Councillor David Cheape, Convener, in the Chair.\n\n"
        "I APOLOGIES\n\nApologies for absence were submitted on behalf of Depute Lord Provost"
        " Bill Campbell (Dundee City Council).\n"
    )
    result = parse_minutes(text)
    people = _people(result.record)

    assert people[:4] == [
        ("Councillor David Cheape", "Convener", "Angus Council", "present"),
        ("Councillor Richard Moore", "", "Angus Council", "present"),
        ("Bailie Christina Roberts", "", "Dundee City Council", "present"),
        ("Councillor Alan Ross", "", "Dundee City Council", "present"),
    ]
    # "Representing Council": the body's name is missing; not guessed, and said.
    assert [p[2] for p in people[4:6]] == [None, None]
    assert "The body these people represent is not named; check" in [
        p.message for p in result.problems
    ]
    assert people[-1] == (
        "Depute Lord Provost Bill Campbell",
        "",
        "Dundee City Council",
        "apologies",
    )


def test_a_table_of_labels_and_people_flattened_with_slashes_and_a_body_before_a_person() -> None:
    text = _HEAD + (
        "Present: / Tom Scott (Chair)\nIda Fisher\n"
        "Recording Minutes: / Jane Wallace\n"
        "Representatives from Other Bodies in Attendance:\n"
        "DoE Planning Service: Mr M Bowman \u2013 Planning Officer\n\n"
        "1.Welcome\n\n1.1The Chair welcomed members.\n"
    )
    people = _people(parse_minutes(text).record)

    assert people == [
        ("Tom Scott", "Chair", None, "present"),
        ("Ida Fisher", "", None, "present"),
        ("Jane Wallace", "", None, "in_attendance"),
        ("Mr M Bowman", "Planning Officer", "DoE Planning Service", "in_attendance"),
    ]


def test_the_next_items_first_paragraph_without_its_heading_is_kept_and_shown() -> None:
    text = _HEAD + (
        "1.Welcome\n\n1.1The Chair welcomed members.\n\n\n"
        "2.1Apologies were noted from Val Kelly.\n\n"
        "3.Matters Arising\n\n3.1Budget \u2013 the budget was noted.\n\n3.2HR Issues\n\n"
        "  1. Letters will suffice.\n  2. A post was filled.\n"
    )
    result = parse_minutes(text)
    first, third = result.record["sections"]

    assert [(p["ref"], p["text"]) for p in first["paragraphs"]][-1] == (
        "2.1",
        "Apologies were noted from Val Kelly.",
    )
    assert "Paragraph 2.1 has no heading of its own; check" in [p.message for p in result.problems]
    # A list under a numbered sub-heading: each item a paragraph, numbered as written.
    assert [(p["ref"], p["text"]) for p in third["paragraphs"]][1:] == [
        ("3.2", "HR Issues"),
        ("1", "Letters will suffice."),
        ("2", "A post was filled."),
    ]


def test_a_venue_line_under_the_board_and_the_date_is_the_venue_not_people() -> None:
    text = (
        "Anytown Healthwatch Board Meeting\n10 a.m on Monday 17th August 2015, at\n"
        "Douglas Tilbe House, Hall Grove, Welwyn Garden City, AL7 4PH\n"
        "Present: Michael Downing (Chairman), Meg Carter\n"
        "1. Welcome\nMichael welcomed everyone.\n"
    )
    result = parse_minutes(text)

    assert [a["name"] for a in result.record["attendees"]] == ["Michael Downing", "Meg Carter"]
    assert "Taken as the meeting's venue" in [p.message for p in result.problems]


def test_apologies_for_lateness_mean_present_and_from_may_lose_its_space() -> None:
    text = _HEAD + (
        "1. Apologies for Absence\n\n"
        "Apologies for lateness were received from Cllr Alexandra Worrell, who joined the"
        " meeting from 7.17pm.\n\n"
        "Apologies were noted fromVal Kelly.\n"
    )
    people = _people(parse_minutes(text).record)

    assert [(n, a) for n, _, _, a in people] == [
        ("Cllr Alexandra Worrell", "present"),
        ("Val Kelly", "apologies"),
    ]


def test_a_body_named_with_its_place_in_brackets_is_the_organisation() -> None:
    text = _HEAD + (
        "PRESENT: Karen Butler (Church of England), Ila Gangotra (Hindu Society of Maidenhead),"
        " Nick Lowe (Baptist Church), Mrs Sue Midha, Mrs TJ Rawlinson, Dr Al Kerr (Chair)\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    people = _people(parse_minutes(text).record)

    assert [(n, o) for n, _, o, _ in people] == [
        ("Karen Butler", "Church of England"),
        ("Ila Gangotra", "Hindu Society of Maidenhead"),
        ("Nick Lowe", "Baptist Church"),
        ("Mrs Sue Midha", None),
        ("Mrs TJ Rawlinson", None),
        ("Dr Al Kerr", None),
    ]


def test_a_minute_sentence_naming_the_body_in_full_under_its_letterhead() -> None:
    text = (
        "NORTH EAST TRANSPORT PARTNERSHIP\n"
        "Minute of Meeting of the North East Transport Partnership Board\n"
        "Aberdeen, 8 December, 2011\n"
        "Present :- Councillor Yuill (Chairperson).\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    record = parse_minutes(text).record

    assert (record["board"], record["date"]) == (
        "North East Transport Partnership Board",
        "2011-12-08",
    )


def test_earlier_minute_numbers_cited_under_matters_arising_are_paragraph_references() -> None:
    text = _HEAD + (
        "458. MINUTES OF PREVIOUS MEETING\nThe minutes were approved.\n\n"
        "459. MATTERS ARISING\n"
        "447. Matters Arising The Clerk stated that he would send out new forms.\n"
        "456. Any Other Business Cllr Hills wished to clarify his suggestion.\n"
    )
    record = parse_minutes(text).record

    assert _sections(record) == [("458", "MINUTES OF PREVIOUS MEETING"), ("459", "MATTERS ARISING")]
    assert [(p["ref"], p["text"][:24]) for p in record["sections"][1]["paragraphs"]] == [
        ("447", "Matters Arising The Cler"),
        ("456", "Any Other Business Cllr "),
    ]
