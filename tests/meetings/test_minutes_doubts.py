"""The reader says where it doubts what it read (meetings/minutes/doubts.py): a value no rule failed
on but shaped like a misreading is listed under "Lines to check" with its line and a reason, not
published unremarked. Made-up minutes, one shape each; and minutes read right raise no doubt."""

from typing import Any

from django.urls import reverse

from meetings.minutes.doubts import doubts
from meetings.minutes.lines import Line
from meetings.minutes.text import parse_minutes
from meetings.models import Board
from tests.conftest import client_for
from tests.htmlcheck import assert_valid_html

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


def test_a_name_and_a_post_run_into_a_role_are_doubted() -> None:
    # A PDF's two columns: one person's line runs into the next person's name and post.
    text = "Rob Lane, Director, Policy for GQ Ann Lee, General Counsel"
    lines = _board(text, "Bob Hart, Director, Public Health, Head of Service")
    record = {
        "board": "Westshire Widgets Board",
        "attendees": [
            {"name": "Rob Lane", "role": "Director, Policy for GQ Ann Lee, General Counsel"},
            {"name": "Bob Hart", "role": "Director, Public Health, Head of Service"},
        ],
    }
    [doubt] = doubts(record, lines)
    assert doubt.line == 2
    assert "('Director, Policy for GQ Ann Lee, General Counsel') holds another person's name" in (
        doubt.message
    )


def test_a_groups_heading_or_a_note_read_as_a_body_is_doubted() -> None:
    lines = _board("Cllr Ann Lee, Westshire", "Bob Hart, Westshire Police (on behalf of Cy Dunn)")
    record = {
        "board": "Westshire Widgets Board",
        "attendees": [
            {"name": "Cllr Ann Lee", "organisation": "Leaders of Westshire local authorities"},
            {"name": "Bob Hart", "organisation": "Westshire Police (on behalf of Cy Dunn)"},
        ],
    }
    [group, note] = doubts(record, lines)
    assert group.message == (
        "The organisation of Cllr Ann Lee ('Leaders of Westshire local authorities') reads as the "
        "heading of a group of people, not a body; check"
    )
    assert "ends in '(on behalf of Cy Dunn)', a note on the attendance rather than the body" in (
        note.message
    )


def test_a_person_named_as_substituting_in_a_role_is_no_doubt() -> None:
    lines = [
        _line(1, "Westshire Widgets Board"),
        _line(2, "Cllr Ann Lee, with Cllr Bob Hart substituting"),
    ]
    record = {
        "board": "Westshire Widgets Board",
        "attendees": [{"name": "Cllr Ann Lee", "role": "with Cllr Bob Hart substituting"}],
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


def _board(*rest: str) -> list[Line]:
    return [_line(1, "Westshire Widgets Board"), *(_line(k, t) for k, t in enumerate(rest, 2))]


def _said(problems: list) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in problems]


UNREAD = (
    "No one was read from this line as present, in attendance or giving apologies, though it "
    "names people; check the attendance"
)


def test_a_sentence_of_apologies_from_which_no_one_was_read_is_doubted() -> None:
    lines = _board(
        "Present: Jane Smith",
        "1. Apologies",
        "Apologies of absence were received from Ann Lee, Bob Hart and Cy Dunn.",
    )
    record = {"board": "Westshire Widgets Board", "attendees": [{"name": "Jane Smith"}]}
    assert _said(doubts(record, lines, first_item=3)) == [(4, UNREAD)]


def test_names_above_the_first_item_that_no_one_was_read_from_are_doubted() -> None:
    lines = _board(
        "Kydd Building, Bell Street",
        "Present: Jane Smith (Chair)",
        "Baroness Hale",
        "In attendance: Professor Ann Lee (Dean (Arts)); Mr Bob Hart (Secretary) [for Minute 3]",
        "Key to abbreviations: AB Academic Board",
        "1. Apologies",
        "In attendance: Dr Cy Dunn",  # a label in an item's text, where no one was read
    )
    record = {"board": "Westshire Widgets Board", "attendees": [{"name": "Jane Smith"}]}
    assert _said(doubts(record, lines, first_item=7)) == [(4, UNREAD), (5, UNREAD), (8, UNREAD)]


def test_a_place_or_a_label_above_the_first_item_is_no_person() -> None:
    lines = _board(
        "Venue: Civic Hall, Westshire", "MS Teams virtual meeting", "Senior Leadership Team"
    )
    record = {"board": "Westshire Widgets Board", "attendees": []}
    assert doubts(record, lines, first_item=5) == []


def test_an_item_titled_with_a_persons_name_is_doubted() -> None:
    lines = _board("Ms Ann Lee (Clerical Officer)", "1. Apologies")
    record = {
        "board": "Westshire Widgets Board",
        "attendees": [],
        "sections": [{"title": "Ms Ann Lee (Clerical Officer)"}, {"title": "Apologies"}],
    }
    [doubt] = doubts(record, lines, first_item=2, checked={2})
    assert (doubt.line, doubt.message) == (
        2,
        "The item titled 'Ms Ann Lee (Clerical Officer)' names a person: a line of the "
        "attendance may be read as an item; check",
    )


def test_an_items_usual_title_above_the_first_item_read_is_doubted() -> None:
    lines = _board("Apologies:", "Ann Lee", "Matters Arising", "Nothing arose.", "2. Finance")
    record = {"board": "Westshire Widgets Board", "attendees": [{"name": "Ann Lee"}]}
    [doubt] = doubts(record, lines, first_item=6)
    assert (doubt.line, doubt.message) == (
        4,
        "'Matters Arising' reads as an item's title, but it is above the first item read; check "
        "where the items start",
    )


def test_a_line_someone_was_read_from_raises_no_doubt_about_the_others() -> None:
    lines = _board("Present: Jane Smith, Ann Lee", "Apologies were received from Bob Hart.")
    record = {
        "board": "Westshire Widgets Board",
        "attendees": [{"name": "Jane Smith"}, {"name": "Bob Hart", "attendance": "apologies"}],
    }
    assert doubts(record, lines, first_item=4) == []


def test_a_role_starting_with_a_bracket_or_holding_a_mark_is_doubted() -> None:
    lines = _board(
        "Ann Lee - (AL) Chair, Rail Group", "Bob Hart, Head of Office [Redacted] Secretary"
    )
    record = {
        "board": "Westshire Widgets Board",
        "attendees": [
            {"name": "Ann Lee", "role": "(AL) Chair, Rail Group"},
            {"name": "Bob Hart", "role": "Head of Office [Redacted] Secretary"},
        ],
    }
    [first, second] = doubts(record, lines)
    assert (first.line, second.line) == (2, 3)
    assert first.message == (
        "The role of Ann Lee ('(AL) Chair, Rail Group') starts with '(AL)': initials, a note, a "
        "mark or another person may be read as the role; check"
    )
    assert "('Head of Office [Redacted] Secretary') holds '['" in second.message


def test_a_role_starting_with_initials_or_ending_on_the_next_persons_title_is_doubted() -> None:
    lines = _board("Mr J Hardy, OH, Vice Principal", "Cllr R Hann, Westshire Council Cty")
    record = {
        "board": "Westshire Widgets Board",
        "attendees": [
            {"name": "Mr J Hardy", "role": "OH, Vice Principal"},
            {"name": "Cllr R Hann", "role": "Westshire Council Cty"},
        ],
    }
    [first, second] = doubts(record, lines)
    assert "('OH, Vice Principal') starts with 'OH': initials" in first.message
    assert "('Westshire Council Cty') stops mid-phrase" in second.message


def test_a_titled_persons_attendance_on_a_line_of_its_own_no_one_was_read_from_is_doubted() -> None:
    lines = _board(
        "1. Roll call", "Senator Ann Lee - excused attendance", "Senator Bob Hart spoke."
    )
    record = {"board": "Westshire Widgets Board", "attendees": []}
    assert _said(doubts(record, lines, first_item=2)) == [(3, UNREAD)]


def test_an_item_with_a_meetings_number_at_a_roles_end_is_a_note_on_the_attendance() -> None:
    lines = _board("Phil Carr, Director of Policy (Item 50/22)")
    record = {
        "board": "Westshire Widgets Board",
        "attendees": [{"name": "Phil Carr", "role": "Director of Policy (Item 50/22)"}],
    }
    [doubt] = doubts(record, lines)
    assert "ends in '(Item 50/22)', a note on the attendance" in doubt.message


DAWSON = "Dr Paul Dawson, Head of Evidence and Insight"


def test_the_import_page_lists_each_doubt_with_its_reason_and_its_line(
    board: Board, secretariat: Any, new_text: str
) -> None:
    extra = [
        "Mary Webb, Head of Private Office [Redacted] Private Secretary",
        # A sentence the reader reads no one from ('Apologies of absence were received from'
        # is read since misses3): the doubt on it is what is shown.
        "Apologies had reached the clerk from Ann Lee, Bob Hart and Cy Dunn.",
    ]
    text = new_text.replace(
        f"{DAWSON}\n", f"{DAWSON}\n{extra[0]}\n\n#### 0. Apologies\n\n{extra[1]}\n"
    )
    line = text.splitlines().index(extra[0]) + 1
    html = (
        client_for(secretariat)
        .post(
            reverse("meetings:import_minutes", args=[board.slug]),
            {"action": "preview", "text": text},
        )
        .content.decode()
    )
    role = (
        f"<strong>Warning, line {line}:</strong> The role of Mary Webb (&#x27;Head of Private "
        "Office [Redacted] Private Secretary&#x27;) holds &#x27;[&#x27;: initials, a note, a mark "
        "or another person may be read as the role; check.</p>\n"
        f'    <p class="mb-0"><samp>{extra[0]}</samp></p>'
    )
    unread = (
        f"<strong>Warning, line {line + 4}:</strong> No one was read from this line as present, "
        "in attendance or giving apologies, though it names people; check the attendance.</p>\n"
        f'    <p class="mb-0"><samp>{extra[1]}</samp></p>'
    )
    assert role in html
    assert unread in html
    assert_valid_html(html.encode())
