"""The addresses tests ask for, each made one way: a record's editor and the changes it posts
(`editor_url`), and a step of a record's lifecycle (`move_url`)."""

from __future__ import annotations

from django.urls import reverse

from meetings.models import Meeting


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
