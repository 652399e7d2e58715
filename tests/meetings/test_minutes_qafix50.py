"""Made-up minutes for the reader's rules from the outside tester's fourteenth files (issue 15,
tests/data/real-fresh-50, /work/notes/qa/REPORT.md)."""

from __future__ import annotations

from typing import Any

from meetings.minutes import parse_minutes

HEAD = (
    "Harbour Forum\nMinutes of the Steering Committee 29 April 2014\n\n"
    "Present: Ann Reed, Bob Hale\n\n"
)


def read(body: str) -> tuple[list[dict[str, Any]], list[str]]:
    result = parse_minutes(HEAD + body)
    return result.record["sections"], [p.message for p in result.problems]


def actions(sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [a for s in sections for p in s["paragraphs"] for a in p["actions"]]


def test_an_action_label_with_nothing_after_it_makes_no_empty_action() -> None:
    """The tester's UX finding 3 (the Chew Valley Flood Forum): 'Action:' alone on its line
    over '6) Rachel Wilson will e-mail ...' made 'Action 1:' with no text and no owner."""
    sections, messages = read(
        "1. Meeting with the Council\n\nThe Committee agreed the objectives for the meeting.\n\n"
        "Action:\n\n6) Ann Reed will e-mail the Council the proposals for agenda items.\n"
    )
    assert all(a["text"].strip() for a in actions(sections))
    assert any(m.startswith("An action label with nothing after it") for m in messages)


def test_an_action_label_over_its_text_on_the_next_line_is_still_the_action() -> None:
    sections, messages = read(
        "1. Meeting with the Council\n\nThe Committee agreed the objectives for the meeting.\n"
        "Action:\nAnn Reed to e-mail the Council the proposals.\n"
    )
    (action,) = actions(sections)
    assert action["text"].startswith("Ann Reed to e-mail the Council")
    assert not any(m.startswith("An action label with nothing after it") for m in messages)
