"""The forty-sixth set's rules (issue 15; tests/data/real-fresh-46): minutes numbered through the
year with the year's last figures after a stop ("43.15 Apologies") or after a slash with the word
"Item" before them ("Item 25/16: Matters Arising"), and a list of abbreviations under the
attendance left out; headings in capitals run into their text by a gap ("MATTERS ARISING  SMc
reported ..."); couples under one surname in a list ("B& J Townsend", "K&RevP Taylor"); a
board's members listed after "Directors:" on the label's line, "Visiting Members:" no body called
"Visiting", and a team closing a list of apologies ("..., Ben McGowan and the Moat Team") no
one's post. Made-up minutes, not copied from the set's files."""

from meetings.minutes import parse_minutes


def _sections(text: str) -> dict[str, dict]:
    return {s["ref"]: s for s in parse_minutes(text).record["sections"]}


YEAR_NUMBERED = """Minutes of the meeting of the Church Hall Charity Trustees held on 14th March
2019
Present: Ann Cole (Chair), Ben Dale, Cath Eyre

12.19 Apologies and reasons for absence
Trustee Fry sent her apologies.
13.19 To confirm and accept minutes of 12th February 2019
Minutes were approved and signed.
14.19 Matters arising from minutes (information only)
15.19 Update on the roof repairs
The contractor will start in April.
16.19 Date of next meeting
11th April 2019
"""


def test_minutes_numbered_through_the_year_after_a_stop_are_items() -> None:
    sections = _sections(YEAR_NUMBERED)
    assert list(sections) == ["12.19", "13.19", "14.19", "15.19", "16.19"]
    assert sections["15.19"]["title"] == "Update on the roof repairs"
    assert sections["15.19"]["paragraphs"][0]["text"].startswith("The contractor will start")
    assert sections["14.19"]["paragraphs"] == []


def test_paragraphs_numbered_under_their_items_stay_paragraphs() -> None:
    # "1.10", "2.10" share two figures after the stop, but an item "1." stands over them.
    text = YEAR_NUMBERED.replace("12.19 Apologies", "1. Apologies\n1.19 Apologies", 1)
    sections = _sections(text)
    assert "1.19" not in sections
    # Two headings alone with the same year are too few to say the minutes run through it.
    two = """Minutes of the Hall Committee held on 14th March 2019
Present: Ann Cole (Chair), Ben Dale

1. Finance
The treasurer reported.
12.19 Accounts were received.
2. Building
13.19 The roof was inspected.
"""
    assert list(_sections(two)) == ["1", "2"]


ITEM_NUMBERED = """Minutes of the Board Meeting of the Harbour View Residents' Association Ltd.
held at the Community Centre on Tuesday 5th April 2016
Chair: Dan Price
Directors: Eve Hart, Fay Ibbotson and Gus Jenner.
Visiting Members: Hal King, Ivy Lamb.
Apologies for absence: Jon Moss (Treasurer), Kim Nash (CMT), Lee Owen and the Marina Team.
Item 25/16: Minutes of the previous meeting
Adoption of the minutes of the meeting of 23rd February 2016 was proposed by Eve Hart.
Item 26/16: Matters Arising
Nothing not covered by items in the agenda.
Item 27/16: Estate Report
The estate manager updated the meeting on Item 17/15: Parking, which is still open.
"""


def test_minutes_numbered_item_and_year_keep_the_word_item_in_their_reference() -> None:
    sections = _sections(ITEM_NUMBERED)
    assert list(sections) == ["Item 25/16", "Item 26/16", "Item 27/16"]
    assert sections["Item 26/16"]["title"] == "Matters Arising"
    # An earlier minute cited inside a paragraph is no heading.
    text = sections["Item 27/16"]["paragraphs"][0]["text"]
    assert "Item 17/15: Parking" in text


def test_directors_on_their_label_line_are_present_and_a_team_is_no_one() -> None:
    record = parse_minutes(ITEM_NUMBERED).record
    people = {a["name"]: a for a in record["attendees"]}
    for name in ("Eve Hart", "Fay Ibbotson", "Gus Jenner"):
        assert people[name]["attendance"] == "present"
    assert people["Hal King"]["organisation"] is None  # "Visiting" is no body
    assert people["Lee Owen"]["attendance"] == "apologies"
    assert people["Kim Nash"]["role"] in ("", None)
    assert not any("Team" in a["name"] or "Team" in (a["role"] or "") for a in people.values())


def test_a_list_of_abbreviations_under_the_attendance_is_left_out_and_names_no_one() -> None:
    text = ITEM_NUMBERED.replace(
        "Item 25/16:",
        "Abbreviations: CMT - Chatham Marina Trust, HVE - Harbour Estate.\nItem 25/16:",
    )
    result = parse_minutes(text)
    assert not any("Chatham" in a["name"] for a in result.record["attendees"])
    glossary = [p for p in result.problems if "Chatham Marina" in (p.text or "")]
    assert glossary and all(p.left_out for p in glossary)


CAPITALS = """Minutes of the Bowls Section Committee held on Tuesday 8th October 2019
Present: Ed Tanner (Chairman), Meg Jakes (President), Vic Moss.
Apologies: Val Coles.
The minutes of the meeting held on 23rd July were approved and signed by ET.
MATTERS ARISING  VM reported that the floodlights were mended.
TREASURERS REPORT  The balance is about 5,200 pounds.
GREEN MANAGER  The green was hollow tined and top dressed.
COACHING  Eight new members joined this year.
"""


def test_headings_in_capitals_run_into_their_text_by_a_gap_are_items() -> None:
    result = parse_minutes(CAPITALS)
    sections = {s["title"]: s for s in result.record["sections"]}
    assert list(sections)[-4:] == [
        "MATTERS ARISING",
        "TREASURERS REPORT",
        "GREEN MANAGER",
        "COACHING",
    ]
    assert sections["COACHING"]["paragraphs"][0]["text"].startswith("Eight new members")
    # One space between capitals and text is a sentence's start, not a heading.
    one_space = CAPITALS.replace("  ", " ")
    assert "COACHING" not in {s["title"] for s in parse_minutes(one_space).record["sections"]}


def test_couples_under_one_surname_in_a_list_are_two_people_each() -> None:
    text = """Minutes of the Annual Meeting of St Anne's Parish held on Sunday 3rd March 2019
PRESENT
B& J Hale, T Ross, A&C Varley, K&RevP Dunn, M. Lowe +3 unidentified.
1. APOLOGIES FOR ABSENCE
Apologies: Ruth Penn
2. MATTERS ARISING
There were none.
"""
    names = {a["name"] for a in parse_minutes(text).record["attendees"]}
    for name in ("B Hale", "J Hale", "T Ross", "A Varley", "C Varley", "K Dunn", "Rev P Dunn"):
        assert name in names
    assert not any("unidentified" in name for name in names)
    # One "A & B Smith" alone is no list of couples: left as it was read before.
    one = text.replace(
        "B& J Hale, T Ross, A&C Varley, K&RevP Dunn, M. Lowe +3 unidentified.", "T Ross"
    )
    assert "T Ross" in {a["name"] for a in parse_minutes(one).record["attendees"]}
