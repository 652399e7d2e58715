"""Rules for the misses the real-minutes sets' READMEs listed as still missed (issue 15), each a
rule UK minutes follow, tested on text written like the real lines, never one file's."""

from typing import Any

from meetings.minutes import parse_minutes, render_minutes

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


# --- A paragraph with both "(Action: JB)" and an "Action:" line ----------------------------------

_ACTIONS = """Audit Committee

Minutes of the meeting held on 4 February 2015

Present:
Jane Brown (JB), Chair
Tom Lee (TL), Treasurer

1. Risk register

1.1 The committee reviewed the register and asked for the new risks to be added (Action: JB).

Action: TL to circulate the revised register by 30 April 2015.
"""


def test_both_actions_of_a_paragraph_are_kept_each_owned_by_the_attendee_its_initials_name() -> (
    None
):
    [paragraph] = _record(_ACTIONS)["sections"][0]["paragraphs"]
    assert (
        paragraph["text"]
        == "The committee reviewed the register and asked for the new risks to be added."
    )
    assert [
        (a["number"], a["text"][:12], a["owner"], a["owner_people"]) for a in paragraph["actions"]
    ] == [
        (1, "The committe", None, ["Jane Brown"]),
        (2, "TL to circul", None, ["Tom Lee"]),
    ]
    assert paragraph["actions"][1]["due"] == "2015-04-30"


def test_the_actions_read_back_the_same_from_the_text_the_record_writes() -> None:
    record = _record(_ACTIONS)
    again = _record(render_minutes(record))
    assert again["sections"] == record["sections"]


def test_initials_first_that_are_no_attendees_stay_the_owner_as_written() -> None:
    text = _ACTIONS.replace("Action: TL to", "Action: MPS to")
    [paragraph] = _record(text)["sections"][0]["paragraphs"]
    assert (paragraph["actions"][1]["owner"], paragraph["actions"][1]["owner_people"]) == (
        "MPS",
        [],
    )


# --- Apologies "listed above" whose label was lost ------------------------------------------------

_LOST_LABEL = """University Council

MINUTES OF THE MEETING OF UNIVERSITY COUNCIL HELD ON MONDAY 9 JULY 2018

Present

Professor Ann Palmer (Chair), Professor Colin Riordan, Dr Carol Bell, Mr Alastair Gibbons


Mr Raj Aggarwal, Professor Rudolf Allemann, Mr Paul Baston
In Attendance

Mr Tom Hay, Ms Claire McDougall (minutes)

1507 APOLOGIES

The above listed apologies were noted.

1508 DECLARATION OF INTERESTS

The Chair asked members to declare any interests.
"""


def _kinds(text: str) -> dict[str, str]:
    return {a["name"]: a["attendance"] for a in _record(text)["attendees"]}


def test_the_last_list_read_as_present_is_the_apologies_the_item_says_are_listed_above() -> None:
    result = parse_minutes(_LOST_LABEL)
    kinds = {a["name"]: a["attendance"] for a in result.record["attendees"]}
    assert [n for n, k in kinds.items() if k == "apologies"] == [
        "Mr Raj Aggarwal",
        "Professor Rudolf Allemann",
        "Mr Paul Baston",
    ]
    assert kinds["Dr Carol Bell"] == "present"
    assert kinds["Mr Tom Hay"] == "in_attendance"
    assert any("taken as apologies" in p.message for p in result.problems)


def test_without_the_items_words_or_with_apologies_labelled_nothing_moves() -> None:
    unsaid = _LOST_LABEL.replace("The above listed", "The")
    assert "apologies" not in _kinds(unsaid).values()
    labelled = _LOST_LABEL.replace("\n\nMr Raj", "\nApologies: Mr Raj")
    assert _kinds(labelled)["Professor Rudolf Allemann"] == "apologies"
    assert _kinds(labelled)["Dr Carol Bell"] == "present"


# --- Short capitals after someone listed with a body ------------------------------------------


def test_short_capitals_after_someone_with_a_body_are_a_body() -> None:
    # SACRE: "Karen Butler (Church of England), Louise Ceska (BASH), ... Fiona Smith (NUT)".
    people = _people(
        "Present: Councillor Richard Kellaway (acting chairman), Karen Butler (Church of England), "
        "Louise Ceska (BASH), Nick Lowe (Baptist Church), Fiona Smith (NUT)"
    )
    assert [(n, r, b) for n, r, b in people if n in ("Louise Ceska", "Fiona Smith")] == [
        ("Louise Ceska", "", "BASH"),
        ("Fiona Smith", "", "NUT"),
    ]


def test_short_capitals_after_a_post_initials_or_under_a_heading_are_left_as_read() -> None:
    people = _people(
        "Present: Professor Ann Palmer (Chair), Professor Colin Riordan (VC), Jane Brown (JB)"
    )
    assert [(r, b) for _, r, b in people] == [("Chair", None), ("VC", None), ("", None)]
    under_heading = _people("MOPAC\nDiana Luchford, Chief Executive\nSophie Linden (DMPC)")
    assert under_heading[1][2] == "MOPAC"


# --- An earlier meeting's items named in a list --------------------------------------------------

_ITEMS = """Schools Forum

Minutes of the meeting held on 18 January 2012

Present: Ann Lee (Chair), Tom Bell

3. Minutes of the last meeting and matters arising

The minutes were agreed. The progress made on the action points was reported as follows: -

Item 5 Schools Access Initiative: Further information has been requested for the
February meeting.

Item 7 Bradford Learning Network: The Forum will decide on the allocation in February.

4. Budget

The Forum noted the budget.
"""


def test_items_named_in_a_list_the_paragraph_introduced_are_its_paragraphs() -> None:
    sections = _record(_ITEMS)["sections"]
    assert [(s["ref"], s["title"]) for s in sections] == [
        ("3", "Minutes of the last meeting and matters arising"),
        ("4", "Budget"),
    ]
    assert [p["text"][:30] for p in sections[0]["paragraphs"]] == [
        "The minutes were agreed. The p",
        "Item 5 Schools Access Initiati",
        "Item 7 Bradford Learning Netwo",
    ]


def test_the_next_item_or_one_after_a_finished_sentence_is_a_section() -> None:
    after_sentence = _ITEMS.replace("reported as follows: -", "reported.")
    assert [s["ref"] for s in _record(after_sentence)["sections"]][:2] == ["3", "5"]
    next_item = _ITEMS.replace("Item 5 Schools", "Item 4 Schools")
    assert [s["ref"] for s in _record(next_item)["sections"]][:2] == ["3", "4"]


# --- Sub-headings numbered under the item's reference as written ----------------------------------

_SUBS = """General Committee

MINUTES OF THE GENERAL COMMITTEE MEETING HELD ON 27 OCTOBER 2015

Present: Ann Lee (Chair), Tom Bell

3.1  DECLARATIONS OF INTEREST

No declarations of interest made.

3.2  MINUTES OF PREVIOUS MEETINGS

3.2.1  Minutes of the quarterly meeting held on 28 July 2015

These minutes were approved as a correct account.

3.2.2  Minutes of the Technical meeting held on 5 October 2015

These minutes were approved as a correct account.

3.3  REPORTS

The reports were noted.
"""


def test_a_line_numbered_under_the_items_written_reference_is_a_paragraph_with_it() -> None:
    sections = _record(_SUBS)["sections"]
    assert [s["ref"] for s in sections] == ["3.1", "3.2", "3.3"]
    paragraphs = sections[1]["paragraphs"]
    assert [(p["ref"], p["text"][:30]) for p in paragraphs if p["ref"].count(".") == 2] == [
        ("3.2.1", "Minutes of the quarterly meeti"),
        ("3.2.2", "Minutes of the Technical meeti"),
    ]
    assert len(paragraphs) == 4


def test_another_items_number_stays_in_the_text() -> None:
    other = _SUBS.replace("3.2.2  Minutes", "4.7.2  Minutes")
    texts = [p["text"] for p in _record(other)["sections"][1]["paragraphs"]]
    assert any(t.startswith("4.7.2") for t in texts)
