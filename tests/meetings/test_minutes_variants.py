"""One line at a time, the ways UK public bodies write what the minutes reader must understand:
attendance headings, footnote marks, dates and times, section numbers, unnumbered paragraphs,
action lines, and numbers that do not run on. Pure functions only."""

from typing import Any

import pytest

from meetings.minutes import Problem, parse_minutes, render_minutes, split_attendee_line


def _minutes(header: str = "", body: str = "1. Minutes\n\n1.1. Agreed.\n") -> str:
    return f"Audit Panel\n\nRecord of Meeting 6 February 2020\n\n{header}\n\n{body}"


def _line_no(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def _sections(record: dict[str, Any]) -> list[tuple[int, str, list[str]]]:
    return [
        (s["number"], s["title"], [p["ref"] for p in s["paragraphs"]]) for s in record["sections"]
    ]


# --- Attendance headings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "kind", "organisation"),
    [
        ("PRESENT:", "present", None),
        ("Present", "present", None),
        ("Panel members present", "present", None),
        ("The following were present:", "present", None),
        ("MOPAC IN ATTENDANCE:", "in_attendance", "MOPAC"),
        ("Mayor's Office for Policing and Crime (MOPAC) in attendance", "in_attendance", "MOPAC"),
        ("In attendance from MOPAC:", "in_attendance", "MOPAC"),
        ("Also in attendance", "in_attendance", None),
        ("MPS ATTENDEES", "present", "MPS"),
        ("Absent", "absent", None),
        ("ABSENT:", "absent", None),
        ("Not present", "absent", None),
        ("Apologies for absence were received from:", "apologies", None),
        ("Absentees:", "absent", None),
        ("Members absent without apologies:", "absent", None),
        ("Absent with apologies:", "apologies", None),
    ],
)
def test_it_reads_attendance_headings(heading: str, kind: str, organisation: str | None) -> None:
    result = parse_minutes(_minutes(f"{heading}\nJane Doe, Chair"))

    assert result.record["attendees"] == [
        {"name": "Jane Doe", "role": "Chair", "organisation": organisation, "attendance": kind}
    ]
    assert result.problems == []


def test_it_reads_people_on_the_line_of_their_heading() -> None:
    record = parse_minutes(_minutes("Absent: Jane Doe, Chair")).record

    assert [(a["name"], a["attendance"]) for a in record["attendees"]] == [("Jane Doe", "absent")]


def test_it_does_not_take_a_sentence_for_an_attendance_heading() -> None:
    text = _minutes("Present\nJane Doe, Chair\nAll members were present.")
    result = parse_minutes(text)

    assert len(result.record["attendees"]) == 1
    assert [p.line for p in _errors(result.problems)] == [_line_no(text, "All members")]


# --- Names: footnote marks, roles in brackets, lists ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sophie Linden¹, Deputy Mayor",
        "Sophie Linden*, Deputy Mayor",
        "Sophie Linden [1], Deputy Mayor",
        "Sophie Linden 2, Deputy Mayor",
        "Sophie Linden†, Deputy Mayor",
        "Sophie Linden, Deputy Mayor*",
    ],
)
def test_it_drops_footnote_marks_after_names_and_roles(line: str) -> None:
    record = parse_minutes(_minutes(f"MOPAC\n{line}")).record

    assert [(a["name"], a["role"]) for a in record["attendees"]] == [
        ("Sophie Linden", "Deputy Mayor")
    ]


def test_it_keeps_a_number_that_belongs_to_a_role() -> None:
    assert split_attendee_line("Jane Doe, Member for Ward 3") == [("Jane Doe", "Member for Ward 3")]


def test_it_leaves_a_footnote_out_and_says_so() -> None:
    text = _minutes("Present\nJane Doe*, Chair\n\n¹ Attended remotely.")
    result = parse_minutes(text)

    assert len(result.record["attendees"]) == 1
    assert [(p.line, p.severity) for p in result.problems] == [
        (_line_no(text, "Attended remotely"), "warning")
    ]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Councillor Anne Marsh (Chair)", [("Councillor Anne Marsh", "Chair")]),
        (
            "Susan Hall AM (Chair), Unmesh Desai AM, Caroline Russell AM",
            [("Susan Hall AM", "Chair"), ("Unmesh Desai AM", ""), ("Caroline Russell AM", "")],
        ),
        ("Cllr A Smith, Cllr B Jones", [("Cllr A Smith", ""), ("Cllr B Jones", "")]),
        ("Jane Smith \u2013 Chief Executive", [("Jane Smith", "Chief Executive")]),
        ("Pat Lee, Home Office", [("Pat Lee", "Home Office")]),
    ],
)
def test_it_reads_names_written_the_ways_councils_write_them(
    line: str, people: list[tuple[str, str]]
) -> None:
    assert split_attendee_line(line) == people


def test_it_reads_people_separated_by_semicolons() -> None:
    text = _minutes("In attendance: Sarah Wells, Chief Constable; Tom Reid, Treasurer")
    record = parse_minutes(text).record

    assert [(a["name"], a["role"]) for a in record["attendees"]] == [
        ("Sarah Wells", "Chief Constable"),
        ("Tom Reid", "Treasurer"),
    ]


# --- Dates and times -------------------------------------------------------------------------


def test_it_reads_the_date_and_the_board_from_a_title_sentence() -> None:
    text = (
        "MINUTES OF THE MEETING OF THE AUDIT PANEL HELD ON THURSDAY 6 FEBRUARY 2020 AT 9.30AM "
        "AT CITY HALL\n\n1. Minutes\n\n1.1. Agreed.\n"
    )
    record = parse_minutes(text).record

    assert (record["board"], record["date"]) == ("AUDIT PANEL", "2020-02-06")


@pytest.mark.parametrize(
    "line",
    [
        "Date: Thursday 6 February 2020",
        "Thursday 6 February 2020 at 9.30am",
        "Date and time: 6 February 2020 (Thursday), 10:00",
        "Thursday, 6th February 2020, 10.00 a.m.",
    ],
)
def test_it_reads_date_lines_with_weekdays_and_times(line: str) -> None:
    result = parse_minutes(f"Audit Panel\n\nMinutes\n\n{line}\n\n1. Minutes\n\n1.1. Agreed.\n")

    assert result.record["date"] == "2020-02-06"
    assert result.problems == []


@pytest.mark.parametrize("line", ["Time: 9.30am \u2013 11.00am", "10:00", "Time: 2.00 p.m."])
def test_it_reads_time_lines_without_complaint(line: str) -> None:
    result = parse_minutes(_minutes(line))

    assert result.problems == []
    assert result.record["attendees"] == []


# --- Section headings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "4 Use of Intrusive Powers",
        "4. Use of Intrusive Powers",
        "4 USE OF INTRUSIVE POWERS",
        "4. USE OF INTRUSIVE POWERS",
        "Item 4: Use of Intrusive Powers",
        "Agenda item 4 \u2013 Use of Intrusive Powers",
    ],
)
def test_it_reads_section_headings_with_or_without_a_dot(heading: str) -> None:
    body = f"3. Finance\n\n3.1. Costs rose.\n\n{heading}\n\nThe powers were discussed.\n"
    result = parse_minutes(_minutes(body=body))

    number, title, refs = _sections(result.record)[1]
    assert (number, title.lower(), refs) == (4, "use of intrusive powers", ["4.1"])
    assert result.problems == []


def test_it_does_not_take_a_wrapped_line_starting_with_a_number_for_a_heading() -> None:
    body = (
        "3. Finance\n\n3.1. The panel heard from the borough commanders of\n"
        "4 Areas in the north of London\nabout overtime.\n"
    )
    record = parse_minutes(_minutes(body=body)).record

    assert _sections(record) == [(3, "Finance", ["3.1"])]
    assert record["sections"][0]["paragraphs"][0]["text"].endswith(
        "commanders of 4 Areas in the north of London about overtime."
    )


def test_it_does_not_take_a_date_line_for_a_section() -> None:
    text = "Audit Panel\n\n6 February 2020\n\n1 Minutes\n\nAgreed.\n"
    record = parse_minutes(text).record

    assert (record["date"], _sections(record)) == ("2020-02-06", [(1, "Minutes", ["1.1"])])


# --- Unnumbered paragraphs and action lines ----------------------------------------------------


def test_it_numbers_unnumbered_paragraphs_in_order_and_attaches_actions() -> None:
    body = (
        "1 Apologies\n\nApologies were received from\nJane Doe.\n\n"
        "There were no substitutions.\nACTION: MPS to confirm substitutes.\n\n"
        "2 Minutes\n\n2.1 Agreed.\n"
    )
    record = parse_minutes(_minutes(body=body)).record
    apologies = record["sections"][0]["paragraphs"]

    assert _sections(record) == [(1, "Apologies", ["1.1", "1.2"]), (2, "Minutes", ["2.1"])]
    assert apologies[0]["text"] == "Apologies were received from Jane Doe."
    assert [a["text"] for a in apologies[1]["actions"]] == ["MPS to confirm substitutes."]


def test_it_reports_unnumbered_text_before_a_sections_first_numbered_paragraph() -> None:
    body = "1. Minutes\n\nSome words.\nACTION: MPS to act.\n\n1.1 Agreed.\n"
    text = _minutes(body=body)
    result = parse_minutes(text)

    assert [(p.line, p.message) for p in result.problems] == [
        (
            _line_no(text, "Some words"),
            "Text before the first paragraph of section 1 could not be placed",
        ),
        (
            _line_no(text, "ACTION"),
            "Action before the first paragraph of section 1 could not be placed",
        ),
    ]
    assert _sections(result.record) == [(1, "Minutes", ["1.1"])]


@pytest.mark.parametrize(
    "line",
    [
        "ACTION: MPS to report.",
        "Action: MPS to report.",
        "Action 1 \u2013 MPS to report.",
        "Action 1. MPS to report.",
        "Action point 1: MPS to report.",
        "ACTION POINT 1 - MPS to report.",
    ],
)
def test_it_reads_action_lines_with_or_without_a_number(line: str) -> None:
    result = parse_minutes(_minutes(body=f"1. Minutes\n\n1.1. Agreed.\n{line}\n"))
    actions = result.record["sections"][0]["paragraphs"][0]["actions"]

    assert [(a["number"], a["text"], a["owner"]) for a in actions] == [(1, "MPS to report.", "MPS")]
    assert result.problems == []


def test_it_keeps_a_line_that_only_starts_with_the_word_action_as_text() -> None:
    body = "1. Minutes\n\n1.1. The panel discussed\nAction-oriented policing.\n"
    paragraph = parse_minutes(_minutes(body=body)).record["sections"][0]["paragraphs"][0]

    assert (paragraph["text"], paragraph["actions"]) == (
        "The panel discussed Action-oriented policing.",
        [],
    )


# --- Numbers as written ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "message"),
    [
        ("3.1 A.\n3.3 B.", "Paragraph 3.3 follows paragraph 3.1"),
        ("3.2 A.\n3.3 B.", "Section 3 begins at paragraph 3.2"),
        ("3.1 A.\n3.1 B.", "Paragraph 3.1 appears twice in section 3"),
    ],
)
def test_it_warns_where_paragraph_numbers_do_not_run_on(paragraphs: str, message: str) -> None:
    body = f"3. Finance\n\n{paragraphs}\n"
    result = parse_minutes(_minutes(body=body))

    assert [(p.severity, p.message) for p in result.problems] == [
        ("warning", f"{message}; numbers are kept as written")
    ]


def test_it_keeps_skipped_numbers_through_writing_and_reading_back() -> None:
    body = "1. Minutes\n\n1.1. Agreed.\n\n2. Finance\n\n2.1. A.\n\n2.3. B.\n\n4. Risks\n\n4.2. C.\n"
    result = parse_minutes(_minutes(body=body))

    again = parse_minutes(render_minutes(result.record))

    assert _sections(again.record) == [
        (1, "Minutes", ["1.1"]),
        (2, "Finance", ["2.1", "2.3"]),
        (4, "Risks", ["4.2"]),
    ]
    assert again.record == result.record
    assert [p.message for p in again.problems] == [p.message for p in result.problems]
