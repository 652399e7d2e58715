"""Elements the reader got wrong without a word under "Lines to check" (issue 15's "never silently
wrong"), read right by general rules or named by a doubt: a line of an apologies list saying who
sat for whom is the item's paragraph as well as the attendance. Made-up minutes."""

from typing import Any

from meetings.minutes.text import parse_minutes

_HEAD = "Eastmere Joint Fire Committee\nMinutes of the meeting held on 9 May 2024\n\n"


def _paragraphs(record: dict[str, Any]) -> list[str]:
    return [p["text"] for s in record["sections"] for p in s["paragraphs"]]


def test_who_sat_for_whom_is_kept_as_the_apologies_items_paragraph_too() -> None:
    text = _HEAD + (
        "1. APOLOGIES FOR ABSENCE\nApologies for absence were received from:\n"
        "Councillor Ann Price, for whom Councillor Tom Hale was substitute;\n"
        "Councillor Bea Lowe, for whom Councillor Rhys Owen was\nsubstitute.\n"
        "2. MINUTES\nThe minutes were confirmed.\n"
    )
    record = parse_minutes(text).record

    assert [(a["name"], a["attendance"]) for a in record["attendees"]] == [
        ("Councillor Ann Price", "apologies"),
        ("Councillor Tom Hale", "present"),
        ("Councillor Bea Lowe", "apologies"),
        ("Councillor Rhys Owen", "present"),
    ]
    assert _paragraphs(record)[:3] == [
        "Apologies for absence were received from:",
        "Councillor Ann Price, for whom Councillor Tom Hale was substitute;",
        "Councillor Bea Lowe, for whom Councillor Rhys Owen was substitute.",
    ]
