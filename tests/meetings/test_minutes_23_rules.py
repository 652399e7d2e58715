"""Layouts of the outside tester's fifth import files (issue 15, findings F3-F8; the records are
in tests/data/real-fresh-23), each in a small made-up example: a rule real minutes follow, never
one file. Pure functions, and PDFs laid out by WeasyPrint in memory."""

from weasyprint import HTML

from meetings.minutes import read_file

_CSS = (
    "@page { size: A4; margin: 25mm 20mm } body { font-family: sans-serif; font-size: 11pt }"
    " td { padding: 2px 8px }"
)
_WRAPPED = (
    "<p>The board considered the annual report of the trust and the figures for the year, which "
    "the finance director presented and took questions on at some length before the vote.</p>"
)


def _pdf_record(body: str) -> dict:
    html = f"<html><head><style>{_CSS}</style></head><body>{body}</body></html>"
    return read_file("minutes.pdf", HTML(string=html).write_pdf()).record


def _table(*rows: str) -> str:
    return "<table>" + "".join(f"<tr><td>{row}</td></tr>" for row in rows) + "</table>"


def test_a_pdf_attendance_table_of_one_person_a_row_is_read_a_row_a_person() -> None:
    # F3: a browser's table, one cell a person, its rows a little further apart than a
    # paragraph's lines. Read as one paragraph, the longest row took the next one's first word
    # ("... (Chairman) Cty") and the next person lost their title.
    record = _pdf_record(
        "<h1>Anyshire Fire Panel</h1><p>Thursday 4 March 2021, County Hall, Anytown</p>"
        "<p><b>Present:</b></p>"
        + _table(
            "Cllr A Baker, Anytown Borough Council",
            "Ms C Dunn, Independent Member",
            "Cllr E F Green, Westbury District Council (Chairman)",
            "Cty Cllr H Irving, Anyshire County Council",
            "Dr J Kemp, Independent Member",
        )
        + "<h2>1 APOLOGIES</h2>"
        + _WRAPPED
    )
    people = {a["name"]: a for a in record["attendees"]}
    assert people["Cllr E F Green"]["organisation"] == "Westbury District Council"
    assert people["Cllr E F Green"]["role"] == "Chairman"
    assert people["Cty Cllr H Irving"]["organisation"] == "Anyshire County Council"
    assert len(people) == 5


def test_paragraphs_each_a_p_of_their_own_in_a_pdf_stay_apart() -> None:
    # F5: every paragraph one line and a <p> of its own, so the gaps between paragraphs are the
    # most common step; the lines a paragraph wraps over (the next in lower case) are closer.
    record = _pdf_record(
        "<h1>Anyshire Fire Panel</h1>"
        "<p>Minutes of the meeting held on Tuesday, 9 March 2021 at 10.00 am</p>"
        "<p>Venue: Online</p>"
        "<h2>12/21 APOLOGIES FOR ABSENCE</h2>"
        "<p>Apologies were received from Councillors Lee and Moss.</p>"
        "<p>Councillor Noor joined the meeting at 10.40am.</p>"
        "<h2>13/21 MINUTES</h2>" + _WRAPPED
    )
    assert record["place"] == "Online"
    first = [p["text"] for p in record["sections"][0]["paragraphs"]]
    assert first == [
        "Apologies were received from Councillors Lee and Moss.",
        "Councillor Noor joined the meeting at 10.40am.",
    ]


def test_a_pdf_heading_wrapped_over_two_lines_is_one_heading() -> None:
    # F4: a heading in its larger type wrapped by the page (here by <br>, the same lines in the
    # PDF): its last word alone on the next
    # line ("... AND PERSONAL" / "MATTERS"), a year alone ("... OF 19 JULY" / "2012") once left
    # out as a page number, and a long title over two lines once read as a paragraph.
    record = _pdf_record(
        "<h1>Anyshire Fire Panel</h1><p>Minutes of the meeting held on 9 March 2021</p>"
        "<h2>1. APOLOGIES FOR ABSENCE AND PERSONAL<br>MATTERS</h2>"
        + _WRAPPED
        + "<h2>2. MINUTES OF THE MEETING OF 19 JULY<br>2020</h2>"
        + _WRAPPED
        + "<h2>3. TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON 2ND "
        "FEBRUARY, 2021</h2>" + _WRAPPED
    )
    assert [(s["ref"] or str(s["number"]), s["title"]) for s in record["sections"]] == [
        ("1", "APOLOGIES FOR ABSENCE AND PERSONAL MATTERS"),
        ("2", "MINUTES OF THE MEETING OF 19 JULY 2020"),
        (
            "3",
            "TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON 2ND FEBRUARY, 2021",
        ),
    ]


def _text_record(text: str) -> dict:
    from meetings.minutes import parse_minutes

    return parse_minutes(text).record


def _people(record: dict) -> list[tuple[str, str, str]]:
    return [(a["name"], a["role"] or "", a["attendance"]) for a in record["attendees"]]


def test_resolved_alone_on_its_line_and_what_was_resolved_are_one_paragraph() -> None:
    # F7: pasted text, "RESOLVED" on a line of its own and its "That ..." on the next, no blank
    # line between: one decision, as a Word file's paragraph gives it.
    record = _text_record(
        "Anyshire Fire Panel\nMinutes of the meeting held on 9 March 2021\n\n"
        "Present: Mr A Baker (Chairman), Mrs C Dunn\n\n"
        "1. Election of Vice-Chairman\nRESOLVED\n"
        "That Mrs C Dunn be elected Vice-Chairman for the ensuing year.\n"
        "(Proposed by Mr A Baker)\n"
    )
    texts = [p["text"] for p in record["sections"][0]["paragraphs"]]
    assert texts == [
        "RESOLVED That Mrs C Dunn be elected Vice-Chairman for the ensuing year.",
        "(Proposed by Mr A Baker)",
    ]


def test_bullets_under_a_lead_in_are_paragraphs_of_their_own() -> None:
    # F7: "The following points were discussed:-" over "\u2022 ..." lines: the lead-in and each
    # bullet a paragraph, not the first bullet glued onto the lead-in.
    record = _text_record(
        "Anyshire Fire Panel\nMinutes of the meeting held on 9 March 2021\n\n"
        "Present: Mr A Baker (Chairman), Mrs C Dunn\n\n"
        "1. Rules of Procedure\nThe following points were discussed in detail:-\n"
        "\u2022 Two hours was long enough for a meeting.\n"
        "\u2022 The public should be able to speak.\n"
    )
    texts = [p["text"] for p in record["sections"][0]["paragraphs"]]
    assert texts == [
        "The following points were discussed in detail:-",
        "Two hours was long enough for a meeting.",
        "The public should be able to speak.",
    ]


def test_a_plural_title_ends_before_a_name_with_a_title_of_its_own() -> None:
    # F8: "Councillors K. Howell, D. Thomas and Mr M. Lewis": both surnames are councillors,
    # and Mr Lewis is himself; "Councillors K. Howell" was read as one person's name.
    record = _text_record(
        "Anyshire Police Panel\nThursday, 4th March, 2021 10.30 am\n\n"
        "PRESENT: Councillor A. Baker (Chair), Councillors C. Dunn, E. Green and Mrs F. Hill "
        "(Independent Member)\n\n1. APOLOGIES\nNone.\n"
    )
    assert _people(record) == [
        ("Councillor A. Baker", "Chair", "present"),
        ("Councillor C. Dunn", "", "present"),
        ("Councillor E. Green", "", "present"),
        ("Mrs F. Hill", "Independent Member", "present"),
    ]


def test_a_post_in_brackets_after_initials_and_a_group_after_them() -> None:
    # F6: "MI (Chair), Trustees of ...": MI is the chair; the trustees a group, no post or body
    # of hers, nor a person.
    record = _text_record(
        "Anytown Health Watch\n15 May 2024, 16:30\n\n"
        "Present: MI (Chair), Trustees of Anytown Health Watch\n\n1.0 Minutes\nApproved.\n"
    )
    assert [(a["name"], a["role"], a["organisation"]) for a in record["attendees"]] == [
        ("MI", "Chair", None)
    ]


def test_initials_alone_under_an_attendance_label_are_people() -> None:
    # F6: a Word file's "Apologies:" paragraph over "SH" (a table or a line a person): the
    # initials are someone's, shown to check, not a body's heading nor a surname of the line
    # above; SH's apology was lost.
    from meetings.minutes import parse_minutes

    text = (
        "Anytown Health Watch\n15 May 2024, 16:30\n\nPresent:\n{}\nApologies:\nSH\nTK\n\n"
        "1.0 Minutes\nApproved.\n"
    )
    result = parse_minutes(text.format("MI (Chair)"))
    assert _people(result.record) == [
        ("MI", "Chair", "present"),
        ("SH", "", "apologies"),
        ("TK", "", "apologies"),
    ]
    assert not result.problems  # MI above: the minutes call people by their initials
    result = parse_minutes(text.format("Mary Innes (Chair)"))
    assert _people(result.record)[1:] == [("SH", "", "apologies"), ("TK", "", "apologies")]
    assert any("'SH' is read as a person's initials" in p.message for p in result.problems)


def test_a_line_naming_the_meeting_under_the_bodys_name_is_its_title_not_a_person() -> None:
    # F6: "Annual General Meeting" between the body's name and the date was read as a person
    # ("names do not hold 'Meeting'"); it is the meeting, and no name holds the word.
    record = _text_record(
        "Anytown Health Watch\nAnnual General Meeting\n15 May 2024, 16:30\n\n"
        "Present: Mary Innes (Chair), Tom Kerr\n\n1.0 Minutes\nApproved.\n"
    )
    assert record["title"] == "Annual General Meeting"
    assert [a["name"] for a in record["attendees"]] == ["Mary Innes", "Tom Kerr"]


def test_the_heading_date_line_gives_the_start_time_or_the_place() -> None:
    # F8: a time after the date on its own line ("10:15 \u2013 12:30", "16:30") is when the
    # meeting started; words after a comma with no time ("..., County Hall, Anytown") where.
    import datetime

    from meetings.minutes.held import held_on_date_line

    def when(text: str) -> tuple[datetime.time | None, str]:
        found = held_on_date_line(text, datetime.date(2021, 3, 9))
        return found.start_time, found.place

    assert when("Anytown Trust\nTuesday 9 March 2021 10:15 \u2013 12:30\nThe Hall") == (
        datetime.time(10, 15),
        "",
    )
    assert when("Anytown Trust\nAGM\n9 March 2021, 16:30\n") == (datetime.time(16, 30), "")
    assert when("ANYTOWN PANEL\nTuesday 9 March 2021, County Hall, Anytown\nPresent:") == (
        None,
        "County Hall, Anytown",
    )
    # The date in an item's text is not the heading's date line.
    assert when("Anytown Trust\n1. Minutes\nThose of 9 March 2021, 10.30 am were agreed.") == (
        None,
        "",
    )
