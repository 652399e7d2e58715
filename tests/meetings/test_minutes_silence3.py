"""Elements the reader got wrong without a word under "Lines to check" (issue 15's "never silently
wrong"), read right by general rules or named by a doubt: a line of an apologies list saying who
sat for whom is the item's paragraph as well as the attendance; initials and marks in brackets
after a post; a post wrapped onto a table row of its own; a body beside the attendance label.
Made-up minutes."""

import io
from typing import Any

import docx

from meetings.minutes.files import read_file
from meetings.minutes.text import parse_minutes

_HEAD = "Eastmere Joint Fire Committee\nMinutes of the meeting held on 9 May 2024\n\n"


def _paragraphs(record: dict[str, Any]) -> list[str]:
    return [p["text"] for s in record["sections"] for p in s["paragraphs"]]


def test_who_sat_for_whom_is_kept_as_the_apologies_items_paragraph_too() -> None:
    text = _HEAD + (
        "1. APOLOGIES FOR ABSENCE\nApologies for absence were received from:\n"
        "Councillor Ann Price, for whom Councillor Tom Hale was substitute;\n"
        "Councillor Bea Lowe, for whom Councillor Rhys Owen was\nsubstitute.\n"
        "2. MINUTES\nThe minutes were confirmed.\n"
    )
    record = parse_minutes(text).record

    assert [(a["name"], a["attendance"]) for a in record["attendees"]] == [
        ("Councillor Ann Price", "apologies"),
        ("Councillor Tom Hale", "present"),
        ("Councillor Bea Lowe", "apologies"),
        ("Councillor Rhys Owen", "present"),
    ]
    assert _paragraphs(record)[:3] == [
        "Apologies for absence were received from:",
        "Councillor Ann Price, for whom Councillor Tom Hale was substitute;",
        "Councillor Bea Lowe, for whom Councillor Rhys Owen was substitute.",
    ]


def _people(text: str) -> list[dict[str, Any]]:
    return parse_minutes(text).record["attendees"]


def test_a_persons_initials_in_brackets_after_their_post_are_their_initials() -> None:
    people = _people(
        "Northvale Hospice Board\nMinutes of the meeting held on 2 June 2024\n\n"
        "Present:\nGrace Ellis, Chair (GE)\nOwen Marsh, Finance Manager, (OM)\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )

    assert [(p["name"], p["role"], p.get("initials")) for p in people] == [
        ("Grace Ellis", "Chair", "GE"),
        ("Owen Marsh", "Finance Manager", "OM"),
    ]


def test_the_bodys_own_initials_after_a_post_are_the_organisation() -> None:
    people = _people(
        "Kelby Valley Sports Trust\nMinutes of the meeting held on 2 June 2024\n\n"
        "Present:\nAnn Ross, Chair\nIn attendance:\nLiam Hart, General Manager (KVST)\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )

    assert (people[1]["role"], people[1]["organisation"]) == ("General Manager", "KVST")


def test_two_capitals_in_brackets_after_a_post_that_are_no_ones_initials_are_doubted() -> None:
    result = parse_minutes(
        "Kelby Tenants Board\nMinutes of the meeting held on 2 June 2024\n\n"
        "Present:\nAnn Ross, Chair (HW)\nTom Bell, Senior Leadership Team (SLT)\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )

    doubted = [p.text for p in result.problems if "capitals in brackets" in p.message]
    assert doubted == ["Ann Ross, Chair (HW)"]


def test_a_note_of_the_items_attended_with_an_ampersand_is_doubted_as_a_note() -> None:
    result = parse_minutes(
        "Kelby Area Forum\nMinutes of the meeting held on 2 June 2024\n\n"
        "Present:\nAnn Ross, Chair\nIn attendance:\nMr Tom Bell, Director of Estates (Items 4 & 5)"
        "\n\n1. Minutes\nThe minutes were approved.\n"
    )

    assert any("a note on the attendance" in p.message for p in result.problems)


def test_actions_listed_under_an_actions_label_are_read_without_a_doubt() -> None:
    result = parse_minutes(
        "Kelby Management Team\nMinutes of the meeting held on 2 June 2024\n\n"
        "Present:   Ann Ross, Chair, (AR)\n           Tom Bell, Business Manager, (TB)\n\n"
        "1.1 Matters arising\n\nActions\ni.    TB to publish the log.\nii.   AR to write to the"
        " auditors.\n"
    )
    owners = [
        a["owner"] for s in result.record["sections"] for p in s["paragraphs"] for a in p["actions"]
    ]

    assert owners == ["TB", "AR"]
    assert not [p for p in result.problems if "(no mark)" in p.message]


def _table(rows: list[tuple[str, str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Westmere Health Trust Board")
    document.add_paragraph("Minutes of the meeting held on 4 April 2024")
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("1. Minutes")
    document.add_paragraph("The minutes were approved.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_last_words_of_a_post_wrapped_onto_a_row_of_their_own_are_the_post() -> None:
    data = _table(
        [
            ("PRESENT:", "Mr A Kerr, Chairman"),
            ("IN ATTENDANCE:", "Ms B Lyle, Director of Human Resources & Corporate"),
            ("", "Affairs"),
            ("", "Mr C Dunn, Board Secretary/Assistant Director, Risk"),
            ("", "Management & Governance"),
        ]
    )
    people = read_file("minutes.docx", data).record["attendees"]

    assert [(p["name"], p["role"]) for p in people] == [
        ("Mr A Kerr", "Chairman"),
        ("Ms B Lyle", "Director of Human Resources & Corporate Affairs"),
        ("Mr C Dunn", "Board Secretary/Assistant Director, Risk Management & Governance"),
    ]


def test_a_body_named_beside_the_attendance_label_is_the_body_of_the_people_below() -> None:
    data = _table(
        [
            ("Present", "Mr A Kerr (in the Chair)"),
            ("In Attendance", "Kelby Airport Authority:"),
            ("", "Mr D Ross, Managing Director"),
            ("", "Ms E Hay, Secretary"),
        ]
    )
    people = read_file("minutes.docx", data).record["attendees"]

    assert [(p["name"], p["organisation"], p["attendance"]) for p in people[1:]] == [
        ("Mr D Ross", "Kelby Airport Authority", "in_attendance"),
        ("Ms E Hay", "Kelby Airport Authority", "in_attendance"),
    ]
