"""Layouts real minutes use that the reader misread (issue 15's leftovers: bold headings ending
with a colon, an action's owner between dashes), each in a made-up example, never one file."""

import io

import docx

from meetings.minutes.docx_reader import read_docx
from meetings.minutes.text import parse_blocks, parse_minutes


def _bold_colon_docx() -> bytes:
    """A community company's minutes with no numbers: its items' titles bold lines ending with
    a colon ('Matters Arising:'), the attendance a bold label and names after it."""
    document = docx.Document()
    document.add_heading("Trustees Meeting in the Village Hall", level=1)
    document.add_paragraph().add_run("7.00 p.m. 14th March 2023").bold = True
    present = document.add_paragraph()
    present.add_run("Present:").bold = True
    present.add_run(" Alice Brown (Chair), Tom Green, Sue White")
    for title, text in (
        ("Apologies:", None),
        ("Approval of Minutes:", "Minutes of 10th of February were approved by the trustees."),
        ("Matters Arising:", "The treasurer gave an update on the accounts for the year."),
    ):
        document.add_paragraph().add_run(title).bold = True
        if text:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_bold_line_ending_with_a_colon_is_an_items_title() -> None:
    blocks = read_docx(_bold_colon_docx())
    headings = [b.text for b in blocks if b.kind == "heading"]
    # Two words or more and no kind of attendance: a title; 'Apologies:' stays a label.
    assert "Approval of Minutes:" in headings
    assert "Matters Arising:" in headings
    assert "Apologies:" not in headings
    record = parse_blocks(blocks).record
    titles = [s["title"] for s in record["sections"]]
    assert titles[-2:] == ["Approval of Minutes", "Matters Arising"]
    last = record["sections"][-1]
    assert [p["text"] for p in last["paragraphs"]] == [
        "The treasurer gave an update on the accounts for the year."
    ]


def test_a_heading_marked_in_the_text_keeps_no_colon_in_its_title() -> None:
    text = (
        "# Trustees Meeting\n\n14 March 2023\n\nPresent: Alice Brown, Tom Green\n\n"
        "## Declarations of Interest:\n\n## Approval of Minutes:\n\n"
        "The minutes were approved as a true record.\n\n## Matters Arising:\n\n"
        "The treasurer gave an update on the accounts for the year.\n"
    )
    record = parse_minutes(text).record
    assert [s["title"] for s in record["sections"]] == [
        "Declarations of Interest",
        "Approval of Minutes",
        "Matters Arising",
    ]


def test_an_actions_owner_between_dashes() -> None:
    text = (
        "Anytown Joint Board\n\nMinutes of the meeting held on 1 March 2024\n\n"
        "Present: Alice Brown (AB), Tom Green (TG)\n\n1. Housing\n\n"
        "An update on the new houses was given.\n"
        "ACTION \u2013 AB \u2013 Send an email to the planning department.\n\n"
        "2. Hall\n\nThe hall's roof was discussed.\n"
        "Action: TG to get three quotes for the roof.\n"
    )
    record = parse_minutes(text).record
    actions = [a for s in record["sections"] for p in s["paragraphs"] for a in p["actions"]]
    assert [(a["text"], a["owner_people"]) for a in actions] == [
        ("Send an email to the planning department.", ["Alice Brown"]),
        ("TG to get three quotes for the roof.", ["Tom Green"]),
    ]


def test_the_papers_reference_above_the_heading_is_no_board() -> None:
    # A running header's row, the paper's reference and the date, over the body's name and the
    # title ("| HES 049/17 | 25 May 2017 |"); or the reference alone ("ITEM PF3").
    body = (
        "MINUTES OF THE BOARD MEETING HELD ON 4 JUNE 2019\n\n"
        "Present: Alice Brown, Chair\n\n1. Apologies\n\nThere were no apologies.\n"
    )
    record = parse_minutes(f"| ABC 012/19 | 4 June 2019 |\n\nANYTOWN HERITAGE TRUST\n\n{body}")
    assert record.record["board"] == "ANYTOWN HERITAGE TRUST"
    assert record.record["date"] == "2019-06-04"
    for reference in ("ITEM PF3", "CJB (10) MINUTES"):
        record = parse_minutes(f"{reference}\n\nANYTOWN HERITAGE TRUST\n\n{body}")
        assert record.record["board"] == "ANYTOWN HERITAGE TRUST"


def test_how_people_took_part_after_the_kind_of_attendance() -> None:
    # "Attending in person:", "Attending via Zoom:", "Also present via Teams virtually:": the
    # kind of attendance, then how they took part; a role before a titled name its role.
    text = (
        "Anytown Heritage Trust\n\nMinutes of the meeting held on 4 June 2019\n\n"
        "Attending in person: Alice Brown (Chair), Tom Green, Sue White\n\n"
        "Attending via Zoom: Ravi Patel\n\n"
        "Also present via Teams virtually: Standing Invitee Dr Jo Bloggs\n\n"
        "1. Apologies\n\nThere were no apologies.\n"
    )
    record = parse_minutes(text).record
    people = [(a["name"], a["role"], a["attendance"]) for a in record["attendees"]]
    assert people == [
        ("Alice Brown", "Chair", "present"),
        ("Tom Green", "", "present"),
        ("Sue White", "", "present"),
        ("Ravi Patel", "", "present"),
        ("Dr Jo Bloggs", "Standing Invitee", "in_attendance"),
    ]


def test_bullets_over_plain_text_under_headings_are_items() -> None:
    # Items set as headings, then a heading over bullets that are items' titles, each over its
    # text in plain lines: each bullet an item of its own, not a paragraph of the heading's.
    text = (
        "# Trustees Meeting\n\n14 March 2023\n\nPresent: Alice Brown, Tom Green\n\n"
        "## Matters Arising:\n\nThe treasurer gave an update on the accounts for the year.\n\n"
        "## Items for Decision\n\n* Election of Officers\n\n"
        "The ballot box was opened in full view.\n\nTG counted the votes\n\n"
        "It was agreed that Sue White had been elected treasurer.\n\n"
        "* Membership Applications\n\n"
        "The trustees reviewed two applications for membership.\n"
    )
    record = parse_minutes(text).record
    sections = [(s["title"], [p["text"] for p in s["paragraphs"]]) for s in record["sections"]]
    assert sections[1:] == [
        ("Items for Decision", []),
        (
            "Election of Officers",
            [
                "The ballot box was opened in full view.",
                "TG counted the votes",
                "It was agreed that Sue White had been elected treasurer.",
            ],
        ),
        ("Membership Applications", ["The trustees reviewed two applications for membership."]),
    ]
    # Bullets in a list (one over another) are the list's: one bullet over text is left alone.
    listed = text.replace(
        "* Membership Applications\n\nThe trustees", "* Membership Applications\n* The trustees"
    )
    record = parse_minutes(listed).record
    assert [s["title"] for s in record["sections"]][-1] == "Items for Decision"


def test_a_headings_date_wrapped_before_its_year() -> None:
    # A PDF's title in large type wrapped before the year ("... held on 17 May" / "2013"): the
    # year is the title's, not a page number left out.
    text = (
        "# Minutes of Meeting of the Anytown Trust Board held on 17 May\n\n# 2013\n\n"
        "Present: Alice Brown, Tom Green\n\n1. Apologies\n\nThere were no apologies.\n"
    )
    record = parse_minutes(text).record
    assert record["date"] == "2013-05-17"
