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


ALLOTMENTS = (
    "Riverside Allotments Association Committee Meeting 25/4/23\n"
    "1) Apologies for absence Robin, Les\n"
    "2) Present - Mark (Chair), Dorothy, Tony\n"
    "3) Minutes of last meeting \u2013 accepted as correct\n"
    "4) Matters arising \u2013 it was suggested that thefts should be reported\n"
    "5) Secretary\u2019s report \u2013 The discount card has been renewed.\n"
    "6) Lettings Officer\u2019s report \u2013 all plots are now let.\n"
)


def test_items_a_line_each_take_their_title_before_a_dash_whatever_the_case_after_it() -> None:
    """The tester's F8 (an allotments committee): '4) Matters arising \u2013 it was suggested ...'
    under item 3's own line was read as a paragraph '4)' of item 3, and '3) Minutes of last
    meeting \u2013 accepted as correct' as one long title; only a capital after the dash split."""
    sections = parse_minutes(ALLOTMENTS).record["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("1", "Apologies for absence Robin, Les"),
        ("2", "Present"),
        ("3", "Minutes of last meeting"),
        ("4", "Matters arising"),
        ("5", "Secretary\u2019s report"),
        ("6", "Lettings Officer\u2019s report"),
    ]
    texts = {s["ref"]: [p["text"] for p in s["paragraphs"]] for s in sections}
    assert texts["3"] == ["accepted as correct"]
    assert texts["4"] == ["it was suggested that thefts should be reported"]
    assert texts["6"] == ["all plots are now let."]


def test_a_list_inside_an_item_is_not_split_into_items() -> None:
    """'2. Cllr Richard Wilkins \u2013 nominated by ...' under '1. Cllr Sean Dromgoole \u2013
    ...', a list of nominations inside item 1, stays that item's."""
    sections = parse_minutes(
        "Community Network\nMinutes of the meeting held on 19 June 2023\n\n"
        "Present: Cllr Mike Stanton, Cllr Adam Dance\n\n"
        "1. To appoint the Chair\n\nTwo nominations were received:\n"
        "1. Cllr Sean Dromgoole - nominated by Cllr Mike Stanton\n"
        "2. Cllr Richard Wilkins \u2013 nominated by Cllr Adam Dance\n\n"
        "2. Apologies for Absence\n\nThere were none.\n"
    ).record["sections"]
    assert [s["title"] for s in sections] == ["To appoint the Chair", "Apologies for Absence"]


def test_a_double_barrelled_name_s_initials_are_its_own_not_a_body() -> None:
    """The tester's F6 (the Queen Camel Flood Committee): 'Rosemary Heath-Coleman (RHC)' had
    'RHC' read as her organisation, shown as a group heading over her name; each part of
    'Heath-Coleman' gives its initial."""
    record = parse_minutes(
        "Flood Committee\nMinutes of the meeting held on 19 January 2017\n\nPresent:\n\n"
        "Daniel Casley (DC)\n\nRosemary Heath-Coleman (RHC)\n\nGary Linscott (GL)\n\n"
        "1. Welcome\n\nGL welcomed everyone.\n"
    ).record
    (rosemary,) = [a for a in record["attendees"] if a["name"] == "Rosemary Heath-Coleman"]
    assert rosemary["organisation"] is None
    assert rosemary.get("initials") == "RHC"
