"""Lines to check that name nothing wrong, and apologies read from the minutes' prose: an action
owned by a post, a body or a group is no missing attendee; paragraphs 1.1, 1.2 under the heading
written "1.0" are in their section wherever the heading stands; "Apologies were received from A
and B (DWP)" is two people's apologies, B's body in the bracket. Made-up minutes."""

import io
from typing import Any

import docx

from meetings.minutes.files import read_file
from meetings.minutes.text import parse_minutes

_HEAD = (
    "Westshire Widgets Board\nMinutes of the meeting held on 3 March 2024\n\n"
    "Present:\nJane Smith, Chair\nPeter Jones, Treasurer\n"
)


def _messages(text: str) -> list[str]:
    return [p.message for p in parse_minutes(text).problems]


def _owners(record: dict[str, Any]) -> list[str | None]:
    return [a["owner"] for s in record["sections"] for p in s["paragraphs"] for a in p["actions"]]


def test_an_action_owned_by_a_post_a_body_or_a_group_is_no_missing_attendee() -> None:
    text = _HEAD + (
        "\n1. Grounds\n1.1 The hedge needs cutting (Action: Clerk).\n"
        "1.2 The roof leaks (Action: Director of Public Health).\n"
        "\n2. Finance\nThe costs were discussed.\n"
        "Action: Board to communicate their bank details to the Treasurer.\n"
        "\n3. Audit\nThe audit was noted.\nAction: Finance Committee to review the budget.\n"
    )
    result = parse_minutes(text)

    assert _owners(result.record) == [
        "Clerk",
        "Director of Public Health",
        "Board",
        "Finance Committee",
    ]
    assert not [p.message for p in result.problems if "not among the attendees" in p.message]


def test_an_action_owned_by_a_person_not_among_the_attendees_is_still_doubted() -> None:
    text = _HEAD + "\n1. Grounds\n1.1 The hedge needs cutting (Action: Owen Price).\n"

    assert _messages(text) == ["Action owner 'Owen Price' is not among the attendees"]


def test_paragraphs_under_a_heading_written_one_point_nought_are_in_its_section() -> None:
    # A Word table of items under the meeting's time and place, which the reader takes for a
    # section of its own: "1.0" is then its second section and "2.0" its third, yet 1.1 and
    # 2.1, 2.2 are theirs as written; 4.1 under "2.0" is still doubted.
    document = docx.Document()
    for text in ("WESTSHIRE FLOOD FORUM", "12TH JUNE 2024", "18.00 GUILDHALL, WESTON", "MINUTES"):
        document.add_paragraph(text)
    rows = [
        ("ITEM", "DESCRIPTION"),
        ("1.0", "Welcome"),
        ("1.1", "JS welcomed everyone."),
        ("2.0", "Notes"),
        ("2.1", "Agreed as a true record."),
        ("2.2", "No matters arose."),
        ("4.1", "Also noted."),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (ref, text) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = ref, text
        row.cells[1].paragraphs[0].runs[0].bold = ref.endswith(".0")
    out = io.BytesIO()
    document.save(out)
    result = read_file("forum.docx", out.getvalue())

    read = [(s["ref"], [p["ref"] for p in s["paragraphs"]]) for s in result.record["sections"]]
    assert [(ref, refs) for ref, refs in read if ref.endswith(".0")] == [
        ("1.0", ["1.1"]),
        ("2.0", ["2.1", "2.2", "4.1"]),
    ]
    assert [p.message for p in result.problems if p.message.startswith("Paragraph")] == [
        "Paragraph 4.1 is in section 2; numbers are kept as written"
    ]


def test_apologies_from_two_people_in_prose_the_second_with_a_body_in_brackets() -> None:
    text = _HEAD + "\n1. Apologies\nApologies were received from Anna Bell and Tom Reed (DWP).\n"
    result = parse_minutes(text)

    assert [
        (a["name"], a["role"], a["organisation"], a["attendance"])
        for a in result.record["attendees"]
        if a["attendance"] == "apologies"
    ] == [("Anna Bell", "", None, "apologies"), ("Tom Reed", "", "DWP", "apologies")]
    assert not any(p.message.startswith("No one was read") for p in result.problems)


def test_apologies_from_a_person_with_their_initials_in_brackets_keep_them_as_initials() -> None:
    text = _HEAD + "\n1. Apologies\nApologies were received from Anna Bell and Tom Reed (TR).\n"
    people = parse_minutes(text).record["attendees"]

    assert [(a["name"], a["organisation"]) for a in people if a["attendance"] == "apologies"] == [
        ("Anna Bell", None),
        ("Tom Reed", None),
    ]


def test_a_moderngov_items_agenda_text_is_listed_as_left_out_not_as_a_doubt() -> None:
    text = (
        "Westshire Panel - Tuesday, 15 September 2020 10.30 am\n\nItems\nNo. Item\n\n"
        "39/20\n\nMINUTES OF THE PREVIOUS MEETING\n\n"
        "To approve the minutes of the meeting held on 30 June 2020.\n\n"
        "Minutes:\n\nThe minutes of the meeting held on 30 June 2020 were agreed.\n"
    )
    result = parse_minutes(text)
    [agenda] = [p for p in result.problems if p.message.startswith("Agenda text")]

    assert agenda.text == "To approve the minutes of the meeting held on 30 June 2020."
    assert (agenda.left_out, agenda.label) == (True, "Left out")
    assert [p["text"] for s in result.record["sections"] for p in s["paragraphs"]] == [
        "The minutes of the meeting held on 30 June 2020 were agreed."
    ]


def test_a_line_starting_with_a_figure_after_an_actions_last_sentence_is_doubted() -> None:
    text = _HEAD + (
        "\n1. Minutes\nThe minutes of 5 January were agreed.\n"
        "ACTION: Clerk to send Members the figures.\n16 March 2024\n"
        "The minutes of 16 March were agreed.\n"
    )
    problems = [(p.text, p.message) for p in parse_minutes(text).problems]

    assert (
        "16 March 2024",
        "Joined to the action above; check it does not start a paragraph",
    ) in problems


def test_a_usual_title_run_into_the_items_text_is_read_without_a_doubt() -> None:
    text = (
        "Westshire Parish Council\nMinutes of the meeting held on 3 March 2024\n\n"
        "Present: Cllr A Brown (Chair), Cllr C Dean\n\n"
        "2715 Apologies for Absence On a PROPOSAL by Cllr Brown it was AGREED to accept them.\n"
        "2716 Winter works The Clerk reported on the hedges.\n"
    )
    result = parse_minutes(text)

    assert [s["title"] for s in result.record["sections"]] == [
        "Apologies for Absence",
        "Winter works",
    ]
    assert [p.message for p in result.problems if p.message.startswith("Title")] == [
        "Title 'Winter works' read from the start of the item's text; check"
    ]
