"""Rules for conventions of real minutes the forty-ninth set showed (issue 15;
tests/data/real-fresh-49). Made-up minutes, not copied from the set's files."""

from meetings.minutes import read_minutes


def _sections(result) -> list[tuple[str, str]]:
    return [(s.get("ref") or "", s["title"]) for s in result.record["sections"]]


def test_minutes_numbered_month_year_and_item_are_items_with_their_titles() -> None:
    # "05/24-1 Election of Chair. Cllr ... was proposed ...": a parish council numbering its
    # minutes by the meeting's month and year and the minute after a hyphen, the title closed
    # by a full stop and the text run on (or a dash typed against the number); none was read
    # as an item, and the lines above the first one read were taken for attendees.
    result = read_minutes(
        "Ashby Parva Parish Council\n"
        "Minutes of the meeting held Tuesday, 14th January 2025 at 7pm in the Village Hall\n"
        "01/25-1 Election of Chair. Cllr Ruth Moss was proposed and seconded. It was RESOLVED "
        "to appoint Cllr Ruth Moss as Chair.\n"
        "P: JD S: AB, All in favour\n"
        "01/25-2 Chair's Remarks. There were no remarks this month.\n"
        "01/25-3\u2013 Minutes from 10 December 2024 \u2013 It was resolved that the minutes were "
        "accurate.\n"
    )
    assert _sections(result) == [
        ("01/25-1", "Election of Chair"),
        ("01/25-2", "Chair's Remarks"),
        ("01/25-3", "Minutes from 10 December 2024"),
    ]
    first = result.record["sections"][0]["paragraphs"]
    assert first[0]["text"].startswith("Cllr Ruth Moss was proposed and seconded.")
    assert result.record["attendees"] == []


def test_initials_in_brackets_before_a_post_in_brackets_are_no_post() -> None:
    # "Cllr Gillian Pollard (GP) (Chair)" under the item that records who came: the initials
    # the minutes use for her, then her post;
    # the role was read as "(GP) (Chair)" and doubted, the doubt naming the people around her.
    result = read_minutes(
        "Ashby Parva Parish Council\n"
        "Minutes of the meeting held Tuesday, 14th January 2025\n"
        "01/25-1 Election of Chair. Cllr Ruth Moss was proposed and seconded.\n"
        "01/25-2 Members Present\n"
        "Present: Cllr Ruth Moss (RM) (Chair), Cllr John Dale (JD) (Vice Chair), "
        "Cllr Alan Bird (AB), and Cllr Sue Hart (SH)\n"
        "01/25-3 Minutes. The minutes were approved.\n"
    )
    roles = {a["name"]: a["role"] for a in result.record["attendees"]}
    assert roles["Cllr Ruth Moss"] == "Chair"
    assert roles["Cllr John Dale"] == "Vice Chair"
    assert not any("(RM)" in p.message for p in result.problems)


def test_a_post_in_square_brackets_is_read_as_one_in_round_brackets() -> None:
    # "Ms J Irwin [CEO], Ms T Gibson [Admin Officer, DFAP]": officers' posts in square brackets
    # (a Northern Ireland council's minutes); the brackets were kept in the role and doubted.
    result = read_minutes(
        "Harbour Arts Trust\n"
        "Minutes of the Board meeting held on 4 March 2021\n"
        "Present: Mr P Lowry (Chair), Ms A Kerr, Mr D Boyd\n"
        "In attendance: Ms J Quinn [CEO], Ms T Hall [Finance Officer, DfC]\n"
        "\n"
        "1. Apologies\n"
        "None.\n"
    )
    people = {a["name"]: (a["role"], a["organisation"]) for a in result.record["attendees"]}
    assert people["Ms J Quinn"] == ("CEO", None)
    assert people["Ms T Hall"][0].startswith("Finance Officer")
    assert not any("[" in (role or "") for role, _ in people.values())
    assert not any("[" in p.message for p in result.problems)


def test_a_meeting_numbered_in_words_is_no_part_of_the_body_s_name() -> None:
    # "MINUTES OF THE ONE HUNDRED & SEVENTY NINTH MEETING OF THE COMMUNITY RELATIONS COUNCIL
    # HELD ON ...": the meeting's ordinal in words, an ampersand among them, was read as the
    # start of the body's name.
    result = read_minutes(
        "MINUTES OF THE TWO HUNDRED & FORTY FIRST MEETING OF THE RURAL ARTS COUNCIL HELD ON "
        "THURSDAY 4TH MARCH 2021 IN THE COUNCIL OFFICES\n"
        "Present: Mr P Lowry (Chair), Ms A Kerr, Mr D Boyd\n"
        "\n"
        "1. Apologies\n"
        "None.\n"
    )
    assert result.record["board"].upper() == "RURAL ARTS COUNCIL"
    assert result.record["date"] == "2021-03-04"


def test_a_title_whose_sentence_goes_on_gives_the_date_on_the_line_below() -> None:
    # "The Annual General Meeting was held" / "in the Long Room at Trent Bridge on 22nd January
    # 2009.": a typed AGM's opening sentence broken over two lines; no date was read, so the
    # import was refused.
    result = read_minutes(
        "Borsetshire Cricket Board\n"
        "The Annual General Meeting was held\n"
        "in the Pavilion at the County Ground on 14th February 2019.\n"
        "Present: A.B.Smith - Chairman\n"
        "C.D.Jones - Secretary\n"
        "\n"
        "1. Apologies for Absence\n"
        "There were none.\n"
    )
    record = result.record
    assert (record["board"], record["date"]) == ("Borsetshire Cricket Board", "2019-02-14")


def test_lines_titled_before_a_semicolon_are_unnumbered_items() -> None:
    # "Minutes of the June Meeting; These had been circulated ...", "Finance; Statement from
    # the Treasurer ...": a league's minutes with no numbers, each item's title closed by a
    # semicolon; none was read as an item.
    result = read_minutes(
        "WESTFIELD DARTS LEAGUE\n"
        "MINUTES OF THE COMMITTEE MEETING HELD ON 3rd MARCH 2015\n"
        "Present: Tom Hill (Chairman), Ian Watts, Ken Shaw\n"
        "\n"
        "Minutes of the February Meeting; These were agreed to be a correct record.\n"
        "\n"
        "Correspondence; The Secretary had written to the brewery.\n"
        "\n"
        "Finance; The Treasurer reported a balance of £420.\n"
        "\n"
        "Fixtures; The cup draw will be made at the next meeting.\n"
    )
    assert [s["title"] for s in result.record["sections"]] == [
        "Minutes of the February Meeting",
        "Correspondence",
        "Finance",
        "Fixtures",
    ]
    first = result.record["sections"][0]["paragraphs"][0]["text"]
    assert first.startswith("These were agreed")


def test_an_association_s_numbered_paragraphs_are_its_items() -> None:
    # "1. Notice of AGM. Circulated to all members ...", "2. Apologies for absence received from
    # ...", "6. Report on Activities for the year ended 30 June 2011. This had been ...": an
    # AGM's minutes as numbered paragraphs, some titled before a full stop, some whole
    # sentences; items 2 to 7 were read as paragraphs of item 1, whose title was the line.
    result = read_minutes(
        "Minutes of the 5th Annual General Meeting of the Weald Woodturners Association,\n"
        "held at 2.00 pm on Saturday 9 April 2016 in the Village Hall, Ashurst.\n"
        "\n"
        "1. Notice of AGM. Circulated to all members on 1 March 2016\n"
        "\n"
        "2. Apologies for absence received from Mary Cole.\n"
        "\n"
        "3. The Chair welcomed all present and thanked the committee for their work.\n"
        "\n"
        "4. Report on Finance to 31 December 2015. The Treasurer presented the accounts. "
        "They were approved unanimously.\n"
    )
    sections = [(s["ref"], s["title"]) for s in result.record["sections"]]
    assert sections[0] == ("1", "Notice of AGM")
    assert sections[-1] == ("4", "Report on Finance to 31 December 2015")
    assert [ref for ref, _ in sections] == ["1", "2", "3", "4"]
    assert result.record["sections"][-1]["paragraphs"][0]["text"].startswith("The Treasurer")


def test_the_chair_named_as_presiding_in_the_opening_sentence_is_present() -> None:
    # "The May meeting of the above named community council was held at ... The Chairman, Cllr
    # Mike Harwood, presided.": a community council names its chair only there, the other
    # members under "Present:"; the chair was missing from the attendance.
    result = read_minutes(
        "Cyngor Cymuned Tregaron Community Council\n"
        "The June meeting of the above named community council was held at the Memorial Hall "
        "on Tuesday 7th June 2016 at 7:30pm. The Chairman, Cllr Dafydd Rees, presided.\n"
        "Present: Cllr Ann Hughes, Cllr Owen Lloyd, Mrs Eira Price (Clerk)\n"
        "\n"
        "1. Apologies\n"
        "Apologies were received from Cllr Mair Jones\n"
    )
    chair = [a for a in result.record["attendees"] if a["name"] == "Cllr Dafydd Rees"]
    assert [(a["role"], a["attendance"]) for a in chair] == [("Chairman", "present")]


def test_a_long_agenda_title_under_items_of_its_form_is_the_next_item() -> None:
    # "5. Acknowledge and Sign the Amended Scheme for Establishment of Community Councils in
    # Dumfries & Galloway as Constitution": a community council's agenda wording kept as the
    # item's title, longer than titles are; it was read as a paragraph of item 4.
    result = read_minutes(
        "Minutes of First Meeting of Glenluce Community Council on 5th November 2019\n"
        "Present: Ann Moore, Ian Reid, Joan Watt\n"
        "1. Appointment of the Chair\n"
        "IR proposed Ann Moore as chair and this was seconded by JW.\n"
        "2. Appointment of Secretary\n"
        "AM proposed Joan Watt and this was seconded by IR.\n"
        "3. Acknowledge and Sign the Amended Scheme for Establishment of Community Councils "
        "in Dumfries & Galloway as Constitution\n"
        "This was signed by Ann Moore and Joan Watt\n"
    )
    refs = [s["ref"] for s in result.record["sections"]]
    assert refs == ["1", "2", "3"]
    assert result.record["sections"][2]["title"].endswith("as Constitution")
