"""Issue 15's "never silent" (helper silence8): doubts made precise, made-up cases of what the real
minutes (tests/data/real*) do."""

from meetings.minutes.text import parse_minutes


def _messages(text: str) -> list[str]:
    return [p.message for p in parse_minutes(text).problems]


def test_a_skipped_item_number_is_kept_as_written_with_no_doubt() -> None:
    # Real minutes skip items' numbers (an item taken in private, withdrawn): nothing says 4.
    text = (
        "Westshire Parish Council\n\nMinutes of the meeting held on 9 May 2019\n\n"
        "1. Apologies\n\nNone.\n\n2. Minutes\n\nThe minutes were approved.\n\n"
        "3. Finance\n\nThe accounts were noted.\n\n5. Planning\n\nNo applications.\n"
    )
    record = parse_minutes(text).record

    assert [s["ref"] for s in record["sections"]] == ["1", "2", "3", "5"]
    assert not [m for m in _messages(text) if "follows" in m or "skip" in m]


def test_a_paragraph_numbered_as_a_skipped_item_is_doubted_as_that_item() -> None:
    text = (
        "Riverside Twinning Association\n\n"
        "Minutes of the Committee meeting held on 14 March 2011\n\n"
        "1. Apologies for absence: Carol Dean (CD).\n\n"
        "2. Minutes of the meeting held on 11.01.11. were corrected, as follows: item 5ii: £150 "
        "changed to £175.\n\n"
        "3. There were no matters arising.\n\n4. Correspondence.\n\n"
        "i. AH has sent and received many e-mails about the visits.\n\n"
        "5. Financial Report\n\ni. BC announced the balances.\n"
    )
    result = parse_minutes(text)
    doubts = [(p.text, p.message) for p in result.problems if "skip" in p.message]

    assert [s["ref"] for s in result.record["sections"]] == ["1", "2", "5"]
    assert doubts == [
        (
            "3. There were no matters arising.",
            "Read as a paragraph numbered 3, but the items' numbers skip it (2, then 5): it may "
            "be item 3; check",
        ),
        (
            "4. Correspondence.",
            "Read as a paragraph numbered 4, but the items' numbers skip it (2, then 5): it may "
            "be item 4; check",
        ),
    ]
    assert not [m for m in _messages(text) if "follows section" in m]


def test_a_number_that_goes_back_is_still_doubted() -> None:
    text = "Board\n\n5. Finance\n\nCosts rose.\n\n3. Audit\n\nThe plan was agreed.\n"

    assert "Section 3 follows section 5; numbers are kept as written" in _messages(text)


def test_a_skip_whose_number_stands_as_a_mark_inside_a_line_is_told() -> None:
    # Two columns run together: item 4's number inside the line read as item 6's title.
    text = (
        "Westshire Girls League\n\nMinutes of the AGM held on 3 June 2014\n\n"
        "1) Welcome\n\nAll were welcomed.\n\n3) Minutes of previous meeting\n\nAccepted.\n\n"
        "5) Accounts\n\nTo be presented in September.\n\n"
        "6) Election of Officers to the 4) Chairman's Annual Report:-\n\nHe gave his report.\n"
    )

    assert "Section 5 follows section 3; numbers are kept as written" in _messages(text)


_BOWLS = (
    "Ainsdale Sports Club Bowls Section\n\n"
    "Minutes of the Committee Meeting held on 8 October 2019\n\n"
    "Present: Steve McCann (SMc), Gary Walsh (GW), Liz Adams (LA)\n\n"
    "MATTERS ARISING SMc reported that the issue of the floodlights was now resolved.\n"
    "TREASURERS REPORT GW's report was posted before the meeting.\n"
    "CONSTITUTION LA provided copies of the final draft.\n"
    "The NHS leaflet was handed round.\n"
    "Treasurers Report\n"
)


def test_an_items_heading_read_as_a_paragraph_of_the_item_above_is_doubted() -> None:
    result = parse_minutes(_BOWLS)
    doubts = [(p.text, p.message) for p in result.problems if "read as a paragraph of" in p.message]
    tail = "reads as an item's title, but is read as a paragraph of the item above: an item's "
    tail += "heading may be read into it; check"

    assert doubts == [
        (
            "TREASURERS REPORT GW's report was posted before the meeting.",
            f"'TREASURERS REPORT' {tail}",
        ),
        ("CONSTITUTION LA provided copies of the final draft.", f"'CONSTITUTION' {tail}"),
        ("Treasurers Report", f"'Treasurers Report' {tail}"),
    ]


def test_a_sub_heading_under_an_item_titled_with_it_is_no_doubt() -> None:
    text = (
        "Westshire Youth Board\n\nMinutes of the meeting held on 9 May 2019\n\n"
        "1. Minutes & Matters Arising\n\nThe minutes were approved.\n\nMatters arising\n\n"
        "The survey is under way.\n"
    )

    assert not [m for m in _messages(text) if "read as a paragraph of" in m]


def test_initials_name_an_attendee_past_a_rank_and_a_double_barrelled_surname() -> None:
    # The attendance gives no one's initials: 'LSR' is Louise Scutt-Richter (each part of her
    # surname), 'LK' PC Laura Kerr (her rank left out, as a title is).
    result = parse_minutes(
        "Westshire BID Board\n\nMinutes of the meeting held on 5 March 2019\n\n"
        "Present: Jim Brewin, Louise Scutt-Richter, PC Laura Kerr\n\n"
        "1. Business plan\n\nThe plan was discussed and will be revised. Action: LSR\n\n"
        "2. Crime\n\nThefts from sheds were reported. Action: LK\n"
    )
    actions = [
        (a["owner"], a["owner_people"])
        for s in result.record["sections"]
        for p in s["paragraphs"]
        for a in p["actions"]
    ]

    assert actions == [("LSR", ["Louise Scutt-Richter"]), ("LK", ["PC Laura Kerr"])]
    assert not [p for p in result.problems if "not among the attendees" in p.message]


def test_initials_after_a_name_of_two_words_are_no_doubt_of_the_name() -> None:
    # The list names people by two words, then the post with no comma: 'HMCS' after 'Jean Bell'
    # is a body's initials, no part of her name; 'Integrated ...' may be, and is told.
    result = parse_minutes(
        "YOS MANAGEMENT BOARD\n28th April 2009\nPresent:\n"
        "Mike Batty Head of Community Protection (Chair)\n"
        "Miriam Robertson YOS Manager\n"
        "Terry Frank Integrated Youth Support Services Manager\n"
        "Peter Seller Head of Children & Young People's Strategy\n"
        "Jean Bell HMCS Magistrates Court\n"
        "Tina Beckett Assistant Director, National Probation Service - Teesside\n"
        "Apologies:\n"
        "Jane Edmends Housing Strategy & Development Manager\n"
        "Ted Allen Chief Inspector, Cleveland Police\n"
        "Darren Coulton LSC, Partnership Manager, Stockton\n"
        "1. Minutes & Matters Arising\n"
        "Minutes of meeting held on 20.01.09 were agreed as a true and accurate record.\n"
    )
    told = [p.text for p in result.problems if "the rest as the post" in p.message]
    names = [a["name"] for a in result.record["attendees"]]

    assert {"Jean Bell", "Miriam Robertson", "Darren Coulton", "Terry Frank"} <= set(names)
    assert told == ["Terry Frank Integrated Youth Support Services Manager"]
