"""Layouts of council committee minutes as committee-management systems publish them (the records
are in tests/data/real-fresh-13), each in a small made-up example: a rule real minutes follow,
never one file. Pure functions only."""

from meetings.minutes import parse_minutes
from tests.meetings.test_minutes_fourth_fresh_layouts import _people, _sections, _texts


def test_attendance_coded_by_letters_with_a_key_below_the_list() -> None:
    record = parse_minutes(
        "Minutes of the Meeting of the Anytown Licensing Committee\n"
        "Tuesday, 3rd March 2020\n"
        "Councillors:\n"
        "P  Jane Smith (Chairman)\n"
        "P  Alan Brown\n"
        "A  Ruth Green\n"
        "P: Present\n"
        "A: Apologies for absence submitted\n"
        "\n1. Minutes\nThe minutes were approved.\n"
    ).record
    assert _people(record)[:3] == [
        ("Jane Smith", "Chairman", None, "present"),
        ("Alan Brown", "", None, "present"),
        ("Ruth Green", "", None, "apologies"),
    ]


def test_initials_are_not_read_as_codes_without_a_key() -> None:
    record = parse_minutes(
        "Minutes of the Meeting of the Anytown Licensing Committee\n"
        "Tuesday, 3rd March 2020\n"
        "Present:\n"
        "A Smith\n"
        "P Jones\n"
        "\n1. Minutes\nThe minutes were approved.\n"
    ).record
    assert [p[0] for p in _people(record)] == ["A Smith", "P Jones"]


def test_a_title_set_over_lines_names_the_board() -> None:
    record = parse_minutes(
        "Minutes\nof the Meeting of the\nPlanning & Regulatory Committee\n"
        "Wednesday, 11th May 2016\n"
        "\n1. Minutes\nThe minutes were approved.\n"
    ).record
    assert record["board"] == "Planning & Regulatory Committee"
    assert record["date"] == "2016-05-11"


def test_a_minute_reference_under_an_unnumbered_heading_is_its_reference() -> None:
    record = parse_minutes(
        "PLANNING COMMITTEE\nWednesday, 25 March 2015\nPresent: Councillor Smith (Chairman)\n"
        "DECLARATIONS OF INTEREST\nPLA147/14\nNo declarations of interest were made.\n"
        "SITE INSPECTIONS\nPLA148/14\nThe Chairman reported that a site visit had been made.\n"
    ).record
    assert _sections(record) == [
        ("PLA147/14", "DECLARATIONS OF INTEREST"),
        ("PLA148/14", "SITE INSPECTIONS"),
    ]


def test_a_heading_in_capitals_goes_on_until_its_bracket_closes() -> None:
    record = parse_minutes(
        "PLANNING COMMITTEE\nWednesday, 25 March 2015\nPresent: Councillor Smith (Chairman)\n"
        "DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE PROTOCOL FOR\n"
        "MEMBERS TAKING PART IN THE PLANNING PROCESS)\n"
        "PLA148/14\nNo declarations of lobbying were made.\n"
    ).record
    title = "DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE PROTOCOL FOR MEMBERS TAKING PART"
    assert _sections(record) == [("PLA148/14", f"{title} IN THE PLANNING PROCESS)")]
    assert _texts(record) == ["No declarations of lobbying were made."]


def test_a_list_under_a_plural_title_wraps_onto_the_next_line() -> None:
    record = parse_minutes(
        "PLANNING COMMITTEE\nWednesday, 25 March 2015\n"
        "Present: Councillor Smith (Chairman)\n"
        "Councillors Jones (Vice-Chairman), Brown, Mrs Green,\n"
        "Patel, White and Black\n"
        "\n1. Apologies\nNone.\n"
    ).record
    names = [p[0] for p in _people(record)]
    assert names[-4:] == [
        "Councillor Mrs Green",
        "Councillor Patel",
        "Councillor White",
        "Councillor Black",
    ]


def test_a_moderngov_issue_page_gives_the_committee_date_and_item() -> None:
    record = parse_minutes(
        "Issue - meetings\n"
        "Minutes\n"
        "Meeting: 11/05/2022 - Audit & Governance Committee (Item 31)\n"
        "31 Minutes pdf icon PDF 500 KB\n"
        "To approve the minutes of the meeting held on 16 March 2022.\n"
        "Decision:\n"
        "The minutes were approved.\n"
        "Minutes:\n"
        "The Committee approved the minutes of its meeting of 16 March 2022.\n"
    ).record
    assert record["board"] == "Audit & Governance Committee"
    assert record["date"] == "2022-05-11"
    assert _sections(record) == [("31", "Minutes")]
    assert _texts(record) == [
        "The minutes were approved.",
        "The Committee approved the minutes of its meeting of 16 March 2022.",
    ]


def test_dates_and_earlier_items_inside_an_item_are_paragraphs_of_their_own() -> None:
    record = parse_minutes(
        "Anytown Joint Board\n\nMinutes of the meeting held on 1 March 2024\n\n"
        "1. Minutes\n"
        "The Board considered the minutes of its meetings of:\n"
        "5 January 2024\n"
        "The minutes were approved.\n"
        "Item 7/24: Internal Audit Plan\n"
        "Members asked for the plan's figures.\n"
    ).record
    assert _texts(record) == [
        "The Board considered the minutes of its meetings of:",
        "5 January 2024",
        "The minutes were approved.",
        "Item 7/24: Internal Audit Plan",
        "Members asked for the plan's figures.",
    ]


def test_a_minute_numbered_by_letters_over_its_number_is_one_heading() -> None:
    record = parse_minutes(
        "Minutes of the Meeting of the Anytown Planning Committee\n"
        "Wednesday, 11th May 2016\n"
        "\nPAR\n1\nPublic speaking at Planning Committees\n"
        "Planning Application Nos. 16/P/0462/F & 16/P/0291/F\n"
        "The applicant spoke in support of the applications.\n"
        "PAR\n2\nDeclarations of interest\nNone.\n"
    ).record
    assert _sections(record) == [
        ("PAR 1", "Public speaking at Planning Committees"),
        ("PAR 2", "Declarations of interest"),
    ]
    assert _texts(record) == [
        "Planning Application Nos. 16/P/0462/F & 16/P/0291/F",
        "The applicant spoke in support of the applications.",
    ]


def test_a_number_alone_under_no_letters_is_still_a_page_number() -> None:
    record = parse_minutes(
        "Anytown Joint Board\n\nMinutes of the meeting held on 1 March 2024\n\n"
        "1. Minutes\nThe minutes were approved.\n2\n2. Finance\nThe accounts were noted.\n"
    ).record
    assert _sections(record) == [("1", "Minutes"), ("2", "Finance")]


def test_an_attendance_heading_over_a_minute_reference_is_the_minute() -> None:
    record = parse_minutes(
        "PLANNING COMMITTEE\nWednesday, 25 March 2015\nPresent: Councillor Smith (Chairman)\n"
        "APOLOGIES\nPLA146/14\nApologies for absence were recorded from Councillor Weeden.\n"
        "SITE INSPECTIONS\nPLA147/14\nThe Chairman reported that a site visit had been made.\n"
    ).record
    assert _sections(record) == [("PLA146/14", "APOLOGIES"), ("PLA147/14", "SITE INSPECTIONS")]
    assert ("Councillor Weeden", "", None, "apologies") in _people(record)


def test_the_heading_again_in_a_second_language_is_not_joined_to_the_text() -> None:
    record = parse_minutes(
        "Anytown Council\n\nMinutes of the meeting held on 1 March 2024\n\n"
        "1. Apologies for Absence\nLeisgeulan\nNo apologies for absence were intimated.\n"
    ).record
    assert _texts(record) == ["Leisgeulan", "No apologies for absence were intimated."]


def test_a_plural_titled_list_goes_on_after_a_blank_line_as_a_pdf_prints_it() -> None:
    record = parse_minutes(
        "PLANNING COMMITTEE\nWednesday, 25 March 2015\n\n"
        "Present: Councillor Smith (Chairman)\n\n"
        "Councillors Jones (Vice-Chairman), Brown,\n\n"
        "Patel and White\n\n"
        "Officers in Attendance: Tim Archer (Principal\n\n"
        "Planning Officer), Jo Smith (Lawyer) and Ann Oben\n\n"
        "(Planning Officer)\n"
        "\n1. Apologies\nNone.\n"
    ).record
    people = _people(record)
    assert [p[0] for p in people][:5] == [
        "Councillor Smith",
        "Councillor Jones",
        "Councillor Brown",
        "Councillor Patel",
        "Councillor White",
    ]
    assert ("Ann Oben", "Planning Officer", None, "in_attendance") in people


def test_a_motion_set_out_a_line_each_keeps_its_lines_apart() -> None:
    record = parse_minutes(
        "Anytown Council\n\nMinutes of the meeting held on 1 March 2024\n\n"
        "1. Recommendations of the Licensing Committee\n"
        "It was moved by Councillor Matloob,\n"
        "Seconded by Councillor Davis,\n"
        '"That the recommendations be approved and adopted."\n'
        "The recommendations were put and carried.\n"
        "2. Minutes\n"
        "It was moved by Councillor Hamilton seconded by Councillor Hanley and\n"
        "RESOLVED - That the minutes be approved.\n"
    ).record
    assert _texts(record) == [
        "It was moved by Councillor Matloob,",
        "Seconded by Councillor Davis,",
        '"That the recommendations be approved and adopted."',
        "The recommendations were put and carried.",
    ]
    assert _texts(record, 1) == [
        "It was moved by Councillor Hamilton seconded by Councillor Hanley and",
        "RESOLVED - That the minutes be approved.",
    ]


def test_declarations_by_surname_and_dash_are_a_line_each() -> None:
    record = parse_minutes(
        "Anytown Council\n\nMinutes of the meeting held on 1 March 2024\n\n"
        "1. Declarations of Interest\n"
        "Members declared personal interests as follows:\n"
        "Wilkinson - Member of Wetherby Town Council\n"
        "Leadley - Member of Morley Town Council\n"
    ).record
    assert _texts(record) == [
        "Members declared personal interests as follows:",
        "Wilkinson - Member of Wetherby Town Council",
        "Leadley - Member of Morley Town Council",
    ]


def test_a_paper_link_without_its_icon_text_is_left_out_of_the_title() -> None:
    record = parse_minutes(
        "Anytown Council\n\nMinutes of the meeting held on 1 March 2024\n\n"
        "60.\nRecommendations of the Licensing Committee PDF 89 KB\n"
        "Minutes:\nThe recommendations were put and carried.\n"
    ).record
    assert _sections(record) == [("60", "Recommendations of the Licensing Committee")]
