"""Past records imported as published: the file kept beside the record with its SHA-256, and
offered for download, so that the original stays the authority (issue 15)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.http import HttpResponse
from django.urls import reverse

from meetings.models import Action, Board, ImportedOriginal, Meeting
from meetings.revisions import record_changed
from tests.conftest import client_for, make_user
from tests.htmlcheck import assert_valid_html
from tests.meetings.test_import_archive import write_minutes
from tests.meetings.test_import_page import docx_of

# Files kept by these tests go to each test's own folder.
pytestmark = pytest.mark.usefixtures("media_root")


def post(user: Any, board: Board, action: str, **data: Any) -> HttpResponse:
    url = reverse("meetings:import_minutes", args=[board.slug])
    return client_for(user).post(url, {"action": action, **data})


def stored_files() -> list[str]:
    """Every file under originals/, as storage keys."""
    keys = []
    for folder in (
        default_storage.listdir("originals")[0] if default_storage.exists("originals") else []
    ):
        keys += [
            f"originals/{folder}/{name}"
            for name in default_storage.listdir(f"originals/{folder}")[1]
        ]
    return keys


def original_url(meeting: Meeting) -> str:
    return reverse("meetings:record_original", args=[meeting.board.slug, meeting.date.isoformat()])


def new_meeting(board: Board) -> Meeting:
    return Meeting.objects.get(board=board, date="2023-11-30")


CLERK = "clerk@archive.example"


def run_import(*args: object, by: str | None = CLERK) -> None:
    """The files imported into the Audit Panel by `by`, new names confirmed."""
    options = ["--board", "audit-panel", "--create-people"] + (["--by", by] if by else [])
    call_command(
        "import_minutes", *map(str, args), *options, stdout=io.StringIO(), stderr=io.StringIO()
    )


@pytest.fixture
def archive_clerk(db: None) -> Any:
    """The Audit Panel's clerk, who imports its archive."""
    board = Board.objects.create(name="Audit Panel", slug="audit-panel")
    return make_user(CLERK, person_name="Sam Clerk", board=board, role="secretariat")


# --- The import page ------------------------------------------------------------------------


def test_it_keeps_an_uploaded_file_with_its_sha256(
    board: Board, secretariat: Any, new_text: str
) -> None:
    data = docx_of(new_text)
    post(secretariat, board, "create", upload=SimpleUploadedFile("minutes.docx", data))
    original = new_meeting(board).original
    assert original.sha256 == hashlib.sha256(data).hexdigest()
    assert original.file.read() == data


def test_it_keeps_who_uploaded_it_and_its_type(
    board: Board, secretariat: Any, new_text: str
) -> None:
    data = docx_of(new_text)
    post(secretariat, board, "create", upload=SimpleUploadedFile("minutes.docx", data))
    original = new_meeting(board).original
    assert original.uploaded_by == secretariat
    assert original.content_type.endswith("wordprocessingml.document")


def test_it_keeps_the_file_of_a_preview_for_the_draft_made_from_its_text(
    board: Board, secretariat: Any, new_text: str
) -> None:
    data = docx_of(new_text)
    preview = post(secretariat, board, "preview", upload=SimpleUploadedFile("minutes.docx", data))
    page = lxml.html.fromstring(preview.content)
    fields = {e.name: e.value for e in page.forms[-1].inputs if e.name in ("text", "original")}
    post(secretariat, board, "create", **fields)
    assert new_meeting(board).original.sha256 == hashlib.sha256(data).hexdigest()


def test_it_refuses_a_token_it_did_not_sign(board: Board, secretariat: Any, new_text: str) -> None:
    post(secretariat, board, "create", text=new_text, original="originals/x/evil.pdf")
    assert not ImportedOriginal.objects.exists()


def test_it_keeps_nothing_for_pasted_text(board: Board, secretariat: Any, new_text: str) -> None:
    post(secretariat, board, "create", text=new_text)
    assert (ImportedOriginal.objects.count(), stored_files()) == (0, [])


def test_it_keeps_no_file_when_the_record_is_refused(
    board: Board, secretariat: Any, seed_text: str
) -> None:
    # The seed's date: the board already has that record.
    upload = SimpleUploadedFile("again.txt", seed_text.encode())
    response = post(secretariat, board, "create", upload=upload)
    assert response.status_code == 400
    assert (ImportedOriginal.objects.count(), stored_files()) == (0, [])


def test_it_shows_the_original_on_the_record_page(
    board: Board, secretariat: Any, new_text: str
) -> None:
    data = docx_of(new_text)
    post(secretariat, board, "create", upload=SimpleUploadedFile("minutes.docx", data))
    html = client_for(secretariat).get(new_meeting(board).get_absolute_url()).content.decode()
    page = lxml.html.fromstring(html)
    note = page.find_class("imported-original")[0]
    assert "Imported from the Word document" in note.text_content()
    assert note.find(".//a").get("href") == original_url(new_meeting(board))
    assert hashlib.sha256(data).hexdigest() in note.text_content()


def test_it_serves_valid_html_with_the_original(
    board: Board, secretariat: Any, new_text: str
) -> None:
    upload = SimpleUploadedFile("minutes.docx", docx_of(new_text))
    preview = post(secretariat, board, "preview", upload=upload)
    post(secretariat, board, "create", upload=SimpleUploadedFile("m.docx", docx_of(new_text)))
    record = client_for(secretariat).get(new_meeting(board).get_absolute_url())
    assert_valid_html(preview.content)
    assert_valid_html(record.content)


# --- The download --------------------------------------------------------------------------


def test_it_serves_the_same_bytes_as_an_attachment(
    board: Board, secretariat: Any, new_text: str
) -> None:
    data = docx_of(new_text)
    post(secretariat, board, "create", upload=SimpleUploadedFile("minutes.docx", data))
    response = client_for(secretariat).get(original_url(new_meeting(board)))
    assert response.content == data
    assert response["Content-Disposition"] == 'attachment; filename="minutes.docx"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_it_never_serves_an_uploaded_page_as_html(
    db: None, tmp_path: Path, archive_clerk: Any
) -> None:
    page = write_minutes(tmp_path, "minutes.txt", 5)
    page.write_text("<script>alert(1)</script>\n" + page.read_text())
    run_import(page, "--published")
    response = client_for(None).get(original_url(Meeting.objects.get()))
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")


def test_it_answers_404_to_outsiders_for_a_draft(
    board: Board, secretariat: Any, outsider: Any, new_text: str
) -> None:
    post(secretariat, board, "create", upload=SimpleUploadedFile("m.txt", new_text.encode()))
    url = original_url(new_meeting(board))
    assert client_for(outsider).get(url).status_code == 404
    assert client_for(None).get(url).status_code == 404


def test_it_answers_404_for_a_record_without_one(published_meeting: Meeting) -> None:
    assert client_for(None).get(original_url(published_meeting)).status_code == 404


def test_it_serves_a_published_copy_to_everyone(
    db: None, tmp_path: Path, archive_clerk: Any
) -> None:
    run_import(write_minutes(tmp_path, "minutes.txt", 5), "--published")
    assert client_for(None).get(original_url(Meeting.objects.get())).status_code == 200


def test_it_keeps_a_published_copy_with_restricted_content_from_the_public(
    db: None, tmp_path: Path, archive_clerk: Any
) -> None:
    """The file holds the whole of the minutes: while the record withholds a restricted
    section, the public gets no original and no link to it; the board's readers get both."""
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Audit Panel\nRecord of Meeting 5 March 2024\n\n1. Minutes\n\n1.1. Agreed.\n\n"
        "2. Covert operations update (restricted)\n\n2.1. ZEBRAQUOKKA secret paragraph.\n",
        encoding="utf-8",
    )
    run_import(path, "--published")
    meeting = Meeting.objects.get()
    assert meeting.sections.get(position=2).restricted
    assert client_for(None).get(original_url(meeting)).status_code == 404
    page = client_for(None).get(meeting.get_absolute_url()).content.decode()
    assert "ZEBRAQUOKKA" not in page and original_url(meeting) not in page
    assert client_for(archive_clerk).get(original_url(meeting)).status_code == 200
    assert original_url(meeting) in client_for(archive_clerk).get(meeting.get_absolute_url()).text


def test_it_keeps_a_published_copy_from_the_public_once_a_paragraph_is_restricted(
    db: None, tmp_path: Path, archive_clerk: Any
) -> None:
    run_import(write_minutes(tmp_path, "minutes.txt", 5), "--published")
    meeting = Meeting.objects.get()
    assert client_for(None).get(original_url(meeting)).status_code == 200
    paragraph = meeting.sections.get(position=2).paragraphs.get()
    paragraph.restricted = True
    paragraph.save()
    record_changed(meeting, content=True)
    assert client_for(None).get(original_url(meeting)).status_code == 404
    assert original_url(meeting) not in client_for(None).get(meeting.get_absolute_url()).text


def test_it_keeps_another_original_from_the_public_once_published(
    board: Board, secretariat: Any, board_member: Any, new_text: str
) -> None:
    """A draft's file may hold what the record withholds: publishing the record from PROB does
    not make the file public; the board's readers still get it."""
    post(secretariat, board, "create", upload=SimpleUploadedFile("m.txt", new_text.encode()))
    meeting = new_meeting(board)
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.PUBLISHED)
    assert client_for(None).get(original_url(meeting)).status_code == 404
    assert client_for(board_member).get(original_url(meeting)).status_code == 200


# --- The command ---------------------------------------------------------------------------


def test_the_command_keeps_the_file_with_its_sha256(
    db: None, tmp_path: Path, archive_clerk: Any
) -> None:
    path = write_minutes(tmp_path, "2024-03-05.txt", 5)
    run_import(path)
    original = Meeting.objects.get().original
    assert original.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert original.file.name == f"originals/{original.sha256}/2024-03-05.txt"


def test_the_command_publishes_with_who_and_why(
    db: None, tmp_path: Path, archive_clerk: Any
) -> None:
    run_import(write_minutes(tmp_path, "minutes.txt", 5), "--published")
    meeting = Meeting.objects.get()
    last = meeting.history.latest("history_date")
    assert meeting.status == Meeting.Status.PUBLISHED
    assert (last.history_user, last.history_change_reason) == (
        archive_clerk,
        "Imported from the published text file",
    )


def test_the_command_names_a_word_document_in_the_reason(
    db: None, tmp_path: Path, archive_clerk: Any, seed_text: str
) -> None:
    path = tmp_path / "minutes.docx"
    path.write_bytes(docx_of(seed_text))
    run_import(path, "--published")
    last = Meeting.objects.get().history.latest("history_date")
    assert last.history_change_reason == "Imported from the published Word document"


def test_the_command_needs_by(db: None, tmp_path: Path, archive_clerk: Any) -> None:
    with pytest.raises(CommandError, match="--by EMAIL is needed"):
        run_import(write_minutes(tmp_path, "minutes.txt", 5), "--published", by=None)


def test_the_command_keeps_nothing_on_a_dry_run(
    db: None, tmp_path: Path, archive_clerk: Any
) -> None:
    run_import(
        write_minutes(tmp_path, "a.txt", 5), write_minutes(tmp_path, "b.txt", 6), "--dry-run"
    )
    assert stored_files() == []


def test_the_command_keeps_no_file_of_an_archive_file_that_fails(
    db: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, archive_clerk: Any
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise ValidationError("The action could not be saved.")

    monkeypatch.setattr(Action, "save", refuse)
    # The import writes each kind of row at once.
    monkeypatch.setattr(Action._default_manager, "bulk_create", refuse)
    with pytest.raises(CommandError):
        run_import(write_minutes(tmp_path, "a.txt", 5), write_minutes(tmp_path, "b.txt", 6))
    assert (ImportedOriginal.objects.count(), stored_files()) == (0, [])
