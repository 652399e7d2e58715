"""Rules of the minutes reader for what the eighth fresh set of real minutes showed it
(tests/data/real-fresh-8: Word and PDF files); each for minutes in general, tested on text
shaped as those files read. The file readers' own rules are tested in test_docx_reader.py and
test_pdf_reader.py."""

from meetings.minutes import parse_minutes


def _people(text: str) -> list[tuple[str, str, str]]:
    record = parse_minutes(text).record
    return [(a["name"], a.get("role") or "", a["attendance"]) for a in record["attendees"]]


def test_guests_and_a_leadership_team_are_in_attendance_not_members() -> None:
    # Natural England's board: its staff under "Senior Leadership Team" and visitors under
    # "Guests", after the members; neither is a body ("Senior" is no organisation).
    text = (
        "Natural England Board\n"
        "Minutes of the meeting on 3 May 2017\n\n"
        "Members attending:\nAndrew Sells (Chairman)\nJulia Aglionby\n\n"
        "Apologies:\nWill Cockbain\n\n"
        "Senior Leadership Team\nTim Hill, Chief Scientist\n\n"
        "Guests\nRob Cooke, Director EU Exit\n\n"
        "1. Welcome\nThe Chairman welcomed all to the meeting.\n"
    )

    assert _people(text) == [
        ("Andrew Sells", "Chairman", "present"),
        ("Julia Aglionby", "", "present"),
        ("Will Cockbain", "", "apologies"),
        ("Tim Hill", "Chief Scientist", "in_attendance"),
        ("Rob Cooke", "Director EU Exit", "in_attendance"),
    ]
    assert all(a.get("organisation") is None for a in parse_minutes(text).record["attendees"])
