"""The outside tester's tenth round of findings on real minutes of UK public bodies (issue 15,
their REPORT's F1, F4, F5, F8, F9 and F10: items, decisions and actions), read right by general
rules. Made-up minutes, not copied from the tester's files."""

from typing import Any

from meetings.minutes.text import parse_minutes

_HEAD = (
    "Harbour Users Committee\n\nMinutes of the meeting held on 3 March 2022\n\n"
    "Present: Ann Hale (Chair), Ben Dale\n\n"
)


def _paragraphs(text: str) -> list[dict[str, Any]]:
    record = parse_minutes(_HEAD + text).record
    return [p for s in record["sections"] for p in s["paragraphs"]]


def test_an_action_wrapped_onto_a_line_of_its_own_is_read_whole() -> None:
    # F4: the action's last word on the next line (a PDF's page break between): one sentence.
    paragraphs = _paragraphs(
        "1. Moorings\n\n1.1 The committee asked for the waiting list. Action: BD to circulate "
        "the waiting list before the April\n\nmeeting.\n\n2. Close\n\n2.1 None.\n"
    )

    assert [a["text"] for a in paragraphs[0]["actions"]] == [
        "BD to circulate the waiting list before the April meeting."
    ]
    assert paragraphs[0]["text"] == "The committee asked for the waiting list."


def test_a_closing_action_log_links_its_rows_to_the_minutes_actions() -> None:
    # F5: each action in the text and again in the log at the end, placed by its item: one
    # action, with the log's due date, and the log's heading no empty last item.
    record = parse_minutes(
        _HEAD + "## 1. Moorings\n\n1.1 The committee asked for the list. Action: BD to circulate "
        "the waiting list.\n\n## 2. Close\n\n2.1 None.\n\n## Action Log\n\n"
        "| Ref | Item | Action | Lead | Due |\n| ---- | ---- | ---- | ---- | ---- |\n"
        "| HU/22/01 | 1 | Circulate the waiting list | BD | 10/04/22 |\n"
    ).record

    actions = [a for s in record["sections"] for p in s["paragraphs"] for a in p["actions"]]
    assert [(a["text"], a["due"]) for a in actions] == [
        ("BD to circulate the waiting list.", "2022-04-10")
    ]
    assert [s["title"] for s in record["sections"]] == ["Moorings", "Close"]


def test_a_hard_wrapped_paragraphs_first_line_is_no_heading() -> None:
    # F8: pasted text wrapped at its width, headings without numbers: the first line of a
    # paragraph, its sentence going on in lower case below, is the paragraph's.
    record = parse_minutes(
        "Harbour Users Committee\n\nMinutes of the meeting held on 3 March 2022\n\n"
        "Moorings Report\n\nThe harbour master reported on the moorings let this season.\n\n"
        "After the survey it was found that three visitor moorings\n"
        "were in need of repair before the summer. It was agreed to repair them.\n\n"
        "Date of Next Meeting\n\nThe next meeting will be held on 5 May 2022.\n"
    ).record

    assert [s["title"] for s in record["sections"]] == ["Moorings Report", "Date of Next Meeting"]
    assert record["sections"][0]["paragraphs"][1]["text"].startswith("After the survey it was")
