"""Reading minutes written in the layouts of other UK bodies: a police and crime panel, the
MOPAC/MPS audit panel and a joint audit committee (tests/data/minutes/). Pure functions only."""

from pathlib import Path
from typing import Any

import pytest

from meetings.minutes import ParseResult, parse_minutes, render_minutes

DATA = Path(__file__).parent.parent / "data" / "minutes"
PANEL = "westshire-police-and-crime-panel-2024-02-08.txt"
AUDIT_PANEL = "audit-panel-2020-02-06.txt"
COMMITTEE = "joint-audit-committee-2024-03-12.md"


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _read(name: str) -> ParseResult:
    return parse_minutes(_text(name))


def _line_no(name: str, needle: str) -> int:
    return next(i for i, line in enumerate(_text(name).splitlines(), 1) if needle in line)


def _people(record: dict[str, Any]) -> list[tuple[str, str, str | None, str]]:
    return [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in record["attendees"]]


def _refs(record: dict[str, Any]) -> list[tuple[int, list[str]]]:
    return [(s["number"], [p["ref"] for p in s["paragraphs"]]) for s in record["sections"]]


def _actions(record: dict[str, Any]) -> list[tuple[str, int, str | None, str | None]]:
    return [
        (p["ref"], a["number"], a["owner"], a["due"])
        for s in record["sections"]
        for p in s["paragraphs"]
        for a in p["actions"]
    ]


def _problems(result: ParseResult) -> list[tuple[int, str, str]]:
    return [(p.line, p.severity, p.message) for p in result.problems]


# --- A police and crime panel: no dots after section numbers, unnumbered paragraphs ----------


def test_it_reads_the_panels_board_and_the_date_inside_its_title() -> None:
    record = _read(PANEL).record

    assert record["board"] == "WESTSHIRE POLICE AND CRIME PANEL"
    assert record["date"] == "2024-02-08"


def test_it_reads_the_panels_attendees_with_roles_in_brackets_and_absentees() -> None:
    assert _people(_read(PANEL).record) == [
        ("Councillor Anne Marsh", "Chair", None, "present"),
        ("Councillor David Okafor", "Vice-Chair", None, "present"),
        ("Councillor Priya Shah", "", None, "present"),
        ("Mr Tom Hale", "Independent Co-opted Member", None, "present"),
        ("Helen Ward", "Police and Crime Commissioner", "OPCC", "in_attendance"),
        ("Mark Ellis", "Chief Executive and Monitoring Officer", "OPCC", "in_attendance"),
        ("Councillor Ray Dunn", "", None, "apologies"),
    ]


def test_it_numbers_the_panels_unnumbered_paragraphs_in_order_under_sections_as_written() -> None:
    record = _read(PANEL).record

    assert _refs(record) == [
        (1, ["1.1"]),
        (2, ["2.1"]),
        (3, ["3.1"]),
        (5, ["5.1", "5.2", "5.3"]),
        (6, ["6.1"]),
    ]
    assert record["sections"][2]["title"] == "MINUTES OF THE PREVIOUS MEETING"
    assert record["sections"][3]["paragraphs"][2]["text"].startswith("RESOLVED: That the Panel")


def test_it_attaches_the_panels_unnumbered_actions_to_the_paragraph_before_them() -> None:
    assert _actions(_read(PANEL).record) == [
        ("5.2", 1, "OPCC", "2024-02-15"),
        ("6.1", 2, "OPCC", None),
    ]


def test_it_leaves_out_the_panels_footnote_and_keeps_its_skipped_number_as_written() -> None:
    # Item 4 is not in the minutes (taken in private, withdrawn): nothing read under item 3 is
    # numbered 4, so the skip is no doubt (silence8).
    assert _problems(_read(PANEL)) == [
        (_line_no(PANEL, "¹ Attended"), "warning", "Footnote left out of the record"),
    ]


# --- The audit panel: everything in capitals, organisations in attendance headings ----------


def test_it_takes_the_audit_panels_board_and_date_from_its_title() -> None:
    record = _read(AUDIT_PANEL).record

    assert (record["board"], record["date"]) == ("AUDIT PANEL", "2020-02-06")


def test_it_reads_the_audit_panels_attendees_without_their_footnote_marks() -> None:
    assert _people(_read(AUDIT_PANEL).record) == [
        ("Dr Julia Chen", "Chair", None, "present"),
        ("Andrew Pike", "", None, "present"),
        ("Sarah Okoye", "", None, "present"),
        ("Sophie Linden", "Deputy Mayor for Policing and Crime", "MOPAC", "in_attendance"),
        ("Lisa Kitto", "Chief Finance Officer", "MOPAC", "in_attendance"),
        ("Ruth Blake", "Head of Internal Audit", "MOPAC", "in_attendance"),
        ("Sir Stephen House", "Deputy Commissioner", "MPS", "present"),
        ("Jane Smith", "Director of Audit, Risk and Assurance", "MPS", "present"),
        ("Kevin Moore", "Independent Member", None, "apologies"),
    ]


def test_it_keeps_the_audit_panels_section_and_paragraph_numbers_as_written() -> None:
    record = _read(AUDIT_PANEL).record

    assert _refs(record) == [(1, ["1.1"]), (2, ["2.1", "2.2", "2.4"]), (4, ["4.1"])]
    assert _actions(record) == [("2.2", 1, "MPS", "2020-04-30"), ("4.1", 2, "MOPAC", None)]


def test_it_warns_where_the_audit_panels_numbers_skip() -> None:
    assert _problems(_read(AUDIT_PANEL)) == [
        (_line_no(AUDIT_PANEL, "¹ Attended"), "warning", "Footnote left out of the record"),
        (
            _line_no(AUDIT_PANEL, "2.4 The Panel"),
            "warning",
            "Paragraph 2.4 follows paragraph 2.2; numbers are kept as written",
        ),
    ]


# --- A joint audit committee: Markdown, labelled header lines, "Item N:" sections ------------


def test_it_reads_the_committees_labelled_meeting_and_date_lines() -> None:
    record = _read(COMMITTEE).record

    assert (record["board"], record["title"], record["date"]) == (
        "Joint Audit Committee",
        "Minutes",
        "2024-03-12",
    )


def test_it_reads_the_committees_attendees_listed_on_one_line() -> None:
    assert _people(_read(COMMITTEE).record) == [
        ("Mrs Karen Lowe", "Chair", None, "present"),
        ("Mr Peter Grant", "", None, "present"),
        ("Dr Amina Yusuf", "", None, "present"),
        ("Sarah Wells", "Chief Constable", None, "in_attendance"),
        ("Tom Reid", "Chief Finance Officer", None, "in_attendance"),
        ("Mr Ian Ross", "", None, "apologies"),  # listed absent; his apologies in 1.1
    ]


def test_it_reads_the_committees_item_sections_and_action_points() -> None:
    record = _read(COMMITTEE).record

    assert [s["title"] for s in record["sections"]] == [
        "Welcome and Apologies",
        "Minutes and Action Log",
        "External Audit Plan 2023/24",
    ]
    assert _refs(record) == [(1, ["1.1"]), (2, ["2.1", "2.2"]), (3, ["3.1", "3.3"])]
    # "Force to update ...": the owner is who the action starts with, shown to check.
    assert _actions(record) == [("2.2", 1, "Force", None), ("3.3", 2, "OPCC", "2024-03-31")]


def test_it_reads_the_committees_place_line_as_the_meetings_place() -> None:
    result = _read(COMMITTEE)

    assert result.record["place"] == "Committee Room 2, Police Headquarters"
    assert _problems(result) == [
        # "**Absent:** Mr Ian Ross" is absent, an attendance of its own: nothing to check.
        (
            _line_no(COMMITTEE, "Action point 1"),
            "warning",
            "Action owner 'Force' is not among the attendees; check",
        ),
        (
            _line_no(COMMITTEE, "3.3 The"),
            "warning",
            "Paragraph 3.3 follows paragraph 3.1; numbers are kept as written",
        ),
    ]


# --- Every layout survives being written out and read back -----------------------------------


@pytest.mark.parametrize("name", [PANEL, AUDIT_PANEL, COMMITTEE])
def test_it_writes_each_layout_out_and_reads_back_the_same_numbers_and_people(name: str) -> None:
    record = _read(name).record

    again = parse_minutes(render_minutes(record)).record

    assert again["sections"] == record["sections"]
    assert sorted(_people(again)) == sorted(_people(record))
    assert (again["board"], again["date"]) == (record["board"], record["date"])
