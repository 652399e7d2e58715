"""The reader says where it doubts what it read (meetings/minutes/doubts.py): a value no rule failed
on but shaped like a misreading is listed under "Lines to check" with its line and a reason, not
published unremarked. Made-up minutes, one shape each; and minutes read right raise no doubt."""

from meetings.minutes.doubts import doubts
from meetings.minutes.lines import Line
from meetings.minutes.text import parse_minutes

ITEMS = "\n1. Apologies\nNone were received.\n"


def _warnings(text: str) -> list[tuple[int, str, str]]:
    return [(p.line, p.text, p.message) for p in parse_minutes(text).problems]


def test_minutes_read_right_raise_no_doubt() -> None:
    text = (
        "Westshire Widgets Board\nMinutes of the meeting held on 3 March 2024\n\n"
        "Present:\nJane Smith, Chair\nPeter Jones, Director of Finance\n" + ITEMS
    )
    assert _warnings(text) == []


def test_a_role_that_stops_on_and_is_doubted_on_its_line() -> None:
    text = (
        "Westshire Widgets Board\nMinutes of the meeting held on 3 March 2024\n\n"
        "Present:\nJane Smith, Finance Officer and\nPeter Jones, Chair\n" + ITEMS
    )
    [(line, quoted, message)] = _warnings(text)
    assert (line, quoted) == (5, "Jane Smith, Finance Officer and")
    assert "The role of Jane Smith ('Finance Officer and') stops mid-phrase" in message


def test_an_ordinal_read_as_the_body_is_doubted() -> None:
    text = "766TH\nMinutes of the meeting held on 3 March 2024\n\nPresent: Jane Smith\n" + ITEMS
    [(line, quoted, message)] = _warnings(text)
    assert (line, quoted) == (1, "766TH")
    assert message == (
        "The body's name is read as '766TH', but it reads as part of the heading (a label, a "
        "number or a day), not a name; check"
    )


def test_a_label_or_a_number_read_as_the_body_is_doubted() -> None:
    text = "Agenda Item: 3\nMinutes of the meeting held on 3 March 2024\n\nPresent: Jane Smith\n"
    [(line, _quoted, message)] = _warnings(text + ITEMS)
    assert line == 1
    assert "'Agenda Item: 3', but it reads as part of the heading" in message


def test_a_body_that_stops_on_held_on_is_doubted() -> None:
    text = "WESTSHIRE WIDGETS BOARD FOR MEETING HELD ON\n3 March 2024\n\nPresent: Jane Smith\n"
    [(line, _quoted, message)] = _warnings(text + ITEMS)
    assert line == 1
    assert "it ends on 'ON', so the heading's next words may be missing" in message


def test_no_body_read_from_the_heading_is_said() -> None:
    text = "Minutes of the meeting held on 3 March 2024\n\nPresent:\nJane Smith, Chair\n" + ITEMS
    [(line, quoted, message)] = _warnings(text)
    assert (line, quoted) == (1, "Minutes of the meeting held on 3 March 2024")
    assert message.startswith("No body's name was read from the minutes' heading")


def test_a_label_run_into_a_name_is_doubted() -> None:
    text = (
        "Westshire Widgets Board\nMinutes of the meeting held on 3 March 2024\n\n"
        "Present:\nJane Smith, Chair\nSecretariat -Peter Jones\n" + ITEMS
    )
    [(line, quoted, message)] = _warnings(text)
    assert (line, quoted) == (6, "Secretariat -Peter Jones")
    assert message.startswith("'Secretariat -Peter Jones' is read as one person's name, but names")


def _line(no: int, text: str) -> Line:
    return Line(no, text, text, False, False, False)


def test_a_role_holding_another_titled_person_or_a_semicolon_is_doubted() -> None:
    lines = [_line(1, "Westshire Widgets Board"), _line(2, "Sir Ian Bell Dr Rob Lane")]
    record = {
        "board": "Westshire Widgets Board",
        "attendees": [
            {"name": "Sir Ian Bell", "role": "Dr Rob Lane", "organisation": None},
            {"name": "Rob Lane", "role": "Chair; Ann Lee, Clerk", "organisation": None},
        ],
    }
    lines.append(_line(3, "Rob Lane, Chair; Ann Lee, Clerk"))
    [first, second] = doubts(record, lines)
    assert (first.line, first.text) == (2, "Sir Ian Bell Dr Rob Lane")
    assert "The role of Sir Ian Bell ('Dr Rob Lane') holds another person's name" in first.message
    assert (second.line, second.text) == (3, "Rob Lane, Chair; Ann Lee, Clerk")


def test_a_person_named_on_purpose_in_a_role_is_no_doubt() -> None:
    lines = [_line(1, "Westshire Widgets Board"), _line(2, "Ian Bell, substitute for Cllr Lee")]
    record = {
        "board": "Westshire Widgets Board",
        "attendees": [{"name": "Ian Bell", "role": "substitute for Cllr Lee", "organisation": ""}],
    }
    assert doubts(record, lines) == []


def test_a_note_on_the_attendance_at_a_roles_end_is_doubted() -> None:
    text = (
        "Westshire Widgets Board\nMinutes of the meeting held on 3 March 2024\n\n"
        "Present:\nJane Smith, Chair\nPeter Jones, Head of Estates (Item 4)\n" + ITEMS
    )
    [(line, quoted, message)] = _warnings(text)
    assert (line, quoted) == (6, "Peter Jones, Head of Estates (Item 4)")
    assert message.startswith(
        "The role of Peter Jones ('Head of Estates (Item 4)') ends in '(Item 4)', a note on the "
        "attendance rather than the post"
    )
