"""Layouts of the thirty-seventh fresh set's minutes (tests/data/real-fresh-37: culture, sport,
housing, business and community bodies) read right by general rules. Made-up minutes, not copied
from the set's files."""

from typing import Any

from meetings.minutes.text import parse_minutes


def _people(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(a["name"], a["attendance"]) for a in record["attendees"]]


def _paragraphs(section: dict[str, Any]) -> list[str]:
    return [p["text"] for p in section["paragraphs"]]


_OPENING_ITEM = (
    "MINUTES of a GENERAL MEETING of the HARBOURSIDE TRADERS ASSOCIATION held on TUESDAY "
    "10th March 2020 at the Anchor Inn at 7pm\n"
    "1. Welcome & Apologies from the Chair \u2013 Mary Fenwick (MF)\n"
    "Present: Mary Fenwick, Owen Price, Lucy Adebayo, Cllr Tom Harker. [Signing-in sheet kept]\n"
    "Apologies for Absence: Peter Oakes, Ruth Lindqvist, Sam Cole.\n"
    "Mary welcomed two new members to the Association.\n"
    "2. Minutes of meeting held on 11th February 2020\n"
    "These were approved as a correct record.\n"
)


def test_attendance_lists_at_the_start_of_the_opening_item_are_the_attendees() -> None:
    # "Present: A, B, ..." and "Apologies for Absence: C, D." as the first lines of "Welcome &
    # Apologies": the meeting's attendance, not the item's paragraphs; the bracketed note after
    # the list stays as the item's text.
    record = parse_minutes(_OPENING_ITEM).record
    assert _people(record) == [
        ("Mary Fenwick", "present"),
        ("Owen Price", "present"),
        ("Lucy Adebayo", "present"),
        ("Cllr Tom Harker", "present"),
        ("Peter Oakes", "apologies"),
        ("Ruth Lindqvist", "apologies"),
        ("Sam Cole", "apologies"),
    ]
    first = record["sections"][0]
    assert _paragraphs(first) == [
        "[Signing-in sheet kept]",
        "Mary welcomed two new members to the Association.",
    ]


def test_a_sentence_of_apologies_in_the_opening_item_stays_its_paragraph() -> None:
    text = _OPENING_ITEM.replace(
        "Apologies for Absence: Peter Oakes, Ruth Lindqvist, Sam Cole.\n", ""
    ).replace(
        "Present: Mary Fenwick, Owen Price, Lucy Adebayo, Cllr Tom Harker. [Signing-in sheet "
        "kept]\n",
        "Apologies were received from: Peter Oakes, Ruth Lindqvist.\n",
    )
    record = parse_minutes(text).record
    assert _paragraphs(record["sections"][0])[0].startswith("Apologies were received from")


def test_an_officers_name_then_a_colon_and_a_title_is_the_whole_title() -> None:
    # "4. Chairman: Introductory remarks": who reports, then what; the whole line the title,
    # not "Chairman" over a paragraph "Introductory remarks ...". "Apologies: Cllr A" stays
    # a title and its text.
    text = (
        "Riverside Players\n"
        "Minutes of the trustees' meeting held on Saturday 7 March 2020\n"
        "Present: Ann Bell (Chair), Colin Dale, Eve Frost, Gary Hill.\n"
        "1. Apologies: Ian Jones\n"
        "2. Chairman: Introductory remarks\n"
        "Talks with the district council continue.\n"
        "3. Treasurer: Financial report\n"
        "The spring production is ahead of its budget.\n"
    )
    sections = parse_minutes(text).record["sections"]
    assert [s["title"] for s in sections] == [
        "Apologies",
        "Chairman: Introductory remarks",
        "Treasurer: Financial report",
    ]
    assert _paragraphs(sections[1]) == ["Talks with the district council continue."]


def test_the_last_meetings_minutes_under_the_heading_are_no_title_nor_its_date() -> None:
    # "Trust Board Meeting, 15th December 2020" over the attendance, then unnumbered items, one
    # minute "Minutes of last meeting on 3 November 2020 - AGREED": the heading's date, and the
    # attendance read, not a title still to come.
    text = (
        "Club Board Meeting, 15th December 2020\n"
        "Venue: Online\n"
        "Present: Ann Bell (AB), Colin Dale (CD)\n"
        "Apologies: Eve Frost (EF)\n"
        "Minutes of last meeting on 3 November 2020 - AGREED\n"
        "1. Club Update\n"
        "No issues were raised.\n"
    )
    record = parse_minutes(text).record
    assert record["date"] == "2020-12-15"
    assert _people(record) == [
        ("Ann Bell", "present"),
        ("Colin Dale", "present"),
        ("Eve Frost", "apologies"),
    ]


def test_initials_written_with_letters_of_the_surname_after_a_post() -> None:
    # "Sandra MacKenzie, Tenant (SMacK)": the initials she goes by, not part of her post.
    text = (
        "NORTH SHORE AREA COMMITTEE MEETING\n"
        "Tuesday, 2nd November 2021 at 11.00am\n"
        "Attendees\n"
        "Fiona MacLeod, Tenant (FMacL)\n"
        "Colin Davidson, Independent (CD)\n"
        "1. Apologies\n"
        "There were no apologies.\n"
    )
    people = parse_minutes(text).record["attendees"]
    assert [(a["name"], a["role"]) for a in people] == [
        ("Fiona MacLeod", "Tenant"),
        ("Colin Davidson", "Independent"),
    ]


def test_two_names_after_the_label_in_the_opening_item_are_two_people() -> None:
    text = _OPENING_ITEM.replace(
        "Apologies for Absence: Peter Oakes, Ruth Lindqvist, Sam Cole.\n",
        "Apologies: Peter Oakes, Ruth Lindqvist.\n",
    )
    people = _people(parse_minutes(text).record)
    assert people[-2:] == [("Peter Oakes", "apologies"), ("Ruth Lindqvist", "apologies")]
