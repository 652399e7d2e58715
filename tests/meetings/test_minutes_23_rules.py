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
