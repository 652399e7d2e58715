"""Rules for layouts of the outside tester's thirteenth files (issue 15; tests/data/real-fresh-47,
/work/notes/qa/REPORT.md). Made-up minutes, not copied from the set's files."""

import io

from weasyprint import HTML

from meetings.minutes import read_file

_CSS = (
    "@page { size: A4; margin: 22mm 18mm; }"
    " body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; }"
    " h1 { font-size: 12pt; text-align: center; }"
)


def _pdf(body: str):
    html = f"<html><head><style>{_CSS}</style></head><body>{body}</body></html>"
    return read_file("minutes.pdf", HTML(string=html).write_pdf())


def test_a_centred_title_the_page_wrapped_is_one_title() -> None:
    # A town council's title set centred in bold, wrapped by the page over three lines, the
    # second with a raised "th": its lines were read apart, the second as an attendee
    # ("COUNCIL HELD AT THE TOWN HALL") and the third, "JUNE 2019", as item 2019 holding the
    # attendance (Pembroke Town Council in fresh-47, the tester's F7).
    result = _pdf(
        "<h1>MINUTES OF THE ORDINARY MEETING OF THE LLANDEWI TOWN COUNCIL HELD AT THE TOWN"
        " HALL, LLANDEWI ON THURSDAY 13<sup>th</sup> JUNE 2019</h1>"
        "<p><b>Present:</b> Councillors A Brown (Mayor), C Dale, E Frost.</p>"
        "<p><b>12. APOLOGIES FOR ABSENCE</b> Cllr G Hill.</p>"
        "<p><b>13. TO CONFIRM THE MINUTES OF THE MEETING ON 16TH MAY 2019</b></p>"
        "<p>The minutes were accepted as an accurate record.</p>"
    )
    record = result.record
    assert record["board"].upper() == "LLANDEWI TOWN COUNCIL"
    assert record["date"] == "2019-06-13"
    assert "2019" not in [s.get("ref") for s in record["sections"]]
    assert not any("HELD AT" in (a.get("name") or "") for a in record["attendees"])


def test_a_bold_title_in_capitals_run_on_into_its_text_is_no_second_column() -> None:
    # "24. APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST" in bold, its text run on after it
    # on the same line: the bold capitals are wider than a guess for small letters, and the
    # text was taken for a second column, a table of one row (Pembroke's minutes 24 and 25).
    result = _pdf(
        "<p>Minutes of the meeting of Llandewi Town Council held on 13 June 2019.</p>"
        "<p><b>24. QUESTIONS AND ANSWER SESSION WITH MEMBERS OF THE PUBLIC</b> No members of"
        " the public submitted any questions at all this month.</p>"
    )
    texts = [
        s.get("title", "") + " " + " ".join(p["text"] for p in s["paragraphs"])
        for s in result.record["sections"]
    ]
    assert any("MEMBERS OF THE PUBLIC No members of the public" in t for t in texts), texts


def test_a_sentence_under_an_attendance_table_is_no_one_s_post() -> None:
    # The councillors' table's last row, its second cell empty, then "The Mayor apologised for
    # the late start of the meeting.": the sentence was read as that councillor's post, so it
    # vanished from the record with him when he was left unticked (Milford Haven Town Council
    # in fresh-47, the tester's F8). It is a line to check, not a post.
    from docx import Document

    document = Document()
    document.add_paragraph("Minutes of a Meeting of the Llandewi Town Council")
    document.add_paragraph("on Monday, 27th July, 2015 at 7:15 pm")
    document.add_paragraph("PRESENT")
    document.add_paragraph("Councillors:")
    table = document.add_table(rows=2, cols=2)
    for row, names in zip(table.rows, (("J. W. Cole", "A. W. Eden"), ("R. Gray", "")), strict=True):
        for cell, name in zip(row.cells, names, strict=True):
            cell.text = name
    document.add_paragraph("The Mayor apologised for the late start of the meeting.")
    document.add_paragraph("1. PRAYERS:")
    document.add_paragraph("Prayers were led by the Mayor's Chaplain.")
    buffer = io.BytesIO()
    document.save(buffer)
    result = read_file("minutes.docx", buffer.getvalue())
    gray = next(a for a in result.record["attendees"] if a["name"] == "R. Gray")
    assert not gray["role"]
    assert any("apologised for the late start" in p.text for p in result.problems)


def test_a_video_call_service_alone_in_the_heading_is_the_venue_not_a_person() -> None:
    # "Zoom" on its own line between the meeting's name and its date was read as an attendee,
    # offered under New people (the Racecourse Ward Residents Association in fresh-47, F9).
    result = read_file(
        "minutes.txt",
        (
            b"Millbrook Residents Association\n1st Meeting held\nZoom\n29/09/2024\n\n"
            b"Present: Anne Baker, Colin Dunn\n\n"
            b"1. Formally elect positions\nThe committee positions were confirmed.\n"
        ),
    )
    names = [a["name"] for a in result.record["attendees"]]
    assert "Zoom" not in names
    assert "Anne Baker" in names


def test_a_numbered_list_of_questions_and_decisions_is_a_list_of_items() -> None:
    # "3. Agree on the wording of the constitution - Agreed to ... at the next meeting" then
    # "4. Decide on the max limit on committee size - We decided not to set a limit": each line
    # of the agenda an item, its answer after " - " its text; items 4 to 9 were paragraphs of
    # item 3, as the line above ended with no stop (the Racecourse Ward Residents Association in
    # fresh-47, the tester's F9).
    result = read_file(
        "minutes.txt",
        (
            b"Millbrook Residents Association\nFirst Meeting\n29/09/2024\n\n"
            b"Agenda for the First Meeting and decisions\n\n"
            b"  1. Agree on the wording of the constitution - Agreed to publish the current"
            b" version and for Noel to amend it at the next meeting\n"
            b"  2. Decide on the max limit on committee size - We decided not to set a limit"
            b" at this time\n"
            b"  3. Agree if a WhatsApp group for the committee should be used for day-to-day"
            b" comms - Agreed and completed\n"
        ),
    )
    assert [s["ref"] for s in result.record["sections"]] == ["1", "2", "3"]


def test_report_lines_under_the_apologies_are_no_one_s_post_nor_dropped() -> None:
    # "- Apologies" / "Roger Carpenter, Peter Lisle, Joan Crompton" / ... / "Chairman's report"
    # / "- attached" (x4): each "attached" was added to Joan Crompton's post, and "There were
    # no matters arising." was taken for "no one", both silently (the Bishop Auckland Bridge
    # Club's AGM in fresh-47, the tester's F6). Now neither is read into the attendance: both
    # are lines to check.
    result = read_file(
        "minutes.txt",
        (
            b"Millbrook Bridge Club\nAnnual General Meeting 5th March 2015\n\n"
            b"- Apologies\nRoger Carpenter, Peter Lisle, Joan Crompton\n"
            b"- Matters arising from the minutes 2014\nThere were no matters arising.\n"
            b"Chairman's report\n- attached\n- Treasurer's report\n- attached\n"
            b"10. Proposal by the outgoing committee: fees to remain unchanged.\n"
            b"The motion was carried unanimously.\n"
        ),
    )
    joan = next(a for a in result.record["attendees"] if a["name"] == "Joan Crompton")
    assert not joan["role"]
    checked = [p.text for p in result.problems]
    assert "There were no matters arising." in checked
    assert "- attached" in checked


def test_a_body_s_name_over_two_lines_above_its_dated_title_is_the_heading_s() -> None:
    # "NHS LIVERPOOL CLINICAL COMMISSIONING GROUP" / "GOVERNING BODY" / "Minutes of meeting held
    # on TUESDAY 8TH DECEMBER 2015 1pm", each in bold: the second line of the body's name was
    # taken for the first item, the date below it was then no heading's, and the file was
    # refused, "No meeting date was found" (the tester's F2, fresh-47).
    from docx import Document

    document = Document()
    for text in (
        "NHS NORTHSHIRE CLINICAL COMMISSIONING GROUP",
        "GOVERNING BODY",
        "Minutes of meeting held on TUESDAY 8TH DECEMBER 2015 1pm",
        "BOARDROOM, THE DEPARTMENT, NORTHSHIRE BUILDING",
        "PRESENT:",
    ):
        document.add_paragraph().add_run(text).bold = True
    document.add_paragraph("Dr Anne Baker, Chair")
    document.add_paragraph("Colin Dunn, Chief Officer")
    document.add_paragraph().add_run("DECLARATIONS OF INTEREST").bold = True
    document.add_paragraph("There were no declarations of interest specific to the meeting.")
    document.add_paragraph().add_run("MATTERS ARISING").bold = True
    document.add_paragraph("The changes to the terms of reference would be brought in January.")
    buffer = io.BytesIO()
    document.save(buffer)
    record = read_file("minutes.docx", buffer.getvalue()).record
    assert record["date"] == "2015-12-08"


def test_apologies_counted_then_named_in_prose_are_the_apologies() -> None:
    # "There were twelve formal apologises for absence namely from Grahame Brown, ... and Mike
    # Houston.": no one was read, silently ("No attendees were found"; the tester's F1).
    record = read_file(
        "minutes.txt",
        (
            b"Millbrook Runners\nMinutes of the Annual General Meeting held on 20 November 2017\n\n"
            b"1. Welcome by Chairman:\nThe chairman welcomed thirty members to the meeting.\n"
            b"2. Apologises for absence:\nThere were three formal apologises for absence namely"
            b" from Anne Baker, Colin Dunn and Edith Frost.\n"
        ),
    ).record
    assert {(a["name"], a["attendance"]) for a in record["attendees"]} == {
        ("Anne Baker", "apologies"),
        ("Colin Dunn", "apologies"),
        ("Edith Frost", "apologies"),
    }


def test_posts_with_their_holders_in_brackets_are_read_name_first() -> None:
    # "President (Martin Lukehurst), Chairman (Fred Nash), ... and 44 members": the posts were
    # read as names, "President" with the role "Martin Lukehurst" (Gore Court's AGM, F5).
    result = read_file(
        "minutes.txt",
        (
            b"MINUTES OF MILLBROOK CLUB ANNUAL GENERAL MEETING HELD ON 20th MARCH 2006\n\n"
            b"In attendance\nPresident (Anne Baker), Chairman (Colin Dunn), Secretary (Edith"
            b" Frost) and 44 members.\n\n"
            b"Minutes of Last Meeting\nThe Minutes of the previous meeting were agreed.\n"
        ),
    )
    people = {(a["name"], a["role"]) for a in result.record["attendees"]}
    assert people == {
        ("Anne Baker", "President"),
        ("Colin Dunn", "Chairman"),
        ("Edith Frost", "Secretary"),
    }
    assert any("44 members" in p.message for p in result.problems)
