"""The outside tester's findings F2 and F3 (issue 15) through the import page, as a clerk meets
them: a Word file of an NHS trust board's minutes numbered '2019.2/31' with the people in a
two-column table, and a PDF whose attendance table wraps a post. Made-up minutes."""

from __future__ import annotations

import io
from typing import Any

import docx
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.urls import reverse
from weasyprint import HTML

from meetings.models import Attendance, Board, Meeting
from tests.conftest import client_for


def post(
    user: Any, board: Board, action: str, upload: SimpleUploadedFile, people: list[str] = ()
) -> HttpResponse:
    url = reverse("meetings:import_minutes", args=[board.slug])
    # The new people as the preview shows them, each left ticked.
    ticked = {"shown_people": list(people), "new_people": list(people)}
    return client_for(user).post(url, {"action": action, "upload": upload, **ticked})


def _trust_board_docx() -> bytes:
    document = docx.Document()
    document.add_heading("The Northvale Hospitals NHS Trust", level=1)
    document.add_paragraph("BOARD MEETING")
    document.add_paragraph(
        "Held on Tuesday 5 March 2019 at 2.00 pm, Board Room, Northvale General Hospital"
    )
    document.add_heading("PUBLIC SESSION MINUTES", level=2)
    for label, rows in (
        ("Present:", [("Mrs K Ashdown", "Chair"), ("Dr M Carver", "Medical Director")]),
        ("In attendance:", [("Mr N Dale", "Director of Estates")]),
        ("Observer:", [("Mr P Frost", "Healthwatch Representative")]),
    ):
        document.add_paragraph(label)
        table = document.add_table(rows=len(rows), cols=2)
        for row, (name, post_) in zip(table.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = name, post_
    document.add_paragraph("Apologies: none")
    for ref, title, text in (
        ("2019.2/31", "WELCOME", "The Chair welcomed everyone to the meeting."),
        ("2019.2/32", "DECLARATIONS OF INTEREST", "There were no declarations of interest."),
    ):
        document.add_heading(f"{ref}\t{title}", level=2)
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_trust_board_s_word_minutes_are_dated_and_numbered(board: Board, secretariat: Any):
    # F2: no date was found (the import refused the file), the banner lines were items.
    upload = SimpleUploadedFile("board.docx", _trust_board_docx())
    html = post(secretariat, board, "preview", upload).content.decode()
    assert "2019.2/31" in html

    upload = SimpleUploadedFile("board.docx", _trust_board_docx())
    people = ["Mrs K Ashdown", "Dr M Carver", "Mr N Dale", "Mr P Frost"]
    assert all(f'name="new_people" value="{name}"' in html for name in people)
    assert post(secretariat, board, "create", upload, people).status_code == 302

    meeting = Meeting.objects.get(board=board, date="2019-03-05")
    assert [s.title for s in meeting.sections.order_by("position")] == [
        "WELCOME",
        "DECLARATIONS OF INTEREST",
    ]
    kinds = {a.person.name: a.kind for a in meeting.attendances.select_related("person")}
    assert kinds == {
        "Mrs K Ashdown": Attendance.Kind.PRESENT,
        "Dr M Carver": Attendance.Kind.PRESENT,
        "Mr N Dale": Attendance.Kind.IN_ATTENDANCE,
        "Mr P Frost": Attendance.Kind.IN_ATTENDANCE,
    }


def _committee_pdf() -> bytes:
    rows = "".join(
        f"<tr><td>{name}</td><td>: {post_}</td></tr>"
        for name, post_ in (
            ("Ann Ashby (AA)", "Head of Nursing, NHS Westfield CCG"),
            ("Bea Brook (BB)", "Programme Lead Urgent Care, NHS Westfield CCG (items 2-3)"),
        )
    )
    html = (
        "<html lang='en'><body><h1>Safety Committee Meeting Minutes</h1>"
        "<p>Wednesday 8 May 2019 10:00 hrs to 12:00 hrs</p>"
        f"<h2>In attendance:</h2><table style='width:60%'>{rows}</table>"
        "<h2>1. Welcome</h2><p>The Chair welcomed everyone.</p>"
        "<h2>2. Minutes of the previous meeting</h2><p>The minutes were approved.</p>"
        "</body></html>"
    )
    return HTML(string=html).write_pdf()


def test_a_pdf_table_s_wrapped_post_makes_no_one(board: Board, secretariat: Any) -> None:
    # F3: the post's cell wrapped in a narrow column ("Programme Lead" / "Urgent Care, ...")
    # made a person "Urgent Care", ticked to be created.
    upload = SimpleUploadedFile("committee.pdf", _committee_pdf())
    html = post(secretariat, board, "preview", upload).content.decode()
    assert 'name="new_people" value="Bea Brook"' in html
    assert 'name="new_people" value="Urgent Care"' not in html

    upload = SimpleUploadedFile("committee.pdf", _committee_pdf())
    people = ["Ann Ashby", "Bea Brook"]
    assert post(secretariat, board, "create", upload, people).status_code == 302

    meeting = Meeting.objects.get(board=board, date="2019-05-08")
    names = [a.person.name for a in meeting.attendances.select_related("person")]
    assert sorted(names) == ["Ann Ashby", "Bea Brook"]
