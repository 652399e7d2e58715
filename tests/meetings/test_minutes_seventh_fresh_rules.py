"""Layouts of minutes from ten more kinds of body (issue 15; the records are in
tests/data/real-fresh-7), each in a small made-up example: a rule real minutes follow, never one
file. Pure functions only."""

from meetings.minutes import parse_minutes
from tests.meetings.test_minutes_fourth_fresh_layouts import _people, _sections, _texts

_HEAD = "Anytown Joint Board\n\nMinutes of the meeting held on 1 March 2024\n\n"


def test_a_web_pages_html_source_is_read_without_its_tags() -> None:
    # A document host gives the minutes as HTML source: every line ends "<br />" and words are
    # in "<strong>"; the tags are markup, and "&amp;" is "&" there.
    text = (
        "Anytown Canals Board<br />\n\n"
        "Minutes of the Board meeting held on 1 March 2024<br />\n\n"
        "Present: Ann Lee - Chair<br />\n\n"
        "Bob Hill - Director of Finance &amp; Estates<br />\n\n"
        "1. Approval of <strong>Minutes</strong><br />\n\n"
        "The minutes were approved.<br />\n"
    )
    record = parse_minutes(text).record
    assert _people(record) == [
        ("Ann Lee", "Chair", None, "present"),
        ("Bob Hill", "Director of Finance & Estates", None, "present"),
    ]
    assert _sections(record) == [("1", "Approval of Minutes")]
    assert _texts(record) == ["The minutes were approved."]


def test_angle_brackets_that_are_not_tags_stay() -> None:
    text = (
        "Anytown Board\n\nMinutes of the meeting held on 1 March 2024\n\n"
        "1. Levels\nFlows were <5% & rising.\n"
    )
    assert _texts(parse_minutes(text).record) == ["Flows were <5% & rising."]


def test_a_flattened_table_of_labels_names_and_point_zero_items() -> None:
    # A Word table copied with " / " between its cells: label cells, rows of names one a
    # cell, and items numbered "1.0" with the action column's header after the title.
    text = (
        "Date & Time: / Monday 8 April 2013 \u2013 5pm\n"
        "Location: / Civic Offices\n"
        "Attendance: / Emma Hosking / Lisa Hurst / Jay Flanders\n"
        "Adam Rolfe / Hazel Anne Fransch / Alice Piggott\n"
        "1.0 / Welcome and introductions / ACTIONS\n"
        "Emma Hosking welcomed everyone.\n"
        "2.0 / Apologies\n"
        "Apologies were received from Anita Dzre.\n"
    )
    record = parse_minutes(text).record
    assert record["board"] == ""  # "Date & Time:" is a label, not the board's name
    assert record["date"] == "2013-04-08"
    assert [a["name"] for a in record["attendees"] if a["attendance"] == "present"] == [
        "Emma Hosking", "Lisa Hurst", "Jay Flanders", "Adam Rolfe", "Hazel Anne Fransch",
        "Alice Piggott",
    ]  # fmt: skip
    assert _sections(record) == [("1.0", "Welcome and introductions"), ("2.0", "Apologies")]
    assert _texts(record) == ["Emma Hosking welcomed everyone."]


def test_a_point_zero_number_far_out_of_sequence_is_not_an_item() -> None:
    text = _HEAD + "1. Finance\nThe budget was noted.\n9.0 Flows rose in March.\n"
    record = parse_minutes(text).record
    assert _sections(record) == [("1", "Finance")]


def test_a_run_of_names_with_initials_and_their_bodies() -> None:
    # A table's cells run together: "Name (XX) Body"; a hyphenated first name is given by one
    # letter or two; what follows the initials is a body unless it names a post; "Committee
    # Members:" are the committee's members, "Committee" no one's organisation.
    text = _HEAD + (
        "Committee Members: Adrian Philpott (AP) Dwr Cymru Welsh Water Jean-Francois Dulong "
        "(JD) Welsh Local Government Association Anne-Marie Moon (AM) JBA Consulting David "
        "Harris (DH) Independent Consultant\n\n" + "1. Minutes\nThe minutes were approved.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Adrian Philpott", "", "Dwr Cymru Welsh Water", "present"),
        ("Jean-Francois Dulong", "", "Welsh Local Government Association", "present"),
        ("Anne-Marie Moon", "", "JBA Consulting", "present"),
        ("David Harris", "Independent Consultant", None, "present"),
    ]


def test_a_margin_heading_flattened_before_the_minutes_number() -> None:
    # "TITLE 2952. text": a heading in the margin, in capitals (perhaps with a tail in lower
    # case), came before the running minute number when the page was flattened.
    text = _HEAD + (
        "MINUTES 2952. It was resolved that the minutes be taken as read.\n\n"
        "HARBOUR MASTER'S REPORT as prepared by ABP 2953. The report is attached.\n\n"
        "a) The new buoy was in position.\n\n"
        "FINANCE 1999. Figures were noted.\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [
        ("2952", "MINUTES"),
        ("2953", "HARBOUR MASTER'S REPORT as prepared by ABP"),
    ]
    assert _texts(record) == ["It was resolved that the minutes be taken as read."]
    assert _texts(record, 1)[0] == "The report is attached."
    assert "FINANCE 1999. Figures were noted." in _texts(record, 1)[-1]  # out of sequence


def test_capital_labels_without_colons_and_messrs_over_initials() -> None:
    # A label in capitals run into the names ("PRESENT Mr A ..."), "Messrs" over a list of
    # initials and surnames, dotted or not, after a chair's note or alone.
    text = _HEAD + (
        "PRESENT Mr C. P Crick (in the Chair) Messrs P.H.C Davies, G Jug and S Kopitsis.\n\n"
        "APOLOGIES Messrs C.W Dowds and J Neale.\n\n"
        "IN ATTENDANCE Captain M Chidlow (Harbour Master).\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Mr C. P Crick", "in the Chair", None, "present"),
        ("Mr P.H.C Davies", "", None, "present"),
        ("Mr G Jug", "", None, "present"),
        ("Mr S Kopitsis", "", None, "present"),
        ("Mr C.W Dowds", "", None, "apologies"),
        ("Mr J Neale", "", None, "apologies"),
        ("Captain M Chidlow", "Harbour Master", None, "in_attendance"),
    ]


def test_a_sentence_naming_the_body_under_a_title_that_does_not() -> None:
    # "COMMISSIONERS' MEETING HELD ON ..." names no body; the sentence under it does, in full.
    text = (
        "COMMISSIONERS' MEETING HELD ON 11 SEPTEMBER 2013\n\n"
        "An inquorate meeting of the Newport Harbour Commissioners was held at the offices of "
        "ABP, Newport, on Wednesday, 11th Day of September 2013, at 09:30am.\n\n"
        "PRESENT: Mr C Crick\n\n1. Minutes\nThe minutes were approved.\n"
    )
    record = parse_minutes(text).record
    assert (record["board"], record["date"]) == ("Newport Harbour Commissioners", "2013-09-11")
    assert [a["name"] for a in record["attendees"]] == ["Mr C Crick"]


def test_a_meeting_sentence_naming_another_body_leaves_the_board() -> None:
    text = (
        "Anytown Parish Council\n\nMinutes of the meeting held on 1 March 2024\n\n"
        "A meeting of the Village Hall Trust was held at the hall.\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    assert parse_minutes(text).record["board"] == "Anytown Parish Council"


def test_an_older_minutes_number_inside_a_minute_is_not_a_section() -> None:
    # Minutes numbered through the year: "106. Title" inside minute 115, then 116 goes on from
    # 115; the lower number names an older minute, shown as a paragraph's reference.
    text = _HEAD + (
        "115.\n\nMinutes and Matters Arising\n\nThe minutes were agreed.\n\n"
        "106. Domestic Abuse Performance Update\n\nThe action for this item was completed.\n\n"
        "116.\n\nStrategic Assessment\n\nA report was presented.\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [
        ("115", "Minutes and Matters Arising"),
        ("116", "Strategic Assessment"),
    ]
    refs = [(p["ref"], p["text"]) for p in record["sections"][0]["paragraphs"]]
    assert ("106", "Domestic Abuse Performance Update") in refs


def test_a_number_out_of_sequence_with_no_return_is_still_a_section() -> None:
    text = _HEAD + "5. Finance\n\nThe budget was noted.\n\n3. Staffing\n\nA post was filled.\n"
    assert _sections(parse_minutes(text).record) == [("5", "Finance"), ("3", "Staffing")]


def test_a_month_above_the_heading_and_meeting_after_the_boards_name() -> None:
    # A web page's month over the body's name ("June 2016") is no board; "Board meeting:"
    # before the date leaves "meeting" and its colon out of the board's name.
    text = (
        "June 2016\n\nMALDON HARBOUR COMMISSIONERS\n\nMINUTES OF THE MEETING \u2013 16 June 2016"
        "\n\nPRESENT:\nJim Dines (Chairman)\n\n1. Apologies\nThere were no apologies.\n"
    )
    record = parse_minutes(text).record
    assert (record["board"], record["date"]) == ("MALDON HARBOUR COMMISSIONERS", "2016-06-16")
    text = "Welsh Government Board meeting: 24 January 2025\n\n1. Welcome\nAll were welcomed.\n"
    assert parse_minutes(text).record["board"] == "Welsh Government Board"


def test_item_parts_of_a_report_inside_a_minute_keep_their_reference() -> None:
    text = _HEAD + (
        "4. Matters Arising\nThere were none.\n\n5. Clerk's Report\n"
        "Item 1 \u2013 Trinity House Inspection, 18 May 2016\n"
        "Trinity House had reported that aids were in good order.\n"
        "Item 2 \u2013 Port Marine Safety Code\n"
        "The Code had been reviewed.\n"
    )
    paragraphs = parse_minutes(text).record["sections"][1]["paragraphs"]
    assert [(p["ref"], p["text"][:24]) for p in paragraphs] == [
        ("Item 1", "Trinity House Inspection"),
        ("Item 2", "Port Marine Safety Code "),
    ]


def test_a_flattened_minutes_table_with_notes_and_action_columns() -> None:
    # "DRAFT X Minutes of the meeting at <venue> <date>": the body without the record's status
    # and the place; the table's header run into its first row ("Item No Item Notes Action 1.")
    text = (
        "DRAFT AONB Partnership Committee Minutes of the meeting at Callow Rock Quarry Offices, "
        "Cheddar, BS27 3DQ 28th September 2011\n\nPresent: Ann Lee, Bob Hill\n\n"
        "Item No Item Notes Action 1. Apologies\n\nApologies were noted.\n"
    )
    record = parse_minutes(text).record
    assert (record["board"], record["date"]) == ("AONB Partnership Committee", "2011-09-28")
    assert _sections(record) == [("1", "Apologies")]


def test_two_items_taken_together_under_one_heading() -> None:
    text = _HEAD + (
        "1 - 2. Apologies and introductions\n\nThe Chair gave the apologies.\n\n"
        "3. Declaration of Interests\n\nNone were given.\n"
    )
    assert _sections(parse_minutes(text).record) == [
        ("1 - 2", "Apologies and introductions"),
        ("3", "Declaration of Interests"),
    ]


def test_a_meetings_number_and_its_place_over_the_date_are_no_attendees() -> None:
    text = (
        "Flood and Coastal Erosion Committee\n\nMeeting No 2: Minutes\n\n"
        "Rhos, Llandudno Junction,\n\n10 September 2019\n\n"
        "PRESENT:\nAnn Lee\nBob Hill\n\n1. Apologies\nThere were none.\n"
    )
    record = parse_minutes(text).record
    assert record["place"] == "Rhos, Llandudno Junction"
    assert [a["name"] for a in record["attendees"]] == ["Ann Lee", "Bob Hill"]


def test_a_title_whose_date_goes_on_with_its_year_below() -> None:
    # "... of the Board of Scottish Canals held on 25 th October" / "2012 at ...": the date's
    # year on the next line; a host's date stamp above the title is not the meeting's date.
    text = (
        "05.01.2015 Views\n\n"
        "Minutes of the Meeting of the Board of Scottish Canals held on 25 th October\n\n"
        "2012 at Scottish Canals, Applecross Street, Glasgow at 8.30am.\n\n"
        "Present: Dr Jon Hargreaves - Chair\n\n1. Apologies for Absence\nThere were none.\n"
    )
    record = parse_minutes(text).record
    assert (record["board"], record["date"]) == ("Board of Scottish Canals", "2012-10-25")


def test_those_from_whom_apologies_were_not_received_are_absent() -> None:
    text = _HEAD + (
        "1. Apologies\nApologies were received from Anita Dzre.\n"
        "Apologies were not received from Charley Mackrill and Josh Bennetts.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Anita Dzre", "", None, "apologies"),
        ("Charley Mackrill", "", None, "absent"),
        ("Josh Bennetts", "", None, "absent"),
    ]


def test_a_post_before_the_title_and_members_of_the_public() -> None:
    # "Deputy Mayor Cllr Dean Ward": the post before the councillor's title is the role;
    # "Members of the Public" are in attendance, "2 Members of the Public" no one.
    text = (
        "Charter Trustees Meeting \u2013 10th July, 2019\n\nMembers present\n\n"
        "Mayor Cllr Adam Stokes Chairperson\nDeputy Mayor Cllr Dean Ward\nCllr Jacky Smith\n\n"
        "Members of the Public\n\nCllr Linda Wootten\n\n1. Welcome\n\nThe Mayor welcomed all.\n"
    )
    assert _people(parse_minutes(text).record) == [
        ("Cllr Adam Stokes", "Mayor, Chairperson", None, "present"),
        ("Cllr Dean Ward", "Deputy Mayor", None, "present"),
        ("Cllr Jacky Smith", "", None, "present"),
        ("Cllr Linda Wootten", "", None, "in_attendance"),
    ]


def test_the_first_sub_item_under_an_item_with_no_text_is_a_heading() -> None:
    text = _HEAD + (
        "4. Declaration of Interests\n\nThere were none.\n\n"
        "5. UPDATES AND ADVICE\n\n5.1 Chief Executive Report\n\n"
        "The following matters were discussed.\n\n"
        "6. Finance\n\n6.1 It was\n\nResolved: that the accounts be approved.\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [
        ("4", "Declaration of Interests"),
        ("5", "UPDATES AND ADVICE"),
        ("5.1", "Chief Executive Report"),
        ("6", "Finance"),
    ]
    assert _texts(record, 2) == ["The following matters were discussed."]


def test_resolved_alone_then_what_was_resolved_is_one_decision() -> None:
    text = _HEAD + (
        "13.\n\nMinutes\n\nMinutes:\n\nThe minutes were presented, and it was,\n\n \n\n"
        "Resolved:\n\n \n\nTo approve and sign the minutes as a true and correct record.\n\n"
        "14.\n\nDeclarations of Interest\n\nMinutes:\n\nThere were none.\n"
    )
    record = parse_minutes(text).record
    assert _texts(record) == [
        "The minutes were presented, and it was,",
        "Resolved: To approve and sign the minutes as a true and correct record.",
    ]


def test_a_sentence_broken_by_a_blank_line_goes_on() -> None:
    # A web page's source breaks every line with a blank one: "... Director of" / "Estates."
    text = _HEAD + (
        "1. Apologies for Absence\n\n"
        "The Chair reported that apologies had been received from Katie Hughes, Director of\n\n"
        "Estates.\n\nThe meeting was quorate.\n"
    )
    record = parse_minutes(text).record
    assert _texts(record) == [
        "The Chair reported that apologies had been received from Katie Hughes, Director of "
        "Estates.",
        "The meeting was quorate.",
    ]
    assert _people(record) == [("Katie Hughes", "Director of Estates", None, "apologies")]


def test_a_run_of_names_with_initials_or_posts_in_brackets() -> None:
    # A table run together where some have their initials in brackets and some a post; a last
    # "Name, Post" after a body is one more person.
    text = _HEAD + (
        "PRESENT: Martin Buckle (Chair) Flood & Coastal Erosion Committee James Morris (JM) "
        "Welsh Government Chris Curry (Secretariat) Welsh Government Lisa Goodier, Senior "
        "Project Manager\n\n1. Apologies\nThere were none.\n"
    )
    people = _people(parse_minutes(text).record)
    assert people[:3] == [
        ("Martin Buckle", "Chair", "Flood & Coastal Erosion Committee", "present"),
        ("James Morris", "", "Welsh Government", "present"),
        ("Chris Curry", "Secretariat", "Welsh Government", "present"),
    ]
    assert [p[0] for p in people] == [
        "Martin Buckle",
        "James Morris",
        "Chris Curry",
        "Lisa Goodier",
    ]


def test_a_flattened_rows_title_then_its_text_starting_with_the_same_word() -> None:
    text = _HEAD + (
        "Present: Ann Lee, Bob Hill\n\n"
        "Item No Item Notes Action 1. Apologies Apologies noted from a number of members\n"
    )
    record = parse_minutes(text).record
    assert _sections(record) == [("1", "Apologies")]
    assert _texts(record) == ["Apologies noted from a number of members"]


def test_a_page_number_run_into_the_next_items_number() -> None:
    # "1 2. Minutes ...": the page's number, then item 2, on one line of a flattened page.
    text = _HEAD + (
        "1. Apologies\n\nApologies were noted.\n\n"
        "1 2. Minutes of the previous meeting\n\nThe minutes were approved.\n"
    )
    result = parse_minutes(text)
    assert [s["ref"] for s in result.record["sections"]] == ["1", "2"]
    assert any("taken as a page number" in p.message for p in result.problems)
