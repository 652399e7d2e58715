"""Known misses of the thirtieth to thirty-second sets of real minutes (issue 15), read right by
general rules, on made-up minutes in the layouts real ones use: items set as headings without
numbers over numbered lines of their text; "Minutes of the previous meeting" below the heading
is an item, not the meeting's title."""

from meetings.minutes import parse_blocks
from meetings.minutes.blocks import Block


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
