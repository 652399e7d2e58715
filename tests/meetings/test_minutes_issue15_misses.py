"""The minutes reader's known misses (issue 15), each a rule UK minutes follow, tested on
documents written here in the layouts real minutes use, never on one file of the sets."""

import datetime

import docx

from meetings.minutes import parse_minutes, render_minutes
from meetings.minutes.dates import by_day_month
from tests.meetings.test_docx_numbering import blocks

# --- Minutes as one table: Item | Minute | Action ----------------------------------------------


def _item_table(
    header: tuple[str, ...], rows: list[tuple[list[str], ...]]
) -> docx.document.Document:
    """A Word document: heading, attendance, then a table of items, each cell its paragraphs,
    the first paragraph of a minute cell in bold where it starts with "**"."""
    document = docx.Document()
    document.add_paragraph("Kinross Community Council")
    document.add_paragraph("Minutes of the meeting held on Tuesday 14 November 2023")
    document.add_paragraph("Present: Jim Reid (Chair), Fiona Hall (Secretary)")
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for cell, name in zip(table.rows[0].cells, header, strict=True):
        cell.text = name
    for row, cells in zip(table.rows[1:], rows, strict=True):
        for cell, paragraphs in zip(row.cells, cells, strict=True):
            cell.text = ""
            for k, text in enumerate(paragraphs):
                paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                run = paragraph.add_run(text.removeprefix("**"))
                run.bold = text.startswith("**")
    return document


def _read(document: docx.document.Document) -> dict:
    from meetings.minutes.blocks import blocks_markdown

    return parse_minutes(blocks_markdown(blocks(document))).record


def test_a_table_of_items_gives_a_section_a_row_its_title_its_minute_and_its_action() -> None:
    document = _item_table(
        ("Item", "Minute", "Action"),
        [
            (["1"], ["**Welcome and apologies", "The Chair welcomed everyone."], [""]),
            (["2"], ["**Police report", "PC Kerr reported 7 crimes in the period."], ["LK"]),
            (
                ["3"],
                ["**Planning", "3.1 24/00312/FULL: no objection.", "3.2 24/00340/LBC: object."],
                ["FH to submit objection by 24 November"],
            ),
        ],
    )
    sections = _read(document)["sections"]

    assert [(s["ref"], s["title"]) for s in sections] == [
        ("1", "Welcome and apologies"),
        ("2", "Police report"),
        ("3", "Planning"),
    ]
    assert [p["text"] for p in sections[0]["paragraphs"]] == ["The Chair welcomed everyone."]
    police = sections[1]["paragraphs"][0]
    # Initials alone in the Action cell: the minute is the action, theirs.
    assert [(a["text"], a["owner"]) for a in police["actions"]] == [
        ("PC Kerr reported 7 crimes in the period.", "LK")
    ]
    planning = sections[2]["paragraphs"]
    assert [p["ref"] for p in planning] == ["3.1", "3.2"]
    # A sentence in the Action cell is the action; its day and month are due after the meeting.
    assert [(a["text"], a["owner"], a["due"]) for a in planning[-1]["actions"]] == [
        ("FH to submit objection by 24 November", "FH", "2023-11-24")
    ]


def test_a_row_without_a_number_goes_on_with_the_item_above_and_no_bold_title_is_guessed() -> None:
    document = _item_table(
        ("Min No", "Discussion", "Action by"),
        [
            (["4."], ["Finance", "The balance was noted."], [""]),
            ([""], ["The grant had been received."], [""]),
            (["5."], ["The date of the next meeting was agreed."], [""]),
        ],
    )
    sections = _read(document)["sections"]

    assert [(s["ref"], s["title"]) for s in sections] == [("4", "Finance"), ("5", "")]
    assert [p["text"] for p in sections[0]["paragraphs"]] == [
        "The balance was noted.",
        "The grant had been received.",
    ]
    # One paragraph, a sentence: the minute, not a title.
    assert [p["text"] for p in sections[1]["paragraphs"]] == [
        "The date of the next meeting was agreed."
    ]


def test_a_table_of_names_and_roles_is_no_table_of_items() -> None:
    document = _item_table(("Name", "Role", "Organisation"), [(["Jim Reid"], ["Chair"], ["CC"])])
    assert [b.kind for b in blocks(document)][-1] == "table"


def test_a_day_and_month_without_a_year_is_the_next_after_the_meeting() -> None:
    meeting = datetime.date(2023, 11, 14)
    assert by_day_month("FH to submit objection by 24 November", meeting) == datetime.date(
        2023, 11, 24
    )
    assert by_day_month("to report by 3rd of March", meeting) == datetime.date(2024, 3, 3)
    assert by_day_month("by 24 November 2025", meeting) is None  # a whole date, read as such
    assert by_day_month("by the end of the month", meeting) is None


def test_a_yearless_due_date_round_trips_through_the_text_export() -> None:
    text = (
        "Audit Panel\n\nRecord of Meeting 14 November 2023\n\nPresent:\nJane Doe\n\n"
        "1. Planning\n\n1.1 The plans were noted.\n\nAction 1: Clerk to write by 24 November\n"
    )
    record = parse_minutes(text).record
    assert record["sections"][0]["paragraphs"][0]["actions"][0]["due"] == "2023-11-24"
    record["sections"][0]["paragraphs"][0]["actions"][0]["due"] = None  # the clerk cleared it
    again = parse_minutes(render_minutes(record)).record
    assert again["sections"][0]["paragraphs"][0]["actions"][0]["due"] is None


# --- A body after a name, and names run together by commas -------------------------------------

_HEAD = "Audit Committee\n\nMinute of the meeting held on 4 February 2015\n\n"


def _people(text: str) -> list[tuple[str, str, str | None, str]]:
    record = parse_minutes(_HEAD + text + "\n\n1. Apologies\n\nNone.\n").record
    return [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in record["attendees"]]


def test_a_body_after_a_name_is_the_organisation_not_the_role() -> None:
    people = _people(
        "| Present: | Cllr T Cordery | Ferndown TC |\n"
        "|  | Nicola Read | UK Border Force |\n"
        "|  | Ron Smithson | Southend Flying Clubs |\n"
        "|  | Mrs J Hudson | Broadstone Residents' Association |\n"
        "|  | Mark Evershed | Borough Council (part-time) |\n"
        "|  | Sam Petrie | Project Manager, LSA (part-time) |\n"
        "|  | Mrs S Wilson | Harbour Master |\n"
        "|  | Ann Lee | Public Governor (part) |"
    )
    assert [(name, role, body) for name, role, body, _ in people] == [
        ("Cllr T Cordery", "", "Ferndown TC"),
        ("Nicola Read", "", "UK Border Force"),
        ("Ron Smithson", "", "Southend Flying Clubs"),
        ("Mrs J Hudson", "", "Broadstone Residents' Association"),
        ("Mark Evershed", "", "Borough Council"),
        ("Sam Petrie", "Project Manager", "LSA"),
        # A post, and a post with its note, stay as written.
        ("Mrs S Wilson", "Harbour Master", None),
        ("Ann Lee", "Public Governor (part)", None),
    ]


def test_a_public_body_without_a_word_naming_it_is_left_as_written() -> None:
    # Earlier sets' keys: minutes give the body a member sits for as what they are there for.
    assert _people("Present:\nEnilson Mateus, West Hampshire CCG") == [
        ("Enilson Mateus", "West Hampshire CCG", None, "present")
    ]


def test_a_name_after_a_body_in_a_comma_list_is_the_next_person() -> None:
    people = _people(
        "Apologies: David Osborn, Deputy Chairman, Councillor Lamb, Denise Rossiter, "
        "Essex Chambers of Commerce, Peter Geraghty, Martin Howlett, Les Sawyer and Jason Thorn."
    )
    assert [(name, role, body) for name, role, body, _ in people] == [
        ("David Osborn", "Deputy Chairman", None),
        ("Councillor Lamb", "", None),
        ("Denise Rossiter", "", "Essex Chambers of Commerce"),
        ("Peter Geraghty", "", None),
        ("Martin Howlett", "", None),
        ("Les Sawyer", "", None),
        ("Jason Thorn", "", None),
    ]
    assert {kind for *_, kind in people} == {"apologies"}


def test_a_bracketed_body_is_not_cut_at_the_commas_and_a_pcso_is_a_title() -> None:
    assert _people(
        "IN ATTENDANCE: Mrs J. Ellis (Town Clerk), PCSO K. Price (West Mercia Police), "
        "3 members of the public"
    ) == [
        ("Mrs J. Ellis", "Town Clerk", None, "in_attendance"),
        ("PCSO K. Price", "", "West Mercia Police", "in_attendance"),
    ]


def test_apologies_received_and_accepted_in_the_item_are_apologies() -> None:
    record = parse_minutes(
        _HEAD + "Present: Cllr R. Widdowson (Mayor)\n\n41/20 Apologies for absence\n\n"
        "(a) Apologies were received and accepted from Cllr A. Law (work commitments).\n"
    ).record
    assert ("Cllr A. Law", "apologies") in [
        (a["name"], a["attendance"]) for a in record["attendees"]
    ]


# --- "PART II" inside an item --------------------------------------------------------------------

_PART_II = (
    "Audit Committee\n\nMinute of the meeting held on 4 February 2015\n\nPresent:\nJane Doe\n\n"
    "1. Apologies\n\nNone.\n\n"
    "2. Any other business\n\nThe date of the next meeting was noted.\n\nPART II\n\n"
    "The Committee considered the tender for the new depot.\n\n"
    "The preferred bidder was agreed.\n\n"
    "3. Staffing\n\nThe restructure was discussed.\n\n"
    "4. Close\n\nThe press and public were re-admitted to the meeting.\n\n"
    "5. Date of next meeting\n\n4 March 2015.\n"
)


def test_a_part_ii_line_inside_an_item_restricts_the_business_after_it() -> None:
    result = parse_minutes(_PART_II)
    sections = {s["ref"]: s for s in result.record["sections"]}
    item = [(p["text"][:20], p["restricted"]) for p in sections["2"]["paragraphs"]]
    assert item == [
        ("The date of the next", False),
        ("PART II", False),
        ("The Committee consid", True),
        ("The preferred bidder", True),
    ]
    assert not sections["2"]["restricted"]
    # To the public's return: the next item is private, the one that lets them back and
    # those after it are not.
    assert [sections[k]["restricted"] for k in ("1", "3", "4", "5")] == [False, True, False, False]
    assert any("what follows 'PART II' marked restricted" in p.message for p in result.problems)


def test_the_public_let_back_in_within_the_item_ends_its_private_part() -> None:
    text = _PART_II.replace(
        "The preferred bidder was agreed.", "The public were re-admitted.\n\nThe bidder was named."
    )
    sections = {s["ref"]: s for s in parse_minutes(text).record["sections"]}
    assert [p["restricted"] for p in sections["2"]["paragraphs"]] == [
        False,
        False,
        True,
        False,
        False,
    ]
    assert not sections["3"]["restricted"]


# --- "5(a)" paragraphs ---------------------------------------------------------------------------


def test_a_sentence_lettered_under_its_item_is_its_paragraph_a_title_a_sub_item() -> None:
    text = (
        "Audit Committee\n\nMinute of the meeting held on 4 February 2015\n\nPresent:\nJane Doe\n\n"
        "5. Reports\n\n5(a) The Clerk reported on the grant.\n\n5(b) The Treasurer reported.\n\n"
        "6. Planning\n\n6(a) Abbey House\n\nNo objection.\n"
    )
    sections = parse_minutes(text).record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("5", "Reports"),
        ("6", "Planning"),
        ("6(a)", "Abbey House"),
    ]
    assert [(p["ref"], p["text"]) for p in sections[0]["paragraphs"]] == [
        ("5(a)", "The Clerk reported on the grant."),
        ("5(b)", "The Treasurer reported."),
    ]
    # Written back as the minutes had them, and read back the same.
    record = parse_minutes(text).record
    assert parse_minutes(render_minutes(record)).record["sections"] == record["sections"]


# --- "Name Body" cells run together with nothing between them ------------------------------------


def test_a_table_of_names_and_bodies_run_together_is_read_a_person_a_body_each() -> None:
    people = _people(
        "Present:\n\nMembers: Cllr Ann Green County Council (Chair) Tom Black Valley Hills AONB "
        "Sue White Borough Council Officer Ray Brown Parishes Representative Pat Grey Natural "
        "England Lee Stone Wildlife Trust (late entry)"
    )
    assert [(name, role, body) for name, role, body, _ in people] == [
        ("Cllr Ann Green", "Chair", "County Council"),
        ("Tom Black", "", "Valley Hills AONB"),
        ("Sue White", "Officer", "Borough Council"),
        ("Ray Brown", "Parishes Representative", None),
        ("Pat Grey", "", "Natural England"),
        ("Lee Stone", "", "Wildlife Trust"),
    ]


def test_names_alone_one_after_another_are_no_such_run() -> None:
    # Each name straight after the one before leaves it no body: left to the other readings.
    from meetings.minutes.name_runs import split_run_of_names

    assert (
        split_run_of_names("Councillor Alan Ross Councillor George McIrvine Bailie Ian Borthwick")
        is None
    )
    assert (
        split_run_of_names("Adrian Philpott (AP) Natural Resources Wales Sue Lee (SL) Council")
        is None
    )
