"""More of the reader's misses on real minutes (issue 15), each fixed by a rule real minutes
follow and shown here on a small made-up example, never on one file. Pure functions only."""

import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.docx_reader import read_docx
from meetings.minutes.heading import time_then_place
from meetings.minutes.text import parse_blocks
from tests.meetings.test_minutes_fourth_fresh_layouts import _people

# A small body's notes: no numbers, headings ending in a colon or set alone between
# paragraphs, prose broken at the page's width, the posts before the names.
_WRAPPED = (
    "Meeting 03.02.21 - Westford Youth Council\n"
    "\n"
    "Full council meeting 03/02/21\n"
    "Chair Amy Brook\n"
    "Vice Chair Sam Porter\n"
    "Welcome and apologies:\n"
    "Everyone was welcomed to the meeting and the members said which school they were from\n"
    "and what they hoped the council would do this year.\n"
    "Litter picking:\n"
    "The members agreed to hold a litter pick in the park during the spring holidays and\n"
    "to ask the town council for bags and gloves.\n"
    "Visit from the local police\n"
    "An officer from the neighbourhood team spoke to us about how young people can report\n"
    "crime safely and answered questions from the members about the new skate park.\n"
)


def test_headings_over_prose_broken_at_the_pages_width_are_items() -> None:
    record = parse_minutes(_WRAPPED).record
    titles = [section["title"] for section in record["sections"]]
    assert titles == ["Welcome and apologies", "Litter picking", "Visit from the local police"]
    first = record["sections"][0]["paragraphs"][0]["text"]
    # The paragraph's lines are one paragraph, not a heading's and the attendance's lines.
    assert first.startswith("Everyone was welcomed") and first.endswith("this year.")


def test_a_title_meeting_date_dash_body_names_the_board() -> None:
    record = parse_minutes(_WRAPPED).record
    assert record["board"] == "Westford Youth Council"
    assert record["date"] == "2021-02-03"


def test_a_post_then_a_whole_name_on_a_line_is_that_person_in_that_post() -> None:
    record = parse_minutes(_WRAPPED).record
    assert _people(record) == [
        ("Amy Brook", "Chair", None, "present"),
        ("Sam Porter", "Vice Chair", None, "present"),
    ]


def test_a_label_over_names_is_still_the_attendance_not_an_item() -> None:
    # Names below a colon are no prose broken at the page's width.
    record = parse_minutes(
        "Westford Youth Council\n3 February 2021\nPresent:\nAmy Brook, Chair\n"
        "Sam Porter, Vice Chair\nLitter picking:\n"
        "The members agreed to hold a litter pick in the park during the spring holidays and\n"
        "to ask the town council for bags and gloves.\n"
    ).record
    assert [s["title"] for s in record["sections"]] == ["Litter picking"]
    assert _people(record) == [
        ("Amy Brook", "Chair", None, "present"),
        ("Sam Porter", "Vice Chair", None, "present"),
    ]


def test_a_title_over_a_long_paragraph_after_the_attendance_is_the_first_item() -> None:
    record = parse_minutes(
        "WESTSHIRE LAW SOCIETY\n\nMinutes of the Family Sub Committee held on 4 March 2020\n\n"
        "Present \u2013 Ann Lee, Tom Hart, Raj Patel\n\n"
        "Apologies were received from Sergeant Mary Cole of Westshire Police\n\n"
        "Listing Issues\n\n"
        "AL raised the late listing of hearings at the county court.  Cases are moved at short "
        "notice and advocates lose preparation time as a result.  TH said the same had "
        "happened to him twice in April.  What can be done to give more notice?\n\n"
        "  1. The court manager will be asked to attend the next meeting.\n"
        "  2. Members will keep a note of each late change.\n"
    ).record
    assert [a["name"] for a in record["attendees"]] == [
        "Ann Lee", "Tom Hart", "Raj Patel", "Mary Cole",
    ]  # fmt: skip
    assert [s["title"] for s in record["sections"]] == ["Listing Issues"]
    texts = [p["text"] for p in record["sections"][0]["paragraphs"]]
    assert texts[0].startswith("AL raised the late listing")
    assert texts[1].startswith("The court manager will be asked")


def _word_minutes() -> dict:  # type: ignore[type-arg]
    document = docx.Document()
    document.add_heading("WESTFORD RIVERS FORUM", level=0)
    document.add_heading("3RD MARCH 2020", level=2)
    document.add_heading("18.00 TOWN HALL, WESTFORD", level=2)
    document.add_heading("Present", level=2)
    table = document.add_table(rows=0, cols=3)
    for row in (
        ("Cllr Ann Lee (Chair)", "AL", "Westford Borough Council Councillor"),
        ("Cllr Tom Hart", "TH", "Westford Borough Council Councillor"),
        ("Raj Patel", "RP", "Chair of Westford Flood Action Group"),
        ("Sue Moss", "SM", "Westford Borough Council (minute taker)"),
        ("Dan Cole", "DC", "Environment Agency"),
    ):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.add_heading("Welcome", level=2)
    document.add_paragraph("AL welcomed everyone to the meeting and introductions were made.")
    out = io.BytesIO()
    document.save(out)
    return parse_blocks(read_docx(out.getvalue())).record


def test_the_hour_then_the_place_under_the_title_is_no_item() -> None:
    record = _word_minutes()
    assert [s["title"] for s in record["sections"]] == ["Welcome"]
    assert record["date"] == "2020-03-03"
    assert time_then_place("7.30pm Village Hall, Mill Lane")
    assert not time_then_place("18.00 Finance report, Q3")  # an item's title is no place


def test_a_name_initials_post_table_row_reads_its_post_and_body() -> None:
    assert _people(_word_minutes()) == [
        ("Cllr Ann Lee", "Chair", "Westford Borough Council", "present"),
        # The title says the post; the cell names the council.
        ("Cllr Tom Hart", "", "Westford Borough Council", "present"),
        ("Raj Patel", "Chair", "Westford Flood Action Group", "present"),
        ("Sue Moss", "minute taker", "Westford Borough Council", "present"),
        ("Dan Cole", "", "Environment Agency", "present"),
    ]


def test_aldermen_is_a_plural_title_and_honours_after_a_name_are_kept() -> None:
    record = parse_minutes(
        "WESTFORD BOROUGH COUNCIL\nPlanning Committee, 4 March 2020\n"
        "Present:\nAldermen P Grey MBE JP, S Wood OBE\nCouncillors T Beckett, A Girvin\n"
        "\n1. Apologies\nThere were none.\n"
    ).record
    assert [a["name"] for a in record["attendees"]] == [
        "Alderman P Grey MBE JP", "Alderman S Wood OBE",
        "Councillor T Beckett", "Councillor A Girvin",
    ]  # fmt: skip


def test_a_posts_last_and_after_a_comma_stays_in_the_post() -> None:
    record = parse_minutes(
        "WESTFORD AUDIT COMMITTEE\n4 March 2020\n"
        "In attendance:\nAnn Lee - Head of Finance, Estates, and Asset Management\n"
        "Tom Hart - Audit Manager\n\n1. Apologies\nThere were none.\n"
    ).record
    assert _people(record) == [
        ("Ann Lee", "Head of Finance, Estates, and Asset Management", None, "in_attendance"),
        ("Tom Hart", "Audit Manager", None, "in_attendance"),
    ]


def test_a_general_meeting_after_the_bodys_name_is_which_meeting_not_the_board() -> None:
    record = parse_minutes(
        "Westford Residents Association, General Meeting 21.3.19\n"
        "Present: Ann Lee (Chair), Tom Hart\n\n1. Minutes\nAgreed.\n"
    ).record
    assert record["board"] == "Westford Residents Association"


def test_an_area_council_under_a_national_bodys_name_is_the_board() -> None:
    record = parse_minutes(
        "WESTSHIRE ARTS BOARD\n"
        "Minutes of the North Area Council Meeting held on 27 November 2014\n"
        "Present: Ann Lee (Chair), Tom Hart\n\n1. Welcome\nThe Chair welcomed all.\n"
    ).record
    assert record["board"] == "North Area Council"
