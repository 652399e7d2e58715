"""Issue 15, "never silent": rules that read right what was read wrong without a line to check
naming it, and the doubts that name what the reader cannot know. Made-up minutes."""

from typing import Any

from meetings.minutes.text import parse_minutes

_HEAD = (
    "Westshire Widgets Board\nMinutes of the meeting held on 3 March 2024\n\n"
    "Present:\nJane Smith, Chair\nPeter Jones, Treasurer\n"
)


def _sections(record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    return [(s["title"], [p["text"] for p in s["paragraphs"]]) for s in record["sections"]]


def test_a_title_over_a_lead_in_ending_colon_dash_is_a_heading_its_bullets_paragraphs() -> None:
    text = _HEAD + (
        "\nOpening Remarks\n"
        "The Chair welcomed everyone to the meeting and thanked the hosts for the room.\n"
        "\nPriorities\n"
        "There was a long discussion of the year's priorities. These included the following:-\n"
        "- the need for more volunteers at the weekend\n"
        "- the cost of repairs to the old depot\n"
        "\nFinance\n"
        "The Treasurer reported that the accounts had been closed for the year.\n"
    )
    sections = _sections(parse_minutes(text).record)

    assert sections[-2:] == [
        (
            "Priorities",
            [
                "There was a long discussion of the year's priorities. These included the "
                "following:-",
                "the need for more volunteers at the weekend",
                "the cost of repairs to the old depot",
            ],
        ),
        ("Finance", ["The Treasurer reported that the accounts had been closed for the year."]),
    ]


def test_a_lower_case_line_that_is_no_bullet_still_goes_on_the_sentence_above() -> None:
    text = _HEAD + (
        "\n1. Finance\nThe Treasurer reported that the accounts for the year had been\n"
        "closed and sent to the auditors.\n"
    )
    sections = _sections(parse_minutes(text).record)

    assert sections[0][1] == [
        "The Treasurer reported that the accounts for the year had been closed and sent to the "
        "auditors."
    ]
