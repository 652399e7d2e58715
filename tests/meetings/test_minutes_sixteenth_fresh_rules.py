"""Layouts of the outside tester's third import files (issue 15, findings 1-6; the records are
in tests/data/real-fresh-16), each in a small made-up example: a rule real minutes follow, never
one file. Pure functions only."""

from meetings.minutes import parse_minutes


def _sections(record: dict) -> list[tuple[str, str]]:
    return [(s["ref"], s["title"]) for s in record["sections"]]


def _paragraphs(section: dict) -> list[tuple[str, str]]:
    return [(p["ref"], p["text"]) for p in section["paragraphs"]]


def test_items_numbered_by_the_meeting_and_the_item_are_items() -> None:
    # Parish councils number items "meeting.item" (22.22) and their parts "meeting.item.part"
    # (22.23.01), the title in mixed case after a gap or a single space; no "22." over them.
    for gap in ("      ", " "):
        text = (
            "Anytown Parish Council\n\n"
            "Minutes of the Meeting of Anytown Parish Council held on 2 March 2022.\n\n"
            "Present:\nCllr A Smith (Chair)\nCllr B Jones\n\n"
            f"Item No{gap}Item to be discussed\n\n"
            f"31.07{gap}To receive apologies for absence\n"
            "Apologies were received from Cllr Brown.\n\n"
            f"31.08{gap}Declarations of Interest\n"
            f"31.08.01{gap}To receive Amendments to the Register\n"
            "There were none\n"
            f"31.08.02{gap}To consider Dispensations\n"
            "None were asked for\n\n"
            f"31.09{gap}Village Hall\n"
            "The hall's roof was reported repaired.\n"
        )
        result = parse_minutes(text)
        record = result.record
        assert _sections(record) == [
            ("31.07", "To receive apologies for absence"),
            ("31.08", "Declarations of Interest"),
            ("31.09", "Village Hall"),
        ]
        paragraphs = _paragraphs(record["sections"][1])
        assert [text for _, text in paragraphs] == [
            "To receive Amendments to the Register",
            "There were none",
            "To consider Dispensations",
            "None were asked for",
        ]
        assert [ref for ref, _ in paragraphs][::2] == ["31.08.01", "31.08.02"]
        assert not [p for p in result.problems if p.severity == "error"]
        assert [p.message for p in result.problems if p.text.startswith("Item No")] == [
            "The items' column headings left out of the record"
        ]


def test_a_decimal_under_an_item_of_its_first_number_stays_its_paragraph() -> None:
    # "4. Finance" over "4.1 Budget" and "4.2 Payments": paragraphs of item 4, not items.
    text = (
        "Anytown Parish Council\n\nMinutes of the meeting held on 2 March 2022.\n\n"
        "Present: Cllr A Smith\n\n"
        "4. Finance\n4.1 Budget monitoring\nThe budget was on track.\n"
        "4.2 Payments\nPayments were approved.\n"
    )
    assert _sections(parse_minutes(text).record) == [("4", "Finance")]


def test_running_minute_numbers_with_the_title_run_into_the_text_are_items() -> None:
    # Parish minutes numbered on through the years ("2715", "2716"), each bold title run into
    # its text on one line; no dot after the number. Refused before: "No numbered sections".
    text = (
        "MINUTES of the Anytown Parish Council meeting held on 12th September 2017.\n\n"
        "Present: J Smith Chair, A Brown, C Green\n\n"
        "3101 Apologies for Absence On a PROPOSAL by Cllr Brown SECONDED by Cllr Green it was "
        "AGREED to accept apologies from Cllr White and County Cllr Black\n\n"
        "3102 Declarations of Interest Cllr Brown - item 3110 - he is a neighbour\n\n"
        "3103 Matters Arising from Last Minutes None\n\n"
        "3104 Minutes of the Meeting held on 8th August 2017 These were agreed.\n"
    )
    result = parse_minutes(text)
    record = result.record
    assert _sections(record) == [
        ("3101", "Apologies for Absence"),
        ("3102", "Declarations of Interest"),
        ("3103", "Matters Arising from Last Minutes"),
        ("3104", "Minutes of the Meeting held on 8th August 2017"),
    ]
    assert record["sections"][2]["paragraphs"][0]["text"] == "None"
    assert record["sections"][0]["paragraphs"][0]["text"].startswith("On a PROPOSAL by")
    apologies = [a["name"] for a in record["attendees"] if a["attendance"] == "apologies"]
    assert apologies == ["Cllr White", "County Cllr Black"]


def test_a_second_sentence_of_apologies_is_read_too() -> None:
    text = (
        "Anytown Parish Council\n\nMinutes of the meeting held on 2 March 2022.\n\n"
        "Present: Cllr A Smith\n\n"
        "1. Apologies\nApologies were received from Cllr Brown. Cllr Green attended by video. "
        "Apologies were also received from District Councillor Lee and County Councillor Kaur.\n"
    )
    apologies = [
        a["name"] for a in parse_minutes(text).record["attendees"] if a["attendance"] == "apologies"
    ]
    assert apologies == ["Cllr Brown", "District Councillor Lee", "County Councillor Kaur"]


def test_a_pdf_of_one_line_a_paragraph_keeps_the_heading_the_items_and_the_list_apart() -> None:
    # Text taken from a PDF and printed again, every line a paragraph 6pt apart: no gap tells
    # paragraphs apart. The board's name in capitals, the meeting's line, item 1 and its list
    # were read as one line that appeared nowhere; "Page 1 of 1" was glued to the last item.
    from weasyprint import HTML

    from meetings.minutes import read_file

    lines = [
        "ANYTOWN AND DISTRICT FIRE AND RESCUE",
        "AUTHORITY - FINANCE COMMITTEE",
        "Minutes of the meeting held at Fire HQ, High Street, Anytown on Friday 4 March",
        "2016 from 10.00 am",
        "1. APOLOGIES FOR ABSENCE",
        "Apologies for absence were received from:",
        "Councillor Ann Lee, for whom Councillor Bob Ray was substitute;",
        "Councillor Cy Twombly, for whom Councillor Di Moss was substitute.",
        "2. DECLARATIONS OF INTERESTS",
        "None.",
        "3. MINUTES",
        "The Committee confirmed the minutes of the meeting held on 2 February 2016 as a true",
        "record.",
        "Page 1 of 1",
    ]
    body = "".join(f"<p style='margin:0 0 6pt 0'>{line}</p>" for line in lines)
    html = f"<html><body style='font-family:sans-serif;font-size:11pt'>{body}</body></html>"
    result = read_file("minutes.pdf", HTML(string=html).write_pdf())
    record = result.record
    assert record["board"].upper() == (
        "ANYTOWN AND DISTRICT FIRE AND RESCUE AUTHORITY - FINANCE COMMITTEE"
    )
    assert record["date"] == "2016-03-04"
    assert _sections(record) == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF INTERESTS"),
        ("3", "MINUTES"),
    ]
    people = {a["name"]: a["attendance"] for a in record["attendees"]}
    assert people["Councillor Ann Lee"] == "apologies"
    assert people["Councillor Bob Ray"] == "present"
    assert record["sections"][2]["paragraphs"][-1]["text"].endswith("as a true record.")


def test_a_bodys_name_in_capitals_wrapped_over_three_lines_is_one_name() -> None:
    # A centred heading that wraps: "... - POLICY AND" goes on onto the next line. Before, the
    # board was the last line alone, "STRATEGY COMMITTEE".
    text = (
        "ANYTOWN AND DISTRICT\n"
        "FIRE AND RESCUE AUTHORITY - FINANCE AND\n"
        "AUDIT COMMITTEE\n"
        "Minutes of the meeting held at Fire HQ on Friday 4 March 2016 from 10.00 am\n\n"
        "1. APOLOGIES\nNone.\n"
    )
    record = parse_minutes(text).record
    assert record["board"] == (
        "ANYTOWN AND DISTRICT FIRE AND RESCUE AUTHORITY - FINANCE AND AUDIT COMMITTEE"
    )
    assert record["date"] == "2016-03-04"


def test_a_parish_list_of_councillors_by_surname_after_a_semicolon() -> None:
    # "Councillors;" is the list's title; "(Chair)" closes the first name with no comma after
    # it; "Ward Councillor Ransome" has a title of his own; the public are counted, not named.
    text = (
        "Anytown Parish Council\n\n"
        "Minutes of Meeting of Anytown Parish Council on Wednesday 7th November 2018\n\n"
        "Present at Meeting: Councillors; Jones (Chair) Lane, Patel, Ash and Ward Councillor "
        "Rowe. 3 members of the public.\n\n"
        "1. Apologies: Councillor Pike\n"
    )
    result = parse_minutes(text)
    people = [(a["name"], a["role"], a["attendance"]) for a in result.record["attendees"]]
    assert people[:5] == [
        ("Councillor Jones", "Chair", "present"),
        ("Councillor Lane", "", "present"),
        ("Councillor Patel", "", "present"),
        ("Councillor Ash", "", "present"),
        ("Ward Councillor Rowe", "", "present"),
    ]
    assert [p.message for p in result.problems if p.line == 5] == [
        "Members of the public are not recorded by name"
    ]


def test_a_post_after_an_initialled_name_and_the_public_counted_in_a_list() -> None:
    # "J. Carr Clerk" at the end of a list of names starts a person, the clerk, not the role
    # of the one before; "0 members of the public" after a name is no role; "(by Zoom)" is a
    # note on how someone took part.
    text = (
        "MINUTES of the Anytown Parish Council meeting held on 12th September 2017.\n\n"
        "Present: J Hay Chair, A Carr, J Cox, S Unwin, J. Carr Clerk\n"
        "District Cllr Pat Bute, 0 members of the public\n"
        "Cllr F Harvey (by Zoom)\n\n"
        "1. Apologies\nNone.\n"
    )
    result = parse_minutes(text)
    people = {a["name"]: (a["role"], a.get("note", "")) for a in result.record["attendees"]}
    assert people["S Unwin"] == ("", "")
    assert people["J. Carr"] == ("Clerk", "")
    assert people["District Cllr Pat Bute"] == ("", "")
    assert people["Cllr F Harvey"] == ("", "by Zoom")
    assert "Members of the public are not recorded by name" in [p.message for p in result.problems]


def test_the_place_between_the_date_and_the_time_in_the_title() -> None:
    # "... on Wednesday 7th November 2018 Cadeby Inn at 7.00": no "held at" before the place.
    text = (
        "Anytown Parish Council\n\n"
        "Minutes of Meeting of Anytown Parish Council on Wednesday 7th November 2018 The Red "
        "Lion at 7.00\n\n"
        "Present: Cllr A Smith\n\n1. Apologies\nNone.\n"
    )
    record = parse_minutes(text).record
    assert (record["date"], record["place"]) == ("2018-11-07", "The Red Lion")


def test_a_first_line_holding_the_board_and_more_is_listed_to_check() -> None:
    # The board's name, the meeting's sentence and item 1 run together on the first line (a
    # PDF's lines joined): the board and the date are read from it, and the line is listed,
    # never silently cut to the board's name.
    text = (
        "ANYTOWN FIRE AND RESCUE AUTHORITY - FINANCE COMMITTEE Minutes of the meeting held at "
        "Fire HQ, High Street, Anytown on Friday 4 March 2016 from 10.00 am 1. APOLOGIES FOR "
        "ABSENCE Apologies for absence were received from Councillor Ann Lee.\n\n"
        "2. DECLARATIONS OF INTERESTS\n\nNone.\n"
    )
    result = parse_minutes(text)
    assert result.record["date"] == "2016-03-04"
    assert [(p.line, p.severity) for p in result.problems if p.line == 1] == [(1, "error")]


def test_cc_before_a_surname_is_a_county_councillor() -> None:
    text = (
        "Anyshire Combined Fire Authority\n\n"
        "Minutes of the meeting held on Monday 19 February 2018 at Fire HQ\n\n"
        "60/17 Apologies for Absence\nApologies were received from CC Wilkes and CC Stone.\n"
    )
    apologies = [
        a["name"] for a in parse_minutes(text).record["attendees"] if a["attendance"] == "apologies"
    ]
    assert apologies == ["CC Wilkes", "CC Stone"]
