"""Stray lines in pasted minutes (issue 15's bar): every line is either placed right or shown
to the clerk under "Lines to check" — page furniture left out is listed as left out, with one
message; a line that is not a sentence's next line (decoration, a table's cells) is never glued
to the paragraph or action above."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.urls import reverse
from lxml import html as lxml_html

from meetings.minutes.lines import Problem
from meetings.minutes.text import parse_minutes
from meetings.services.editing import meeting_new
from tests.conftest import client_for

HEAD = (
    "Board of Trust\nMinutes\nDate: 5 September 2024\n\n"
    "1. Minutes\n1.1 The minutes were agreed.\n\n"
)

FIRST_PASTE = HEAD + (
    "2. Performance\n"
    "2.1 The MPS presented the report.\n"
    "Action 1: MPS to provide the figures by 30 September 2024.\n"
    "~~~ page 3 of 7 ~~~\n"
    "2.2 MOPAC noted progress.\n"
    "|| stray table cell || 42 ||\n"
    "\n"
    "Signed ...... Chair\n"
)

SECOND_PASTE = HEAD + (
    "2. Performance\n"
    "2.1 The MPS presented the report.\n"
    "Page 3 of 7\n"
    "OFFICIAL - SENSITIVE\n"
    "2.2 MOPAC noted progress.\n"
    "Date ......\n"
    "Signed ...... Chair\n"
)


def _paragraphs(text: str) -> dict[str, dict[str, Any]]:
    section = parse_minutes(text).record["sections"][1]
    return {p["ref"]: p for p in section["paragraphs"]}


def _listed(text: str) -> list[tuple[str, str, str]]:
    return [(p.text, p.label, p.message) for p in parse_minutes(text).problems]


def test_it_leaves_a_decorated_page_marker_out_of_the_action_above() -> None:
    action = _paragraphs(FIRST_PASTE)["2.1"]["actions"][0]
    assert action["text"] == "MPS to provide the figures by 30 September 2024."


def test_it_does_not_glue_a_table_row_to_the_paragraph_above() -> None:
    text = _paragraphs(FIRST_PASTE)["2.2"]["text"]
    assert text.split("\n\n") == ["MOPAC noted progress.", "stray table cell, 42"]


def test_it_lists_every_stray_line_of_the_first_paste() -> None:
    furniture = "Left out of the record as a page number, protective marking or rule"
    assert _listed(FIRST_PASTE) == [
        ("~~~ page 3 of 7 ~~~", "Left out", furniture),
        (
            "stray table cell, 42",
            "Warning",
            "Kept as a line of its own, not joined to the text above; check it",
        ),
        ("Signed ...... Chair", "Left out", "Left out of the record as page furniture"),
    ]


def test_it_lists_page_numbers_markings_and_signature_lines_of_the_second_paste() -> None:
    assert [(text, label) for text, label, _ in _listed(SECOND_PASTE)] == [
        ("Page 3 of 7", "Left out"),
        ("OFFICIAL - SENSITIVE", "Left out"),
        ("Date ......", "Left out"),
        ("Signed ...... Chair", "Left out"),
    ]
    assert _paragraphs(SECOND_PASTE)["2.2"]["text"] == "MOPAC noted progress."


def test_it_keeps_a_decorated_line_that_is_not_furniture_as_its_own_line() -> None:
    text = HEAD + "2. Other\n2.1 The Board met.\n~~~ end of open session ~~~\n"
    assert _paragraphs(text)["2.1"]["text"] == "The Board met.\n\n~~~ end of open session ~~~"
    assert [p.label for p in parse_minutes(text).problems] == ["Warning"]


def test_it_flags_a_new_sentence_joined_to_an_action() -> None:
    text = HEAD + (
        "2. Other\n2.1 The Board met.\nAction 1: MPS to report back.\nThe Chair closed the item.\n"
    )
    assert [(p.text, p.message) for p in parse_minutes(text).problems] == [
        (
            "The Chair closed the item.",
            "Joined to the action above; check it does not start a paragraph",
        )
    ]


def test_it_still_joins_a_sentence_resumed_after_a_page_number() -> None:
    text = HEAD + "2. Other\n2.1 The Board noted the\nPage 2 of 7\nreport.\n"
    assert _paragraphs(text)["2.1"]["text"] == "The Board noted the report."
    assert [p.label for p in parse_minutes(text).problems] == ["Left out"]


def test_a_problem_says_whether_its_line_is_in_the_draft() -> None:
    assert Problem(1, "x", "m", "error").label == "Not placed"
    assert Problem(1, "x", "m", "warning").label == "Warning"
    assert Problem(1, "x", "m", "warning", left_out=True).label == "Left out"


# --- The import page --------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_preview_lists_the_stray_lines(board: Any, secretariat: Any) -> None:
    draft = meeting_new(
        board=board, date=datetime.date(2024, 9, 5), by=secretariat, copy_previous=False
    )
    url = reverse("meetings:import_into", args=[board.slug, draft.date.isoformat()])
    html = client_for(secretariat).post(url, {"action": "preview", "text": FIRST_PASTE})
    page = lxml_html.fromstring(html.content.decode())
    listed = [" ".join(li.text_content().split()) for li in page.xpath("//*[@id='problems']//li")]
    # Each with its link to the line in the text box (QA F7).
    assert listed == [
        "Left out, line 11: Left out of the record as a page number, protective marking or "
        "rule. ~~~ page 3 of 7 ~~~ Go to line 11 in the minutes text",
        "Warning, line 13: Kept as a line of its own, not joined to the text above; check it. "
        "stray table cell, 42 Go to line 13 in the minutes text",
        "Left out, line 15: Left out of the record as page furniture. Signed ...... Chair "
        "Go to line 15 in the minutes text",
    ]
    intro = " ".join(page.xpath("//*[@id='problems']/p")[0].text_content().split())
    assert intro == (
        "2 lines were left out of the draft as page furniture or notes: check none of them is "
        "part of the minutes. 1 warning: the line is in the draft, but check it."
    )
    preview = [p.text_content().strip() for p in page.xpath("//*[@id='preview']//p")]
    assert "MOPAC noted progress." in preview
    assert "stray table cell, 42" in preview  # a line of its own, not glued to 2.2
    assert not any("~~~" in p for p in preview)
