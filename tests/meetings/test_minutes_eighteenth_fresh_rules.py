"""Layouts the eighteenth fresh set showed the reader missing (its records are in
tests/data/real-fresh-18), each in a small made-up example: a rule real minutes follow, never
one file. Pure functions only."""

import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.attendance import read_kind_heading
from meetings.minutes.body_groups import body_groups
from meetings.minutes.files import read_file
from meetings.minutes.plural_lists import spread_plural_titles


def test_a_list_grouped_by_council_gives_each_group_its_council() -> None:
    # Joint committees list their members by council: every name before a council's bracket,
    # back to the bracket before it, comes from that council; a bracket naming no body is a note.
    text = (
        "At a Meeting of the Anyshire Joint Archives Committee held at County Hall on Friday "
        "9 March 2012 at 10.00 a.m.\n\n"
        "Councillors Abel, Bond and Cole (Anyshire County Council) Dean and Eames (Anytown MBC), "
        "Ford (substitute for Councillor Gray) (Otherton Borough Council) and Hale (Westshire "
        "Council)\n\n"
        "Apologies for absence were received from Councillors Iles and Jay (Anyshire County "
        "Council), Kemp (Anytown MBC) and Mrs L Lowe (Friends of the Archives)\n\n"
        "1 Minutes\nThe minutes of the last meeting were confirmed.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["attendance"], a["organisation"]) for a in attendees] == [
        ("Councillor Abel", "present", "Anyshire County Council"),
        ("Councillor Bond", "present", "Anyshire County Council"),
        ("Councillor Cole", "present", "Anyshire County Council"),
        ("Councillor Dean", "present", "Anytown MBC"),
        ("Councillor Eames", "present", "Anytown MBC"),
        ("Councillor Ford", "present", "Otherton Borough Council"),
        ("Councillor Hale", "present", "Westshire Council"),
        ("Councillor Iles", "apologies", "Anyshire County Council"),
        ("Councillor Jay", "apologies", "Anyshire County Council"),
        ("Councillor Kemp", "apologies", "Anytown MBC"),
        ("Mrs L Lowe", "apologies", "Friends of the Archives"),  # her own title, not the list's
    ]
    assert attendees[5]["role"] == "substitute for Councillor Gray"


def test_one_body_or_parties_in_brackets_are_not_groups_by_body() -> None:
    parties = {"labour", "conservative"}
    assert body_groups("Councillors Abel and Bond (Anytown)", parties) is None  # one group
    assert body_groups("Cllr A Abel (Labour), Cllr B Bond (Conservative)", parties) is None
    assert body_groups("Cllr A Abel (Chair), Cllr B Bond (Anytown MBC)", parties) is None
    # names after the last body: not every group is closed by its body
    assert body_groups("Councillors Abel (Anytown MBC), Bond (Otherton) and Cole", parties) is None


def test_a_plural_title_inside_a_list_is_each_of_its_names() -> None:
    # "apologies were noted from Mayor A, Cllrs B, C and D as well as E": the title is each name's
    # up to the "and" that ends its group; "as well as" adds the people after it to the list.
    text = (
        "Anyshire Transport Board - Monday, 9th December, 2024 1.00 pm\n\n"
        "1. Welcome & Apologies\n"
        "The Chair welcomed Board Members and apologies were noted from Mayor Abel, Cllrs Bond, "
        "Cole, Dee Evans and Ford as well as Gail Hart and Ian Jones.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["attendance"]) for a in attendees] == [
        ("Mayor Abel", "apologies"),
        ("Cllr Bond", "apologies"),
        ("Cllr Cole", "apologies"),
        ("Cllr Dee Evans", "apologies"),
        ("Cllr Ford", "apologies"),
        ("Gail Hart", "apologies"),
        ("Ian Jones", "apologies"),
    ]
    # a group alone, or one that is no list of names, is left as it is
    assert spread_plural_titles("Councillors Bond, Cole and Ford") == (
        "Councillors Bond, Cole and Ford"
    )
    assert spread_plural_titles("Cllr A (Chair), Cllrs B, C") == "Cllr A (Chair), Cllrs B, C"


def _labelled_columns_docx() -> bytes:
    # Two lists side by side in Word: a row of their labels, the names below a paragraph each.
    document = docx.Document()
    document.add_paragraph(
        "Minutes of the Meeting of the Trustees held on Thursday 3 November 2016"
    )
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Present:", "In attendance:"
    left, right = table.cell(1, 0), table.cell(1, 1)
    left.text = "Sir Alan Abel (Chairman)"
    for name in ("Dr Ann Bond", "Ms C Dee Cole"):
        left.add_paragraph(name)
    right.text = "Dr Ed Ford, Director"
    right.add_paragraph("Mrs Gail Hart, Secretary to the Board")
    document.add_paragraph("1. Apologies")
    document.add_paragraph("None.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_lists_side_by_side_under_a_row_of_their_labels_are_read_column_by_column() -> None:
    record = read_file("trustees.docx", _labelled_columns_docx()).record
    assert [(a["name"], a["attendance"], a["role"]) for a in record["attendees"]] == [
        ("Sir Alan Abel", "present", "Chairman"),
        ("Dr Ann Bond", "present", ""),
        ("Ms C Dee Cole", "present", ""),
        ("Dr Ed Ford", "in_attendance", "Director"),
        ("Mrs Gail Hart", "in_attendance", "Secretary to the Board"),
    ]


def test_the_minutes_someone_attended_written_after_them_are_a_note() -> None:
    # "Ann Bond (Head of Legal Advice) minute 510-511; 516-517": the minutes the person was
    # there for, after the person; a note on the attendance, not the end of the line unread.
    text = (
        "Minutes of the Council meeting held on 10 November 2011\n\n"
        "Present\nAlan Abel - Chair\n\n"
        "In attendance\nAnn Bond (Head of Legal Advice) minute 510-511; 516-517\n"
        "Carl Cole (Policy Advisor) minute 512-513\n\n"
        "1. Declarations of interest\nNone.\n"
    )
    attendees = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["attendance"], a["role"], a.get("note")) for a in attendees[1:]] == [
        ("Ann Bond", "in_attendance", "Head of Legal Advice", "minute 510-511; 516-517"),
        ("Carl Cole", "in_attendance", "Policy Advisor", "minute 512-513"),
    ]


def test_others_present_are_in_attendance() -> None:
    # "Trustees Present:" over the members, "Others Present:" over staff and guests.
    assert read_kind_heading("Others Present:", ()).kind == "in_attendance"
    assert read_kind_heading("Trustees Present:", ()).kind == "present"
