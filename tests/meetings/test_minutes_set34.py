"""The thirty-fourth fresh set (tests/data/real-fresh-34): what the reader got wrong on it, read
right by general rules. Made-up minutes, not copied from the set."""

from meetings.minutes.blocks import Block
from meetings.minutes.text import parse_blocks


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
