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
