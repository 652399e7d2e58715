"""Rules real minutes follow that the fourteenth fresh set (tests/data/real-fresh-14) showed the
reader missing, each in a small made-up example, never one file. Pure functions only."""

from meetings.minutes import parse_minutes
from tests.meetings.test_minutes_fourth_fresh_layouts import _people, _sections


def test_a_time_of_day_under_the_date_is_no_numbered_heading() -> None:
    record = parse_minutes(
        "ANYTOWN FIRE & RESCUE BOARD\nMINUTES OF A MEETING\n30 OCTOBER 2012\n1.30 PM\n"
        "PRESENT: Dr J Smith, Chairman presiding\nMr A Brown, Chief Fire Officer\n"
        "APOLOGIES: Mrs C Green\n"
        "\nItem 1: Apologies\nApologies were noted.\n"
        "\nItem 2: Declaration of Interests\nThere were no conflicts of interest.\n"
    ).record
    assert _sections(record) == [("1", "Apologies"), ("2", "Declaration of Interests")]
    assert [(n, k) for n, _, _, k in _people(record)] == [
        ("Dr J Smith", "present"),
        ("Mr A Brown", "present"),
        ("Mrs C Green", "apologies"),
    ]


def test_a_list_of_names_wrapped_inside_a_name_is_read_whole() -> None:
    record = parse_minutes(
        "Board of Governors\nMinutes of the meeting held on Wednesday 20 November 2013.\n"
        "Present: Jane Smith (Chair), Alan Brown, Sophie Farmer, Win\n"
        "Harris, Dr Pearl Jones, Professor Ruth\n"
        "Green, Peter North, and Mary\n"
        "Williamson.\n"
        "\n1. Apologies for Absence\nThere were no apologies.\n"
    ).record
    assert [n for n, _, _, _ in _people(record)] == [
        "Jane Smith",
        "Alan Brown",
        "Sophie Farmer",
        "Win Harris",
        "Dr Pearl Jones",
        "Professor Ruth Green",
        "Peter North",
        "Mary Williamson",
    ]


def test_a_group_label_after_the_attendance_label_is_no_name() -> None:
    record = parse_minutes(
        "ANYTOWN HOUSING ASSOCIATION\n"
        "MINUTES of a meeting of the Board held on Thursday 29 January 2009\n"
        "PRESENT:\tBoard:\tJane Doe (Chair), Alan Roe (AR) and Ruth Green (RG).\n"
        "\tStaff:\tJohn Gill (FD)\n"
        "\n1.\tAPOLOGIES\n\tNone.\n"
    ).record
    assert _people(record) == [
        ("Jane Doe", "Chair", None, "present"),
        ("Alan Roe", "", None, "present"),
        ("Ruth Green", "", None, "present"),
        ("John Gill", "FD", None, "in_attendance"),
    ]


def test_a_lists_commas_and_its_and_are_no_role_or_body() -> None:
    record = parse_minutes(
        "Anytown Trust Board\nMinutes of the meeting held on 3 March 2020\n"
        "Present: Jane Doe (Chair), Alan Roe (AR) and Ruth Green (RG).\n"
        "\n1. Apologies\nNone.\n"
    ).record
    assert [(n, r, o) for n, r, o, _ in _people(record)] == [
        ("Jane Doe", "Chair", None),
        ("Alan Roe", "", None),
        ("Ruth Green", "", None),
    ]


def test_received_as_a_label_before_apologies_and_the_article_of_a_style() -> None:
    record = parse_minutes(
        "BOARD OF GOVERNORS\nMinutes of the meeting held on Wednesday 20 November 2013.\n"
        "Present: Jane Smith (Chair), Alan Brown\n"
        "\nBG03/13-14 Apologies for Absence\n"
        "RECEIVED: Apologies for absence from David Cook, the Rt Revd Tim Dakin, and Ann Lee.\n"
    ).record
    assert [n for n, _, _, k in _people(record) if k == "apologies"] == [
        "David Cook",
        "Rt Revd Tim Dakin",
        "Ann Lee",
    ]


def test_the_session_under_the_committee_is_no_attendee_and_the_date_below_is_read() -> None:
    result = parse_minutes(
        "Finance and Investment Committee Meeting\nPublic Session\n"
        "Approved Minutes from 12 May 2015\n"
        "Present: Jane Doe (Chair), Alan Roe\n"
        "\n1. Apologies\nNone.\n"
    )
    assert result.record["board"] == "Finance and Investment Committee"
    assert result.record["date"] == "2015-05-12"
    assert [n for n, _, _, _ in _people(result.record)] == ["Jane Doe", "Alan Roe"]


def _word(build) -> dict:
    import io

    import docx

    from meetings.minutes.files import read_file

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return read_file("minutes.docx", out.getvalue()).record


def test_word_lists_side_by_side_of_initials_and_names_and_a_numbered_title() -> None:
    def build(document) -> None:
        document.add_paragraph("19 ABC MINUTES", style="Title")
        table = document.add_table(rows=0, cols=4)
        rows = [
            ("19:00", "16th July 2014", "Venue", "Community Office"),
            ("Attendees", "", "Apologies", ""),
            ("SC", "Steve Coles, Chair", "JC", "Jackie Crook"),
            ("PB", "Paul Brodie, Secretary", "SSh", "Steve Sharples"),
            ("LH", "Lee Holland", "", ""),
        ]
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        document.add_paragraph("1.1 Housekeeping", style="Heading 1")
        document.add_paragraph("The meeting was recorded, there being no objections.")
        document.add_paragraph("1.2 Introduction from the Chair.", style="Heading 1")
        document.add_paragraph("The Chair welcomed everyone to the meeting and thanked them.")

    record = _word(build)
    assert record["date"] == "2014-07-16"
    assert _people(record) == [
        ("Steve Coles", "Chair", None, "present"),
        ("Paul Brodie", "Secretary", None, "present"),
        ("Lee Holland", "", None, "present"),
        ("Jackie Crook", "", None, "apologies"),
        ("Steve Sharples", "", None, "apologies"),
    ]
    assert _sections(record) == [
        ("1.1", "Housekeeping"),
        ("1.2", "Introduction from the Chair."),
    ]


def test_a_councillors_bracket_naming_no_post_is_the_council_and_a_presenter_no_one() -> None:
    record = parse_minutes(
        "Overview & Scrutiny Committee - Monday, 15th July, 2019\n"
        "69.\nApologies for Absence\nPresented By: Chair\nMinutes:\n"
        "Apologies for absence were received from Councillor Lucy Smith (Birmingham), "
        "Councillor Paul Sweet (Vice-Chair) and Councillor Kate Wild (Solihull).\n"
        "70.\nMinutes\nMinutes:\nThe minutes were agreed.\n"
    ).record
    assert _people(record) == [
        ("Councillor Lucy Smith", "", "Birmingham", "apologies"),
        ("Councillor Paul Sweet", "Vice-Chair", None, "apologies"),
        ("Councillor Kate Wild", "", "Solihull", "apologies"),
    ]


def test_two_labels_as_one_read_as_the_first() -> None:
    record = parse_minutes(
        "Minutes of Authority meeting 6 July 2016\n"
        "Members present: Sally Jones (Chair), Anita Brown\n"
        "Apologies: Rebekah Dundas\n"
        "Observers/Presenters: Steve Pugh (Department of Health)\n"
        "\n1. Welcome\nThe Chair opened the meeting.\n"
    ).record
    assert _people(record)[-1] == ("Steve Pugh", "", "Department of Health", "in_attendance")
