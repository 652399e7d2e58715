"""Where the minutes were read but making the draft was refused, the import page says the draft
was not created, not that the minutes could not be read (QA F2: "The minutes could not be read
— North Lanarkshire is listed twice among the attendees", of minutes read and previewed)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from meetings.minutes import MinutesError
from meetings.models import Board, Meeting
from meetings.services import imports
from tests.conftest import client_for

MINUTES = (
    "Performance and Risk Oversight Board\nRecord of Meeting 7 December 2026\n\n"
    "1. Minutes\n\n1.1. The minutes were agreed.\n"
)


def test_a_refusal_at_create_says_the_draft_was_not_created(
    board: Board, secretariat: Any, monkeypatch: Any
) -> None:
    def refusing(*args: Any, **kwargs: Any) -> None:
        raise MinutesError("Refused by the record's writer.")

    monkeypatch.setattr(imports, "_write_record", refusing)
    url = reverse("meetings:import_minutes", args=[board.slug])
    response = client_for(secretariat).post(url, {"action": "create", "text": MINUTES})
    page = response.content.decode()
    assert response.status_code == 400
    assert "The draft was not created" in page
    assert "could not be read" not in page
    assert "Refused by the record&#x27;s writer." in page
    assert not Meeting.objects.filter(board=board, title__contains="7 December 2026").exists()


def test_minutes_that_cannot_be_read_still_say_so(board: Board, secretariat: Any) -> None:
    url = reverse("meetings:import_minutes", args=[board.slug])
    text = "Performance and Risk Oversight Board\n\n1. Minutes\n\n1.1. Agreed.\n"
    response = client_for(secretariat).post(url, {"action": "create", "text": text})
    assert "The minutes could not be read" in response.content.decode()
