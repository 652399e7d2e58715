"""Layouts of minutes from ten more kinds of body (issue 15; the records are in
tests/data/real-fresh-15), each in a small made-up example: a rule real minutes follow, never one
file. Pure functions only."""

from meetings.minutes import parse_minutes
from tests.meetings.test_minutes_fourth_fresh_layouts import _sections


def test_the_date_and_the_address_under_the_heading_are_not_items() -> None:
    # A forum's minutes as Word gives them: the heading block in bold lines, the date alone on
    # one and the venue's address, starting with its street numbers, on the next. Read as
    # items 26 and 12, they made the real items 1 to 4 look like an agenda before the minutes.
    text = (
        "# Anytown Heritage Forum\n\n"
        "## MINUTES OF THE 12TH MEETING OF\n\n"
        "## 26 MAY 2011\n\n"
        "## 12 - 14 HIGH STREET, ANYTOWN, AB1 2CD\n\n"
        "Present:\tJohn Smith, Chairman\n\n"
        "Jane Brown, Civic Society\n\n"
        "# 1. Apologies\n\nApologies were received from Ann Lee.\n\n"
        "# 2. Minutes of the last meeting\n\nThese were approved.\n\n"
        "# 3. Matters arising\n\nThere were none.\n\n"
        "# 4. Sector update\n\n"
        "## 1. County Council\n\nThe council reported on its staffing.\n"
    )
    record = parse_minutes(text).record
    assert record["date"] == "2011-05-26"
    assert _sections(record) == [
        ("1", "Apologies"),
        ("2", "Minutes of the last meeting"),
        ("3", "Matters arising"),
        ("4", "Sector update"),
        ("1", "County Council"),
    ]
    assert [a["name"] for a in record["attendees"]][:2] == ["John Smith", "Jane Brown"]
