import datetime

import pytest

from actions.models import Action
from meetings.models import Meeting, Paragraph, Section
from meetings.records import load_record
from meetings.services import TransitionError, record_transition


def refs(meeting: Meeting) -> list[str]:
    meeting = load_record(Meeting.objects.get(pk=meeting.pk), public=False)
    return [p.ref for s in meeting.sections.all() for p in s.paragraphs.all()]


def test_it_derives_numbers_from_order_in_a_draft(seed_meeting: Meeting) -> None:
    Section.objects.filter(meeting=seed_meeting, position=1).delete()
    assert refs(seed_meeting)[:2] == ["1.1", "1.2"]


def test_it_freezes_numbers_when_a_record_is_agreed(seed_meeting: Meeting) -> None:
    meeting = record_transition(meeting=seed_meeting, to="circulated")
    meeting = record_transition(meeting=meeting, to="agreed")
    Paragraph.objects.filter(section__meeting=meeting, section__position=2, position=1).delete()
    assert refs(meeting)[1:3] == ["2.2", "2.3"]


def test_it_freezes_action_numbers(seed_meeting: Meeting) -> None:
    meeting = record_transition(meeting=seed_meeting, to="circulated")
    record_transition(meeting=meeting, to="agreed")
    numbers = Action.objects.filter(paragraph__section__meeting=meeting).values_list(
        "number", flat=True
    )
    assert sorted(numbers) == [1, 2, 3]


def test_it_refuses_to_skip_a_step_and_changes_nothing(seed_meeting: Meeting) -> None:
    with pytest.raises(TransitionError, match="cannot become published"):
        record_transition(meeting=seed_meeting, to="published")
    assert Meeting.objects.get(pk=seed_meeting.pk).status == "draft"


def test_it_records_each_transition_in_the_history(seed_meeting: Meeting) -> None:
    record_transition(meeting=seed_meeting, to="circulated")
    statuses = list(seed_meeting.history.order_by("history_date").values_list("status", flat=True))
    assert statuses == ["draft", "circulated"]


def test_it_records_the_frozen_numbers_in_the_history(seed_meeting: Meeting) -> None:
    meeting = record_transition(meeting=seed_meeting, to="circulated")
    record_transition(meeting=meeting, to="agreed")
    section = Section.objects.get(meeting=meeting, position=4)
    assert section.history.latest().number == 4


def test_it_refuses_agreement_at_an_earlier_meeting(seed_meeting: Meeting) -> None:
    earlier = Meeting.objects.create(
        board=seed_meeting.board, date=datetime.date(2023, 1, 15), title="Earlier"
    )
    meeting = record_transition(meeting=seed_meeting, to="circulated")
    with pytest.raises(TransitionError, match="later meeting of the same board"):
        record_transition(meeting=meeting, to="agreed", agreed_at=earlier)
    assert Meeting.objects.get(pk=meeting.pk).status == "circulated"


def test_it_records_the_meeting_that_agreed_a_record(seed_meeting: Meeting) -> None:
    later = Meeting.objects.create(
        board=seed_meeting.board, date=datetime.date(2023, 11, 30), title="Later"
    )
    meeting = record_transition(meeting=seed_meeting, to="circulated")
    assert record_transition(meeting=meeting, to="agreed", agreed_at=later).agreed_at == later
