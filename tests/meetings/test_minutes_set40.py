"""The fortieth fresh set's layouts (tests/data/real-fresh-40: church, education, parliamentary
and older people's bodies), read right by general rules. Made-up minutes, not copied from the
set's files."""

from typing import Any

from meetings.minutes.text import parse_minutes


def _people(record: dict[str, Any]) -> list[tuple[str, str, str, str | None]]:
    return [(a["name"], a["attendance"], a["role"], a["organisation"]) for a in record["attendees"]]


def test_lists_written_as_sentences_of_the_opening_item() -> None:
    # "Present were: ..." and "Apologies were received from: ..." after the welcome's sentence,
    # each person 'Name, (Post)' with a comma before the bracket: the meeting's attendance, the
    # apologies' sentence kept as the item's paragraph too.
    text = (
        "Minutes of the Circuit Meeting/Synod held at Mill Lane Methodist Church. Tuesday, "
        "4th March 2025, at 7.30pm.\n"
        "Welcome and Opening worship\n"
        "Rev. Ann Booth welcomed everyone and opened in prayer.\n"
        "Present were: Rev. Ann Booth, Mr Tom Hale, (Secretary), Jo Reed, (Circuit Steward), "
        "Ray Dunn, (Circuit Steward), and Kay Moss, (Lay Worker).\n"
        "Apologies were received from: Rev. Ed Lane, Sue Park, Bill Fry and Amy Cole.\n"
        "There was no representation from: Hill Top and Low Moor.\n"
    )
    result = parse_minutes(text)
    record = result.record
    assert record["board"] == "Circuit Meeting/Synod"
    people = _people(record)
    assert ("Mr Tom Hale", "present", "Secretary", None) in people
    assert ("Jo Reed", "present", "Circuit Steward", None) in people
    assert ("Kay Moss", "present", "Lay Worker", None) in people
    assert [p[0] for p in people if p[1] == "apologies"] == [
        "Rev. Ed Lane", "Sue Park", "Bill Fry", "Amy Cole"
    ]  # fmt: skip
    texts = [p["text"] for s in record["sections"] for p in s["paragraphs"]]
    assert texts[0].startswith("Rev. Ann Booth welcomed everyone")
    assert not any(t.startswith("Present were") for t in texts)
    assert not any(p.message.startswith("The body's name") for p in result.problems)


def test_a_synod_named_in_the_title() -> None:
    text = (
        "Minutes of the Wessex Diocesan Synod held on 4 March 2023 at St Mary's Church, "
        "Wessex\n"
        "Present: Rev Ann Booth, Tom Hale and Jo Reed\n"
        "1. Bishop's Address\n"
        "The Bishop addressed Synod.\n"
    )
    record = parse_minutes(text).record
    assert record["board"] == "Wessex Diocesan Synod"
    assert record["date"] == "2023-03-04"


def test_other_lists_under_bold_labels_inside_the_item_on_apologies() -> None:
    # "08/14 Apologies" / names / "Members present" (bold) / a list, one name typed with a full
    # stop for its comma / "Also present" (bold) / a list: each list under its own label.
    text = (
        "THE WESSEX SIXTH FORM COLLEGE\n"
        "MINUTES OF THE CORPORATION MEETING\n"
        "**MONDAY 7 JULY 2025**\n"
        "**25/14 Apologies**\n"
        "Nick Ord, Harry Rand, Mary Dee\n"
        "**Members present**\n"
        "William Bagg (Chair), Andrew Anne. James Bacon, Derry Cale, Phyllis Chan\n"
        "**Also present**\n"
        "Simon Jarv, Gordon Dodd, Rosemary Heas\n"
        "**25/15 Minutes of the last meeting**\n"
        "The minutes were approved.\n"
    )
    people = _people(parse_minutes(text).record)
    assert ("William Bagg", "present", "Chair", None) in people
    assert ("Andrew Anne", "present", "", None) in people
    assert ("James Bacon", "present", "", None) in people
    assert ("Phyllis Chan", "present", "", None) in people
    assert [p[0] for p in people if p[1] == "apologies"] == ["Nick Ord", "Harry Rand", "Mary Dee"]
    assert [p[0] for p in people if p[1] == "in_attendance"] == [
        "Simon Jarv", "Gordon Dodd", "Rosemary Heas"
    ]  # fmt: skip


def test_a_post_in_brackets_after_the_name_then_the_forum_in_its_cell() -> None:
    text = (
        "Wessex Association of Older People's Forums\n"
        "| Date | Friday 30th November 2012 |\n"
        "| Present | Chris Corn (Acting Chair) | Hartley District Over 55s Forum |\n"
        "|  | Graham Finn | Basing Over 55s Forum |\n"
        "|  | Jean Buck | Havant 50+ Forum |\n"
        "\n"
        "1. Welcome\n"
        "Chris welcomed everyone.\n"
    )
    people = _people(parse_minutes(text).record)
    assert ("Chris Corn", "present", "Acting Chair", "Hartley District Over 55s Forum") in people


def test_a_meeting_of_two_days_written_as_a_range() -> None:
    # "held on 7-8 April 2005": the meeting's date is its first day.
    text = (
        "Minutes of the Wessex Council held on 7-8 April 2005\n"
        "Present: Ann Booth, Tom Hale and Jo Reed\n"
        "1. Welcome\n"
        "The Chair welcomed everyone.\n"
    )
    assert parse_minutes(text).record["date"] == "2005-04-07"


def test_sentences_opening_the_minutes_before_anyone_is_listed() -> None:
    # "The meeting opened at 5.06 pm." / "The Chair welcomed A and B, accompanied by ..." over
    # the first minute, its reference as written, in bold: an opening with no title, not people.
    text = (
        "THE WESSEX SIXTH FORM COLLEGE\n"
        "MINUTES OF THE CORPORATION MEETING\n"
        "**MONDAY 7 JULY 2025**\n"
        "The meeting opened at 5.06 pm.\n"
        "The Chair welcomed Hana Kaur and Gina Smith, accompanied by her newborn daughter, "
        "Jessie.\n"
        "**25/14 Apologies**\n"
        "Nick Ord, Harry Rand, Mary Dee\n"
        "**25/15 Minutes of the last meeting**\n"
        "The minutes were approved.\n"
    )
    record = parse_minutes(text).record
    first = record["sections"][0]
    assert (first["ref"], first["title"]) == ("", "")
    assert [p["text"][:24] for p in first["paragraphs"]] == [
        "The meeting opened at 5.",
        "The Chair welcomed Hana ",
    ]
    assert "Hana Kaur" not in [a["name"] for a in record["attendees"]]


def test_a_sentence_list_whose_brackets_give_posts_and_churches() -> None:
    # "Present were: ..., Jo Reed, (Circuit Steward), ..., Ann Hall, (Abbeyfield), Ted Hall,
    # (Abbeyfield), ...": brackets naming no post, each shared, are the people's churches.
    text = (
        "Minutes of the Circuit Meeting/Synod held at Mill Lane Methodist Church. Tuesday, "
        "4th March 2025, at 7.30pm.\n"
        "Welcome and Opening worship\n"
        "Rev. Ann Booth welcomed everyone and opened in prayer.\n"
        "Present were: Rev. Ann Booth, Mr Tom Hale, (Secretary), Jo Reed, (Circuit Steward), "
        "Ray Dunn, (Circuit Steward), Kay Moss, (Lay Worker), Bo Marsh, (Kirkby), Cy Marsh, "
        "(Kirkby), Ann Hall, (Abbeyfield), Ted Hall, "
        "(Abbeyfield), Sam Cole, (Colbeck), Di Cole, (Colbeck), Pat Lee, (Glen Mona), and Al "
        "Lee, (Glen Mona).\n"
        "Apologies were received from: Rev. Ed Lane, Sue Park and Bill Fry.\n"
    )
    people = _people(parse_minutes(text).record)
    assert ("Jo Reed", "present", "Circuit Steward", None) in people
    assert ("Ann Hall", "present", "", "Abbeyfield") in people
    assert ("Al Lee", "present", "", "Glen Mona") in people
