"""The reader's known misses on real minutes (issue 15), each fixed by a rule real minutes follow
and shown here on a small made-up example, never on one file. Pure functions only."""

import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.docx_reader import read_docx
from meetings.minutes.text import parse_blocks
from tests.meetings.test_minutes_fourth_fresh_layouts import _people


def _word(build) -> dict:  # type: ignore[no-untyped-def]
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return parse_blocks(read_docx(out.getvalue())).record


def test_a_post_then_the_body_it_is_in_are_role_and_organisation() -> None:
    record = parse_minutes(
        "ANYTOWN PARTNERSHIP BOARD\n4 March 2021\nPresent:\n"
        "Jane Smith, Director of Finance, Anytown Borough Council\n"
        "Alan Brown, Inspector, Westshire Police\n"
        "Ruth Green, Head of Education, Early Years and Inclusion\n"
        "Tom White, Director General, Crime, Policing and Fire Group\n"
        "\n1. Minutes\nThe minutes were approved.\n"
    ).record
    assert _people(record) == [
        ("Jane Smith", "Director of Finance", "Anytown Borough Council", "present"),
        ("Alan Brown", "Inspector", "Westshire Police", "present"),
        # No body after the comma, or more than one comma: the post as written.
        ("Ruth Green", "Head of Education, Early Years and Inclusion", None, "present"),
        ("Tom White", "Director General, Crime, Policing and Fire Group", None, "present"),
    ]


def test_a_substitute_beside_a_name_was_there_and_the_member_sent_apologies() -> None:
    record = parse_minutes(
        "ANYTOWN PLANNING COMMITTEE\n4 March 2021\nPresent:\nCllr P Green (Chair)\n"
        "Cllr B Jones (Substitute for Cllr A Smith)\n"
        "Apologies:\nCllr C Lee (substituted by Cllr D Hart)\nCllr E Ford\n"
        "\n1. Minutes\nThe minutes were approved.\n"
    ).record
    assert _people(record) == [
        ("Cllr P Green", "Chair", None, "present"),
        ("Cllr B Jones", "Substitute for Cllr A Smith", None, "present"),
        ("Cllr C Lee", "", None, "apologies"),
        ("Cllr D Hart", "", None, "present"),
        ("Cllr E Ford", "", None, "apologies"),
    ]
    assert record["attendees"][3]["note"] == "substitute for Cllr C Lee"


def test_substitutes_in_the_apologies_item_were_there_for_members_who_sent_apologies() -> None:
    record = parse_minutes(
        "ANYTOWN PLANNING COMMITTEE\n4 March 2021\nPresent:\nCllr P Green (Chair)\n\n"
        "1. Apologies for absence\n"
        "Apologies for absence were received from Councillors Ann Smith and Carl Lee.\n"
        "Having given due notice the following Councillors advised that they would be "
        "substituting:\n"
        "Councillor Dan Hart for Councillor Carl Lee; and\n"
        "Councillor Bea Jones for Councillor Ann Smith.\n"
        "Cllr Hal Wood substituted for Cllr Jo Cole.\n"
        "2. Planning applications\nCouncillor Tom Page for the applicant spoke.\n"
    ).record
    assert [(name, kind) for name, _, _, kind in _people(record)] == [
        ("Cllr P Green", "present"),
        ("Ann Smith", "apologies"),
        ("Carl Lee", "apologies"),
        ("Councillor Dan Hart", "present"),
        ("Councillor Bea Jones", "present"),
        ("Cllr Hal Wood", "present"),
        ("Cllr Jo Cole", "apologies"),
    ]


def test_an_action_column_header_before_a_minute_reference_and_raised_ordinals() -> None:
    # A PDF's flattened table: the Action column's header before the first row's reference, a
    # date's raised "th" set apart from its day, a minute with no title, and a title that ends
    # in a date run on into the minute's text.
    result = parse_minutes(
        "ANYTOWN COMMUNITY HEALTH COUNCIL\n\n"
        "Minutes of a meeting held on Friday 29th November 2013.\n\n"
        "Present: Mrs A Jones (Chair)\n\n"
        "Action AB/91/13 There were no apologies for absence.\n\n"
        "AB/92/13 Declarations of Interest: There were none.\n\n"
        "th AB/93/13 Minutes of the Meeting held on 16 September 2013 th The minutes of the "
        "meeting held on 16 September 2013 were AGREED as a correct record.\n"
    )
    sections = result.record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("AB/91/13", ""),
        ("AB/92/13", "Declarations of Interest"),
        ("AB/93/13", "Minutes of the Meeting held on 16 September 2013"),
    ]
    assert sections[0]["paragraphs"][0]["text"] == "There were no apologies for absence."
    assert sections[2]["paragraphs"][0]["text"].startswith("The minutes of the meeting held on")
    assert any("AB/91/13 has no title" in p.message for p in result.problems)


def test_an_action_owner_who_sent_apologies_in_the_prose_is_an_attendee() -> None:
    result = parse_minutes(
        "ANYTOWN PARISH COUNCIL\n21 March 2022\nPresent: Cllr A Green (Chair), Cllr B Hall\n\n"
        "1. Apologies\nApologies were received and approved for Cllr S Mills and Cllr J Clark.\n\n"
        "2. Footpaths\nA complaint had been received about hedges.  Action Cllr S Mills\n"
    )
    action = result.record["sections"][1]["paragraphs"][0]["actions"][0]
    assert (action["owner"], action["owner_people"]) == ("Cllr S Mills", ["Cllr S Mills"])
    assert not any("not among the attendees" in p.message for p in result.problems)


def test_a_bilingual_list_in_welsh_then_english_is_read_once() -> None:
    result = parse_minutes(
        "Cyngor Tref Anytown / Anytown Town Council\n25.4.2016\n"
        "Yn bresennol:\nCyng. Ann Evans (Cadeirydd)\nCyng. Huw Jones\n"
        "Yn mynychu:\nMair Lloyd (Clerc)\n"
        "Present:\nCllr. Ann Evans (Chair)\nCllr. Huw Jones\n"
        "In attendance:\nMair Lloyd (Clerk)\n"
        "Ymddiheuriadau:\nCyng. Rhys Owen\nCyng. Sian Hughes\n"
        "Apologies:\nCllr. Rhys Owen\nCllr. Sian Hughes\n"
        "\n1. Minutes\nThe minutes were approved.\n"
    )
    assert _people(result.record) == [
        ("Cllr. Ann Evans", "Chair", None, "present"),
        ("Cllr. Huw Jones", "", None, "present"),
        ("Mair Lloyd", "Clerk", None, "in_attendance"),
        ("Cllr. Rhys Owen", "", None, "apologies"),
        ("Cllr. Sian Hughes", "", None, "apologies"),
    ]
    assert sum("Listed again below" in p.message for p in result.problems) == 2
    assert not any("listed twice" in p.message for p in result.problems)


def test_a_word_item_table_numbers_items_n_0_and_their_paragraphs_n_1() -> None:
    # "Item | Discussion | Action": "2.0" beside one short line is item 2 and its title (not an
    # item with no title over a paragraph); "2.1" beside a sentence, or beside a short line
    # that is no title of its own (not bold), a paragraph of item 2.
    def build(document: docx.document.Document) -> None:
        document.add_paragraph("Anytown Bus Forum")
        document.add_paragraph("Minutes of the meeting held on 3 May 2022")
        document.add_paragraph("Present: Jane Smith (Chair), Tom Brown")
        rows = [
            ("Item", "Discussion", "Action"),
            ("1.0", "Introductions and Apologies", ""),
            ("2.0", "Timetables", ""),
            ("2.1", "Sunday timetables unchanged", ""),
            ("2.2", "The timetable changes were explained to the forum.", ""),
        ]
        table = document.add_table(rows=len(rows), cols=3)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text

    sections = _word(build)["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("1.0", "Introductions and Apologies"),
        ("2.0", "Timetables"),
    ]
    assert [(p["ref"], p["text"]) for p in sections[1]["paragraphs"]] == [
        ("2.1", "Sunday timetables unchanged"),
        ("2.2", "The timetable changes were explained to the forum."),
    ]


def test_a_surname_with_its_particles_in_a_plural_titled_group_of_apologies() -> None:
    def apologies(names: str) -> list[str]:
        record = parse_minutes(
            "Anytown Board\n20 March 2023\n\n1. APOLOGIES FOR ABSENCE\n\n"
            f"Apologies for absence were received from {names}.\n\n"
            "2. MINUTES\n\nThe minutes were agreed.\n"
        ).record
        return [a["name"] for a in record["attendees"] if a["attendance"] == "apologies"]

    assert apologies("Val Lee and Councillors da Costa and Khan") == [
        "Val Lee",
        "Councillor da Costa",
        "Councillor Khan",
    ]
    assert apologies("Councillors da Costa, van der Berg and Khan") == [
        "Councillor da Costa",
        "Councillor van der Berg",
        "Councillor Khan",
    ]


def test_a_word_cell_of_names_beside_a_cell_of_their_bodies_is_read_line_for_line() -> None:
    # "Attendees | a name a line | each one's body a line": one person a line, and a body by
    # its initials then what the person is in it, in brackets, is body and post.
    def build(document: docx.document.Document) -> None:
        document.add_paragraph("Anytown Bus Forum")
        document.add_paragraph("Minutes of the meeting held on 3 May 2022")
        table = document.add_table(rows=2, cols=3)
        table.cell(0, 0).text = "Attendees"
        names = table.cell(0, 1)
        names.text = "Jane Smith (JS)"
        names.add_paragraph("Cllr Tom Brown (TB)")
        names.add_paragraph("Ann Lee (AL)")
        bodies = table.cell(0, 2)
        bodies.text = "Anytown Civic Trust"
        bodies.add_paragraph("ATC (Labour Group)")
        bodies.add_paragraph("ATC (Executive Member for Transport)")
        table.cell(1, 0).text = "Apologies"
        table.cell(1, 1).text = "Cllr Rita Moss"
        document.add_paragraph("1. Minutes")
        document.add_paragraph("The minutes were approved.")

    assert _people(_word(build))[1:] == [
        ("Cllr Tom Brown", "Labour Group", "ATC", "present"),
        ("Ann Lee", "Executive Member for Transport", "ATC", "present"),
        ("Cllr Rita Moss", "", None, "apologies"),
    ]


def test_a_board_with_no_item_numbered_or_titled_has_its_text_as_one_item() -> None:
    # Lists of people, then the minutes' prose straight away, no heading at all: the prose is
    # one item with no number or title; officials listed under
    # "Present:" in a group of their own were in attendance, not members present.
    result = parse_minutes(
        "MINUTES OF THE 12TH MEETING OF THE ANYTOWN WATER BOARD HELD ON 4 MARCH 2021\n\n"
        "Present:\n\nBoard Members:\n\n- Mr A Green - Chair\n\n- Mrs B Hall\n\n"
        "Board Officials:\n\n- Ms C Lee - Chief Executive\n\n"
        "The Chair welcomed everyone to the meeting and thanked the members for the time "
        "they had given to the board over the year.\n\n"
        "The Chief Executive thanked the Chair and the members for their support.\n"
    )
    assert _people(result.record) == [
        ("Mr A Green", "Chair", None, "present"),
        ("Mrs B Hall", "", None, "present"),
        ("Ms C Lee", "Chief Executive", None, "in_attendance"),
    ]
    (section,) = result.record["sections"]
    assert (section["ref"], section["title"]) == ("", "")
    assert [p["text"][:30] for p in section["paragraphs"]] == [
        "The Chair welcomed everyone to",
        "The Chief Executive thanked th",
    ]


def test_items_numbered_with_the_year_and_the_minute_through_it() -> None:
    # "Item 1.08/01": the item's number, the year, the minute's number through the year (Word
    # numbering that writes "Item" before it); the paragraphs under it numbered "1.1", "1.2".
    record = parse_minutes(
        "ANYTOWN HEALTH COMMITTEE\nMinutes of the meeting held on 5 February 2008\n\n"
        "Present:\nProfessor A Hall (Chairman)\nMrs B Lee\n\n"
        "Item 1.08/01 Apologies for absence\n\n"
        "1.1 Apologies for absence were received from Mr C Ray.\n\n"
        "Item 2.08/02 Approval of agenda\n\n"
        "2.1 The Committee agreed to take item seven before item six.\n"
    ).record
    assert [(s["ref"], s["title"]) for s in record["sections"]] == [
        ("1.08/01", "Apologies for absence"),
        ("2.08/02", "Approval of agenda"),
    ]
    assert [p["ref"] for s in record["sections"] for p in s["paragraphs"]] == ["1.1", "2.1"]


def test_sub_items_under_an_item_with_no_text_of_its_own_are_its_sections() -> None:
    # "1. General Matters" over "1.1 ...", "1.2 ...": each sub-item's title on a line of its own
    # (in lower case too), its minute after a blank line, is a heading, as the first is.
    record = parse_minutes(
        "ANYTOWN LIBRARY BOARD OF TRUSTEES\nDate: Friday, 11 July 2025\n\n"
        "Present:\n\n  • Ann Lee (Chair)\n  • Bob Hill\n\n"
        "1. General Matters\n\n"
        "1.1 Welcome from the Chair, opening remarks and apologies\n\n"
        "The Chair welcomed everyone to the meeting.\n\n"
        "1.2 Declaration of interests relevant to the agenda\n\n"
        "There were no declarations of interests\n\n"
        "1.3 Minutes of the meeting held on 9 May 2025 and matters arising not on the agenda\n\n"
        "The minutes were approved as a correct record.\n"
    ).record
    assert [s["ref"] for s in record["sections"]] == ["1", "1.1", "1.2", "1.3"]
    assert [[p["text"][:20] for p in s["paragraphs"]] for s in record["sections"][1:]] == [
        ["The Chair welcomed e"],
        ["There were no declar"],
        ["The minutes were app"],
    ]


def test_a_title_alone_in_an_item_rows_minute_column_is_a_heading_inside_the_item() -> None:
    # "Item |  | Action": the item's number on its first row only; a row holding only a few
    # words that end no sentence, over a row of prose, is a heading inside the item.
    record = parse_minutes(
        "ANYTOWN SPORTS BOARD\nMinutes of the meeting held on 21 January 2014\n"
        "Present: Ann Lee (Chair), Bob Hill\n\n"
        "| Item |  | Action |\n"
        "| 1. | Welcome |  |\n"
        "|  | Declarations of Interest |  |\n"
        "|  | BH declared an interest in item 2 as a trustee of the club. |  |\n"
        "|  | Minutes of the last meeting |  |\n"
        "|  | The minutes of the last meeting were APPROVED as a correct record. |  |\n"
        "| 2. | Chief Executive's Report |  |\n"
        "|  | The Chief Executive presented her report. |  |\n"
    ).record
    assert [(s["ref"], s["title"], len(s["paragraphs"])) for s in record["sections"]] == [
        ("1", "Welcome", 0),
        ("", "Declarations of Interest", 1),
        ("", "Minutes of the last meeting", 1),
        ("2", "Chief Executive's Report", 1),
    ]


def test_who_leads_an_item_on_the_agenda_is_no_item_of_its_own() -> None:
    # A ModernGov page: each item's title, the agenda's text, "Lead: Chair", then the minutes
    # numbered 1.1, 2.1: "Lead: Chair" is left out, not an item "Lead" taking the minutes.
    result = parse_minutes(
        "Anytown Transport Board\nMonday, 9th December, 2024 10.00 am\n\n"
        "Attendance Details\n\nPresent:\nAnn Lee (Chair)\nBob Hill\n\n"
        "Welcome & Apologies\n\nThe Chair to welcome Members to the meeting.\n\n"
        "Lead: Chair\n\n"
        "1.1          The Chair welcomed Board Members to the meeting.\n\n"
        "Declarations of Interest\n\nMembers are required to declare any interest.\n\n"
        "Lead: Chair\n\n"
        "2.1          There were no Declarations of Interest.\n\n"
        "Minutes of the Previous Meeting\n\nTo approve the minutes.\n\n"
        "Lead: Chair\n\n"
        "3.1          The minutes were approved.\n"
    )
    assert [s["title"] for s in result.record["sections"]] == [
        "Welcome & Apologies",
        "Declarations of Interest",
        "Minutes of the Previous Meeting",
    ]
    assert sum("Who presents the item" in p.message for p in result.problems) == 3
