"""Paste or upload: the secretariat's minutes previewed as a structured draft, then created."""

from __future__ import annotations

import io
from typing import Any

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.urls import reverse

from meetings.minutes import MAX_UPLOAD_BYTES
from meetings.minutes.lines import Problem
from meetings.models import Board, Meeting, Paragraph
from meetings.views.imports import lines_to_check_message
from tests.conftest import NEW_TITLE, client_for
from tests.htmlcheck import assert_valid_html

STRAY = "Some stray remark that belongs nowhere."


@pytest.fixture
def stray_text(new_text: str) -> str:
    heading = "# 2. 2023-24 Q1 MPS Performance Oversight\n"
    return new_text.replace(heading, f"{heading}\n{STRAY}\n")


def url(board: Board) -> str:
    return reverse("meetings:import_minutes", args=[board.slug])


def post(user: Any, board: Board, action: str = "preview", **data: Any) -> HttpResponse:
    return client_for(user).post(url(board), {"action": action, **data})


def docx_of(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- The form ---------------------------------------------------------------------------------


def test_it_shows_the_form(board: Board, secretariat: Any) -> None:
    html = client_for(secretariat).get(url(board)).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert "Minutes text" in html
    assert "Or upload a .txt, .md, .docx or .pdf file" in html


def test_it_links_the_board_page_to_it_for_the_secretariat(board: Board, secretariat: Any) -> None:
    html = client_for(secretariat).get(board.get_absolute_url()).content.decode()
    assert f'href="{url(board)}"' in html


def test_it_leaves_the_link_off_the_board_page_for_members(board: Board, board_member: Any) -> None:
    html = client_for(board_member).get(board.get_absolute_url()).content.decode()
    assert url(board) not in html


# --- Preview ----------------------------------------------------------------------------------


def test_it_previews_the_seed_as_sections(board: Board, secretariat: Any, new_text: str) -> None:
    html = post(secretariat, board, text=new_text).content.decode()
    assert html.count('id="preview-section-') == 5
    assert "Action 3:" in html
    assert "5. Cyber Security Incident" in html


def test_it_previews_attendees_by_organisation_and_actions_with_owners(
    board: Board, secretariat: Any, new_text: str
) -> None:
    html = post(secretariat, board, text=new_text).content.decode()
    assert "Sophie Linden, Deputy Mayor for Policing and Crime (DMPC)" in html
    assert "Owner: MPS · Due: no date set" in html


def test_it_creates_nothing_on_preview(board: Board, secretariat: Any, new_text: str) -> None:
    response = post(secretariat, board, text=new_text)
    assert response.status_code == 200
    assert Meeting.objects.count() == 1


def test_it_keeps_the_text_in_the_textarea(board: Board, secretariat: Any, new_text: str) -> None:
    html = post(secretariat, board, text=new_text).content.decode()
    assert NEW_TITLE in html.split("</textarea>")[0]


def test_it_highlights_a_line_it_could_not_place(
    board: Board, secretariat: Any, stray_text: str
) -> None:
    html = post(secretariat, board, text=stray_text).content.decode()
    assert "Not placed, line 26:" in html
    assert f"<mark><samp>{STRAY}</samp></mark>" in html


def test_it_links_each_problem_from_the_summary(
    board: Board, secretariat: Any, stray_text: str
) -> None:
    html = post(secretariat, board, text=stray_text).content.decode()
    assert 'role="alert"' in html
    assert 'href="#problem-1"' in html
    assert 'id="problem-1"' in html


def test_it_shows_warnings_in_words(board: Board, secretariat: Any, new_text: str) -> None:
    text = new_text.replace("## 5. Cyber Security Incident", "## 3. Cyber Security Incident")
    html = post(secretariat, board, text=text).content.decode()
    assert "Warning, line" in html
    assert "Section 3 follows section 4" in html


def test_it_serves_valid_html_with_a_preview_and_problems(
    board: Board, secretariat: Any, stray_text: str
) -> None:
    assert_valid_html(post(secretariat, board, text=stray_text).content)


# --- Create -----------------------------------------------------------------------------------


def test_it_creates_the_draft_and_redirects_to_it(
    board: Board, secretariat: Any, new_text: str
) -> None:
    response = post(secretariat, board, "create", text=new_text)
    meeting = Meeting.objects.get(board=board, title=NEW_TITLE)
    assert response["Location"] == meeting.get_absolute_url()
    assert Paragraph.objects.filter(section__meeting=meeting).count() == 17
    assert meeting.status == Meeting.Status.DRAFT


def test_it_says_it_made_the_draft(board: Board, secretariat: Any, new_text: str) -> None:
    response = client_for(secretariat).post(
        url(board), {"action": "create", "text": new_text}, follow=True
    )
    assert "The draft record is made: 5 sections, 17 paragraphs and 3 actions" in (
        response.content.decode()
    )


def test_it_says_which_lines_it_left_out(board: Board, secretariat: Any, stray_text: str) -> None:
    response = client_for(secretariat).post(
        url(board), {"action": "create", "text": stray_text}, follow=True
    )
    # The line itself, quoted, not its number alone (issue: "line 26" told the clerk nothing),
    # as the preview lists it.
    page = response.content.decode()
    assert "to check, as the preview listed them: 1 not placed" in page
    assert "<strong>Not placed, line 26:</strong>" in page
    assert f"<mark><samp>{STRAY}</samp></mark>" in page


def test_it_lists_every_line_to_check_as_the_preview_does_closed_when_long() -> None:
    problems = [
        Problem(n, f"OFFICIAL {n}", "Left out of the record as a running header", "warning", True)
        for n in range(1, 26)
    ] + [Problem(30, "Stray", "Joined to the action above; check it", "warning")]
    message = lines_to_check_message(problems)

    assert message.count("<samp>OFFICIAL") == 25
    assert "<strong>Warning, line 30:</strong> Joined to the action above; check it." in message
    assert "26 lines to check, as the preview listed them: 25 left out of the draft, " in message
    assert "1 in the draft, to check" in message
    assert '<details class="lines-to-check-message">' in message  # long: closed
    assert " open>" in lines_to_check_message(problems[-1:])


def test_it_refuses_a_date_the_board_has_a_record_for(
    board: Board, secretariat: Any, seed_text: str
) -> None:
    response = post(secretariat, board, "create", text=seed_text)
    assert response.status_code == 400
    assert "already has a record for 31 August 2023" in response.content.decode()
    assert Meeting.objects.count() == 1


# --- Uploads ----------------------------------------------------------------------------------


def test_it_reads_an_uploaded_docx(board: Board, secretariat: Any, new_text: str) -> None:
    upload = SimpleUploadedFile("minutes.docx", docx_of(new_text))
    html = post(secretariat, board, upload=upload).content.decode()
    assert html.count('id="preview-section-') == 5
    assert NEW_TITLE in html.split("</textarea>")[0]


def test_it_reads_an_uploaded_txt(board: Board, secretariat: Any, new_text: str) -> None:
    upload = SimpleUploadedFile("minutes.txt", new_text.encode())
    html = post(secretariat, board, upload=upload).content.decode()
    assert html.count('id="preview-section-') == 5


def test_it_prefers_the_upload_to_the_text(board: Board, secretariat: Any, new_text: str) -> None:
    upload = SimpleUploadedFile("minutes.txt", new_text.encode())
    html = post(secretariat, board, text="Not minutes at all", upload=upload).content.decode()
    assert "Not minutes at all" not in html


def test_it_creates_the_draft_from_an_upload(board: Board, secretariat: Any, new_text: str) -> None:
    upload = SimpleUploadedFile("minutes.docx", docx_of(new_text))
    response = post(secretariat, board, "create", upload=upload)
    assert response.status_code == 302
    assert Meeting.objects.filter(title=NEW_TITLE).exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("minutes.pdf", b"%PDF-1.7 ...", "is not a PDF that can be opened"),
        ("minutes.txt", b"\x00\x01\x02binary\x00", "is not a text file"),
        ("minutes.docx", b"not a zip", "is not a Word document that can be opened"),
        ("minutes.txt", b"a" * (MAX_UPLOAD_BYTES + 1), "files up to 2 MB can be read"),
    ],
    ids=["pdf", "binary", "broken-docx", "oversize"],
)
def test_it_refuses_an_upload_it_cannot_read(
    board: Board, secretariat: Any, new_text: str, name: str, data: bytes, message: str
) -> None:
    upload = SimpleUploadedFile(name, data)
    response = post(secretariat, board, "create", text=new_text, upload=upload)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Meeting.objects.count() == 1


def test_it_keeps_the_typed_text_when_it_refuses_an_upload(
    board: Board, secretariat: Any, new_text: str
) -> None:
    upload = SimpleUploadedFile("minutes.pdf", b"%PDF-1.7")
    html = post(secretariat, board, text=new_text, upload=upload).content.decode()
    assert NEW_TITLE in html.split("</textarea>")[0]


# --- Text it cannot use -----------------------------------------------------------------------


def test_it_refuses_empty_text(board: Board, secretariat: Any) -> None:
    response = post(secretariat, board, "create", text="  \n ")
    assert response.status_code == 400
    assert "Paste the minutes text, or choose a file to upload." in response.content.decode()


def test_it_refuses_text_without_a_date(board: Board, secretariat: Any, new_text: str) -> None:
    text = new_text.replace(NEW_TITLE, "Record of Meeting")
    response = post(secretariat, board, "create", text=text)
    assert response.status_code == 400
    assert "No meeting date was found" in response.content.decode()
    assert Meeting.objects.count() == 1


def test_it_refuses_text_without_sections(board: Board, secretariat: Any) -> None:
    text = "Record of Meeting 30 November 2023\n\nJust some words.\n"
    response = post(secretariat, board, text=text)
    assert response.status_code == 400
    assert "No numbered sections were found" in response.content.decode()


def test_it_keeps_refused_text(board: Board, secretariat: Any, new_text: str) -> None:
    text = new_text.replace(NEW_TITLE, "Record of Meeting")
    html = post(secretariat, board, "create", text=text).content.decode()
    assert "Sophie Linden, Deputy Mayor" in html.split("</textarea>")[0]


# --- Access -----------------------------------------------------------------------------------


def test_it_answers_403_to_a_board_member(board: Board, board_member: Any, new_text: str) -> None:
    response = post(board_member, board, "create", text=new_text)
    assert response.status_code == 403
    assert Meeting.objects.count() == 1


def test_it_answers_404_to_an_outsider(board: Board, outsider: Any) -> None:
    assert client_for(outsider).get(url(board)).status_code == 404


def test_it_sends_anonymous_users_to_sign_in(board: Board) -> None:
    response = client_for(None).get(url(board))
    assert response["Location"].startswith(reverse("login"))


def test_it_refuses_other_methods(board: Board, secretariat: Any) -> None:
    assert client_for(secretariat).put(url(board)).status_code == 405


def test_it_names_an_owner_once_when_read_as_that_person(board: Board, secretariat: Any) -> None:
    # QA F9: "Owner: Paul Streat (Paul Streat)".
    text = (
        "Minutes of the meeting held on 6 March 2025\nPresent:\n"
        "Paul Streat, Director of Corporate Governance\n1. Action log\n"
        "1.1. Paul Streat to update the action log. Action: Paul Streat\n"
    )
    html = post(secretariat, board, text=text).content.decode()
    assert "Owner: Paul Streat · Due:" in " ".join(html.split())
