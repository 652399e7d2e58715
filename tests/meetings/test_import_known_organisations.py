"""An attendee the minutes give no organisation is listed under the one PROB knows for them
(QA F16: "Alexis Boon, MPS" and "Sophie Linden, Deputy Mayor …" were matched to the board's
people but written with no organisation, and "MPS" kept as Alexis Boon's role)."""

from __future__ import annotations

import datetime
from typing import Any

from meetings.models import Attendance, Board, Meeting
from meetings.services.imports import Document, meeting_import, minutes_read

MINUTES = (
    "Performance and Risk Oversight Board\nRecord of Meeting 7 December 2026\n\n"
    "Present\nAlexis Boon, MPS\nSophie Linden, Deputy Mayor for Policing and Crime (Chair)\n\n"
    "1. Minutes\n\n1.1. The minutes were agreed.\n"
)


def attendees(record: dict[str, Any]) -> dict[str, tuple[str, str | None]]:
    return {a["name"]: (a["role"], a["organisation"]) for a in record["attendees"]}


def test_an_organisations_short_name_alone_is_the_organisation_not_a_role(
    board: Board, seed_meeting: Meeting
) -> None:
    outcome = minutes_read(board=board, document=Document(text=MINUTES))
    assert attendees(outcome.record)["Alexis Boon"] == ("", "MPS")


def test_a_known_person_with_no_organisation_written_is_given_theirs(
    board: Board, seed_meeting: Meeting
) -> None:
    outcome = minutes_read(board=board, document=Document(text=MINUTES))
    assert attendees(outcome.record)["Sophie Linden"] == (
        "Deputy Mayor for Policing and Crime (Chair)",
        "MOPAC",
    )


def test_the_record_lists_them_under_their_organisations(
    board: Board, seed_meeting: Meeting, secretariat: Any
) -> None:
    document = Document(text=MINUTES, name="minutes.txt")
    meeting = meeting_import(board=board, document=document, by=secretariat).meeting
    assert meeting is not None and meeting.date == datetime.date(2026, 12, 7)
    written = {
        a.person.name: (a.role, a.organisation.short_name if a.organisation else None)
        for a in Attendance.objects.filter(meeting=meeting).select_related("person")
    }
    assert written == {
        "Alexis Boon": ("", "MPS"),
        "Sophie Linden": ("Deputy Mayor for Policing and Crime (Chair)", "MOPAC"),
    }


def test_an_organisation_written_is_kept(board: Board, seed_meeting: Meeting) -> None:
    text = MINUTES.replace("Alexis Boon, MPS", "Alexis Boon, Deputy Assistant Commissioner, LFB")
    outcome = minutes_read(board=board, document=Document(text=text))
    assert attendees(outcome.record)["Alexis Boon"] == ("Deputy Assistant Commissioner", "LFB")
