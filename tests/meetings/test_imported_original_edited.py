"""A record made from a file's text as the clerk edited it at the preview says so, on its page
and in its history, and does not present the file as the authority for its words (issue 15,
QA F8: a renumbered text, with a date not in the file, was still 'Imported from the text file,
which stays the authority')."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from meetings.models import Board, ImportedOriginal
from tests.conftest import client_for
from tests.meetings.test_import_page import docx_of
from tests.meetings.test_imported_originals import new_meeting, post

pytestmark = pytest.mark.usefixtures("media_root")


def _made(secretariat: Any, board: Board, text: str, change: Any) -> str:
    """The record's page after a preview of the file of `text`, its text changed by `change`
    in the box, then "Create draft"."""
    upload = SimpleUploadedFile("minutes.docx", docx_of(text))
    preview = post(secretariat, board, "preview", upload=upload)
    page = lxml.html.fromstring(preview.content)
    fields = {e.name: e.value for e in page.forms[-1].inputs if e.name in ("text", "original")}
    # As a browser sends a textarea back: its lines ended with CR LF.
    fields["text"] = change(fields["text"]).replace("\n", "\r\n")
    post(secretariat, board, "create", **fields)
    meeting = new_meeting(board)
    return " ".join(
        client_for(secretariat).get(meeting.get_absolute_url()).content.decode().split()
    )


def test_a_record_made_from_the_files_text_edited_says_so(
    board: Board, secretariat: Any, new_text: str
) -> None:
    page = _made(secretariat, board, new_text, lambda text: text + "\nAdded at the preview.")
    original = ImportedOriginal.objects.get()
    assert original.edited
    assert "Made from edited text of the Word document" in page
    assert "stays the authority" not in page
    reasons = {row.history_change_reason for row in original.history.all()}
    assert reasons == {"Imported from edited text of minutes.docx"}
    meeting = new_meeting(board)
    assert meeting.history.first().history_change_reason == (
        "Imported from edited text of minutes.docx"
    )


def test_a_record_made_from_the_files_text_unchanged_names_the_file_the_authority(
    board: Board, secretariat: Any, new_text: str
) -> None:
    page = _made(secretariat, board, new_text, lambda text: text)
    assert not ImportedOriginal.objects.get().edited
    assert "which stays the authority" in page
    assert "edited text" not in page
