"""Layouts from the outside tester's second import files (findings I-1 to I-9; the records are in
tests/data/real-fresh-12), each in a small made-up example: a rule real minutes follow, never one
file. Pure functions only."""

from meetings.minutes import parse_minutes
from meetings.minutes.blocks import Block, header_row
from meetings.minutes.text import parse_blocks
from tests.meetings.test_minutes_fourth_fresh_layouts import _messages, _people, _sections

_HEAD = "Anytown Joint Board\n\nMinutes of the meeting held on 1 March 2024\n\n"


def _document(*rows: tuple[str, ...]) -> list[Block]:
    return [
        Block("heading", "Anytown Police and Crime Panel", level=0),
        Block("paragraph", "Minutes of a meeting held on Friday, 19th July, 2024 at 10.00 am"),
        Block("heading", "Attendance", level=1),
        Block("table", rows=rows),
        Block("paragraph", "Apologies", number="1."),
        Block("paragraph", "Apologies were noted."),
    ]


def test_a_header_naming_two_columns_in_one_cell_is_a_header() -> None:
    assert header_row(["Name", "Role / Authority", "Attendance"])
    assert header_row(["Name", "Role and Organisation"])
    assert not header_row(["Jane Smith", "Chair / Treasurer"])


def test_an_attendance_table_with_a_role_or_authority_column() -> None:
    # I-1: the header row names columns, not people; the Attendance column says each row's
    # kind; a post in the Role / Authority column is the role, a council the organisation, and
    # "post, council" both; the Attendance cell is never glued onto the role.
    blocks = _document(
        ("Name", "Role / Authority", "Attendance"),
        ("Mr Evan Morris", "Independent Co-opted Member (Chair)", "Present"),
        ("Cllr Sam Naylor", "Westshire and Chester", "Apologies"),
        ("Mr Martin Smith", "Secretariat, Westshire East Council", "In attendance"),
        ("Cllr Ann Lee", "Westshire East", "Present"),
    )
    record = parse_blocks(blocks).record
    assert _people(record) == [
        ("Mr Evan Morris", "Independent Co-opted Member (Chair)", None, "present"),
        ("Cllr Sam Naylor", "", "Westshire and Chester", "apologies"),
        ("Mr Martin Smith", "Secretariat", "Westshire East Council", "in_attendance"),
        ("Cllr Ann Lee", "", "Westshire East", "present"),
    ]


def test_a_post_beside_a_name_is_the_role_of_that_person() -> None:
    # I-2: "Chairman | Cllr Brazil" (a PDF's two columns): the person is Cllr Brazil, the post
    # his role; never a person named "Chairman". A "Present: | Councillors:" row is a kind and
    # a group's label, not a line that could not be read.
    text = _HEAD + (
        "| Present: | Councillors: |\n"
        "| Chairman | Cllr Brazil |\n"
        "| Vice Chairman | Cllr Thomas |\n"
        "|  | Cllr Abbott |\n"
        "\n1. Minutes\nThe minutes were approved.\n"
    )
    result = parse_minutes(text)
    assert _people(result.record) == [
        ("Cllr Brazil", "Chairman", None, "present"),
        ("Cllr Thomas", "Vice Chairman", None, "present"),
        ("Cllr Abbott", "", None, "present"),
    ]
    assert not [p for p in result.problems if p.severity == "error"]


def test_a_post_beside_a_name_that_could_also_be_a_post_is_shown_to_check() -> None:
    text = _HEAD + "| Chair | Dr Jane Dean |\n| Member | Mr Tom Hill |\n" + _ITEM
    result = parse_minutes(text)
    assert _people(result.record)[0] == ("Dr Jane Dean", "Chair", None, "present")
    assert any(m.startswith("Read as Dr Jane Dean, Chair") for m in _messages(result))


_ITEM = "\n1. Minutes\nThe minutes were approved.\n"


def test_officers_listed_by_post_alone_are_one_attendee_each() -> None:
    # I-3: "Chief Executive" over "Deputy Chief Executive" is two officers, not one named
    # "Chief Executive" whose role is the next line's post.
    text = (
        _HEAD
        + (
            "Present:\nCllr Abbott\n\n"
            "In attendance:\nChief Executive\nDeputy Chief Executive\n"
            "Director \u2013 Governance & Assurance\nMonitoring Officer\n"
            "Head of Democratic Services\n"
        )
        + _ITEM
    )
    result = parse_minutes(text)
    assert _people(result.record) == [
        ("Cllr Abbott", "", None, "present"),
        ("Chief Executive", "", None, "in_attendance"),
        ("Deputy Chief Executive", "", None, "in_attendance"),
        ("Director \u2013 Governance & Assurance", "", None, "in_attendance"),
        ("Monitoring Officer", "", None, "in_attendance"),
        ("Head of Democratic Services", "", None, "in_attendance"),
    ]
    assert not [p for p in result.problems if p.severity == "error"]


def test_a_name_over_its_post_is_still_one_person() -> None:
    text = _HEAD + "In attendance:\nIrene Hynd\nUniversity Secretary (Secretary)\n" + _ITEM
    assert _people(parse_minutes(text).record) == [
        ("Irene Hynd", "University Secretary (Secretary)", None, "in_attendance")
    ]


def test_a_trailing_owner_closes_a_paragraph_as_its_action() -> None:
    # I-4: "... to investigate further.  Action Cllr S Mills", "... by May. Action: Clerk".
    text = _HEAD + (
        "Present: Cllr S Mills, Mrs S Roberts (Clerk)\n\n"
        "1. Rights of Way\n"
        "\u2022 A complaint was received about hedges \u2013 Cllr S Mills to be asked to "
        "investigate further.  Action Cllr S Mills\n"
        "\u2022 The bench is broken. It should be replaced by May. Action: Clerk\n"
    )
    paragraphs = parse_minutes(text).record["sections"][0]["paragraphs"]
    assert paragraphs[0]["text"].endswith("investigate further.")
    # An owner among the attendees is that person (owner_people), not a body.
    assert [(a["text"][:24], a["owner_people"]) for a in paragraphs[0]["actions"]] == [
        ("A complaint was received", ["Cllr S Mills"])
    ]
    # The owner closing a paragraph owns the paragraph, as an action column beside it does
    # (the twenty-ninth set's "... support new staff especially.  Action ALL", F5).
    assert [(a["text"], a["owner"]) for a in paragraphs[1]["actions"]] == [
        ("The bench is broken. It should be replaced by May.", "Clerk")
    ]


def test_an_action_line_saying_who_then_what_is_unchanged() -> None:
    text = (
        _HEAD
        + "Present: Mrs S Roberts (Clerk)\n\n1. Bench\nIt is broken.\n\n"
        + ("Action: Clerk to order a new one.\n")
    )
    actions = [
        a for p in parse_minutes(text).record["sections"][0]["paragraphs"] for a in p["actions"]
    ]
    assert [(a["text"], a["owner"]) for a in actions] == [("Clerk to order a new one.", "Clerk")]


def test_apologies_in_an_items_prose_with_and_and_a_rank_before_a_title() -> None:
    # I-5: "Apologies were received and approved for A, B & Unitary Cllr C": each an apology;
    # "Unitary Cllr" (as "County Cllr") is the title of the name after it, no one's role.
    text = _HEAD + (
        "Present: Cllr P Morgan (Chair), Cllr J Penn & Cllr I Wroth.\n\n"
        "1. To receive apologies for absence\n"
        "Apologies were received and approved for Cllr J Clark, Cllr H Wroth & Unitary Cllr J "
        "Davies.\n"
    )
    people = _people(parse_minutes(text).record)
    assert [p for p in people if p[3] == "apologies"] == [
        ("Cllr J Clark", "", None, "apologies"),
        ("Cllr H Wroth", "", None, "apologies"),
        ("Unitary Cllr J Davies", "", None, "apologies"),
    ]


def test_a_minute_reference_under_a_heading_is_the_sections_reference() -> None:
    # I-6: "70. Minutes" over "E.70/23": the reference as written, not page furniture.
    text = _HEAD + (
        "Present: Cllr Abbott\n\n"
        "70. Minutes\n\nE.70/23\n\nThe minutes were confirmed.\n\n"
        "71. Declarations of Interest\n\nE.71/23\n\nThere were none.\n"
    )
    result = parse_minutes(text)
    assert _sections(result.record) == [
        ("E.70/23", "Minutes"),
        ("E.71/23", "Declarations of Interest"),
    ]
    assert [p["ref"] for p in result.record["sections"][0]["paragraphs"]] == ["70.1"]
    assert not any("furniture" in m for m in _messages(result))


def test_a_reference_of_another_minute_is_not_taken() -> None:
    text = _HEAD + "Present: Cllr Abbott\n\n70. Minutes\n\nE.69/23\n\nThe minutes were agreed.\n"
    assert _sections(parse_minutes(text).record) == [("70", "Minutes")]


def test_an_empty_heading_of_private_business_is_not_marked_restricted() -> None:
    # I-7: "Items to be taken in private session" with nothing under it withholds nothing; a
    # section with text, or a title naming its business, is still marked.
    text = _HEAD + (
        "Present: Cllr Abbott\n\n"
        "74. Items to be taken in private session\n\n"
        "75. Minutes\nThe minutes were approved.\n\n"
        "76. Confidential items\nThe contract for the hall was discussed.\n\n"
        "77. Sale of land (confidential)\n"
    )
    result = parse_minutes(text)
    assert [s["restricted"] for s in result.record["sections"]] == [False, False, True, True]
    assert not any("Item 74" in m for m in _messages(result))


def test_the_same_line_to_check_is_listed_once() -> None:
    # I-9: one line read in three pieces, none a person, was listed three times.
    text = _HEAD + "Present: Cllr <b>Bold</b> (Chair\"><x>), Mr Robert'); DROP TABLE x;-- (Clerk)\n"
    result = parse_minutes(text + _ITEM)
    keys = [(p.line, p.message) for p in result.problems]
    assert len(keys) == len(set(keys))
