"""The forty-eighth set's rules (issue 15; tests/data/real-fresh-48): an attendance table of two
columns with no header, every name in the first titled and none in the second, is the people and
where each comes from ("Mrs. C. Leith | Aberdeenshire"), never a second person however like a name
the place reads ("Mr. I. Hart | East Dunbartonshire"); "Item 10" over the title, the number of
the paper the minutes were filed as, as "Agenda item 10" is; the dash between a person and their
body typed against the name ("Andrea Elton- WHHT") or the body ("Helen Armstrong \u2013ACS"), or
a hyphen with no space before a body of several words ("Ed Sharkey-Barton Parish Council"); an
attendance list's "name - body" line over its last line, which ends in a full stop, no heading;
"Action: E Sharkey" under a paragraph of sentences the one its owner opens ("E Sharkey to ...");
"Elizabeth (Liz) Steele (LS)" one person, the name she goes by in brackets. Made-up minutes, not
copied from the set's files."""

import io

import docx

from meetings.minutes import parse_minutes
from meetings.minutes.action_lines import owned_sentence
from meetings.minutes.body_columns import column_of_bodies
from meetings.minutes.docx_reader import read_docx
from meetings.minutes.people import split_attendee_line
from meetings.minutes.text import parse_blocks


def _saved(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _names_and_places(rows: list[tuple[str, str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("LIBRARY FRIENDS' CONVENERS' GROUP")
    document.add_paragraph(
        "Minutes of the meeting of the Conveners' Group held on Friday 6th March 2009 in the "
        "Council Chamber, Perth at 10.30am."
    )
    table = document.add_table(rows=len(rows), cols=2)
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    document.add_paragraph("1. APOLOGIES")
    document.add_paragraph("Mr. T. Wood")
    return _saved(document)


ROWS = [
    ("Mrs. A. Brodie", "Inverness"),
    ("Mr. K. Gunn", "North Berwick"),
    ("Mrs. L. Orr", "Fort William"),
    ("Dr. P. Sime", "Kelso"),
]


def test_a_column_beside_titled_names_is_where_each_comes_from() -> None:
    record = parse_blocks(read_docx(_names_and_places(ROWS))).record
    present = [(a["name"], a["organisation"]) for a in record["attendees"]]
    assert present[:4] == [
        ("Mrs. A. Brodie", "Inverness"),
        ("Mr. K. Gunn", "North Berwick"),
        ("Mrs. L. Orr", "Fort William"),
        ("Dr. P. Sime", "Kelso"),
    ]
    assert not any(a["name"] in ("North Berwick", "Fort William") for a in record["attendees"])


def test_titles_on_both_sides_or_posts_beside_them_are_no_places() -> None:
    names = [n for n, _ in ROWS]
    assert column_of_bodies([p for _, p in ROWS], names)
    # A second titled name is a second person; posts are the people's posts.
    assert not column_of_bodies(["Mr. B. Roe", "Mrs. C. Lee", "Ms. D. Fox", "Mr. E. Ash"], names)
    assert not column_of_bodies(["Chair", "Secretary", "Treasurer", "Member"], names)
    # Names with no titles say nothing of the column beside them.
    assert not column_of_bodies(["Inverness", "North Berwick", "Fort William"], ["A", "B", "C"])


FILED_AS_ITEM = """Item 7
Riverside and Hilltop Health Partnership
Minutes of Meeting held on 3 March 2011
Council Chamber, Riverside House
Attendees:
Anne Cole - Riverside Borough Council (Chairman)
Ben Dale - Hilltop District Council
Cath Eyre - Riverside CVS

1. Welcome
Anne Cole welcomed everyone to the meeting.
2. Apologies
Dan Fry - County Council.
3. Minutes of last Meeting
The minutes were confirmed.
"""


def test_an_item_number_over_the_title_is_the_paper_the_minutes_were_filed_as() -> None:
    record = parse_minutes(FILED_AS_ITEM).record
    assert record["board"] == "Riverside and Hilltop Health Partnership"
    assert record["date"] == "2011-03-03"
    assert [s["ref"] for s in record["sections"]] == ["1", "2", "3"]
    present = [a["name"] for a in record["attendees"] if a["attendance"] == "present"]
    assert present == ["Anne Cole", "Ben Dale", "Cath Eyre"]


def test_a_dash_typed_against_the_name_or_the_body_parts_them() -> None:
    assert split_attendee_line("Andrea Elton- WHHT") == [("Andrea Elton", "WHHT")]
    assert split_attendee_line("Peter Bodden- Wat-Com") == [("Peter Bodden", "Wat-Com")]
    assert split_attendee_line("Helen Armstrong \u2013ACS") == [("Helen Armstrong", "ACS")]
    # A hyphen inside a name or a body is no dash: "Mary Lloyd-Jones", "Herts PCT-Smoking".
    assert split_attendee_line("Mary Lloyd-Jones") == [("Mary Lloyd-Jones", "")]
    assert split_attendee_line("Liz Fisher - Herts PCT-Smoking") == [
        ("Liz Fisher", "Herts PCT-Smoking")
    ]
    glued = "Dan Fry- County Council, Eve Gee - CVS."
    apologies = parse_minutes(FILED_AS_ITEM.replace("Dan Fry - County Council.", glued))
    apologies = apologies.record["attendees"]
    assert [(a["name"], a["attendance"]) for a in apologies if a["attendance"] == "apologies"] == [
        ("Dan Fry", "apologies"),
        ("Eve Gee", "apologies"),
    ]


def test_a_hyphen_before_a_body_of_several_words_parts_a_name_and_the_body() -> None:
    assert split_attendee_line("Ed Sharkey-Barton Parish Council") == [
        ("Ed Sharkey", "Barton Parish Council")
    ]
    assert split_attendee_line("Tim Claxton-Aggregate Industries") == [
        ("Tim Claxton", "Aggregate Industries")
    ]
    # A double-barrelled name stays whole, with its honours or a post after a comma.
    assert split_attendee_line("Gideon Ben-Tovim OBE")[0][0].startswith("Gideon Ben-Tovim")
    assert split_attendee_line("Jo Lloyd-Jones, Clerk") == [("Jo Lloyd-Jones", "Clerk")]
    record = parse_minutes(
        "Quarry Liaison Group\nMinutes of the Meeting held on 2nd October 2013\nPresent\n"
        "Ann Cole-Hilltop Parish Council\nBen Dale-Aggregate Industries\n"
        "Cath Eyre-County Council\n1.Apologies for Absence\nNone.\n2.Minutes\nAgreed.\n"
    ).record
    # Each line a person and what they come from (a body the reader knows by its words is read
    # as the organisation, "Aggregate Industries" as what the line says of its person).
    assert [(a["name"], a["organisation"] or a["role"]) for a in record["attendees"]] == [
        ("Ann Cole", "Hilltop Parish Council"),
        ("Ben Dale", "Aggregate Industries"),
        ("Cath Eyre", "County Council"),
    ]


def test_a_list_line_over_its_last_stopped_line_is_no_heading() -> None:
    # A PDF's lines, no blank line between them: the list's last line ends in a full stop.
    text = FILED_AS_ITEM.replace(
        "Cath Eyre - Riverside CVS\n\n",
        "Cath Eyre - Riverside CVS\nDan Fry - Hilltop District Council.\n",
    )
    record = parse_minutes(text).record
    present = [a["name"] for a in record["attendees"] if a["attendance"] == "present"]
    assert present == ["Anne Cole", "Ben Dale", "Cath Eyre", "Dan Fry"]
    assert [s["ref"] for s in record["sections"]] == ["1", "2", "3"]


def test_an_owners_action_line_takes_the_sentence_they_open() -> None:
    text = FILED_AS_ITEM.replace(
        "The minutes were confirmed.\n",
        "The minutes were confirmed as a true record.  B Dale to write to the county about its "
        "seat.\nAction: B Dale\n",
    )
    sections = {s["ref"]: s for s in parse_minutes(text).record["sections"]}
    actions = [a for p in sections["3"]["paragraphs"] for a in p["actions"]]
    assert [(a["text"], a["owner"]) for a in actions] == [
        ("B Dale to write to the county about its seat.", "B Dale")
    ]
    # Where no sentence, or more than one, opens with the owner, the paragraph is the action.
    assert owned_sentence("Agreed. The clerk to write.", "B Dale") == "Agreed. The clerk to write."


def test_a_name_gone_by_in_brackets_after_the_first_name_is_one_person() -> None:
    text = FILED_AS_ITEM.replace(
        "Ben Dale - Hilltop District Council\n", "Christopher (Chris) Dale (CD)\n"
    ).replace("Cath Eyre - Riverside CVS\n", "Catherine (Kay) Eyre (KE)\n")
    present = [
        (a["name"], a.get("initials"))
        for a in parse_minutes(text).record["attendees"]
        if a["attendance"] == "present"
    ]
    assert present[1:] == [("Christopher Dale", "CD"), ("Catherine Eyre", "KE")]
