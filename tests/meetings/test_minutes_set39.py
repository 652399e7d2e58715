"""Rules the reader took from the thirty-ninth fresh set (tests/data/real-fresh-39): ways real
minutes of many bodies are printed, each on a made-up example."""

from meetings.minutes import parse_minutes
from meetings.minutes.attendance import read_kind_heading
from meetings.minutes.cell_wraps import wrapped_label
from meetings.minutes.lines import Line


def _people(record: dict) -> list[tuple[str, str, str | None, str]]:
    return [
        (a["name"], a.get("role") or "", a.get("organisation"), a["attendance"])
        for a in record["attendees"]
    ]


def test_the_papers_or_agenda_items_someone_came_for_are_no_part_of_their_post() -> None:
    # "Jane Roe - Head of Policy (For ABC 22/09/07)": the paper she was there for, in brackets
    # after her post; "(Agenda Item A2)" after a body: the agenda's item, coded by a letter.
    text = (
        "Minutes of the Oakford Agency Board Meeting on 26 September 2022\n"
        "Present:\n"
        "Ann Lee, Chair; Bob Hart\n"
        "Officials Attending:\n"
        "Jane Roe - Head of Policy (For ABC 22/09/07)\n"
        "Tom Dale - Director of Wales (for ABC 22/09/14 & ABC 22/09/15)\n"
        "Kim Fox - Director of Operations\n\n"
        "1. Welcome\n"
        "1.1 The Chair welcomed everyone to the meeting.\n"
    )
    people = _people(parse_minutes(text).record)
    assert ("Jane Roe", "Head of Policy", None, "in_attendance") in people
    assert ("Tom Dale", "Director of Wales", None, "in_attendance") in people
    assert ("Kim Fox", "Director of Operations", None, "in_attendance") in people


def test_staff_named_before_of_the_body_are_in_attendance() -> None:
    # "Officers of the Board Present": officers, of the board; "Members of the Public Present":
    # the public; "Members of the Board Present": its members.
    assert read_kind_heading("Officers of the Board Present", ()).kind == "in_attendance"
    assert read_kind_heading("Members of the Public Present", ()).kind == "in_attendance"
    assert read_kind_heading("Members of the Board Present", ()).kind == "present"
    assert read_kind_heading("Board Members Present", ()).kind == "present"


def _row(label: str, person: str) -> Line:
    text = f"{label}, {person}"
    return Line(
        no=1, raw=text, text=text, marked=False, bulleted=False, after_blank=False,
        cells=(label, person),
    )  # fmt: skip


def test_a_label_cell_wrapped_over_two_rows_is_both_rows_label() -> None:
    # A PDF's narrow label column: "Officers of the" beside one person, "Board Present" beside
    # the next; the label is cut at "the", which cannot end it.
    rows = [
        _row("Officers of the", "Sandra Bell (Committee Administrator)"),
        _row("Board Present", "Stella Burnside (Chief Executive)"),
    ]
    first, second = wrapped_label(rows, 0, ())
    assert first.cells == ("Officers of the Board Present", "Sandra Bell (Committee Administrator)")
    assert second.cells == ("", "Stella Burnside (Chief Executive)")
    # Two labels of their own are left as they are.
    assert (
        wrapped_label([_row("Present", "Ann Lee"), _row("In attendance", "Bob Hart")], 0, ())
        is None
    )
    # A label that ends where it may ("Board Members") is not joined to the next.
    assert (
        wrapped_label([_row("Board Members", "Ann Lee"), _row("Present", "Bob Hart")], 0, ())
        is None
    )


def test_a_post_or_body_in_brackets_before_the_initials_is_theirs() -> None:
    # "Sarah Howells (NED) (SH)": the post, then the initials the minutes call her by; "(TfW)"
    # in the post's place is a body by its initials; "NED" (non-executive director) is a post.
    text = (
        "Oakford Transport Board Meeting\n"
        "10:00 - 15:30; 21 November 2018\n\n"
        "Present:\n"
        "Sarah Howells (NED) (SH)\n"
        "James Price (CEO) (JP)\n"
        "Gareth Morgan (TfW) (GM)\n\n"
        "1. Apologies for Absence\n"
        "There were no apologies for absence.\n"
    )
    people = _people(parse_minutes(text).record)
    assert ("Sarah Howells", "NED", None, "present") in people
    assert ("James Price", "CEO", None, "present") in people
    assert ("Gareth Morgan", "", "TfW", "present") in people


def test_mc_initials_and_a_dash_against_the_bracket_end_the_name() -> None:
    # "(MMcD)", "(BMcC)": a Mc surname's initials; "(GMcI)\u2013 Board Member": no space
    # before the dash after the initials.
    text = (
        "Oakford Harbour Authority\n"
        "Board Meeting held on Monday 9th Dec 2019 at 1.30pm\n"
        "Present: Terry Jarvis (TJ) \u2013 Chairperson\n"
        "Dr George McIlroy (GMcI)\u2013 Board Member\n"
        "Martin McDonald (MMcD) \u2013 Board Member & Chair of Audit Committee\n"
        "In attendance: Belinda McCaughey (BMcC) \u2013 Accounts Administrator\n\n"
        "1. WELCOME AND APOLOGIES\n"
        "Apologies were received from the Department.\n"
    )
    people = _people(parse_minutes(text).record)
    assert ("Dr George McIlroy", "Board Member", None, "present") in people
    assert ("Martin McDonald", "Board Member & Chair of Audit Committee", None, "present") in people
    assert ("Belinda McCaughey", "Accounts Administrator", None, "in_attendance") in people


def test_two_names_run_together_in_a_list_of_names_are_two_people() -> None:
    # "...; Anthony Harbinson Peter Price; ...": the semicolon between two people left out, in
    # a list that names people by first name and surname.
    text = (
        "Minutes of the Oakford Agency Board Meeting on 26 September 2022\n"
        "Present:\n"
        "Susan Jebb, Chair; Fiona Gately; Margaret Gilmore; Anthony Harbinson Peter Price; "
        "Timothy Riley; Mark Rolfe\n\n"
        "1. Welcome\n"
        "1.1 The Chair welcomed everyone to the meeting.\n"
    )
    names = [a["name"] for a in parse_minutes(text).record["attendees"]]
    assert names == [
        "Susan Jebb", "Fiona Gately", "Margaret Gilmore", "Anthony Harbinson", "Peter Price",
        "Timothy Riley", "Mark Rolfe",
    ]  # fmt: skip


def test_a_post_in_brackets_then_a_name_with_no_comma_starts_the_next_person() -> None:
    # A table cell's lines joined with nothing between: "Sam Tamlin (Co-Chair)" over "John
    # Crago and Gary Davis", in a row labelled by the members' council.
    text = (
        "Minutes of the Oakford Bridge Joint Committee held on Friday 6 December 2019\n"
        "Present: Sam Tamlin (Co-Chair) John Crago and Gary Davis\n\n"
        "1. Declarations of interest\n"
        "There were no declarations of interest.\n"
    )
    people = _people(parse_minutes(text).record)
    assert [p[:2] for p in people] == [
        ("Sam Tamlin", "Co-Chair"),
        ("John Crago", ""),
        ("Gary Davis", ""),
    ]
