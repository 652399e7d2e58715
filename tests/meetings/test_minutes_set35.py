"""Layouts of the thirty-fifth fresh set's real minutes (tests/data/real-fresh-35, the outside
tester's ninth files; issue 15) other than the tester's own findings, each in a small made-up
example: a rule real minutes follow, never one file. PDFs laid out by WeasyPrint in memory."""

from weasyprint import HTML

from meetings.minutes import read_file

_CSS = (
    "@page { size: A4; margin: 25mm 20mm } body { font-family: sans-serif; font-size: 11pt }"
    " h2 { font-size: 12pt }"
)
_TEXT = (
    "<p>The committee considered the report on the year's work, which the head of service "
    "presented and took questions on before the committee agreed to note it.</p>"
)


def _pdf_record(body: str) -> dict:
    html = f"<html><head><style>{_CSS}</style></head><body>{body}</body></html>"
    return read_file("minutes.pdf", HTML(string=html).write_pdf()).record


def _titles(record: dict) -> list[tuple[str, str]]:
    return [(s["ref"] or str(s["number"]), s["title"]) for s in record["sections"]]


def test_a_pdf_headings_second_line_in_italics_is_no_part_of_its_title() -> None:
    # A Scottish council's items set in two languages: the English title, then the Gaelic one in
    # italics on the heading's next line, as close as a wrap. The second line was read as the
    # title's wrap ('Declarations of Interest Foillseachaidhean Com-pàirt'), silently.
    record = _pdf_record(
        "<p><b>Anyshire Council</b></p><p>Minutes of a meeting of the Anyshire Council held "
        "in the Council Chamber, Anytown on Tuesday, 3 March 2020 at 10.30am.</p>"
        "<h2>1. Apologies for Absence<br><i>Leisgeulan</i></h2>" + _TEXT + ""
        "<h2>2. Declarations of Interest<br><i>Foillseachaidhean Com-pàirt</i></h2>" + _TEXT
    )
    assert _titles(record) == [("1", "Apologies for Absence"), ("2", "Declarations of Interest")]
    second = [p["text"] for p in record["sections"][1]["paragraphs"]]
    assert second[0] == "Foillseachaidhean Com-pàirt"
    assert second[1].startswith("The committee considered the report")


def test_a_pdf_italic_sub_heading_a_paragraphs_space_below_stays_a_heading() -> None:
    # An italic sub-item a paragraph's space under its item is a heading of its own, as it was.
    record = _pdf_record(
        "<p><b>Anyshire Council</b></p><p>Minutes of a meeting of the Anyshire Council held on "
        "Tuesday, 3 March 2020.</p>"
        "<h2>5. Matters Arising</h2><h2><i>5.1 Clerk's Brief - Matters Arising</i></h2>" + _TEXT
    )
    assert ("5.1", "Clerk's Brief - Matters Arising") in _titles(record)


def test_a_pdf_heading_wrapped_in_its_own_type_is_still_one_title() -> None:
    # The same heading wrapped by <br> with no change of type stays one title.
    record = _pdf_record(
        "<p><b>Anyshire Council</b></p><p>Minutes of a meeting of the Anyshire Council held on "
        "Tuesday, 3 March 2020.</p>"
        "<h2>3. Review of the Scheme of Establishment for<br>Community Councils</h2>" + _TEXT
    )
    assert _titles(record) == [
        ("3", "Review of the Scheme of Establishment for Community Councils")
    ]


def _text_record(text: str) -> dict:
    return read_file("minutes.txt", text.encode()).record


def test_a_councils_working_group_under_the_councils_name_is_the_board() -> None:
    # A ModernGov page pasted: the council's name, then the working group's, then 'Agenda and
    # minutes'. The group's line was 'Text between the board name and the title could not be
    # placed' and the council taken as the board, as a committee's line is not.
    record = _text_record(
        "Anyshire Council\nHighways Review Working Group\nAgenda and minutes\n"
        "Date: 3 March 2020\n\nItems\nNo.\tItem\n\n1.\tWelcome\nMinutes:\n"
        "The Chairman welcomed everyone to the meeting.\n\n2.\tMinute\nMinutes:\n"
        "The Minute of the last meeting was approved.\n"
    )
    assert record["board"] == "Highways Review Working Group"
    assert [s["title"] for s in record["sections"]] == ["Welcome", "Minute"]


def test_the_elected_councillors_the_text_names_are_present_where_the_list_says_in_attendance():
    # A community council's first meeting after its election: everyone there under one label,
    # 'In Attendance', and the first paragraph naming who was elected. They were all read as in
    # attendance, no member present, silently.
    record = _text_record(
        "Anyvale Community Council\nMinutes of meeting held 4 November 2021\n\n"
        "Apologies: Peter Quinn\n"
        "In Attendance: Ann Gray (Returning Officer), Bill Hart, Cara Long, PC Dan Ross, "
        "Eve Shaw, Fred Todd\n\n"
        "The returning officer opens the meeting and welcomes the elected councillors Bill "
        "Hart, Cara Long and Eve Shaw.\n"
        "Bill Hart proposes Cara Long as Chair and Eve Shaw seconds.\n"
    )
    kinds = {a["name"]: a["attendance"] for a in record["attendees"]}
    assert kinds == {
        "Peter Quinn": "apologies",
        "Ann Gray": "in_attendance",
        "Bill Hart": "present",
        "Cara Long": "present",
        "PC Dan Ross": "in_attendance",
        "Eve Shaw": "present",
        "Fred Todd": "in_attendance",
    }


def test_elected_councillors_named_are_left_as_listed_where_the_list_has_members_present():
    # Where the list already says who was present, the text changes nobody.
    record = _text_record(
        "Anyvale Community Council\nMinutes of meeting held 4 November 2021\n\n"
        "Present: Bill Hart, Cara Long, Gail Hope\nIn Attendance: Eve Shaw, Fred Todd, Hal Ives\n\n"
        "The chair welcomed the elected councillors Eve Shaw and Fred Todd to the meeting.\n"
        "Bill Hart proposes Cara Long as Chair and Eve Shaw seconds.\n"
    )
    kinds = {a["name"]: a["attendance"] for a in record["attendees"]}
    assert kinds["Eve Shaw"] == kinds["Fred Todd"] == "in_attendance"


def test_the_chairman_named_by_post_and_name_in_the_first_item_is_present() -> None:
    # A ModernGov page with no list of who came: the first item names who chaired it. He was
    # nobody in the record, silently; now present, shown to check.
    record = _text_record(
        "Anyshire Council\nHighways Review Working Group\nAgenda and minutes\n"
        "Date: 3 March 2020\n\nItems\nNo.\tItem\n\n1.\tWelcome\nMinutes:\n"
        "The Chairman, Councillor Pryce, welcomed everyone to the meeting.\n\n2.\tMinute\n"
        "Minutes:\nThe Minute of the last meeting was approved.\n"
    )
    assert [(a["name"], a["role"], a["attendance"]) for a in record["attendees"]] == [
        ("Councillor Pryce", "Chairman", "present")
    ]


def test_a_councillor_unable_to_be_present_at_this_meeting_sent_apologies_in_effect() -> None:
    # Minutes with no apologies item: the text says a member could not come to this meeting.
    # He was nobody in the record, silently. Unable to attend something else says nothing.
    record = _text_record(
        "Anyshire Council\nHighways Review Working Group\nAgenda and minutes\n"
        "Date: 3 March 2020\n\nItems\nNo.\tItem\n\n1.\tWelcome\nMinutes:\n"
        "The Chairman, Councillor Pryce, welcomed everyone to the meeting.\n\n2.\tMinute\n"
        "Minutes:\nThe Minute was approved. Unfortunately Community Councillor B. Hart had "
        "been unable to be present at this meeting but looked forward to attending in future. "
        "Councillor Ives was unable to attend the conference in May.\n"
    )
    kinds = {a["name"]: a["attendance"] for a in record["attendees"]}
    assert kinds == {"Councillor Pryce": "present", "Councillor B. Hart": "apologies"}
