"""A name typed or imported reuses only a person already tied to the board.

Someone of the same name on another board (with an account there, perhaps) is another
person: bound to this board by a name, they could be named as an action's owner and emailed.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from meetings.models import Attendance, Board, Meeting, Membership, Organisation, Person
from meetings.services.editing import attendance_add
from tests.conftest import import_record, make_user


def member_elsewhere(name: str) -> Person:
    """A member of another board, with an account there."""
    other = Board.objects.create(name="Other Board", slug="other-board")
    mopac = Organisation.objects.get_or_create(short_name="MOPAC", defaults={"name": "MOPAC"})[0]
    user = make_user(
        "someone@other.example",
        person_name=name,
        organisation=mopac,
        board=other,
        role=Membership.Role.BOARD_MEMBER,
    )
    return user.person


@pytest.fixture
def elsewhere_person(db: None) -> Person:
    """Named as one of the seed's attendees, before the seed is imported."""
    return member_elsewhere("Kenny Bowie")


def test_it_creates_a_new_person_for_a_name_from_another_board(seed_meeting: Meeting) -> None:
    stranger = member_elsewhere("Robin Stranger")
    attendance = attendance_add(
        meeting=seed_meeting, by=None, kind="present", name="Robin  Stranger", organisation=None
    )
    assert attendance.person != stranger


def test_it_reuses_a_person_who_attended_the_board(seed_meeting: Meeting) -> None:
    seed_person = Attendance.objects.get(meeting=seed_meeting, person__name="Kenny Bowie").person
    later = Meeting.objects.create(
        board=seed_meeting.board, date=datetime.date(2023, 11, 30), title="Later"
    )
    attendance = attendance_add(
        meeting=later, by=None, kind="present", name="kenny bowie", organisation=None
    )
    assert attendance.person == seed_person


def test_it_reuses_a_member_of_the_board(seed_meeting: Meeting, board_member: Any) -> None:
    later = Meeting.objects.create(
        board=seed_meeting.board, date=datetime.date(2023, 11, 30), title="Later"
    )
    attendance = attendance_add(
        meeting=later, by=None, kind="present", name="Pat Member", organisation=None
    )
    assert attendance.person == board_member.person


def test_it_imports_attendees_without_binding_people_of_another_board(
    elsewhere_person: Person, seed_text: str
) -> None:
    meeting = import_record(seed_text)
    assert meeting is not None
    attendee = Attendance.objects.get(meeting=meeting, person__name="Kenny Bowie").person
    assert attendee != elsewhere_person


def test_it_imports_a_second_record_with_the_board_s_own_people(seed_meeting: Meeting) -> None:
    text = seed_meeting_text_for(datetime.date(2023, 11, 30))
    later = import_record(text)
    assert later is not None
    assert Person.objects.filter(name="Kenny Bowie").count() == 1


def seed_meeting_text_for(date: datetime.date) -> str:
    from tests.conftest import SEED_PATH

    return SEED_PATH.read_text(encoding="utf-8").replace(
        "31 August 2023", f"{date.day} {date:%B %Y}"
    )
