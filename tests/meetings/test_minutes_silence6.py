"""Elements the reader got wrong without a word under "Lines to check" (issue 15's "never silently
wrong"), read right by general rules: two lists side by side under attendance headings ("Members
present | Members apologies"), a heading spanning the empty cell to its right; a name run into
the next cell's words on a flattened page ("Mr T HolmesBarker Audit"); an item referenced by the
committee's letter, the year's span and its number ("F16/17.3"), its paragraphs numbered by the
item's own number ("3.1"); "Attendees" under a list headed "Members", those besides the members.
Made-up minutes."""

from meetings.minutes import parse_blocks
from meetings.minutes.blocks import Block
from meetings.minutes.references import composite_heading
from meetings.minutes.side_lists import column_groups
from meetings.minutes.sub_references import under_section_ref
from meetings.minutes.text import parse_minutes


def _attendee(result, name: str) -> dict:
    return next(a for a in result.record["attendees"] if a["name"] == name)


def _kinds(result) -> dict[str, str]:
    return {a["name"]: a["attendance"] for a in result.record["attendees"]}


def test_attendance_headings_side_by_side_give_each_column_its_kind() -> None:
    result = parse_blocks(
        [
            Block("paragraph", "Westmoor Rivers Trust"),
            Block("paragraph", "Minutes of the Annual General Meeting held on 9 May 2019"),
            Block(
                "table",
                rows=(
                    ("Trustees present", "Trustees apologies", ""),
                    ("K Appleby (Chair)", "", "M Dunning"),
                    ("B Carver", "", "S Ellwood"),
                    ("Guests", "Trust Officers", ""),
                    ("P Fenwick (Speaker)", "", "L Garside"),
                ),
            ),
            Block("paragraph", "1. Minutes of the last meeting"),
            Block("paragraph", "The minutes were approved."),
        ]
    )
    assert _kinds(result) == {
        "K Appleby": "present",
        "B Carver": "present",
        "M Dunning": "apologies",
        "S Ellwood": "apologies",
        "P Fenwick": "in_attendance",
        "L Garside": "in_attendance",
    }
    assert _attendee(result, "K Appleby")["role"] == "Chair"


def test_which_rows_are_headings_side_by_side() -> None:
    assert column_groups(("Members present", "Members apologies", "")) == [
        "present",
        "apologies",
        "apologies",
    ]
    assert column_groups(("Present", "Apologies")) == ["present", "apologies"]
    assert column_groups(("Council", "Head Office staff")) == ["present", "in_attendance"]
    assert column_groups(("", "Present", "Apologies")) is None  # no heading over the first
    assert column_groups(("Present", "")) is None  # one heading: no lists side by side
    assert column_groups(("Board", "Committee")) is None  # members both: one list
    assert column_groups(("Ann Lee", "Apologies")) is None  # a person, not a heading


def test_a_name_run_into_the_next_cells_words_ends_where_they_start() -> None:
    result = parse_minutes(
        "Southmere Audit Committee\n12 June 2018\n\nIn attendance\n\n"
        "Mr T HolmesBarker Audit LLP\n\nNia ParrySouthmere Magistrates Court\n\n"
        "KDenbyInternal Audit Manager\n\n"
        "1. Apologies\nThere were none.\n"
    )
    names = {a["name"] for a in result.record["attendees"]}
    assert names == {"Mr T Holmes", "Nia Parry", "K Denby"}
    holmes, parry = _attendee(result, "Mr T Holmes"), _attendee(result, "Nia Parry")
    assert (holmes["role"] or holmes["organisation"]) == "Barker Audit LLP"
    assert (parry["role"] or parry["organisation"]) == "Southmere Magistrates Court"
    assert _attendee(result, "K Denby")["role"] == "Internal Audit Manager"


def test_words_run_together_that_follow_no_name_are_only_spaced() -> None:
    result = parse_minutes(
        "Eastmere Partnership Board\n3 March 2016\n\nPresent: Ann Lee, Tom Kerr\n\n"
        "AlsoPresent:\n\nRaj Patel, Clerk\n\nApologies: Sue Hart and JoannaCrane\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    kinds = _kinds(result)
    assert kinds["Raj Patel"] == "in_attendance"
    assert kinds["Joanna Crane"] == "apologies"


_LETTERED_YEARS = (
    "Westbrook Parish Council\nMinutes of the Footpaths Committee held on 3 May 2016\n\n"
    "Present: Cllr Hale (Chairman), Cllr Moss\n\n"
    "F16/17.1 Apologies for absence.\n\nCllr Dent. Holiday.\n\n"
    "F16/17.2 Minutes.\n\nRESOLVED: That the minutes be signed.\n\n"
    "F16/17.3 Matters arising\n\n3.1 Stiles. The stile at Mill Lane is mended.\n\n"
    "3.2 Signs. Two signs are missing.\n"
)


def test_an_item_referenced_by_letter_years_and_number_is_an_item() -> None:
    result = parse_minutes(_LETTERED_YEARS)
    sections = result.record["sections"]
    assert [s["ref"] for s in sections] == ["F16/17.1", "F16/17.2", "F16/17.3"]
    assert [s["title"].rstrip(".") for s in sections] == [
        "Apologies for absence",
        "Minutes",
        "Matters arising",
    ]
    assert _kinds(result)["Cllr Dent"] == "apologies"
    third = sections[2]["paragraphs"]
    assert [(p["ref"], p["text"][:6]) for p in third] == [("3.1", "Stiles"), ("3.2", "Signs.")]


def test_which_lines_start_with_letter_years_and_number() -> None:
    assert composite_heading("E11/12.4 Public participation.") is not None
    assert composite_heading("E11/12.4 Public participation.").ref == "E11/12.4"
    assert under_section_ref("E11/12.6", "6.2 Lists of people.") == ("6.2", "Lists of people.")
    assert under_section_ref("E11/12.6", "5.2 Lists of people.") is None
    assert under_section_ref("3.2", "3.2.1 Minutes of the meeting.") == (
        "3.2.1",
        "Minutes of the meeting.",
    )


def test_attendees_after_the_members_are_in_attendance() -> None:
    result = parse_minutes(
        "Minutes of a public meeting of the Westshire Health Board held on 4 April 2024\n\n"
        "Members\n\n\u2022 Ann Lee, Chair\n\n\u2022 Tom Kerr, Non-Executive Director\n\n"
        "Attendees\n\n\u2022 Raj Patel, Director of Strategy\n\n"
        "\u2022 Sue Hart, Head of Governance\n\n"
        "1. Welcome\nThe Chair welcomed everyone.\n"
    )
    assert _kinds(result) == {
        "Ann Lee": "present",
        "Tom Kerr": "present",
        "Raj Patel": "in_attendance",
        "Sue Hart": "in_attendance",
    }


def test_attendees_heading_the_first_list_are_present() -> None:
    result = parse_minutes(
        "Westshire Partnership Board\n4 April 2024\n\nAttendees\n\nAnn Lee, Chair\n\n"
        "Tom Kerr, Treasurer\n\nApologies\n\nRaj Patel\n\n"
        "1. Welcome\nThe Chair welcomed everyone.\n"
    )
    assert _kinds(result) == {"Ann Lee": "present", "Tom Kerr": "present", "Raj Patel": "apologies"}
