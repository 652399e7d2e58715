"""The outside tester's findings on the minutes reader left open (issue 15, QA 7 December 2026,
F3-F12), each read right by a general rule, on made-up minutes in the layouts real ones use.
Pure functions only."""

from meetings.minutes import parse_minutes
from meetings.minutes.pdf_reader import read_pdf
from meetings.services.imports import _owners
from tests.meetings.pdf_minutes import drawn_pdf


def _people(record: dict) -> list[tuple[str, str, str]]:
    return [(a["name"], a["role"] or "", a["attendance"]) for a in record["attendees"]]


def _actions(record: dict) -> list[tuple[str, str | None, list[str]]]:
    return [
        (a["text"], a["owner"], a["owner_people"])
        for s in record["sections"]
        for p in s["paragraphs"]
        for a in p["actions"]
    ]


# A patient group's minutes: the body, a bold line of the date, prose lists of first names
# and initials ("APOLOGIES;" typed with a semicolon), two sentences before item 1, and the
# owners in an action column beside the lines, the gap lost; a paragraph a line, as a PDF's.
PATIENT_GROUP = (
    "# Valley Surgery \u2013 Patient Participation Group\n\n"
    "**PPG Minutes 4th March 2025**\n\n"
    "PRESENT: Mary K (Chair), Tom L (Notes), Sara P, Jo A-B-C, Dr. R. Hill-Jones, Ravi S.\n\n"
    "APOLOGIES; Ken D, Lyn F, Pat G\n\n"
    "A new member has asked to join the group next month.\n\n"
    "Minutes of the last meeting agreed and accepted.\n\n"
    "## Item 1. Repeat prescriptions\n\n"
    "Ravi has rewritten the leaflet on ordering repeat prescriptions online.\n\n"
    "Ravi will send the leaflet to Mary K for the practice website Action Ravi\n\n"
    "## Item 2. Waiting room\n\n"
    "The chairs are worn. Members were asked to suggest a supplier by May.  Action ALL\n\n"
    "The Climate Action Plan was noted by the Group Action Plan\n\n"
)


def test_the_last_meetings_minutes_agreed_are_no_title_and_the_lines_above_are_read() -> None:
    record = parse_minutes(PATIENT_GROUP).record
    assert record["board"] == "Valley Surgery \u2013 Patient Participation Group"
    assert record["date"] == "2025-03-04"
    assert _people(record) == [
        ("Mary K", "Chair", "present"),
        ("Tom L", "Notes", "present"),
        ("Sara P", "", "present"),
        # A double-barrelled surname's initials are a name's, not a post.
        ("Jo A-B-C", "", "present"),
        ("Dr. R. Hill-Jones", "", "present"),
        ("Ravi S", "", "present"),
        ("Ken D", "", "apologies"),
        ("Lyn F", "", "apologies"),
        ("Pat G", "", "apologies"),
    ]
    # The two sentences before item 1: an item of their own, with no number or title.
    first = record["sections"][0]
    assert (first["ref"], first["title"]) == ("", "")
    assert [p["text"] for p in first["paragraphs"]] == [
        "A new member has asked to join the group next month.",
        "Minutes of the last meeting agreed and accepted.",
    ]
    assert [s["ref"] for s in record["sections"][1:]] == ["1", "2"]


def test_an_owner_in_the_action_column_beside_a_line() -> None:
    result = parse_minutes(PATIENT_GROUP)
    assert _actions(result.record) == [
        # No full stop before "Action Ravi": Ravi S is the one attendee named Ravi.
        ("Ravi will send the leaflet to Mary K for the practice website", "Ravi", ["Ravi S"]),
        # "Action ALL" owns the paragraph it closes, everyone's: no one missing to warn of.
        (
            "The chairs are worn. Members were asked to suggest a supplier by May.",
            "ALL",
            [],
        ),
    ]
    # "... Group Action Plan": no attendee is called Plan, so no action.
    assert not any("not among the attendees" in p.message for p in result.problems)


def test_minutes_of_the_previous_meeting_are_never_the_title() -> None:
    text = (
        "Hilltop Residents Forum\n"
        "Minutes of the previous meeting were approved.\n"
        "Present: Anna Brown (Chair), Bob Green\n\n"
        "1. Welcome\n"
        "The Chair welcomed everyone.\n"
    )
    record = parse_minutes(text).record
    assert record["title"] != "Minutes of the previous meeting were approved."


def test_an_owner_by_first_name_is_imported_as_that_attendee_not_a_body() -> None:
    # The reader keeps "Ravi" as written with Ravi S among the owner's people; the import takes
    # the owner for that attendee (under no organisation), never for a new organisation "Ravi".
    record = parse_minutes(PATIENT_GROUP).record
    _owners(record, [])
    owned = [
        (a["owner"], a["owner_people"]) for a in record["sections"][1]["paragraphs"][1]["actions"]
    ]
    assert owned == [(None, ["Ravi S"])]


def test_a_double_barrelled_name_wrapped_in_a_pdf_table_cell_is_one_name() -> None:
    # F11: "Donna Meredith-" over "Wood" in the names' column of an attendance table, the wrap
    # alone on its line a line's step under its row: the name's own hyphen, kept, no space.
    row = 615.8
    pieces = [
        (72, 743, 13, "Valley Neighbourhood Panel", True),
        (68, 721, 11, "Wednesday 4th March 2025", True),
        (68, 674, 11, "Present", True),
        (68, 650.6, 11, "Anna Brown", False),
        (193.7, 650.6, 11, "Chair of the Panel", False),
        (68, 633.2, 11, "Ben Green", False),
        (193.7, 633.2, 11, "Panel member - Resident", False),
        (68, row, 11, "Donna Meredith-", False),
        (193.7, row, 11, "Partnership and Communication Manager", False),
        (68, row - 15.4, 11, "Wood", True),
        (68, 583.0, 11, "Carl White", False),
        (193.7, 583.0, 11, "Panel member - Magistrate", False),
    ]
    tables = [b.rows for b in read_pdf(drawn_pdf([pieces])) if b.kind == "table"]
    assert ("Donna Meredith-Wood", "Partnership and Communication Manager") in tables[0]


def test_a_page_headers_short_name_over_the_bodys_name_in_full() -> None:
    # F4: "Valley Surgery PPG" (a page header's cell) over the heading that writes it out.
    text = "| Valley Surgery PPG | Minutes 4 March 2025 |\n\n" + PATIENT_GROUP.split("\n\n", 1)[
        1
    ].replace("**PPG", "# Valley Surgery \u2013 Patient Participation Group\n\n**PPG", 1)
    assert (
        parse_minutes(text).record["board"] == "Valley Surgery \u2013 Patient Participation Group"
    )


def test_initials_closing_an_action_name_its_owner() -> None:
    # F7: "... to the practice. HH", HH an attendee's initials as the attendance gives them.
    text = (
        "Valley Medical Committee\n8 August 2016\n\n"
        "Present\n| Dr Anna Brown (AB) | Chair |\n| Mrs Helen Hart (HH) | Lay Secretary |\n\n"
        "1. Website\n"
        "The minutes are not on the website.\n"
        "Action: Table a list of options at the next meeting. HH\n"
    )
    actions = _actions(parse_minutes(text).record)
    assert actions == [("Table a list of options at the next meeting.", None, ["Mrs Helen Hart"])]


def test_apologies_in_the_last_minutes_amendments_are_that_meetings() -> None:
    # F3: "(ii) Apologies for absence were received from Cllr X" amends the last meeting's
    # minutes, under their item: no apologies for this meeting, and no doubt raised on it.
    text = (
        "Valley Safer Neighbourhood Board - Monday, 22nd July, 2024 7.00 pm\n\n"
        "1.\tWELCOME & INTRODUCTIONS\n\n"
        "Apologies for absence were received from Anna Brown and Ben Green.\n\n"
        "2.\tMINUTES OF PREVIOUS MEETING\n\n"
        "AGREED the minutes of the meeting held on 13 March 2024 subject to the following "
        "amendment:\n\n"
        "(i)\tApologies for absence were received from Cllr Carl White.\n\n"
        "3.\tCRIME FIGURES\n\n"
        "The figures were noted.\n"
    )
    result = parse_minutes(text)
    assert _people(result.record) == [
        ("Anna Brown", "", "apologies"),
        ("Ben Green", "", "apologies"),
    ]
    assert not any("Carl White" in p.text for p in result.problems)


def test_a_post_then_after_a_dash_the_body_in_a_two_column_row() -> None:
    # "Name | Post - Body": the post, and the body the person is from, read apart; a dash
    # before words that name no body ("Panel member - Cannock resident") stays in the post.
    text = (
        "Valley Neighbourhood Panel\n4 March 2025\n\nPresent\n"
        "| Anna Brown | Panel member \u2013 Valley County Council |\n"
        "| Ben Green | Panel member - Valley resident |\n\n"
        "1. Welcome\nThe Chair welcomed everyone.\n"
    )
    people = [
        (a["name"], a["role"], a["organisation"]) for a in parse_minutes(text).record["attendees"]
    ]
    assert people == [
        ("Anna Brown", "Panel member", "Valley County Council"),
        ("Ben Green", "Panel member - Valley resident", None),
    ]
