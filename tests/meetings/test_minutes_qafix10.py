"""The outside tester's tenth round of findings on real minutes of UK public bodies (issue 15,
their REPORT's F2, F3, F6, F7 and F11: attendance), read right by general rules. Made-up
minutes, not copied from the tester's files."""

import io
from typing import Any

import docx

from meetings.minutes.docx_reader import read_docx
from meetings.minutes.street_venues import street_venue
from meetings.minutes.text import parse_blocks, parse_minutes


def _people(text: str) -> list[tuple[str, str, str | None, str]]:
    record: dict[str, Any] = parse_minutes(text).record
    return [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in record["attendees"]]


_HEAD = (
    "Minutes of a meeting of the Westvale Cemetery Joint Committee held at the Town Hall, "
    "Westvale on Friday 12th June 2020 at 10.00 a.m.\n"
)
_ITEMS = "1. Apologies\nNone.\n2. Minutes\nThe minutes were approved.\n"


def test_initials_run_into_the_surname_are_spaced() -> None:
    # F7: "E.V.Latham", "Mrs.P.James", as a council's web page lists people; the officers'
    # posts in brackets read as their posts, not as the list of one.
    people = _people(
        _HEAD + "Present: Mr.A.Brown (Chair), R.T.Dale\n"
        "Officers in attendance: C.Grey (Head of Legal Services), H.Moss (Treasurer)\n" + _ITEMS
    )
    assert people == [
        ("Mr A. Brown", "Chair", None, "present"),
        ("R.T. Dale", "", None, "present"),
        ("C. Grey", "Head of Legal Services", None, "in_attendance"),
        ("H. Moss", "Treasurer", None, "in_attendance"),
    ]


def test_an_officers_post_in_brackets_is_no_body_closing_a_group() -> None:
    # F7: "(Head of Legal and Democratic Services)", "(Democratic Services Officer)" hold a
    # body's word, but "Head of ..." and "... Officer" are posts: each officer's own, not a
    # body given to the names before it.
    people = _people(
        _HEAD + "Present: Councillor A Brown (Chair)\n"
        "Officers in attendance: C Grey (Head of Legal and Democratic Services), H Moss "
        "(Treasurer), K Lane (Bereavement Services Manager), J Hart (Democratic Services "
        "Officer)\n" + _ITEMS
    )
    assert people[1:] == [
        ("C Grey", "Head of Legal and Democratic Services", None, "in_attendance"),
        ("H Moss", "Treasurer", None, "in_attendance"),
        ("K Lane", "Bereavement Services Manager", None, "in_attendance"),
        ("J Hart", "Democratic Services Officer", None, "in_attendance"),
    ]


def test_each_group_under_its_title_takes_the_council_closing_it() -> None:
    # F7: "Councillors A (Chairperson), B (Vice Chairperson), C and D (X Council); Councillors E
    # and F (Y Council)": the council in brackets closes each group, semicolons between them,
    # the posts in brackets each one's own.
    people = _people(
        _HEAD + "Present: Councillors A.Brown (Chairperson), S.Dale (Vice Chairperson), "
        "Mrs.P.Hart and T.Moss (Westvale County Borough Council); Councillors J.Lane and "
        "M.Pryce (Eastdale County Borough Council)\n" + _ITEMS
    )
    west, east = "Westvale County Borough Council", "Eastdale County Borough Council"
    assert people == [
        ("Councillor A. Brown", "Chairperson", west, "present"),
        ("Councillor S. Dale", "Vice Chairperson", west, "present"),
        ("Mrs P. Hart", "", west, "present"),
        ("Councillor T. Moss", "", west, "present"),
        ("Councillor J. Lane", "", east, "present"),
        ("Councillor M. Pryce", "", east, "present"),
    ]


def _table_minutes(rows: list[tuple[str, str]]) -> dict[str, Any]:
    document = docx.Document()
    document.add_paragraph(_HEAD.strip())
    document.add_paragraph("PRESENT:")
    table = document.add_table(rows=0, cols=2)
    for label, people in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, people
    for line in _ITEMS.strip().split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return parse_blocks(read_docx(out.getvalue())).record


def test_a_row_labelled_representing_a_council_gives_its_people_that_council() -> None:
    # F2: the label cell "Representing X Council" names the body of the row's councillors, no
    # person; the officers' row lists posts with each holder in brackets.
    record = _table_minutes(
        [
            ("Representing Eastdale District Council", "Councillors Bird (Chairman) and Cole"),
            (
                "Representing Westvale Council",
                "Councillors Mrs Dean (Vice Chairman), Eyre and Ford",
            ),
        ]
    )
    people = [(a["name"], a["role"], a["organisation"]) for a in record["attendees"]]
    east, west = "Eastdale District Council", "Westvale Council"
    assert people == [
        ("Councillor Bird", "Chairman", east),
        ("Councillor Cole", "", east),
        ("Councillor Mrs Dean", "Vice Chairman", west),
        ("Councillor Eyre", "", west),
        ("Councillor Ford", "", west),
    ]


def test_posts_with_their_holders_in_brackets_are_each_holder() -> None:
    # F2, F11: "Post (Mr A, Body) and Post (Ms B, Body)": the commas in the brackets and the
    # "and" in a post part no one; a post alone among them names no one, which is said.
    result = parse_minutes(
        _HEAD + "Present: Mr A Bird (Chair), Mr C Cole\n"
        "In attendance: Cemetery Manager (Mr T Dale), Treasurer (Mr J Eyre, Eastdale District "
        "Council) and Corporate and Community Services Officer (Ms A Ford, Westvale Council)\n"
        "Also present: Democratic Services Team Leader, Communities and Partnership Manager, "
        "Clerk to the Council (J. Hart)\n" + _ITEMS
    )
    people = [(a["name"], a["role"], a["organisation"]) for a in result.record["attendees"]]
    assert people[2:] == [
        ("Mr T Dale", "Cemetery Manager", None),
        ("Mr J Eyre", "Treasurer", "Eastdale District Council"),
        ("Ms A Ford", "Corporate and Community Services Officer", "Westvale Council"),
        ("J. Hart", "Clerk to the Council", None),
    ]
    messages = [p.message for p in result.problems]
    assert (
        "'Communities and Partnership Manager' is named by post only; not listed as a person"
        in (messages)
    )


def test_a_groups_plural_title_is_each_councillors_not_part_of_a_name() -> None:
    # F11: "Councillors A (Chairman), B; Community Councillors C (Area), D (Area)": a plural
    # title before a group's first name is that councillor's title, the kind ("Community")
    # kept, not a name "Councillors D. Bird".
    people = _people(
        _HEAD + "Present:- Councillors D. Bird (Chairman), S. Cole; Community Councillors M. "
        "Dean (Eastdale), P. Eyre (Westvale).\n"
        "Apologies:- Councillor E. Ford; Community Councillor A. Hart (Eastdale).\n" + _ITEMS
    )
    names = [name for name, _, _, _ in people]
    assert names[0] == "Councillor D. Bird"
    assert "Community Councillor M. Dean" in names
    assert "Community Councillor A. Hart" in names
    assert not any("Councillors" in name for name in names)


def test_an_address_under_the_title_is_the_venue_not_attendees() -> None:
    # F3: "Parish Pavilion, Recreation Ground, Station Road, Chobham" under the title, no
    # "Venue:" label: the place of the meeting, its parts no people.
    result = parse_minutes(
        "Minutes of the Ordinary Meeting of the Ashby Joint Burial Committee\n"
        "Village Pavilion, Sports Field, Mill Road, Ashby\n"
        "Wednesday 4th March 2020, 19.30 hrs.\n"
        "Present: Cllrs Mr Bird (Chairman) and Mrs Cole\n" + _ITEMS
    )
    assert result.record["place"] == "Village Pavilion, Sports Field, Mill Road, Ashby"
    assert [a["name"] for a in result.record["attendees"]] == ["Cllr Mr Bird", "Cllr Mrs Cole"]


def test_a_list_of_names_is_no_address() -> None:
    # Surnames that are street words ("Lane", "Way", "Close") are people's, not a street.
    assert not street_venue("Ann Lane, Tom Way, Sue Close")
    assert not street_venue("Cllr Mr Bird, Mill Road, Ashby")
    assert street_venue("Village Hall, 12 Church Street, Ashby")


def test_a_wrapped_cell_of_name_initials_colon_post_lines_goes_on_with_its_entry() -> None:
    # F6: a PDF table cell of "Name (INITIALS) : Post, Body" lines, wrapped: a line with no
    # initials and no colon goes on with the entry above ("Corby CCGs", "County Council (items
    # 1-3)"), not a person; the items in brackets at its end a note.
    people = parse_minutes(
        "Quality Committee Meeting Minutes\n"
        "Tuesday 10 March 2020 13:00 hrs to 15:00 hrs\n"
        "Present:\n"
        "Ann Bird (AB) : Director of Nursing & Quality, NHS Eastdale & NHS\n"
        "Westvale CCGs\n"
        "Tom Cole (TC) : Public Health Consultant, Westvale\n"
        "County Council (items 1-3)\n"
        "Sue Dean (SD) : Head of Nursing, NHS Eastdale CCG\n" + _ITEMS
    ).record["attendees"]
    assert [(a["name"], a["role"], a.get("note")) for a in people][:2] == [
        ("Ann Bird", "Director of Nursing & Quality, NHS Eastdale & NHS Westvale CCGs", None),
        ("Tom Cole", "Public Health Consultant, Westvale County Council", "items 1-3"),
    ]
    assert [a["name"] for a in people] == ["Ann Bird", "Tom Cole", "Sue Dean"]
