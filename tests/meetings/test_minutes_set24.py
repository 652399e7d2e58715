"""Rules the reader took from the twenty-fourth fresh set (tests/data/real-fresh-24): ways real
minutes of many bodies are printed, each on a made-up example."""

import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.dates import starts_with_date
from meetings.minutes.files import read_file
from meetings.minutes.references import counted_on


def _sections(record: dict) -> list[tuple[str, str]]:
    return [(s.get("ref") or str(s["number"]), s["title"]) for s in record["sections"]]


def _texts(record: dict) -> list[list[str]]:
    return [[p["text"] for p in s["paragraphs"]] for s in record["sections"]]


def test_a_line_starting_with_a_date_then_a_title_is_no_item_numbered_by_its_day() -> None:
    # A web page's title over minutes ("12 March 2021 - Annual Town Meeting"): the date heads
    # it; it is not item 12 holding every line below.
    text = (
        "12 March 2021 - Annual Town Meeting\n"
        "Minutes of the Annual Town Meeting of Oakford held on Friday 12 March, 2021\n"
        "Present: Cllr A Brown (Chair), Cllr C Dean\n\n"
        "1. Welcome\n"
        "The Chair welcomed the electors present.\n\n"
        "2. Reports\n"
        "The Town Clerk read the council's report for the year.\n"
    )
    record = parse_minutes(text).record
    assert record["date"] == "2021-03-12"
    assert _sections(record) == [("1", "Welcome"), ("2", "Reports")]


def test_starts_with_date_wants_a_whole_date_and_more_after_it() -> None:
    assert starts_with_date("4 July 2019 - Village Meeting")
    assert starts_with_date("4th July 2019 \u2013 At a meeting of the Board held at Hall Farm")
    assert starts_with_date("4 July 2019 18.30, Village Hall")
    assert not starts_with_date("4 July 2019")  # a date alone is parse_date's
    assert not starts_with_date("4 Members of the Board were present")
    assert not starts_with_date("31 June 2019 - no such day")


def test_references_shaped_like_dates_are_headings_where_they_number_on() -> None:
    # "19/03/07 Chair's report": the year, the month, the minute's number; it could be a date
    # (7 March 2019), so it is a heading only where the minutes go on in that shape.
    text = (
        "A meeting of the Allotments Committee was held in the Pavilion on 5th March 2019\n"
        "Present: Cllrs J Ross (Chairman), K Hale and L Moss\n\n"
        "19/03/07 Chair's report\n"
        "The Chairman thanked the members for their work on the new plots.\n\n"
        "19/03/08 Water supply\n"
        "The standpipes would be turned on at the end of the month.\n\n"
        "19/03/10 Rents\n"
        "It was RESOLVED that the rents stay as they are.\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [
        ("19/03/07", "Chair's report"),
        ("19/03/08", "Water supply"),
        ("19/03/10", "Rents"),
    ]
    assert _texts(record)[0] == [
        "The Chairman thanked the members for their work on the new plots."
    ]


def test_a_date_like_reference_counts_on_over_a_minute_or_two_missing() -> None:
    # "19/03/08" then "19/03/10": a parish's year/month/minute, minute 9 not in these minutes.
    assert counted_on("19/03/10", ["19/03/08 Water supply"])
    assert not counted_on("19/03/10", ["19/03/20 Water supply"])  # too far: two dates
    assert not counted_on("19/03/10", ["19/04/11 Water supply"])  # another month


def test_items_numbered_with_a_slash_and_no_title_hold_their_sentence() -> None:
    # "1/ Apologies from ...", "2/ ... volunteered to take the minutes.": numbers with a slash,
    # the item's text straight after them, no title; never the line below as a title.
    text = (
        "Upland Hay Meadows Group\n"
        "Minutes of Meeting held on 3rd May 2012 at the Field Centre\n"
        "Present: Ann Fell (Moorland Trust), Ben Dale (County Council)\n\n"
        "1/ Apologies from Carl Heath (National Park Authority) and Dora Ness.\n\n"
        "2/ Ben Dale volunteered to take the minutes for the group this time.\n\n"
        "3/ Ann Fell gave an update on the seed harvest, which covered these sites:\n"
        "North Pasture\n"
        "Low Field\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [("1", ""), ("2", ""), ("3", "")]
    assert _texts(record)[1] == [
        "Ben Dale volunteered to take the minutes for the group this time."
    ]
    assert _texts(record)[2][0].startswith("Ann Fell gave an update")


def test_a_short_title_closed_by_a_stop_is_the_next_heading() -> None:
    # "2. Apologies." and "Item 3   Minutes of the Last Meeting.": headings with a stop after
    # the title, the item's sentence on the line below, as the items around them are set.
    text = (
        "Minutes of the Oakford Parish Meeting held on Tuesday 2 April 2019\n"
        "Present: Cllr E Ward (Chairman), Cllr F Moss\n\n"
        "1. Welcome\n"
        "The Chairman welcomed the electors\n"
        "2. Apologies.\n"
        "Apologies were received from Cllr G Hart and Cllr H Lee.\n"
        "3. Minutes of the Last Meeting.\n"
        "The minutes of the meeting held on 3 April 2018 were agreed.\n"
    )
    assert _sections(parse_minutes(text).record) == [
        ("1", "Welcome"),
        ("2", "Apologies."),
        ("3", "Minutes of the Last Meeting."),
    ]


def test_a_stopped_line_in_a_list_under_an_item_stays_a_paragraph() -> None:
    # "The following were agreed:" then "2. Rents." : a list in the item, not item 2.
    text = (
        "Minutes of the Oakford Parish Meeting held on Tuesday 2 April 2019\n"
        "Present: Cllr E Ward (Chairman), Cllr F Moss\n\n"
        "1. Budget\n"
        "The following were agreed:\n"
        "2. Rents.\n"
        "The rents would rise by two per cent from April next year.\n"
    )
    assert _sections(parse_minutes(text).record) == [("1", "Budget")]


def test_attendance_and_apologies_over_a_table_is_no_list_of_apologies() -> None:
    # "Attendance and Apologies:" heads a table whose groups are rows of their own (members,
    # then "Apologies"): those before the apologies' row were there.
    text = (
        "VALE ENTERPRISE BOARD\n"
        "Minutes of the Meeting held on 9 September 2020\n"
        "Attendance and Apologies:\n"
        "Jane Hill, Private Sector\n"
        "Omar Khan, Further Education\n"
        "Apologies:\n"
        "Paul Reid, Universities\n\n"
        "1. Welcome\n"
        "JH welcomed those present.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["attendance"]) for a in attendees] == [
        ("Jane Hill", "present"),
        ("Omar Khan", "present"),
        ("Paul Reid", "apologies"),
    ]


def test_agenda_item_over_the_title_is_the_papers_number_not_an_item() -> None:
    # Minutes sent round as a paper of the next meeting carry "Agenda item 2" at their top;
    # the body's name under it is the board, not item 2's title.
    text = (
        "Agenda item 2\n"
        "Heathland Nature Reserve Advisory Board\n"
        "6th May 2010 \u2013 At a meeting of the Board held at the Visitor Centre\n"
        "Present: Mr A Lord (Chairman) - Parish Council, Mrs B Hay - Natural England\n\n"
        "41. Declarations of interests\n"
        "There were none.\n\n"
        "42. Minutes of the previous meeting\n"
        "The minutes of the meeting held on 4th February 2010 were agreed.\n"
    )
    record = parse_minutes(text).record
    assert record["board"] == "Heathland Nature Reserve Advisory Board"
    assert record["date"] == "2010-05-06"
    assert _sections(record) == [
        ("41", "Declarations of interests"),
        ("42", "Minutes of the previous meeting"),
    ]


def test_the_sector_of_a_members_seat_after_their_body_is_not_part_of_its_name() -> None:
    # A partnership's members each hold a seat of a sector: "Vale Trust (Third Sector)".
    text = (
        "Vale Local Action Group Meeting\n"
        "Minutes\n"
        "14 May 2019\n"
        "Present:\n"
        "Ann Lee \u2013 Vale Trust (Third Sector)\n"
        "Bob Roe \u2013 Vale County Council (VCC) (Public Sector)\n\n"
        "1. Welcome\n"
        "Ann welcomed everyone to the meeting.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["organisation"]) for a in attendees] == [
        ("Ann Lee", "Vale Trust"),
        ("Bob Roe", "Vale County Council (VCC)"),
    ]


def test_a_notice_above_the_heading_is_no_body_name() -> None:
    # "NB: ... these minutes are published as a draft record ...": a sentence above the title.
    text = (
        "NB: In line with our assurance framework these minutes are published as a draft record "
        "until they are ratified.\n"
        "VALE ENTERPRISE BOARD\n"
        "Minutes of the Meeting\n"
        "9 September 2020\n"
        "Present: Jane Hill, Omar Khan\n\n"
        "1. Welcome\n"
        "JH welcomed those present.\n"
    )
    assert parse_minutes(text).record["board"] == "VALE ENTERPRISE BOARD"


def test_an_untitled_table_of_items_a_row_each_title_its_cells_first_paragraph() -> None:
    # Minutes with no item numbers set as a table, an item a row: the title the first paragraph
    # of the left cell, the minute under it, who does its action in the cell beside.
    document = docx.Document()
    document.add_paragraph("Minutes of the Vale Covenant Board held on 4 May 2017")
    document.add_paragraph("Present: Jane Hill (Chair), Ann Brown")
    rows = [
        (["Welcome", "JH welcomed everyone.", "New members ACTION AB to write to them."], "AB"),
        (["Terms of Reference", "The terms were agreed.", "They go to the council next."], "JH"),
        (["Funding", "The grant has been paid.", "The bids close in June."], ""),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for i, (texts, owner) in enumerate(rows):
        cell = table.cell(i, 0)
        cell.text = texts[0]
        for text in texts[1:]:
            cell.add_paragraph(text)
        table.cell(i, 1).text = owner
    buffer = io.BytesIO()
    document.save(buffer)
    record = read_file("board.docx", buffer.getvalue()).record
    assert [s["title"] for s in record["sections"]] == [
        "Welcome",
        "Terms of Reference",
        "Funding",
    ]
    assert _texts(record)[2] == ["The grant has been paid.", "The bids close in June."]
    actions = [
        (a["owner"], s["title"])
        for s in record["sections"]
        for p in s["paragraphs"]
        for a in p["actions"]
    ]
    # The owner named in the minute's own action mark is that action's; one named only in the
    # cell beside is an action of the item's last paragraph, not a second one.
    assert sorted(actions) == [("AB", "Welcome"), ("JH", "Terms of Reference")]


def test_a_lists_entries_under_a_lead_in_without_marks_are_paragraphs_each() -> None:
    # "... the plan's four parts:" then a short title a line, no bullets: each entry its own
    # paragraph, and the sentence after the list one of its own too.
    text = (
        "Minutes of the Oakford Plan Group held on 3 June 2019\n"
        "Present: Ann Lee, Bob Roe\n\n"
        "1. The Plan\n"
        "The officer set out the plan's three parts:\n"
        "Housing Sites\n"
        "Green Spaces and Paths\n"
        "Town Centre\n"
        "The plan goes out for comment in June.\n"
    )
    assert _texts(parse_minutes(text).record) == [
        [
            "The officer set out the plan's three parts:",
            "Housing Sites",
            "Green Spaces and Paths",
            "Town Centre",
            "The plan goes out for comment in June.",
        ]
    ]


def test_a_date_line_with_the_hour_and_place_under_the_title_dates_the_meeting() -> None:
    # "14 May 2019 17.30, Town Hall" under "Minutes": the day starts the line as an item's
    # number would, but the line is the date, the hour and the place.
    text = (
        "Vale Local Action Group Meeting\n"
        "Minutes\n"
        "14 May 2019 17.30, Town Hall\n"
        "Present:\n"
        "Ann Lee \u2013 Vale Trust\n\n"
        "1. Welcome\n"
        "Ann welcomed everyone to the meeting.\n"
    )
    assert parse_minutes(text).record["date"] == "2019-05-14"
