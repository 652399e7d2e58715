"""Rules of the minutes reader for what the ninth fresh set of real minutes showed it
(tests/data/real-fresh-9: the outside tester's import files, issue 15); each for minutes in
general, tested on text shaped as those files read."""

import pytest

from meetings.minutes import parse_minutes

# ModernGov's printed minutes of a fire authority's committee: the body, the committee and the
# date each alone on a line; minutes numbered with the committee's letters ("RC/19"), a "*"
# before those decided under delegated powers.
MODERNGOV = (
    "DEVON & SOMERSET FIRE & RESCUE AUTHORITY\n\n"
    "RESOURCES COMMITTEE\n\n"
    "{when}\n\n"
    "Present:\nCouncillors Coles (Chair), Randall Johnson and Thomas.\n\n"
    "{star}RC/19 Minutes\n"
    "RESOLVED that the Minutes of the meeting held on 8 February 2018 be signed.\n\n"
    "{star}RC/20 Additional Meeting Date 2018\n"
    "The Committee considered a report of the Director (RC/18/7).\n"
    "RESOLVED that a meeting be held on 16 May 2018.\n\n"
    "RC/21 Exclusion of the Press and Public\n"
    "RESOLVED that the press and public be excluded.\n"
)


@pytest.mark.parametrize("star", ["* ", ""])
@pytest.mark.parametrize("when", ["1 March 2018", "Minutes of the meeting held on 1 March 2018"])
def test_a_committee_under_its_body_and_the_date_alone_or_in_the_title(
    star: str, when: str
) -> None:
    record = parse_minutes(MODERNGOV.format(star=star, when=when)).record

    assert record["date"] == "2018-03-01"
    assert record["board"] == "RESOURCES COMMITTEE"
    assert [(s["ref"], s["title"]) for s in record["sections"]] == [
        ("RC/19", "Minutes"),
        ("RC/20", "Additional Meeting Date 2018"),
        ("RC/21", "Exclusion of the Press and Public"),
    ]
    # "RC/18/7" in the text is a report's number, not a section.
    assert record["sections"][1]["paragraphs"][0]["text"].endswith("(RC/18/7).")
    assert [a["name"] for a in record["attendees"]] == [
        "Councillor Coles",
        "Councillor Randall Johnson",
        "Councillor Thomas",
    ]


def test_no_date_says_where_it_was_looked_for_not_to_retype_a_title() -> None:
    from types import SimpleNamespace

    from meetings.minutes.text import MinutesError
    from meetings.services.imports import _dated

    with pytest.raises(MinutesError) as refused:
        _dated(SimpleNamespace(record={"date": None}))  # type: ignore[arg-type]
    message = str(refused.value)
    assert message.startswith("No meeting date was found")
    assert "Record of Meeting" not in message
    assert "under the body's name" in message and "'Date:'" in message


def _attendees(record: dict) -> list[tuple[str, str, str | None, str]]:
    return [
        (a["name"], a.get("role") or "", a.get("organisation"), a["attendance"])
        for a in record["attendees"]
    ]


BCP_PEOPLE = [
    ("Cllr Nicola Greene", "Chairman", "BCP Council", "present"),
    ("Tim Goodson", "", "Dorset Clinical Commissioning Group", "present"),
    ("ACC Mark Callaghan", "substitute for James Vaughan", "Dorset Police", "present"),
    ("Graham Farrant", "", None, "apologies"),
]


def test_a_word_table_of_name_and_representing_gives_each_their_body() -> None:
    # A health and wellbeing board's "Present:" table: the header row names the columns, the
    # Representing column is the organisation, a bracket in the name's cell a post or a note.
    from meetings.minutes.blocks import Block
    from meetings.minutes.text import parse_blocks

    blocks = [
        Block("heading", "Health and Wellbeing Board", level=0),
        Block("paragraph", "Minutes of the Meeting held on 3 December 2020"),
        Block("paragraph", "Present:"),
        Block(
            "table",
            rows=(
                ("Name", "Representing"),
                ("Cllr Nicola Greene (Chairman)", "BCP Council"),
                ("Tim Goodson", "Dorset Clinical Commissioning Group"),
                ("ACC Mark Callaghan (substitute for James Vaughan)", "Dorset Police"),
            ),
        ),
        Block("paragraph", "Apologies:"),
        Block("paragraph", "Graham Farrant"),
        Block("paragraph", "Apologies", number="68."),
        Block("paragraph", "Apologies were received from Graham Farrant."),
    ]
    assert _attendees(parse_blocks(blocks).record) == BCP_PEOPLE


def test_the_same_table_pasted_from_word_with_tabs() -> None:
    text = (
        "Health and Wellbeing Board\n"
        "Minutes of the Meeting held on 3 December 2020\n"
        "Present:\n"
        "Name\tRepresenting\n"
        "Cllr Nicola Greene (Chairman)\tBCP Council\n"
        "Tim Goodson\tDorset Clinical Commissioning Group\n"
        "ACC Mark Callaghan (substitute for James Vaughan)\tDorset Police\n"
        "Apologies:\n"
        "Graham Farrant\n"
        "68.\tApologies\n"
        "Apologies were received from Graham Farrant.\n"
    )
    record = parse_minutes(text).record
    assert _attendees(record) == BCP_PEOPLE
    assert [(s["ref"] or str(s["number"]), s["title"]) for s in record["sections"]] == [
        ("68", "Apologies")
    ]


POST_OWNERS = (
    "University Court\nMinutes of the meeting held on 25 June 2019\n\n"
    "Present: Mrs Jane Ramsay (Chair)\n"
    "In attendance: Mr David Blair (University Secretary)\n\n"
    "1. Principal's Report\n\n"
    "1.1 Court asked for an analysis. Action: University Secretary to present it.\n\n"
    "1.2 Action: Director of Public Health to circulate the figures by 31 January 2021.\n"
)


def _actions(record: dict) -> list[dict]:
    return [a for s in record["sections"] for p in s["paragraphs"] for a in p["actions"]]


def test_an_action_owned_by_a_post_is_the_attendee_who_holds_it_else_the_post_to_check() -> None:
    result = parse_minutes(POST_OWNERS)
    held, unheld = _actions(result.record)

    assert (held["owner"], held["owner_people"], held["owner_post"]) == (
        "University Secretary",
        ["Mr David Blair"],
        True,
    )
    assert (unheld["owner"], unheld["owner_people"], unheld["owner_post"]) == (
        "Director of Public Health",
        [],
        True,
    )
    assert unheld["due"] == "2021-01-31"
    # A post is no missing attendee: kept as written (owner_post), with nothing to check.
    assert not any("Director of Public Health" in p.message for p in result.problems)


def test_a_post_owning_an_action_is_never_made_an_organisation(db: None) -> None:
    from meetings.models import Action, Board, Organisation
    from meetings.services import Document, meeting_import
    from meetings.services.imports import everyone_new, minutes_read
    from tests.conftest import make_user

    board = Board.objects.create(name="Court", slug="court")
    by = make_user("clerk@court.example", person_name="Sam Clerk", board=board, role="secretariat")
    document = Document(text=POST_OWNERS, name="court.txt")
    names = everyone_new(minutes_read(board=board, document=document))
    meeting_import(board=board, document=document, by=by, **names)

    assert not Organisation.objects.filter(name__icontains="Secretary").exists()
    assert not Organisation.objects.filter(name__icontains="Public Health").exists()
    held = Action.objects.get(text__startswith="University Secretary")
    assert [p.name for p in held.owner_people.all()] == ["Mr David Blair"]
    assert held.owner is None


def test_trustees_present_is_a_label_not_an_organisation() -> None:
    # A harbour trust's minutes: "Trustees present:" names its members by their office.
    text = (
        "HOPEMAN HARBOUR TRUST\nMINUTES OF THE BOARD MEETING\n"
        "Held on Wednesday 13th September 2017 at 7.00 p.m.\n\n"
        "Trustees present: Mr A. Grant (Chairman), Mr J. Stewart, Cllr D. Ross (Moray Council)\n"
        "Also present: Mrs S. Wilson (Harbour Master)\n\n"
        "Minute 38/17 Minutes of previous meeting\n"
        "The minutes of the meeting of 14th June 2017 were approved.\n"
    )
    assert _attendees(parse_minutes(text).record) == [
        ("Mr A. Grant", "Chairman", None, "present"),
        ("Mr J. Stewart", "", None, "present"),
        ("Cllr D. Ross", "", "Moray Council", "present"),
        ("Mrs S. Wilson", "Harbour Master", None, "in_attendance"),
    ]
