"""Rules for the misses the real-minutes sets' READMEs listed as still missed (issue 15), each a
rule UK minutes follow, tested on text written like the real lines, never one file's."""

from typing import Any

from meetings.minutes import parse_minutes

_HEAD = "Audit Committee\n\nMinute of the meeting held on 4 February 2015\n\n"
_ITEM = "\n\n1. Apologies\n\nNone.\n"


def _people(text: str) -> list[tuple[str, str, str | None]]:
    record = parse_minutes(_HEAD + text + _ITEM).record
    return [(a["name"], a["role"], a["organisation"]) for a in record["attendees"]]


def _record(text: str) -> dict[str, Any]:
    return parse_minutes(text).record


# --- A firm named after people, after two people listed together -------------------------------


def test_a_name_in_brackets_after_two_people_together_is_their_firm() -> None:
    # NHS Health Scotland's auditors: "Ms O Notman (Scott Moncrieff)", "Ms K Jones (...)".
    people = _people(
        "In attendance:\nMs C Denholm\nMs O Notman (Scott Moncrieff)\nMs K Jones (Scott Moncrieff)"
    )
    assert people == [
        ("Ms C Denholm", "", None),
        ("Ms O Notman", "", "Scott Moncrieff"),
        ("Ms K Jones", "", "Scott Moncrieff"),
    ]


def test_a_post_or_a_word_shared_by_two_people_stays_their_role() -> None:
    people = _people(
        "In attendance:\nMs K Cleaver (Applicant)\nMs K Keith (Applicant)\n"
        "Ms V Rae, Chief Officer\nMr J Cooke, Chief Officer"
    )
    assert [(role, body) for _, role, body in people] == [
        ("Applicant", None),
        ("Applicant", None),
        ("Chief Officer", None),
        ("Chief Officer", None),
    ]


def test_a_name_in_brackets_after_one_person_alone_is_left_as_read() -> None:
    assert _people("In attendance:\nMs O Notman (Scott Moncrieff)\nMs C Denholm") == [
        ("Ms O Notman", "Scott Moncrieff", None),
        ("Ms C Denholm", "", None),
    ]
