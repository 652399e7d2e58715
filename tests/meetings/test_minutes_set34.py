"""The thirty-fourth fresh set (tests/data/real-fresh-34): what the reader got wrong on it, read
right by general rules. Made-up minutes, not copied from the set."""

import pytest

from meetings.minutes.blocks import Block
from meetings.minutes.bracketed_names import post_then_bracketed_name
from meetings.minutes.references import COMPOSITE_HEADING, SECTION
from meetings.minutes.text import parse_blocks, parse_minutes


def _attendee(result, name: str) -> dict:
    return next(a for a in result.record["attendees"] if a["name"] == name)


def test_a_group_label_that_names_no_body_is_no_ones_organisation() -> None:
    # Bold labels over bullets: "Harbour Trust" is the body of the people below it; "Chair" and
    # "External" are not, and each external person's body is the one after their name.
    result = parse_blocks(
        [
            Block("heading", "Eastmere Safety Partnership - 4 May 2022 Minutes", level=0),
            Block("heading", "Attendees", level=2),
            Block("heading", "Chair", level=2),
            Block("paragraph", "Ann Lee, Leader of Eastmere Council", number="•"),
            Block("heading", "Harbour Trust", level=2),
            Block("paragraph", "Tom Hale, Chief Executive", number="•"),
            Block("heading", "External", level=2),
            Block("paragraph", "Supt Joe Bright, EPS", number="•"),
            Block("paragraph", "Rita Moss, Eastmere Fire and Rescue Service", number="•"),
            Block("heading", "Welcome", level=1, number="1."),
            Block("paragraph", "The Chair welcomed everyone."),
        ]
    )
    assert _attendee(result, "Ann Lee")["organisation"] is None
    assert _attendee(result, "Tom Hale")["organisation"] == "Harbour Trust"
    assert _attendee(result, "Supt Joe Bright")["organisation"] == "EPS"
    assert _attendee(result, "Rita Moss")["organisation"] == "Eastmere Fire and Rescue Service"


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Home Secretary (The Rt Hon Ann Lee MP) - HS", ("Rt Hon Ann Lee MP", "Home Secretary")),
        ("Chair (Cllr A Bee)", ("Cllr A Bee", "Chair")),
        (
            "Director General, Roads Group, Department for Transport (Tom Hale) -TH",
            ("Tom Hale", "Director General, Roads Group, Department for Transport"),
        ),
        # A post inside the bracket before the name, or a rank before it.
        (
            "PCC Representative (Eastmere Police and Crime Commissioner, Joe Bright) - JB",
            ("Joe Bright", "PCC Representative"),
        ),
        (
            "Chair, Fire Chiefs' Council (Chief Fire Officer Rita Moss)",
            ("Rita Moss", "Chair, Fire Chiefs' Council"),
        ),
        ("Head of Finance (Acme Ltd)", None),  # a body in the bracket
        ("Clerk (part)", None),  # a note
        ("Sir John Hale (Chair)", None),  # the name first: another reading's
    ],
)
def test_a_post_then_the_person_in_brackets(line: str, read: tuple[str, str] | None) -> None:
    assert post_then_bracketed_name(line) == read


def test_people_listed_by_office_with_their_names_in_brackets() -> None:
    # A government board's attendance: each member's office, the person in brackets, the
    # initials the minutes use after a dash; a printed line wrapped inside the bracket.
    result = parse_minutes(
        "Eastmere Justice Board\n"
        "Minutes of the meeting held on 2 February 2021\n\n"
        "Attendees:\n"
        "• Home Secretary (The Rt Hon Ann Lee MP) - HS\n"
        "• Minister for Courts and Tribunals (The Rt Hon Tom\n"
        "Hale QC MP) - MC\n"
        "• Chief Executive, Eastmere Courts Service (Rita Moss) - RM\n"
        "Apologies:\n"
        "• Attorney General (The Rt Hon Joe Bright MP)\n\n"
        "1. Introduction\n"
        "HS welcomed members.\n"
    )
    people = {
        a["name"]: (a["role"], a["organisation"], a["attendance"])
        for a in result.record["attendees"]
    }
    assert people == {
        "Rt Hon Ann Lee MP": ("Home Secretary", None, "present"),
        "Rt Hon Tom Hale QC MP": ("Minister for Courts and Tribunals", None, "present"),
        "Rita Moss": ("Chief Executive", "Eastmere Courts Service", "present"),
        "Rt Hon Joe Bright MP": ("Attorney General", None, "apologies"),
    }
    assert not any("No one was read" in p.message for p in result.problems)


@pytest.mark.parametrize(
    ("heading", "ref", "title"),
    [
        ("P23/24.7 Planning applications.", "P23/24.7", "Planning applications."),
        ("F09/10.12 Accounts for payment", "F09/10.12", "Accounts for payment"),
        ("23/24.105 Correspondence", "23/24.105", "Correspondence"),
    ],
)
def test_a_minute_numbered_by_the_councils_year_then_the_item(
    heading: str, ref: str, title: str
) -> None:
    m = COMPOSITE_HEADING.fullmatch(heading)
    assert m is not None
    assert (m["ref"], m["title"]) == (ref, title)


def test_word_headings_numbered_by_the_year_and_item_are_the_items() -> None:
    # A parish committee's Word minutes: Heading 1 numbered by Word "P23/24.%1", each title the
    # agenda's sentence with its full stop.
    result = parse_blocks(
        [
            Block("heading", "Eastmere Parish Council", level=0),
            Block("paragraph", "Minutes of the Planning Committee held on 5 June 2023"),
            Block("paragraph", "Present: Cllr Ash (Chairman), Cllr Birch"),
            Block("heading", "Apologies for absence.", level=1, number="P23/24.1"),
            Block("paragraph", "Cllr Oak, on holiday."),
            Block("heading", "Planning applications.", level=1, number="P23/24.2"),
            Block("paragraph", "RESOLVED: to support application 23/0456."),
        ]
    )
    sections = [(s["ref"], s["title"]) for s in result.record["sections"]]
    assert sections == [
        ("P23/24.1", "Apologies for absence."),
        ("P23/24.2", "Planning applications."),
    ]


def test_apologies_submitted_by_councillors_named_in_a_plural_title() -> None:
    # Members listed as absent, whom the apologies item says sent apologies; one more not listed.
    result = parse_minutes(
        "Eastmere Joint Committee\n"
        "Minutes of the meeting held on 9 March 2018\n\n"
        "Present: Councillors Ash (Chair), Birch and Cedar\n"
        "Absent: Councillors Oak and Pine\n\n"
        "1. Apologies\n"
        "Apologies for absence were submitted by Councillors Oak, Pine and Rowan.\n"
        "2. Minutes\n"
        "The minutes were agreed.\n"
    )
    kinds = {a["name"]: a["attendance"] for a in result.record["attendees"]}
    assert kinds["Councillor Oak"] == kinds["Councillor Pine"] == "apologies"
    assert kinds["Councillor Rowan"] == "apologies"


def test_judges_and_ministers_by_their_styles_with_the_article() -> None:
    # A council of judges and officials: "The Rt. Hon." and "The Honourable" before a name, the
    # article no part of it; the chair's post in brackets.
    result = parse_minutes(
        "The Eastmere Justice Council\n"
        "Minutes of the meeting held on Monday 5th March 2007\n\n"
        "Present:\n"
        "The Rt. Hon. Sir John Hale (Chair)\n"
        "The Honourable Mrs Justice Ash\n"
        "Jane Birch - Family Solicitor\n"
        "Apologies:\n"
        "The Rt. Hon. Lord Justice Cedar (Deputy Chair)\n\n"
        "1. Announcements\n"
        "The Chair welcomed all members.\n"
    )
    people = {a["name"]: (a["role"], a["attendance"]) for a in result.record["attendees"]}
    assert people == {
        "Rt. Hon. Sir John Hale": ("Chair", "present"),
        "Honourable Mrs Justice Ash": ("", "present"),
        "Jane Birch": ("Family Solicitor", "present"),
        "Rt. Hon. Lord Justice Cedar": ("Deputy Chair", "apologies"),
    }


@pytest.mark.parametrize(
    ("heading", "read"),
    [
        ("Agenda items 3: Finance report", ("3", "Finance report")),
        ("Agenda item 4: Any other business", ("4", "Any other business")),
        ("Agenda Items 1 & 2: Welcome and apologies", None),  # two items at once
    ],
)
def test_an_item_headed_agenda_items_and_its_number(heading: str, read: tuple | None) -> None:
    m = SECTION.fullmatch(heading)
    assert (m and (m["number"], m["title"])) == read
