"""The outside tester's twelfth findings F6, F7 and F11 (issue 15; tests/data/real-fresh-44):
unnumbered items written "Label: text" whose first item stands over a long paragraph, a closing
table of actions headed "Minute | Action | By", and attendance given only in the first item's
prose ("Mrs K Creese took the chair. Apologies received from ..."). Made-up minutes, not copied
from the tester's files."""

from meetings.minutes import parse_minutes

_LABELLED = """Upper Dale Walking Club

Minutes of Committee Meeting - 12 March 2019

Members Present: Ann Cole, Bob Dean, Cath Ellis, Dan Ford

Apologies for Absence: Eve Gray

Matters Arising: None

Secretary's Report: A letter came from the county footpaths officer about the closed stile on the \
river path; it was decided to write back offering help with the repair in April. A second letter \
asked for volunteers for the spring litter pick. Two members offered to go.

Treasurer: The balance stands at 1,240 pounds after the hut insurance was paid.

Hut Secretary: The boiler was serviced in February. Bookings for the summer are good.
"""


def test_label_and_text_items_are_each_an_item_though_the_first_stands_over_prose() -> None:
    # "Matters Arising: None" over a long paragraph was a heading over prose, and every other
    # "Label: text" item became a paragraph of it, silently (QA F6).
    result = parse_minutes(_LABELLED)
    sections = result.record["sections"]
    assert [s["title"] for s in sections] == [
        "Matters Arising",
        "Secretary's Report",
        "Treasurer",
        "Hut Secretary",
    ]
    assert sections[0]["paragraphs"][0]["text"] == "None"
    assert sections[1]["paragraphs"][0]["text"].startswith("A letter came from the county")
    names = [(a["name"], a["attendance"]) for a in result.record["attendees"]]
    assert ("Dan Ford", "present") in names and ("Eve Gray", "apologies") in names


_ACTIONS_TABLE = """Harbour View Residents Group

Minutes of Committee Meeting 4 June 2018

Present: Alan Birch, Carol Dunn, Erin Fisher, Gavin Hale

1. Apologies

Apologies were received from Iris Jones.

2. Garden

The garden party raised 310 pounds. A thank-you letter is to go to the school.

3. Parking

The council has not replied about the resident permits.

Actions

| Minute | Action | By |
| 2 | Write to the school to thank it for the loan of the tables | CD |
| 3 | Chase the council about resident permits | AB, GH |
"""


def test_a_closing_table_minute_action_by_gives_each_minute_its_actions() -> None:
    # 'By' alone heads the owners' column: each row an action of the minute it names, its
    # initials one attendee's, not one action of every row's cells run together (QA F7).
    result = parse_minutes(_ACTIONS_TABLE)
    sections = {s["ref"]: s for s in result.record["sections"]}
    garden = [a for p in sections["2"]["paragraphs"] for a in p.get("actions", [])]
    parking = [a for p in sections["3"]["paragraphs"] for a in p.get("actions", [])]
    assert [(a["text"], a["owner"]) for a in garden] == [
        ("Write to the school to thank it for the loan of the tables", "CD")
    ]
    assert garden[0]["owner_people"] == ["Carol Dunn"]
    assert [a["text"] for a in parking] == ["Chase the council about resident permits"]
    assert parking[0]["owner_people"] == ["Alan Birch", "Gavin Hale"]
    assert not any("not among the attendees" in p.message for p in result.problems)


_CHAIR_IN_PROSE = """Oakfield Tenants Limited

Minutes of the General Meeting held on Tuesday, 2nd May 2023

1. Chair

Mr D Brook took the chair. Apologies received from Mrs P Lowe. All other committee members were \
present, with nine society members in attendance.

2. Minutes

The minutes of the previous meeting were confirmed and signed.
"""


def test_who_took_the_chair_and_apologies_received_in_the_first_items_prose_are_attendees() -> None:
    # No list of those present: the first item's sentences say who chaired and who sent
    # apologies ('received' without 'were'), and the record had no one (QA F11).
    result = parse_minutes(_CHAIR_IN_PROSE)
    people = [(a["name"], a["role"], a["attendance"]) for a in result.record["attendees"]]
    assert people == [("Mr D Brook", "Chair", "present"), ("Mrs P Lowe", "", "apologies")]


_HEADINGS_OVER_BULLETS = """Minutes of Committee meeting
Fellside Cave Rescue Organisation
Wednesday 4th March 2020, 8.00pm at the Fellside base

Present
* Tom Hardy (Chair), Ian Wood (TL) Kate Moss (Treasurer, DTL), Paul Lamb (Training, DTL),
Sam Ward (Equipment), Amy Hale, Ben Cole (Secretary),
Rob Lane (Radios, vehicles), Joe Kemp. Dan Rowe

Apologies
* Liz Park

Minutes of last meeting
* Agreed. Proposed: Joe. Seconded: Rob.

Matters arising
* Ben and Tom will meet on Monday to go through the insurance renewal.
ACTION: Ben, Tom and Liz.
* Rob to buy new batteries for the radios before the next exercise.
ACTION: Rob and Sam.

Team business
* Website. Look into putting the call-out log on the team's website. ACTION: Ben
* First aid kits. All kits were checked in February.
"""


def test_headings_over_bullets_are_items_and_action_lines_name_owners() -> None:
    # Headings with no colon and no number, each over '* ' bullets: items, not lines among the
    # attendees; 'ACTION: names' under a bullet names who does it; the next bullet is not the
    # action's text (QA F5).
    result = parse_minutes(_HEADINGS_OVER_BULLETS)
    sections = result.record["sections"]
    assert [s["title"] for s in sections] == [
        "Minutes of last meeting",
        "Matters arising",
        "Team business",
    ]
    arising = sections[1]["paragraphs"]
    assert [p["text"] for p in arising] == [
        "Ben and Tom will meet on Monday to go through the insurance renewal.",
        "Rob to buy new batteries for the radios before the next exercise.",
    ]
    owners = [(a["text"][:20], a["owner"]) for p in arising for a in p.get("actions", [])]
    assert owners == [
        ("Ben and Tom will mee", "Ben, Tom and Liz"),
        ("Rob to buy new batte", "Rob and Sam"),
    ]
    business = sections[2]["paragraphs"]
    assert [p["text"][:14] for p in business] == ["Website. Look ", "First aid kits"]
    assert [a["owner"] for a in business[0]["actions"]] == ["Ben"]
    assert not business[1].get("actions")


_BRACKETED_LIST = """Fellside Cave Rescue Organisation
Minutes of the committee meeting held on 4 March 2020

Present: Tom Hardy (Chair), Ian Wood (TL) Kate Moss (Treasurer, DTL), Paul Lamb (Training, DTL),
Sam Ward (Equipment), Amy Hale, Ben Cole (Secretary),
Rob Lane (Radios, vehicles), Joe Kemp. Dan Rowe
Apologies: Liz Park

1. Minutes of last meeting
The minutes were agreed.
"""


def test_a_list_of_people_with_posts_in_brackets_and_separators_left_out_is_read() -> None:
    # "Ian Wood (TL) Kate Moss (Treasurer, DTL)", "Joe Kemp. Dan Rowe": a comma inside a bracket,
    # none after one, a full stop for a comma; each person with their post (QA F5).
    result = parse_minutes(_BRACKETED_LIST)
    people = {a["name"]: (a["role"], a["attendance"]) for a in result.record["attendees"]}
    assert people["Tom Hardy"] == ("Chair", "present")
    assert people["Ian Wood"] == ("TL", "present")
    assert people["Kate Moss"][0] in ("Treasurer, DTL", "Treasurer")
    assert people["Rob Lane"][0] in ("Radios, vehicles", "Radios")
    assert people["Joe Kemp"] == ("", "present") and people["Dan Rowe"] == ("", "present")
    assert people["Liz Park"] == ("", "apologies")
