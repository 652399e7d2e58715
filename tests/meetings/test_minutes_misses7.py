"""Known misses of the thirtieth to thirty-second sets of real minutes (issue 15), read right by
general rules, on made-up minutes in the layouts real ones use: items set as headings without
numbers over numbered lines of their text; "Minutes of the previous meeting" below the heading
is an item, not the meeting's title; minutes that end in their attendance; a police rank as a
title before initials; a national body named by its word and its nation; a body written with
the initials its words spell after a person's name and initials; an office-holder's initials
before the office's area; a bracket left open in a name."""

import pytest

from meetings.minutes import parse_blocks
from meetings.minutes.blocks import Block
from meetings.minutes.people import post_then_body, read_person, spelt_body, surnames_with_posts
from meetings.minutes.text import MinutesError, parse_minutes


def _people(record: dict) -> list[tuple[str, str, str | None, str]]:
    return [
        (a["name"], a["role"] or "", a["organisation"], a["attendance"])
        for a in record["attendees"]
    ]


def _items(record: dict) -> list[tuple[str, list[str]]]:
    return [(s["title"], [p["text"] for p in s["paragraphs"]]) for s in record["sections"]]


# A local committee's Word minutes: its name and "Minutes" in one heading, the date and the
# attendance as paragraphs, each item a heading of the second level with no number, and an
# item's text holding a numbered list of questions.
HEADED_ITEMS = [
    Block("heading", "Westmere Pharmacy Forum Minutes", level=1),
    Block("paragraph", "Tuesday 4th March 2025 at the Old School, Westmere"),
    Block("paragraph", "Present: Ann Lee, Tom Hale, Bob Ray, Kim Wood (notes)"),
    Block("paragraph", "Apologies: Sam Dee"),
    Block("heading", "Minutes of the previous meeting", level=2),
    Block("paragraph", "The minutes were agreed."),
    Block("heading", "Correspondence", level=2),
    Block("heading", "Actions Update", level=2),
    Block("paragraph", "All actions done"),
    Block("heading", "Matters arising", level=2),
    Block("paragraph", "TH: 1. The rota for training places is unclear"),
    Block("paragraph", "2. Should the officers act between meetings?"),
    Block("paragraph", "3. Should extra meetings be called?"),
    Block("paragraph", "AL agreed to take these to the next meeting."),
    Block("heading", "Premises Subgroup", level=2),
    Block("paragraph", "Tom Hale, Bob Ray"),
    Block("paragraph", "Rent review"),
    Block("paragraph", "The group looked at the rent review and its costs."),
]


def test_items_set_as_headings_over_numbered_lines_are_the_items() -> None:
    record = parse_blocks(HEADED_ITEMS).record
    assert record["board"] == "Westmere Pharmacy Forum"
    assert record["date"] == "2025-03-04"
    assert _items(record) == [
        ("Minutes of the previous meeting", ["The minutes were agreed."]),
        ("Correspondence", []),
        ("Actions Update", ["All actions done"]),
        (
            "Matters arising",
            [
                "TH: 1. The rota for training places is unclear",
                "Should the officers act between meetings?",
                "Should extra meetings be called?",
                "AL agreed to take these to the next meeting.",
            ],
        ),
        (
            "Premises Subgroup",
            [
                "Tom Hale, Bob Ray",
                "Rent review",
                "The group looked at the rent review and its costs.",
            ],
        ),
    ]


def test_the_previous_meetings_minutes_below_the_heading_are_no_title_of_this_meeting() -> None:
    # The attendance between the heading and "Minutes of the previous meeting" is read as
    # people, not as text between the board's name and a title still to come.
    result = parse_blocks(HEADED_ITEMS)
    assert _people(result.record) == [
        ("Ann Lee", "", None, "present"),
        ("Tom Hale", "", None, "present"),
        ("Bob Ray", "", None, "present"),
        ("Kim Wood", "notes", None, "present"),
        ("Sam Dee", "", None, "apologies"),
    ]
    assert not any("between the board name and the title" in p.message for p in result.problems)


def test_numbered_items_under_one_heading_are_read_as_before() -> None:
    # One sub-heading above "1. Finance" (an item's first line is numbered): the numbered items
    # are the items, as before.
    record = parse_blocks(
        [
            Block("heading", "Westmere Pharmacy Forum Minutes", level=1),
            Block("paragraph", "Tuesday 4th March 2025 at the Old School, Westmere"),
            Block("paragraph", "Present: Ann Lee, Tom Hale, Bob Ray"),
            Block("heading", "Part One", level=2),
            Block("paragraph", "1. Finance"),
            Block("paragraph", "The accounts were received and noted by the forum."),
            Block("paragraph", "2. Premises"),
            Block("paragraph", "The lease runs to 2027 and will be renewed."),
        ]
    ).record
    assert [s["title"] for s in record["sections"]] == ["Finance", "Premises"]


ATTENDANCE_ONLY = (
    "Resources Committee\n\n"
    "Date: Thursday, 5 June 2025\n\n"
    "Minutes of Meeting of the Resources Committee held in the Chamber, Town Hall, Westmere on "
    "Thursday 5 June 2025 at 10.30 am.\n\n"
    "Present:\n\n"
    "Mr A Lee, Mrs B Hale, Dr C Ray, Ms D Wood (substitute)\n\n"
    "Officials in attendance:\n\n"
    "Ms E Park, Head of Policy, Chief Executive's Office\n"
    "Mr F Stone, Elections Manager, Chief Executive's Office\n\n"
    "Also in attendance:\n\n"
    "Chief Inspector G Hill, Area Commander, Police Scotland\n"
)


def test_minutes_that_end_in_their_attendance_are_read_with_no_items() -> None:
    result = parse_minutes(ATTENDANCE_ONLY)
    record = result.record
    assert record["board"] == "Resources Committee"
    assert record["date"] == "2025-06-05"
    assert record["sections"] == []
    assert _people(record)[-1] == (
        "Chief Inspector G Hill",
        "Area Commander",
        "Police Scotland",
        "in_attendance",
    )
    assert len(record["attendees"]) == 7
    # Said on the first line, which names no element of the record.
    assert [(p.line, p.severity) for p in result.problems if "No items" in p.message] == [
        (1, "warning")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Resources Committee\n\nRecord of Meeting 5 June 2025\n\nSome words here.\n",
        # People read, but text after them that is no item: refused as before.
        "Resources Committee\n\nRecord of Meeting 5 June 2025\n\nPresent: Mr A Lee, Mrs B "
        "Hale, Dr C Ray\n\nThe committee talked about the budget for a long while today.\n",
    ],
)
def test_minutes_with_no_items_and_no_attendance_at_their_end_are_refused(text: str) -> None:
    with pytest.raises(MinutesError, match="No numbered sections"):
        parse_minutes(text)


@pytest.mark.parametrize(
    ("chunk", "person"),
    [
        ("Chief Superintendent P MacRae", ("Chief Superintendent P MacRae", "")),
        ("Detective Inspector J K Lowe", ("Detective Inspector J K Lowe", "")),
        ("Inspector Roche", ("Inspector Roche", "")),
    ],
)
def test_a_police_rank_is_a_title_before_initials_and_a_surname(
    chunk: str, person: tuple[str, str]
) -> None:
    assert read_person(chunk) == person


@pytest.mark.parametrize(
    ("role", "split"),
    [
        ("Area Commander, Police Scotland", ("Area Commander", "Police Scotland")),
        ("Regional Manager, Police Wales", ("Regional Manager", "Police Wales")),
        # A place after a post is no body: kept whole.
        ("Area Commander, North Scotland", None),
    ],
)
def test_a_national_body_named_by_its_word_then_its_nation(
    role: str, split: tuple[str, str] | None
) -> None:
    assert post_then_body(role) == split


# A Welsh Government panel's page: each attendee a bullet, "Name (initials), body", the body
# often with its own initials in brackets; the apologies "Name, body (initials)".
INITIALLED_BODIES = (
    "Minutes of the Westmere Youth Panel held on 3 May 2025.\n\n"
    "Attendees\n"
    "- Ann Lee (AL), Westmere Council (CSD)\n"
    "- Tom Hale (TH), YOT Managers Cymru (YMC)\n"
    "- Bob Ray (BR), Police Liaison Unit (PLU)\n"
    "- Kim Wood (KW), Welsh Local Government Association (WLGA)\n"
    "- Dai Jones (DJ), PCC Dyfed Powys\n"
    "- Sue Park (SP), Youth Justice Board\n"
    "- Meg Rowe (co-Chair (MR), Westmere Youth Forum\n"
    "Apologies\n"
    "- Ian Cole, Society of Local Authority Chief Executives (SOLACE)\n"
    "- Pat Fox, Wales Violence Prevention Unit (VPU)\n"
    "- Lyn Hill, Chief Executive Officer (CEO)\n\n"
    "1. Welcome\n\nThe co-Chairs welcomed everyone to the panel's meeting.\n"
)


def test_a_body_with_its_own_initials_after_a_persons_is_their_body_not_a_second_person() -> None:
    result = parse_minutes(INITIALLED_BODIES)
    people = _people(result.record)
    assert people[:6] == [
        ("Ann Lee", "", "Westmere Council (CSD)", "present"),
        ("Tom Hale", "", "YOT Managers Cymru (YMC)", "present"),
        ("Bob Ray", "", "Police Liaison Unit (PLU)", "present"),
        ("Kim Wood", "", "Welsh Local Government Association (WLGA)", "present"),
        # An office-holder's initials before the office's area: a post, not a body.
        ("Dai Jones", "PCC Dyfed Powys", None, "present"),
        ("Sue Park", "", "Youth Justice Board", "present"),
    ]
    assert people[-3:] == [
        ("Ian Cole", "", "Society of Local Authority Chief Executives (SOLACE)", "apologies"),
        ("Pat Fox", "", "Wales Violence Prevention Unit (VPU)", "apologies"),
        # A post with its initials stays the post.
        ("Lyn Hill", "Chief Executive Officer (CEO)", None, "apologies"),
    ]
    assert len(people) == 10
    # The bracket the writer left open: the name read is a guess, and said to be one.
    assert any(p.line == 10 and "bracket left open" in p.message for p in result.problems), (
        result.problems
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Society of Local Authority Chief Executives (SOLACE)", True),
        ("Wales Violence Prevention Unit (VPU)", True),
        ("YOT Managers Cymru (YMC)", True),
        ("Chief Executive Officer (CEO)", False),
        ("Director of Public Health (DPH)", False),
        ("Chair of the National Police Chiefs' Council (NPCC)", False),
        ("Westmere Council (CSD)", False),  # a part's initials, not the body's
        ("Youth Justice Board", False),  # no initials
    ],
)
def test_a_body_is_told_by_the_initials_its_words_spell(text: str, body: bool) -> None:
    assert spelt_body(text) is body


# A transport partnership's members, each a council's member, a table of two columns.
PARTNERSHIP_MEMBERS = (
    "Minute of Meeting of the Westmere Transport Partnership held on 5 May 2025.\n\n"
    "PRESENT\n\n"
    "| Cllr Ann Bell | The Westmere Council Member (Chair) |\n"
    "| Cllr Tom Hale | Eastmere Council Member (Vice Chair) |\n"
    "| Mr Bob Ray | Non-Councillor Member |\n"
    "| Ms Kim Wood | Regional Council Member |\n\n"
    "IN ATTENDANCE\n\n"
    "| Mr Dai Jones | Comhairle nan Eilean Siar |\n\n"
    "1. Minutes\n\nThe minutes of the last meeting were approved.\n"
)


def test_a_councils_member_with_a_post_is_the_post_for_that_council() -> None:
    assert _people(parse_minutes(PARTNERSHIP_MEMBERS).record) == [
        ("Cllr Ann Bell", "Chair", "The Westmere Council", "present"),
        ("Cllr Tom Hale", "Vice Chair", "Eastmere Council", "present"),
        ("Mr Bob Ray", "Non-Councillor Member", None, "present"),
        # No post in brackets: the seat as written, a role (as other minutes' keys have it).
        ("Ms Kim Wood", "Regional Council Member", None, "present"),
        # Gaelic's "Comhairle" (council) names a body.
        ("Mr Dai Jones", "", "Comhairle nan Eilean Siar", "in_attendance"),
    ]


def test_a_papers_number_of_the_year_and_the_meetings_number_are_no_part_of_the_board() -> None:
    # "RSF (41/2024)" above the heading: the paper the minutes went to the next meeting as.
    record = parse_blocks(
        [
            Block("paragraph", "RSF (41/2024)"),
            Block("heading", "Riverside Strategy Forum \u2013 Meeting 12", level=1),
            Block("paragraph", "5 March 2024 Room 2, Town Hall, 10:00 \u2013 12:00"),
            Block("paragraph", "Attendees: Ann Lee, Tom Hale, Bob Ray"),
            Block("heading", "1. Welcome", level=2),
            Block("paragraph", "Ann welcomed members to the twelfth meeting."),
        ]
    ).record
    assert record["board"] == "Riverside Strategy Forum"
    assert record["date"] == "2024-03-05"


def test_a_running_headers_initials_spelt_out_by_the_heading_below_name_the_board() -> None:
    # A one-page PDF's running header, the body's initials and the page's title in two cells,
    # over the heading that writes the initials out.
    record = parse_blocks(
        [
            Block(
                "table",
                rows=(("Westmere and Eastmere RAG", "Board meeting minutes \u2013 4.3.2024"),),
            ),
            Block(
                "heading", "Westmere and Eastmere Rural Action Group Board meeting Minutes", level=1
            ),
            Block("paragraph", "Date: 4th March 2024 Venue: The Hall, Westmere"),
            Block("paragraph", "Present: Ann Lee, Tom Hale, Bob Ray"),
            Block("heading", "1. Welcome", level=2),
            Block("paragraph", "The chair welcomed the members to the meeting."),
        ]
    ).record
    assert record["board"] == "Westmere and Eastmere Rural Action Group"


def test_one_councillor_title_over_surnames_each_with_its_post() -> None:
    text = (
        "Westmere City Council\n\nHousing Committee\n\n4.00pm 2 June 2022\n\n"
        "Present: Councillor Van Der Berg (Chair) Okoro (Deputy Chair) and Lee (Group "
        "Spokesperson).\n\n"
        "1 Procedural Business\n\n1.1 There were no declarations of interest today.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Councillor Van Der Berg", "Chair", None, "present"),
        ("Councillor Okoro", "Deputy Chair", None, "present"),
        ("Councillor Lee", "Group Spokesperson", None, "present"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Lee (Chair)",  # one councillor: read as before
        "Councillor Lee (part) Okoro (items 1-3)",  # notes, not posts
    ],
)
def test_surnames_with_posts_needs_two_posts(text: str) -> None:
    assert surnames_with_posts(text) is None
