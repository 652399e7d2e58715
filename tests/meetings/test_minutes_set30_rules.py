"""The thirtieth fresh set (tests/data/real-fresh-30): what the reader got wrong on it, read right
by general rules. Made-up minutes, not copied from the set."""

from typing import Any

from meetings.minutes.blocks import Block
from meetings.minutes.people import read_people_sentence
from meetings.minutes.text import parse_blocks, parse_minutes


def _people(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(a["name"], a["role"], a["attendance"]) for a in record["attendees"]]


def test_the_chair_who_presided_then_the_councillors_are_two_lists() -> None:
    # "Present : Councillor X, Chairman, Presided. Councillors A, B.": the chair's sentence and
    # the members under a plural title; "Presided" no part of the chair's post.
    text = (
        "Llanfair Town Council\n\n"
        "Ordinary Meeting of the Council held on Tuesday 3rd March 2020 at 7.00p.m.\n\n"
        "Present : Councillor Gareth Hughes, Chairman, Presided. Councillors B Jones, "
        "Mrs C Price, D Rees.\n\n"
        "41. APOLOGIES FOR ABSENCE\n\n"
        "Apologies were received from Councillor E Morgan.\n\n"
        "42. MINUTES\n\n"
        "The minutes of the meeting held on 4th February were confirmed.\n"
    )
    people = _people(parse_minutes(text).record)

    assert people[:4] == [
        ("Councillor Gareth Hughes", "Chairman", "present"),
        ("Councillor B Jones", "", "present"),
        ("Councillor Mrs C Price", "", "present"),
        ("Councillor D Rees", "", "present"),
    ]


def test_a_label_for_those_presenting_items_is_in_attendance() -> None:
    # "Presenting Ethical Dilemmas:" over names: there to present items, not members.
    text = (
        "Independent Ethics Committee Minutes\n\n"
        "Wednesday 4th March 2020\n\n"
        "Attendance:\nProfessor Ann Cole (Chair)\nMr Ben Dale\n\n"
        "Presenting Ethical Dilemmas:\nSupt Carl Eve\n\n"
        "Apologies:\nDan Ford\n\n"
        "1. Introductions and Welcome\n\n"
        "The Chair welcomed everyone to the meeting.\n"
    )
    people = _people(parse_minutes(text).record)

    assert ("Supt Carl Eve", "", "in_attendance") in people
    assert ("Mr Ben Dale", "", "present") in people


def test_a_row_labelled_with_the_committee_itself_lists_its_members() -> None:
    # "| Sub-Committee | Mr A (Chairman) ...": the body as the label over its members' names.
    text = (
        "LICENSING SUB-COMMITTEE\n\n"
        "Minutes of a meeting of the Licensing Sub-Committee held on 2 March 2020.\n\n"
        "| Sub-Committee | Mr A Cole (Chairman), Mr B Dale, Mrs C Eve |\n\n"
        "1 APOLOGIES\n\n"
        "None received.\n\n"
        "2 DECLARATIONS OF INTEREST\n\n"
        "None\n"
    )
    people = _people(parse_minutes(text).record)

    assert people == [
        ("Mr A Cole", "Chairman", "present"),
        ("Mr B Dale", "", "present"),
        ("Mrs C Eve", "", "present"),
    ]


def test_a_colon_between_a_name_and_the_post_is_no_part_of_the_post() -> None:
    # "| Present: | Jane Bell (JB) : Head of Nursing, NHS Westshire CCG |": the colon sets the
    # post apart from the name and initials.
    text = (
        "Quality Committee Meeting Minutes\n\n"
        "Tuesday 14 April 2020\n\n"
        "| Present: | Jane Bell (JB) : Head of Nursing, NHS Westshire CCG |\n"
        "|  | Karl Moss (KM) : Director of Quality, NHS Westshire CCG |\n\n"
        "1. Welcome and apologies for absence\n\n"
        "The Chair welcomed attendees.\n"
    )
    attendees = parse_minutes(text).record["attendees"]

    assert [(a["name"], a["role"], a["organisation"]) for a in attendees] == [
        ("Jane Bell", "Head of Nursing", "NHS Westshire CCG"),
        ("Karl Moss", "Director of Quality", "NHS Westshire CCG"),
    ]


def _governors() -> dict[str, Any]:
    """A governing board's minutes as Word gives them: a title sentence on two lines, the
    governors with no label, items numbered by Word's own list."""
    return parse_blocks(
        [
            Block("heading", "A Meeting of the Westfield School Full Governing Board"),
            Block("paragraph", "was held in the library on Thursday 5th March 2020 at 5.00pm."),
            Block(
                "paragraph",
                "Mr A Cole [AC] Chair (FG); Mrs B Dale [BD] Headteacher (SG); Mr C Eve [CE] (PG)",
            ),
            Block("paragraph", "Ms D Ford [DF] (FG); Mr E Gray [EJG] (LA); Mrs G Hill [GH] (PG)"),
            Block("heading", "To extend a welcome to all present and open the meeting.", 1, "1."),
            Block("paragraph", "The Chair opened the meeting at 5.05pm."),
            Block("heading", "To receive apologies and consent to absences.", 1, "2."),
            Block(
                "paragraph",
                "The Clerk was in receipt of apologies from DF and CE, which were recorded as "
                "consented.",
            ),
        ]
    ).record


def test_a_sentence_of_a_meeting_of_the_board_names_it_without_its_article() -> None:
    # "A Meeting of the X Full Governing Board" / "was held ...": the board is X's board.
    assert _governors()["board"] == "Westfield School Full Governing Board"


def test_people_with_initials_in_square_brackets_set_apart_by_semicolons() -> None:
    # "Mr A Cole [AC] Chair (FG); Mrs B Dale [BD] Headteacher (SG)": name, initials, post and
    # a code for the kind of governor, a person each between the semicolons.
    read = {
        a["name"]: (a["role"], a.get("initials"), a.get("note")) for a in _governors()["attendees"]
    }

    assert read["Mr A Cole"] == ("Chair", "AC", "FG")
    assert read["Mrs B Dale"] == ("Headteacher", "BD", "SG")
    assert read["Mr E Gray"] == ("", "EJG", "LA")


def test_apologies_given_by_initials_are_those_people_s_apologies() -> None:
    # "apologies from DF and CE" under a list that labelled no one: Ms Ford and Mr Eve sent
    # apologies, the rest of the governors were there.
    kinds = {a["name"]: a["attendance"] for a in _governors()["attendees"]}

    assert kinds["Ms D Ford"] == kinds["Mr C Eve"] == "apologies"
    assert kinds["Mr A Cole"] == kinds["Mrs B Dale"] == "present"


def test_a_post_and_a_name_after_and_are_another_person() -> None:
    # "... from Dame Ann Cole and Committee Member Ben Dale": two people, the second with the
    # post written before his name, not the first one's post; a post after a name joined by
    # "&" to another ("Practice & Patient Safety Director") is still the first one's post.
    assert read_people_sentence("Dame Ann Cole and Committee Member Ben Dale") == [
        ("Dame Ann Cole", ""),
        ("Ben Dale", "Committee Member"),
    ]
    assert read_people_sentence("Cllr A Smith and Town Clerk Jane Doe") == [
        ("Cllr A Smith", ""),
        ("Jane Doe", "Town Clerk"),
    ]


def test_a_welsh_council_named_in_both_languages_is_its_english_name() -> None:
    # "CYNGOR TREF LLANFAIR TOWN COUNCIL": "Cyngor Tref" the Welsh for the town council.
    text = (
        "CYNGOR TREF LLANFAIR TOWN COUNCIL\n\n"
        "Ordinary Meeting of the Council held on Tuesday 3rd March 2020 at 7.00p.m.\n\n"
        "Present : Councillors B Jones, C Price.\n\n"
        "41. APOLOGIES FOR ABSENCE\n\n"
        "Apologies were received from Councillor E Morgan.\n"
    )
    assert parse_minutes(text).record["board"] == "LLANFAIR TOWN COUNCIL"


def test_a_row_whose_initials_and_post_wrapped_onto_the_next_row_is_one_person() -> None:
    # A PDF's table: "Mr A Thomas | Assistant Director of Therapies and Health" over "(AT) |
    # Science": the initials and the post's last word wrapped, read with the row above.
    record = parse_blocks(
        [
            Block("heading", "Quality & Safety Committee"),
            Block("paragraph", "Minutes of the Meeting held on Thursday 3rd July 2014 in Bangor"),
            Block(
                "table",
                rows=(
                    ("Present:", "Ms J Dean", "Independent Member (Chair)"),
                    ("In Attendance:", "Mr A Thomas", "Assistant Director of Therapies and Health"),
                    ("", "(AT)", "Science"),
                    ("", "Dr B Tehan", "Assistant Medical Director (Secondary"),
                    ("", "(BT)", "Care)"),
                ),
            ),
            Block("heading", "Declarations of Interest", 1, "1."),
            Block("paragraph", "There were none."),
        ]
    ).record
    read = [(a["name"], a["role"], a.get("initials")) for a in record["attendees"]]

    assert read[1:] == [
        ("Mr A Thomas", "Assistant Director of Therapies and Health Science", "AT"),
        ("Dr B Tehan", "Assistant Medical Director (Secondary Care)", "BT"),
    ]


def test_the_first_item_titled_in_capitals_and_closed_by_a_stop_is_an_item() -> None:
    # "28. APOLOGIES FOR ABSENCE." under the attendance: a council's minutes numbered on
    # through the year, each title closed by a stop, the first one too.
    text = (
        "LLANFAIR TOWN COUNCIL\n\n"
        "Ordinary Meeting of the Council held on Tuesday 3rd March 2020 at 7.00p.m.\n\n"
        "Present : Councillor Gareth Hughes, Chairman, Presided. Councillors B Jones, C Price.\n\n"
        "41. APOLOGIES FOR ABSENCE.\n\n"
        "Apologies for absence were received from Councillors E Morgan and F Owen.\n\n"
        "42. MINUTES.\n\n"
        "The minutes of the meeting held on 4th February were confirmed.\n"
    )
    record = parse_minutes(text).record

    assert [(s["ref"], s["title"]) for s in record["sections"]][:2] == [
        ("41", "APOLOGIES FOR ABSENCE."),
        ("42", "MINUTES."),
    ]
    assert record["sections"][0]["paragraphs"][0]["text"].startswith("Apologies for absence")
