"""Known misses of the minutes reader on real minutes (issue 15, third round), each fixed by a
rule real minutes follow and shown here on a small made-up example, never on one file. Pure
functions only."""

from meetings.minutes import parse_minutes
from meetings.minutes.flat_runs import cut_heading, cut_item, cut_people
from meetings.minutes.people import post_then_body

# A record a document host flattened into one run: the heading's labels, the people of each
# list and the items' titles all on one line, as copy-paste from a web page gives them.
_FLAT_TITLED = (
    "THE MINISTER'S PANEL ON COASTAL HERITAGE Date: Time: Venue: 12 March 2019 10:00 - 12:30 "
    "Harbour Room, Old Custom House Chair: The Lord Warden Members: Mr Owen Tarrant Dr Ruth "
    "Aldane Professor Iain Mercer OBE Ms Petra Cole Non-members: Ms Grace Lyle, Head of "
    "Collections, Maritime Heritage Trust Mr Dev Patel, Policy Adviser, Maritime Heritage Trust "
    "Ms Ada Brent, Secretary to the Register of Wrecks Colin Hart, Clerk to the Panel 1. Welcome "
    "and apologies Apologies of absence were received from Ms Ivy Strand and Dr Paul Keel. The "
    "Chair welcomed members to the meeting and thanked the Trust for the room. 2. Minutes of the "
    "last meeting The minutes were agreed as a true record of the meeting held in December."
)
_FLAT_DASHED = " ".join(
    [
        "Minutes of the Meeting held on Tuesday 4 June 2019 in the Long Room, County Hall,",
        "Westford WF1 2AB Present: Ruth Dale \u2013 Independent Chair",
        "Tom Hale \u2013 Housing Manager, Westford City Council",
        "Anna Pike \u2013 Superintendent, Westshire Constabulary",
        "Joe Finch \u2013 County Councillor, Westshire County Council",
        "Sam Ode \u2013 Director, Lantern, Westford 1 Apologies for Absence",
        "Kim Rowe \u2013 Deputy Director, Westshire County Council",
        "Lee Bond \u2013 Head of Care, Westford Hospice 2 Welcome and Introductions The Chair",
        "welcomed all to the first meeting of the newly formed board and asked members to",
        "introduce themselves to each other.",
    ]
)


def _people(text: str) -> dict[str, dict]:
    return {a["name"]: a for a in parse_minutes(text).record["attendees"]}


def test_a_flattened_runs_heading_is_cut_at_its_labels_and_its_lists_into_people() -> None:
    people = _people(_FLAT_TITLED)
    members = ["Mr Owen Tarrant", "Dr Ruth Aldane", "Professor Iain Mercer OBE", "Ms Petra Cole"]
    assert all(people[name]["attendance"] == "present" for name in members)
    # "Non-members:" are there, not members: in attendance; an untitled name before a comma
    # in a 'Name, Post' list starts a person too.
    for name in ("Ms Grace Lyle", "Mr Dev Patel", "Ms Ada Brent", "Colin Hart"):
        assert people[name]["attendance"] == "in_attendance"
    assert people["Colin Hart"]["role"] == "Clerk to the Panel"
    assert people["Ms Ada Brent"]["role"] == "Secretary to the Register of Wrecks"


def test_a_flattened_runs_items_keep_their_titles_apart_from_their_text() -> None:
    result = parse_minutes(_FLAT_TITLED)
    titles = [s["title"] for s in result.record["sections"]]
    assert titles == ["Welcome and apologies", "Minutes of the last meeting"]
    first = result.record["sections"][0]["paragraphs"][0]["text"]
    assert first.startswith("Apologies of absence were received")
    # "Apologies of absence were received from ...": 'of' for 'for', read as apologies.
    people = _people(_FLAT_TITLED)
    assert people["Ms Ivy Strand"]["attendance"] == "apologies"
    assert people["Dr Paul Keel"]["attendance"] == "apologies"


def test_a_flattened_dashed_list_is_cut_before_each_name_and_dash() -> None:
    people = _people(_FLAT_DASHED)
    assert people["Ruth Dale"]["role"] == "Independent Chair"
    assert (people["Tom Hale"]["role"], people["Tom Hale"]["organisation"]) == (
        "Housing Manager",
        "Westford City Council",
    )
    assert people["Anna Pike"]["organisation"] == "Westshire Constabulary"
    # The list under a numbered apologies item: its people give apologies.
    assert people["Kim Rowe"]["attendance"] == "apologies"
    assert people["Lee Bond"]["attendance"] == "apologies"
    sections = parse_minutes(_FLAT_DASHED).record["sections"]
    assert [s["title"] for s in sections] == ["Apologies for Absence", "Welcome and Introductions"]


def test_people_cut_from_a_run_are_said_where_their_entry_is_in_doubt() -> None:
    problems = parse_minutes(_FLAT_DASHED).problems
    said = {p.text: p.message for p in problems}
    # Two commas: the body may start at either; the reader keeps the post as written and says so.
    assert "check where their post ends" in said["Sam Ode \u2013 Director, Lantern, Westford"]
    # A clean 'Name - Post, Body' is not said.
    assert "Tom Hale \u2013 Housing Manager, Westford City Council" not in said


def test_cut_people_by_titles_and_by_dashes() -> None:
    assert [p for p, _ in cut_people("Mr Al Reed Dr Bea Lowe Sir Carl Dunn")] == [
        "Mr Al Reed",
        "Dr Bea Lowe",
        "Sir Carl Dunn",
    ]
    # A title after 'to' or 'of' is in a post, not a new person.
    assert [p for p, _ in cut_people("Ms Di Roe, Secretary to Sir Carl Dunn Mr Ed Fox")] == [
        "Ms Di Roe, Secretary to Sir Carl Dunn",
        "Mr Ed Fox",
    ]
    tail = "Bob Lee \u2013 Clerk, Town Council Minute Declarations of interest - none"
    pieces = cut_people(f"Ann Kay \u2013 Chair {tail}")
    assert [p for p, _ in pieces] == ["Ann Kay \u2013 Chair", tail]
    # The last runs on past its entry (another dash): said.
    assert pieces[1][1] and not pieces[0][1]
    # One name alone is no list.
    assert cut_people("Ann Kay \u2013 Chair of the board") is None


def test_cut_heading_keeps_labels_together_and_says_a_name_under_another_label() -> None:
    pieces = cut_heading(
        "BOARD Date: Time: 1 May 2020 10:00 Minutes: Jo Bell - Secretariat "
        "Present: Mr A Bee Ms C Dee"
    )
    texts = [p for p, _ in pieces]
    assert texts == [
        "BOARD",
        "Date: Time: 1 May 2020 10:00",
        "Minutes: Jo Bell - Secretariat",
        "Present:",
        "Mr A Bee",
        "Ms C Dee",
    ]
    assert "not read as attendance" in dict(pieces)["Minutes: Jo Bell - Secretariat"]


def test_cut_item_ends_a_title_at_a_sentence() -> None:
    assert [p for p, _ in cut_item("3. Budget update The Treasurer reported")] == [
        "3. Budget update",
        "The Treasurer reported",
    ]
    assert [p for p, _ in cut_item("4 Matters arising None were raised")] == [
        "4 Matters arising",
        "None were raised",
    ]
    # No end shows within a title's length: not cut.
    assert cut_item("5 " + "Word " * 20) is None


def test_a_councillors_seat_is_a_post_before_the_council() -> None:
    assert post_then_body("County Councillor, Westshire County Council") == (
        "County Councillor",
        "Westshire County Council",
    )
    # Plural and archival bodies: "Clinical Commissioning Groups", "The National Archives".
    assert post_then_body("Chief Officer, Westshire Clinical Commissioning Groups") is not None
    assert post_then_body("Records Manager, The Westshire Archives") is not None


_PROFFERED = (
    "Minutes of the Audit Committee held on 28 February 2011\n\n"
    "Present: Councillor A Smith (Chair), Councillor B Jones\n\n"
    "1. APOLOGIES FOR ABSENCE\n"
    "An apology for absence was received from Councillor C Green and in accordance with the "
    "rules Councillor D Hall attended as substitute. Mr N. Kent proffered the apologies of "
    "Mr P. Vane from Kestrel Audit LLP and introduced Mr D. Rook as the new Audit Manager.\n\n"
    "2. MINUTES\nThe minutes were approved.\n"
)


def test_apologies_one_person_gives_for_another_are_read_and_end_at_and_a_lower_word() -> None:
    people = _people(_PROFFERED)
    # "proffered the apologies of": one gives another's apologies; "from X" is their body.
    assert (people["Mr P. Vane"]["attendance"], people["Mr P. Vane"]["organisation"]) == (
        "apologies",
        "Kestrel Audit LLP",
    )
    assert not people["Mr P. Vane"]["role"]
    # "... and introduced Mr D. Rook": 'and' before a word in lower case ends the list.
    assert "Mr D. Rook" not in people
    assert people["Councillor C Green"]["attendance"] == "apologies"
    assert not people["Councillor C Green"]["role"]


_MARKED = (
    "BOARD OF GOVERNORS\nMinutes: 4 May 2021\n\n"
    "Present: Ruth Kemp (Chair), Owen Tarrant, Petra Cole\n"
    "Attending: Dana Arlott (Director of Finance), Alan Rudd (Clerk)\n\n"
    "1. Matters arising\n"
    "At the last meeting the Board had asked for a summary of the spending limits. It was "
    "agreed this would come to the June meeting.\n"
    "[Action: DA; AR]\n"
    "2. Any other business\nThere was none.\n"
)


def test_an_action_mark_alone_under_a_paragraph_makes_it_an_action_of_two_owners() -> None:
    result = parse_minutes(_MARKED)
    paragraphs = result.record["sections"][0]["paragraphs"]
    assert len(paragraphs) == 1  # the mark is no paragraph of its own
    actions = paragraphs[0]["actions"]
    assert [a["text"][:40] for a in actions] == ["At the last meeting the Board had asked "]
    # Two owners by initials no one wrote beside the names: each the one attendee whose first
    # name and surname start so.
    assert actions[0]["owner_people"] == ["Dana Arlott", "Alan Rudd"]
    assert not any("not among the attendees" in p.message for p in result.problems)


_NESTED = (
    "COUNCIL\nWednesday 3 March 2021\nMINUTES\n"
    "PRESENT:\nSir Alan Hook (Chair)\nBaroness Marsh\n"
    "In attendance: Professor Ann Dale (Vice-Provost (Research)); Dr Ben Holt (Dean of Arts) "
    "[for Minute 25]; Mr Cy Rowe (Director of Estates).\n\n"
    "22 DECLARATION OF INTERESTS\n22.1 No member declared an interest.\n"
)


def test_a_post_in_brackets_may_hold_brackets_and_a_note_in_square_ones_follow_it() -> None:
    people = _people(_NESTED)
    assert people["Professor Ann Dale"]["role"] == "Vice-Provost (Research)"
    assert people["Dr Ben Holt"]["role"] == "Dean of Arts"
    assert people["Dr Ben Holt"]["note"] == "for Minute 25"
    assert people["Mr Cy Rowe"]["attendance"] == "in_attendance"


def test_a_peers_title_names_a_person() -> None:
    from meetings.minutes.person_names import reads_as_person

    assert reads_as_person("Baroness Marsh")
    assert reads_as_person("Viscount Hale")
    assert _people(_NESTED)["Baroness Marsh"]["attendance"] == "present"


_LONG_CAPITALS = (
    "Westshire Police and Crime Panel\nThursday, 16th November, 2017\n\n"
    "PRESENT: Councillor A. Lenny (Chair)\n\n"
    "1. APOLOGIES\nNone.\n\n"
    "2. DECLARATIONS OF INTEREST\nThere were none.\n\n"
    "3. TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON THE 28TH JULY, 2017\n"
    "RESOLVED that the minutes be signed.\n\n"
    "4. MATTERS ARISING\nNone.\n"
)


def test_a_long_numbered_title_in_capitals_is_a_heading() -> None:
    sections = parse_minutes(_LONG_CAPITALS).record["sections"]
    assert [s["ref"] for s in sections] == ["1", "2", "3", "4"]
    assert sections[2]["title"].endswith("28TH JULY, 2017")
    # In ordinary case, a numbered line that long is still a paragraph's sentence.
    prose = _LONG_CAPITALS.replace(
        "TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON THE 28TH JULY, 2017",
        "The Panel was asked to sign as a correct record the minutes of the meeting held on "
        "the 28th July 2017",
    )
    assert len(parse_minutes(prose).record["sections"]) < 4
