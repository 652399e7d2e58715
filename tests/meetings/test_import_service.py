"""`meeting_import`: a board's record made from minutes by the clerk, through the one core that
makes every meeting, with who and why in the history of every row."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from meetings.models import Action, Attendance, Board, Meeting, Organisation, Person
from meetings.services import Document, meeting_import
from meetings.services.editing import MeetingExists, meeting_new
from meetings.services.imports import RecordExists, everyone_new, minutes_read
from tests.conftest import make_user

MINUTES = (
    "Audit Panel\nRecord of Meeting 5 March 2024\n\n"
    "Present\nAnn Auditor, Chair\n\n"
    "1. Estates\n\n1.1. The panel noted the report.\n"
    "Action 1: LFB to report on the estate by 30 April 2024.\n"
)
MARCH_5 = datetime.date(2024, 3, 5)


@pytest.fixture
def estates(db: None) -> Board:
    return Board.objects.create(name="Estates Board", slug="estates")


@pytest.fixture
def estates_clerk(estates: Board) -> Any:

    return make_user(
        "clerk@estates.example", person_name="Sam Clerk", board=estates, role="secretariat"
    )


def imported(board: Board, by: Any, *, confirm: bool = True, name: str = "march.txt") -> Meeting:
    document = Document(text=MINUTES, name=name)
    names = everyone_new(minutes_read(board=board, document=document)) if confirm else {}
    meeting = meeting_import(board=board, document=document, by=by, **names).meeting
    assert meeting is not None
    return meeting


def test_it_makes_the_record_in_the_board_chosen(estates: Board, estates_clerk: Any) -> None:
    assert imported(estates, estates_clerk).board == estates


def test_it_never_makes_the_board_the_minutes_name(estates: Board, estates_clerk: Any) -> None:
    imported(estates, estates_clerk)
    assert list(Board.objects.values_list("name", flat=True)) == ["Estates Board"]


def test_it_names_the_clerk_and_the_file_in_the_history(estates: Board, estates_clerk: Any) -> None:
    meeting = imported(estates, estates_clerk)
    rows = [
        meeting.history.earliest(),
        Attendance.history.get(meeting_id=meeting.pk),
        Action.history.get(),
        Person.history.get(name="Ann Auditor"),
        Organisation.history.get(short_name="LFB"),
    ]
    assert {(row.history_user, row.history_change_reason) for row in rows} == {
        (estates_clerk, "Imported from march.txt")
    }


def test_it_says_pasted_text_in_the_history(estates: Board, estates_clerk: Any) -> None:
    meeting = imported(estates, estates_clerk, name="")
    assert meeting.history.earliest().history_change_reason == "Imported from text pasted in"


def test_it_creates_no_one_unconfirmed(estates: Board, estates_clerk: Any) -> None:
    meeting = imported(estates, estates_clerk, confirm=False)
    assert not Person.objects.filter(name="Ann Auditor").exists()
    assert not Organisation.objects.exists()
    assert (meeting.attendances.count(), Action.objects.get().owner) == (0, None)


def test_it_lists_the_unconfirmed_as_left_out(estates: Board, estates_clerk: Any) -> None:
    document = Document(text=MINUTES, name="march.txt")
    outcome = meeting_import(board=estates, document=document, by=estates_clerk)
    assert outcome.left_out == ["Ann Auditor (an attendee)", "LFB (the owner of action 1)"]
    assert [p.line for p in outcome.problems if p.severity == "error"] == [5, 10]


def test_it_refuses_a_date_new_meeting_took(estates: Board, estates_clerk: Any) -> None:
    meeting_new(board=estates, date=MARCH_5, by=estates_clerk)
    with pytest.raises(RecordExists) as refused:
        imported(estates, estates_clerk)
    assert isinstance(refused.value.__cause__, MeetingExists)
    assert Meeting.objects.count() == 1


def test_new_meeting_refuses_a_date_an_import_took(estates: Board, estates_clerk: Any) -> None:
    imported(estates, estates_clerk)
    with pytest.raises(MeetingExists) as refused:
        meeting_new(board=estates, date=MARCH_5, by=estates_clerk)
    assert refused.value.message_dict == {
        "date": ["Estates Board already has a meeting on 5 March 2024."]
    }


def test_it_leaves_nothing_when_a_row_fails(
    estates: Board, estates_clerk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise ValidationError("The action could not be saved.")

    monkeypatch.setattr(Action, "save", refuse)
    # The import writes each kind of row at once.
    monkeypatch.setattr(Action._default_manager, "bulk_create", refuse)
    with pytest.raises(ValidationError):
        imported(estates, estates_clerk)
    assert (Meeting.objects.count(), Person.objects.filter(name="Ann Auditor").count()) == (0, 0)
