"""Rules the reader took from the twenty-sixth fresh set (tests/data/real-fresh-26, the outside
tester's sixth import files, QA findings F1-F12): ways real minutes are laid out, each on a
made-up example. Pure functions only."""

from meetings.minutes import parse_blocks, parse_minutes, read_document
from meetings.minutes.blocks import Block
from tests.meetings.pdf_minutes import drawn_pdf


def _people(record: dict) -> list[tuple[str, str, str, str]]:
    return [
        (a["name"], a["role"] or "", a["organisation"] or "", a["attendance"])
        for a in record["attendees"]
    ]


def test_a_body_on_its_own_line_over_its_people_is_their_body() -> None:
    # F4: a joint body's minutes list each label's people under the name of the body they come
    # from, a line of its own; the body is no person, and every person below takes it.
    text = (
        "NORTHVALE JOINT WASTE BOARD\n"
        "Minutes of meeting held on 3 March 2021\n\n"
        "Members Present:\n"
        "Eastmoor District Council\n"
        "P Ashworth (Vice-Chair), K Lodge\n"
        "Westfell Borough Council\n"
        "M Quarry\n\n"
        "Member's Apology:\n"
        "Westfell Borough Council\n"
        "D Heath\n\n"
        "Attending:\n"
        "Northvale Recycling Service\n"
        "R Mills, Operations Manager; S Kiln, Finance Officer\n"
        "Green Futures Scotland\n"
        "T Barrow, Project Lead\n\n"
        "1 Declarations of Interest\n"
        "None were declared.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("P Ashworth", "Vice-Chair", "Eastmoor District Council", "present"),
        ("K Lodge", "", "Eastmoor District Council", "present"),
        ("M Quarry", "", "Westfell Borough Council", "present"),
        ("D Heath", "", "Westfell Borough Council", "apologies"),
        ("R Mills", "Operations Manager", "Northvale Recycling Service", "in_attendance"),
        ("S Kiln", "Finance Officer", "Northvale Recycling Service", "in_attendance"),
        ("T Barrow", "Project Lead", "Green Futures Scotland", "in_attendance"),
    ]


def test_a_person_over_their_body_is_read_as_before() -> None:
    # The other way round, the person first and the body on the line below, is that person's
    # body, not a heading over the next person.
    text = (
        "NORTHVALE JOINT WASTE BOARD\n"
        "Minutes of meeting held on 3 March 2021\n\n"
        "Present:\n"
        "Councillor A Fenn\n"
        "Eastmoor District Council\n"
        "Councillor B Moss\n"
        "Westfell Borough Council\n\n"
        "1 Declarations of Interest\n"
        "None were declared.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Councillor A Fenn", "", "Eastmoor District Council", "present"),
        ("Councillor B Moss", "", "Westfell Borough Council", "present"),
    ]


def test_an_actions_list_before_the_items_gives_each_item_its_action() -> None:
    # F1: a board's minutes open with the meeting's actions, each naming its item; the list is
    # no section of its own (it had no number, and the items' numbers were taken from them).
    text = (
        "Harbour Lights Trust\n"
        "Trustees' meeting 4 May 2022\n\n"
        "Present:\nMs R Cove - Chair\nMr T Keel\n\n"
        "Actions\n\n"
        "\u2022 Item 2 - The Treasurer to renew the insurance before June.\n\n"
        "1 - Minutes of the last meeting\n\n"
        "The minutes were agreed.\n\n"
        "2 - Finance\n\n"
        "The insurance falls due in June.\n"
    )
    sections = parse_minutes(text).record["sections"]
    assert [(s["number"], s["ref"], s["title"]) for s in sections] == [
        (1, "1", "Minutes of the last meeting"),
        (2, "2", "Finance"),
    ]
    [action] = sections[1]["paragraphs"][-1]["actions"]
    assert action["text"] == "The Treasurer to renew the insurance before June."
    assert action["owner"] == "Treasurer"


def test_an_actions_list_naming_no_item_is_kept_and_said() -> None:
    # Where a line of the list names an item the minutes do not have, the list stays as read
    # and the line is shown to check.
    text = (
        "Harbour Lights Trust\n"
        "Trustees' meeting 4 May 2022\n\n"
        "Present:\nMs R Cove - Chair\nMr T Keel\n\n"
        "Actions\n\n"
        "\u2022 Item 9 - The Treasurer to renew the insurance before June.\n\n"
        "1 - Minutes of the last meeting\n\n"
        "The minutes were agreed.\n"
    )
    result = parse_minutes(text)
    assert result.record["sections"][0]["title"] == "Actions"
    assert any("names no item" in p.message for p in result.problems)


def test_a_table_of_label_marker_name_and_post_columns() -> None:
    # F6: a board's attendance as a table of four columns: the label on its group's first row,
    # a note's mark in a column of its own ("(1)", explained under the table), the name, the
    # post; a body's label in capitals with no kind of attendance ("... SERVICE:") is the
    # body of its row's person; "X OFFICIALS IN ATTENDANCE:" are X's; "Vice-Chair*" marks a note.
    rows = (
        ("PRESENT:", "", "Mrs Ann Lough", "Chair"),
        ("", "", "Mr Rob Weir", "Vice-Chair*"),
        ("", "(1)", "Ms Jo Kerr", ""),
        ("COASTAL POLICE SERVICE IN ATTENDANCE:", "(2)", "Mr Sam Orr, Chief Constable", ""),
        ("HM HARBOURS INSPECTION SERVICE:", "(2)", "Ms Una Bell", "Inspector"),
        ("HARBOUR BOARD OFFICIALS IN ATTENDANCE:", "", "Mr Tom Dale", "Chief Executive"),
    )
    blocks = [
        Block("heading", "HARBOUR BOARD", level=0),
        Block("paragraph", "Minutes of the meeting held on 5 May 2021"),
        Block("table", rows=rows),
        Block("paragraph", "*Attended by video link"),
        Block("heading", "1. Apologies", level=1),
        Block("paragraph", "There were none."),
    ]
    assert _people(parse_blocks(blocks).record) == [
        ("Mrs Ann Lough", "Chair", "", "present"),
        ("Mr Rob Weir", "Vice-Chair", "", "present"),
        ("Ms Jo Kerr", "", "", "present"),
        ("Mr Sam Orr", "Chief Constable", "COASTAL POLICE SERVICE", "in_attendance"),
        ("Ms Una Bell", "Inspector", "HM HARBOURS INSPECTION SERVICE", "in_attendance"),
        ("Mr Tom Dale", "Chief Executive", "HARBOUR BOARD", "in_attendance"),
    ]


def test_an_items_heading_numbered_with_a_dash_at_the_top_of_every_page_is_kept() -> None:
    # F12: items headed "N - Title", alike but for their numbers, each starting a page, read as
    # a running header would; bold, with a dash after the number, they are the items' headings.
    pages = [
        [
            (62, 760, 11, f"{n} - Planning application 2{n}/0100/FUL", True),
            (62, 737, 10.5, f"The committee considered application 2{n}/0100/FUL.", False),
            (62, 712, 10.5, "It was approved subject to the conditions in the report.", False),
            (120, 24, 9, f"Planning Committee - Page {n} of 3", False),
        ]
        for n in (1, 2, 3)
    ]

    blocks = read_document("m.pdf", drawn_pdf(pages))

    assert sum(b.kind == "heading" for b in blocks) == 3
    assert [b.text for b in blocks if b.kind == "furniture"] == [
        f"Planning Committee - Page {n} of 3" for n in (1, 2, 3)
    ]


def test_the_sentence_naming_the_meeting_gives_the_board_over_a_word_alone() -> None:
    # F10: "Board Meeting <date>" as the page's title reads as the board "Board"; the sentence
    # under it names the body that met, which the import's notice about another body quotes.
    text = (
        "Board Meeting 3 June 2019\n\n"
        "Minutes of the forty-first meeting of the Inland Waters Safety Council held on "
        "3 June 2019 in Quay House.\n\n"
        "Mr A Reed - Chairman\nMs B Lyle\n\n"
        "1 - Minutes of the last meeting\n\n"
        "The minutes were agreed.\n"
    )
    record = parse_minutes(text).record
    assert (record["board"], record["date"]) == ("Inland Waters Safety Council", "2019-06-03")


def test_a_short_list_is_read_by_the_bodies_of_the_lists_above_it() -> None:
    # Oban's apologies ("David Adams-McGilp, Visitscotland") after a list of people given with
    # their bodies: a word that names no post is the person's body; and "Post, Body" among such
    # lists is the post, then the body.
    text = (
        "MINUTES of MEETING of the KILBRIDE AREA PARTNERSHIP held on 7 March 2019\n\n"
        "Present:\n"
        "Anne Rowe\tGlenmore Community Council\n"
        "Ian Bute\tScottish Water\n"
        "Ruth Hay\tPolice Scotland\n"
        "Lena Park\tKilbride Development Trust\n"
        "Tom Lyle\tOutreach Officer, Scottish Parliament\n\n"
        "1. APOLOGIES\n"
        "Apologies for absence were intimated on behalf of:-\n"
        "Gail Moir, Visitscotland\n"
        "Sergeant Ken Ross, Police Scotland\n"
    )
    people = _people(parse_minutes(text).record)
    assert ("Tom Lyle", "Outreach Officer", "Scottish Parliament", "present") in people
    assert ("Gail Moir", "", "Visitscotland", "apologies") in people


def test_chair_alone_on_its_line_gives_the_person_below_the_chair() -> None:
    # Lanarkshire's "Chair:" over "Councillor B McCaig, South Lanarkshire Council": she chaired.
    text = (
        "NORTHVALE JOINT WASTE BOARD\n"
        "Minutes of meeting held on 3 March 2021\n\n"
        "Chair:\n"
        "Councillor R Lees, Eastmoor District Council\n\n"
        "Members Present:\n"
        "Eastmoor District Council\n"
        "P Ashworth, K Lodge\n\n"
        "1 Declarations of Interest\n"
        "None were declared.\n"
    )
    assert _people(parse_minutes(text).record)[0] == (
        "Councillor R Lees",
        "Chair",
        "Eastmoor District Council",
        "present",
    )
