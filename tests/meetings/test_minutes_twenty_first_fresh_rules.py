"""Layouts of the twenty-first fresh set's minutes (the records are in tests/data/real-fresh-21),
each in a small made-up example: a rule real minutes share, never one file. Pure functions only."""

from meetings.minutes import parse_minutes


def _people(record: dict) -> list[tuple[str, str | None, str | None, str]]:
    return [(a["name"], a["role"], a["organisation"], a["attendance"]) for a in record["attendees"]]


def test_a_representing_label_gives_the_body_without_the_word_or_the_colon() -> None:
    # A joint board's members grouped by council under "Representing the X Council:" labels: the
    # body is the council, not "the X Council:" with its colon (nor, set in bold, the whole
    # label "Representing the X Council").
    text = (
        "Harbour Users Panel\n3 March 2021\n\n"
        "Representing the Northshire Council:\n"
        "Mr A Smith, Mrs B Jones (Substitute)\n"
        "Representing Southshire Council:\n"
        "Dr C Brown\n\n"
        "1. Welcome\n"
        "The Chair welcomed all.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Mr A Smith", "", "the Northshire Council", "present"),
        ("Mrs B Jones", "Substitute", "the Northshire Council", "present"),
        ("Dr C Brown", "", "Southshire Council", "present"),
    ]
