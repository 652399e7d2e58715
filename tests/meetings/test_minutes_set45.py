"""Rules for layouts of the forty-fifth fresh set's public bodies (issue 15;
tests/data/real-fresh-45). Made-up minutes, not copied from the set's files."""

from weasyprint import HTML

from meetings.minutes import parse_minutes, read_file

_CSS = "body { font: 11pt Arial, sans-serif; } h2 { font-size: 11pt; } p { margin: 0 0 8pt 0; }"


def _pdf_record(body: str) -> dict:
    html = f"<html><head><style>{_CSS}</style></head><body>{body}</body></html>"
    return read_file("minutes.pdf", HTML(string=html).write_pdf()).record


def test_a_resolved_label_set_in_bold_is_no_item() -> None:
    # "Resolved:" in bold over the resolution was an item of its own ("3 Resolved"), and the
    # decision left the item it closes (the fire authority's minutes in fresh-45).
    record = _pdf_record(
        "<p>At a meeting of the Northfield Combined Fire Authority held at Fire Headquarters,"
        " Northfield on Thursday 3 March 2016 at 10.00 a.m.</p>"
        "<p><b>Present:</b></p><p>Councillors A Brown, C Dale and E Frost.</p>"
        "<h2>A1 Minutes of the last meeting</h2>"
        "<p>The minutes of the meeting held on 4 February 2016 were confirmed as a correct"
        " record.</p>"
        "<h2>A2 Audit committee - chair's report</h2>"
        "<p>The Authority considered a report of the chair of the audit committee.</p>"
        "<p><b>Resolved:</b></p><p>That the report be noted.</p>"
    )
    sections = record["sections"]
    assert [s["title"] for s in sections] == [
        "Minutes of the last meeting",
        "Audit committee - chair's report",
    ]
    texts = " ".join(p["text"] for p in sections[1]["paragraphs"])
    assert "That the report be noted." in texts


def _table(*rows: tuple[str, ...]) -> str:
    return (
        "<table>"
        + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        + "</table>"
    )


def test_a_book_of_minutes_dated_by_its_period_takes_its_meeting_s_date() -> None:
    # A year's book of minutes: its span "from 1st April 2020 to 31st March 2021" was taken for
    # the meeting's date, and its index of meetings (date | meeting type | page) for attendees
    # (Llanbadarn Fawr Community Council's book in fresh-45).
    record = _pdf_record(
        "<h1>UPPER WYE COMMUNITY COUNCIL</h1>"
        "<p><b>Minutes of meetings held from 1st April 2020 to 31st March 2021</b></p>"
        + _table(
            ("Date", "Meeting Type", "Page"),
            ("14th May 2020", "Annual Meeting", "2"),
            ("11 June 2020", "Ordinary", "5"),
            ("AUGUST", "No Meeting", ""),
        )
        + "<p><b>14th May 2020 at 7.30pm Pentre Village Hall</b></p>"
        "<p>Present : Ann Lloyd, Huw Morgan, Gwen Price,</p>"
        "<p>1. Welcome by the Chairman: AL opened the meeting at 7.30pm.</p>"
        "<p>2. Apologies for absence: None.</p>"
        "<p>3. Chairman's Report: The report was read out by the Clerk.</p>"
    )
    assert record["date"] == "2020-05-14"
    names = " ".join(a["name"] for a in record["attendees"])
    assert "Ann Lloyd" in names
    assert not any(word in names for word in ("Date", "AUGUST", "Annual", "Ordinary"))


_WEB_PAGE = """Minutes 3rd March 2022
CYNGOR CYMUNED
LLANFAIR UCHAF
COMMUNITY COUNCIL
Minutes of the Council Meeting
3rd March 2022
Venue Village Hall
1 In Attendance
Councillors A Jones (AJ) Chair, B Evans (BE), C Hughes (CH)
2 Apologies
Councillor D Morgan
3 Minutes of the last meeting
The minutes of the meeting on 3rd February 2022 were approved.
"""


def test_a_web_page_s_dated_title_over_a_welsh_council_s_name_over_lines() -> None:
    # "Minutes 28th November 2023", a web page's title, was taken for the board, and the
    # council's name in both languages over three lines ("CYNGOR CYMUNED" / the place /
    # "COMMUNITY COUNCIL") was not read as one (Llansanffraid Glan Conwy in fresh-45).
    record = parse_minutes(_WEB_PAGE).record
    assert record["board"].lower() == "llanfair uchaf community council"
    assert record["date"] == "2022-03-03"


_BARE_NUMBERS = """Minutes 9th January 2024
NANT UCHAF
COMMUNITY COUNCIL
Minutes of the Council Meeting
9th January 2024
1 In Attendance
Councillors A Jones (AJ) Chair, B Evans (BE), C Hughes (CH)
2 Apologies
Councillor D Morgan
3 Declarations of Interest
Councillor B Evans - Village Hall
Councillors A Jones and C Hughes- Scout Hut
4 Minutes of last meeting
The minutes of the meeting on 12th December 2023 were approved.
5 Matters arising from the previous meeting.
Bus shelter - the repair has been completed.
"""


def test_items_numbered_without_a_stop_go_on_whatever_their_capitals() -> None:
    # "4 Minutes of meeting meetings" (its last words in lower case) and "5 Matters arising
    # from the previous meeting." (a stop after it) were read as text of item 3, after "1 In
    # Attendance" to "3 Declarations of Interest" were read as items (fresh-45).
    sections = parse_minutes(_BARE_NUMBERS).record["sections"]
    assert [s["ref"] for s in sections] == ["1", "2", "3", "4", "5"]
    assert sections[3]["paragraphs"][0]["text"].startswith("The minutes of the meeting on 12th")
    assert sections[4]["paragraphs"][0]["text"].startswith("Bus shelter")


def test_apologies_from_the_very_reverend_dr_are_read() -> None:
    # "... from Councillor Howard Doe and the Very Reverend Dr Mark Beach (Healthwatch
    # nominee).": the lower-case 'the' after 'and' ended the list, and the second person was
    # lost (Medway's Health and Wellbeing Board in fresh-45).
    text = (
        "Health and Wellbeing Board\nMinutes of the meeting held on 3 March 2016\n"
        "1. Apologies for absence\nApologies for absence were received from Councillor Ann"
        " Cole and the Very Reverend Dr John Dale (Healthwatch nominee).\n"
        "2. Minutes\nThe minutes of the last meeting were agreed.\n"
    )
    people = parse_minutes(text).record["attendees"]
    dale = [p for p in people if p["name"].endswith("John Dale")]
    assert dale and dale[0]["attendance"] == "apologies"
    assert dale[0]["role"] == "Healthwatch nominee"
