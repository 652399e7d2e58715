"""Rules the fifth fresh set of real minutes (tests/data/real-fresh-5) taught the reader, each a
general rule: minute numbers that look like dates but are none, letters and digits as a
heading's reference, a title's date on the line under it, a body's committee named under the
body, a heading between paragraphs of a copy that lost its blank lines, minutes written as a
table an item a row, note numbers before attendees' names, and the PDF reader's title lines,
wrapped table labels and paragraph gaps on pages that are mostly a table."""

import datetime
from typing import Any

from meetings.minutes import parse_minutes
from meetings.minutes.attendee_notes import lone_column_header
from meetings.minutes.blocks import Block
from meetings.minutes.committees import committee_of_body, meeting_of_name
from meetings.minutes.item_rows import item_header, row_owner
from meetings.minutes.month_year import date_in_month, split_month_year
from meetings.minutes.pdf_reader import _blocks, _joined_cell, _Line, _tables, _title_text
from meetings.minutes.references import (
    composite_heading,
    letters_and_number_heading,
    list_ref,
)
from meetings.minutes.text import parse_blocks


def _record(text: str) -> dict[str, Any]:
    return parse_minutes(text).record


def test_a_minute_number_that_is_no_date_is_a_reference() -> None:
    assert composite_heading("70/09/16 Apologies for Absence") is not None
    assert composite_heading("70/09/16 Apologies for Absence").ref == "70/09/16"  # type: ignore[union-attr]
    assert composite_heading("12/09/16 Apologies for Absence") is None  # may be a date


def test_letters_and_digits_start_a_marked_heading() -> None:
    ref = letters_and_number_heading("CE01 Appointment of Chair")
    assert ref is not None and (ref.ref, ref.title) == ("CE01", "Appointment of Chair")
    assert letters_and_number_heading("CE01 the chair") is None
    text = (
        "Police Authority\n\nMinutes of the meeting held on 28 July 2009\n\n"
        "## CE01 Appointment of Chair\n\nThat Mrs Ann Williams be appointed as Chair.\n"
    )
    section = _record(text)["sections"][0]
    assert (section["ref"], section["title"]) == ("CE01", "Appointment of Chair")


def test_a_prose_line_starting_with_letters_and_digits_is_no_heading() -> None:
    text = (
        "Board\n\nMinutes of the meeting held on 1 May 2024\n\n1. Roads\n\n"
        "A1 Widening was discussed at length by the members present.\n"
    )
    sections = _record(text)["sections"]
    assert [s["title"] for s in sections] == ["Roads"]


def test_the_date_on_the_line_under_a_body_and_title_is_read() -> None:
    text = (
        "Transport for London Minutes of the Meeting\n\n"
        "City Hall, London, SE1 2AA 10.00am, Thursday 22 September 2016\n\n"
        "Members | Sadiq Khan (Chair)\n\n1. Apologies\n\nNone.\n"
    )
    record = _record(text)
    assert (record["board"], record["date"]) == ("Transport for London", "2016-09-22")


def test_a_committee_named_under_its_body_is_the_board() -> None:
    assert meeting_of_name(
        "Minutes of a Meeting of the Community Engagement & External Relations"
    ) == ("Community Engagement & External Relations")
    assert meeting_of_name("Minutes of the meeting of the") == ""
    assert committee_of_body("NORTHERN IRELAND POLICING BOARD", "PERFORMANCE COMMITTEE")
    assert not committee_of_body("Groby Parish Council", "Parish Council")
    assert not committee_of_body("Anytown Town Council", "Full Council")
    text = (
        "NORTHERN IRELAND POLICING BOARD\n"
        "MINUTES OF THE PERFORMANCE COMMITTEE MEETING HELD ON THURSDAY 8 DECEMBER 2016\n\n"
        "Present: Mr Gerry Kelly\n\n1. APOLOGIES\n\nNone.\n"
    )
    result = parse_minutes(text)
    assert result.record["board"] == "PERFORMANCE COMMITTEE"
    assert any("taken to be PERFORMANCE COMMITTEE" in p.message for p in result.problems)


def test_a_heading_between_prose_lines_without_blank_lines_starts_a_section() -> None:
    text = (
        "Council Meeting\nMinutes of the Council Board Meeting held on Wednesday 17 April 2013\n"
        "Mr D Gass\nMr R Stone\n"
        "The Chair welcomed all to the meeting and the three new Board members.\n"
        "Amateur Boxing Scotland Limited (ABSL)\n"
        "The Chair introduced Mr Thomas and invited him to explain the status of boxing.\n"
        "The Chair thanked Mr Thomas for his presentation and invited questions.\n"
    )
    record = _record(text)
    assert [s["title"] for s in record["sections"]] == ["Amateur Boxing Scotland Limited (ABSL)"]
    assert len(record["sections"][0]["paragraphs"]) == 2
    assert "Amateur Boxing Scotland Limited" not in [a["name"] for a in record["attendees"]]


def test_minutes_as_a_table_an_item_a_row() -> None:
    assert item_header(("Item", "", "Lead"))
    assert not item_header(("Name", "", "Role"))
    assert row_owner("LSR to follow up") == "LSR"
    assert row_owner("SJ") == "SJ"
    rows = (
        ("Item", "", "Lead"),
        ("1", "Welcome and minutes sign off", "JB"),
        ("", "Attendees acknowledged receipt of the plan.", ""),
        ("2", "Finance update", "IH"),
        ("", "The bank mandate had been signed. LSR to write the press release.", "LSR"),
    )
    blocks = [
        Block("heading", "BID Board March 2019", level=1),
        Block("paragraph", "Date: Tuesday 5 March 2019"),
        Block("paragraph", "Apologies: Gary Hyams"),
        Block("table", rows=rows),
    ]
    result = parse_blocks(blocks)
    sections = result.record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("1", "Welcome and minutes sign off"),
        ("2", "Finance update"),
    ]
    assert sections[0]["paragraphs"][0]["text"].startswith("Attendees acknowledged")
    assert not sections[0]["paragraphs"][0]["actions"]
    action = sections[1]["paragraphs"][0]["actions"][0]
    assert action["text"].startswith("The bank mandate") and action["owner"] == "LSR"
    assert any("taken as an action of LSR" in p.message for p in result.problems)


def test_a_note_number_before_an_attendee_is_left_out() -> None:
    text = (
        "Board\n\nMinutes of the meeting held on 1 May 2024\n\n"
        "| PRESENT: | (3) Mr Nelson McCausland (Chairperson) |\n"
        "| | (4) Ms Joanne Bunting |\n\n1. Minutes\n\nAgreed.\n"
    )
    people = [(a["name"], a["role"]) for a in _record(text)["attendees"]]
    assert people == [("Mr Nelson McCausland", "Chairperson"), ("Ms Joanne Bunting", "")]


def _line(y: float, cells: list[str], xs: list[float], bold: bool = False) -> _Line:
    return _Line(page=1, y=y, size=11.0, bold=bold, cells=list(cells), xs=list(xs))


def test_a_pdf_title_keeps_its_lines_and_joins_a_wrapped_one() -> None:
    group = [
        _line(0.10, ["Dyfed-Powys Police Authority"], [200], bold=True),
        _line(0.13, ["Minutes of a Meeting of the Community Engagement & External"], [90], True),
        _line(0.15, ["Relations"], [250], bold=True),
        _line(0.18, ["On Tuesday 28th July 2009 at 2pm"], [180], bold=True),
    ]
    assert _title_text(group).split("\n") == [
        "Dyfed-Powys Police Authority",
        "Minutes of a Meeting of the Community Engagement & External Relations",
        "On Tuesday 28th July 2009 at 2pm",
    ]


def test_a_pdf_table_label_wrapping_onto_its_own_line_is_joined_to_its_row() -> None:
    stops = [200.0]  # where the second column starts; the first is left of every stop
    lines = [
        _line(0.30, ["PRESENT:", "Mr Gerry Kelly"], [72, 200]),
        _line(0.32, ["OPONI IN", "Mr Adrian McAllister"], [72, 200]),
        _line(0.34, ["ATTENDANCE"], [72]),
        _line(0.36, ["Mr Tim Gracey"], [200]),
    ]
    rows = [line.cells for line in _tables(lines, stops)]
    assert rows == [
        ["PRESENT:", "Mr Gerry Kelly"],
        ["OPONI IN ATTENDANCE", "Mr Adrian McAllister"],
        ["", "Mr Tim Gracey"],
    ]


def test_a_pdf_page_mostly_table_still_tells_its_paragraphs_apart() -> None:
    rows = [_line(0.10 + 0.05 * k, ["", f"Member {k}"], [72, 200]) for k in range(6)]
    for row in rows:
        row.row = True
    prose = [
        _line(0.60, ["The Chair welcomed everyone to the meeting and"], [72]),
        _line(0.62, ["thanked the outgoing members for their"], [72]),
        _line(0.64, ["work over the year."], [72]),
        _line(0.68, ["Apologies for absence had been received from"], [72]),
        _line(0.70, ["Ms Jones."], [72]),
    ]
    texts = [b.text for b in _blocks(rows + prose) if b.kind == "paragraph"]
    assert [t.split()[0] for t in texts] == ["The", "Apologies"]


def test_apologies_intimated_on_behalf_of_or_received_for_the_meeting() -> None:
    text = (
        "Board\n\nMinutes of the meeting held on 1 May 2024\n\nPresent: Mr A Brown\n\n"
        "1. Apologies\n\nApologies for absence were intimated on behalf of Mr A Duffy and "
        "Mr C Fraser.\n\n2. Business\n\nApologies for the meeting were received from Dr Paul "
        "Nolan and Mr Daniel McCrossan.\n"
    )
    apologies = [a["name"] for a in _record(text)["attendees"] if a["attendance"] == "apologies"]
    assert apologies == ["Mr A Duffy", "Mr C Fraser", "Dr Paul Nolan", "Mr Daniel McCrossan"]


def test_a_post_in_capitals_as_a_rows_label_is_the_persons_post() -> None:
    text = (
        "Board\n\nMinutes of the meeting held on 1 May 2024\n\n"
        "| PRESENT: | Mr Gerry Kelly |\n"
        "| BOARD'S HUMAN RIGHTS ADVISOR | Ms Alyson Kilpatrick |\n\n1. Minutes\n\nAgreed.\n"
    )
    people = [(a["name"], a["role"]) for a in _record(text)["attendees"]]
    assert ("Ms Alyson Kilpatrick", "Board's Human Rights Advisor") in people


def test_an_attendees_label_inside_the_first_item_lists_attendees() -> None:
    text = (
        "ACCOUNTABILITY BOARD\nMinutes\n12th April 2022\n1. Welcome and introductions\n"
        "Attendees:\nPFCC Stephen Mold (SM)\nNicci Marzec (NM\nPS Brett McKenna\n"
        "2. Previous minutes\nThe minutes of the last meeting were agreed as a true record.\n"
    )
    record = _record(text)
    names = [(a["name"], a["attendance"]) for a in record["attendees"]]
    assert [n for n, _ in names] == ["PFCC Stephen Mold", "Nicci Marzec", "PS Brett McKenna"]
    assert {k for _, k in names} == {"present"}
    assert record["sections"][0]["paragraphs"] == []


def test_a_sentence_label_in_an_item_is_left_to_the_item() -> None:
    text = (
        "Board\n\nMinutes of the meeting held on 1 May 2024\n\nPresent: Mr A Brown\n\n"
        "1. Welcome\n\nApologies for absence were received from:\n\nMr C Fraser\n"
    )
    record = _record(text)
    assert record["sections"][0]["paragraphs"][0]["text"].startswith("Apologies for absence")


def test_other_labels_of_people_attending_and_item_notes() -> None:
    text = (
        "Board\n\nMinutes of the meeting held on 1 May 2024\n\nPresent: Mr A Brown\n\n"
        "Observing: Andrew Stevenson (AS).\n\nNon-director attendees: Fiona Tait\n\n"
        "Also in Attendance:\n\nItem 7.2: Ms J Nicolson, Solicitor for the Applicant\n\n"
        "1. Minutes\n\nAgreed.\n"
    )
    people = [(a["name"], a["role"], a["attendance"]) for a in _record(text)["attendees"]]
    assert people[1:] == [
        ("Andrew Stevenson", "", "in_attendance"),
        ("Fiona Tait", "", "in_attendance"),
        ("Ms J Nicolson", "Solicitor for the Applicant", "in_attendance"),
    ]


def test_a_title_with_month_and_year_dates_a_day_without_its_year() -> None:
    assert split_month_year("BID Board March 2019") == ("BID Board", "March 2019")
    assert split_month_year("March 2019") == ("March 2019", "")
    assert date_in_month("Tuesday 5 March @5.30pm", "March 2019") == datetime.date(2019, 3, 5)
    assert date_in_month("Tuesday 5 April", "March 2019") is None
    text = (
        "# BID Board March 2019\n\nDate: Tuesday 5 March @5.30pm\n\nChair: Jim Brewin\n\n"
        "Directors attending: Jim Brewin, Julie Redfern, Ian Hudson, Lucy Clarke\n\n"
        "1. Welcome\n\nAll welcomed.\n"
    )
    record = _record(text)
    assert (record["board"], record["date"]) == ("BID Board", "2019-03-05")
    roles = {a["name"]: a["role"] for a in record["attendees"]}
    assert roles["Jim Brewin"] == "Chair" and roles["Julie Redfern"] == ""


def test_lower_case_roman_numerals_with_a_stop_number_list_paragraphs() -> None:
    assert list_ref("i. minute of meeting of the Board held on 16 June 2015; and") == (
        "i",
        "minute of meeting of the Board held on 16 June 2015; and",
    )
    assert list_ref("ii. minute of special meeting") == ("ii", "minute of special meeting")


def test_a_heading_over_a_paragraph_before_item_one_is_a_section() -> None:
    text = (
        "Minute of the meeting of the Licensing Board held on Tuesday 11 August 2015.\n\n"
        "Present:\n\nDr I Cockburn, Mr R Greene and Ms M Smith.\n\n"
        "Briefing on Protocol for Webcasting of Meetings\n\n"
        "The Clerk advised the Board that the meeting would be filmed and broadcast.\n\n"
        "1. Apologies for Absence\n\nThere were none.\n"
    )
    result = parse_minutes(text)
    sections = result.record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("", "Briefing on Protocol for Webcasting of Meetings"),
        ("1", "Apologies for Absence"),
    ]
    assert sections[0]["paragraphs"][0]["text"].startswith("The Clerk advised")
    assert any("before item 1" in p.message for p in result.problems)


def test_a_sub_items_heading_in_mixed_case_set_as_a_heading_is_a_section() -> None:
    blocks = [
        Block("heading", "Minutes of the Performance Committee held on 8 December 2016", level=1),
        Block("paragraph", "Present: Mr Gerry Kelly"),
        Block("heading", "3. MATTERS ARISING", level=2),
        Block("heading", "3.1 PSNI Briefing on Legacy Investigation (Item 3.1 refers)", level=2),
        Block("paragraph", "The Committee noted that the documents had been forwarded."),
    ]
    sections = parse_blocks(blocks).record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("3", "MATTERS ARISING"),
        ("3.1", "PSNI Briefing on Legacy Investigation (Item 3.1 refers)"),
    ]
    assert sections[1]["paragraphs"][0]["text"].startswith("The Committee noted")


def test_a_column_header_run_into_the_first_number_and_an_owner_cell() -> None:
    text = (
        "Minute of the Audit Committee meeting held on Wednesday 4 February 2015.\n"
        "Present:Mr R Pettigrew (chair)\n"
        "ACTION1. / Apologies\nNo apologies were received.\n"
        "2. / Matters Arising\n"
        "EFPM and MK to liaise regarding references and update minute accordingly. / EFPM/MK\n"
    )
    result = parse_minutes(text)
    sections = result.record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("1", "Apologies"),
        ("2", "Matters Arising"),
    ]
    action = sections[1]["paragraphs"][0]["actions"][0]
    assert action["text"].startswith("EFPM and MK to liaise") and action["owner"] == "EFPM/MK"
    assert any("taken as an action of EFPM/MK" in p.message for p in result.problems)


def test_a_meeting_number_after_minutes_is_not_the_boards_name() -> None:
    assert split_month_year("Council Minutes \u2013 meeting 167") == ("Council", "")
    assert split_month_year("Minutes - meeting 12") == ("Minutes - meeting 12", "")


def test_a_column_header_alone_among_the_attendees_is_no_person() -> None:
    assert lone_column_header("Action") and lone_column_header("Action by:")
    assert not lone_column_header("Jane Brown")
    text = (
        "Board\n\nMinutes of the meeting held on 1 May 2024\n\n"
        "Present: Jane Brown, Tom Lee, Ann Roe\n\n"
        "Action\n\n1. Welcome\n\nThe Chair welcomed members to the meeting.\n"
    )
    result = parse_minutes(text)
    assert [a["name"] for a in result.record["attendees"]] == ["Jane Brown", "Tom Lee", "Ann Roe"]
    assert any("column's header" in p.message for p in result.problems)


def test_a_pdf_cells_name_hyphenated_over_two_lines_is_one_word() -> None:
    assert _joined_cell("Baroness Grey-", "Thompson DBE") == "Baroness Grey-Thompson DBE"
    assert _joined_cell("Managing Director,", "Planning") == "Managing Director, Planning"
