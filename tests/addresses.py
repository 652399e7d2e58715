"""The addresses tests ask for, each made one way: a record's page and files (`record_url`), its
editor and the changes it posts (`editor_url`), a step of a record's lifecycle (`move_url`) and
a board's import page (`import_url`)."""

from __future__ import annotations

from django.urls import reverse

from meetings.models import Board, Meeting

# A record's files by kind, as their views are named.
_RECORD_NAMES = {
    "page": "meetings:record",
    "txt": "meetings:record_text",
    "json": "meetings:record_json",
    "pdf": "meetings:record_pdf",
    "docx": "meetings:record_docx",
}


def record_url(meeting: Meeting, kind: str = "page") -> str:
    """The record's page, or its file of `kind` ("txt", "json", "pdf", "docx")."""
    return reverse(_RECORD_NAMES[kind], args=[meeting.board.slug, meeting.date.isoformat()])


def import_url(board: Board) -> str:
    """The board's page for importing minutes."""
    return reverse("meetings:import_minutes", args=[board.slug])


def editor_url(meeting: Meeting, op: str = "") -> str:
    """The record's editor, or the address its change `op` ("paragraph-update") is posted to."""
    args = [meeting.board.slug, meeting.date.isoformat()]
    if op:
        return reverse("meetings:edit", args=[*args, op])
    return reverse("meetings:editor", args=args)


def move_url(meeting: Meeting, verb: str) -> str:
    """Where the record's lifecycle step `verb` ("circulate") is posted."""
    return reverse(
        "meetings:record_move", args=[meeting.board.slug, meeting.date.isoformat(), verb]
    )
