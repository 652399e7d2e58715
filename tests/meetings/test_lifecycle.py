"""The record's lifecycle: one service per verb, the transition table, frozen numbers."""

import datetime
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from meetings.models import Action, Amendment, Attendance, Meeting, Membership, Paragraph, Section
from meetings.services import (
    record_agree,
    record_amend_paragraph,
    record_circulate,
    record_publish,
    record_renumber,
    record_return_to_draft,
)
from meetings.services.lifecycle import verbs_allowed
from prob import limits
from tests.conftest import make_user, next_meeting


def test_it_lets_each_verb_start_only_where_the_table_says(
    seed_meeting: Meeting, secretariat: Any
) -> None:
    assert [verb.name for verb in verbs_allowed(seed_meeting, secretariat)] == ["circulate"]


def test_it_circulates_a_draft(seed_meeting: Meeting, secretariat: Any) -> None:
    meeting = record_circulate(meeting=seed_meeting, by=secretariat)
    assert meeting.status == Meeting.Status.CIRCULATED


def test_it_records_who_circulated_and_why(seed_meeting: Meeting, secretariat: Any) -> None:
    record_circulate(meeting=seed_meeting, by=secretariat)
    row = seed_meeting.history.latest()
    assert (row.history_user, row.history_change_reason) == (
        secretariat,
        "Circulated to the attendees",
    )


def test_it_emails_the_attendees_with_accounts(
    seed_meeting: Meeting, secretariat: Any, django_capture_on_commit_callbacks: Any
) -> None:
    attendee = Attendance.objects.filter(meeting=seed_meeting).first().person
    attendee.user = make_user("attendee@mopac.example")
    attendee.save()
    # A board member, who may read the draft: the email links to it.
    Membership.objects.create(
        person=attendee, board=seed_meeting.board, role=Membership.Role.BOARD_MEMBER
    )
    with django_capture_on_commit_callbacks(execute=True):
        record_circulate(meeting=seed_meeting, by=secretariat)
    assert [message.to for message in mail.outbox] == [["attendee@mopac.example"]]
    assert seed_meeting.get_absolute_url() in mail.outbox[0].body


def test_it_refuses_to_publish_a_draft(seed_meeting: Meeting, secretariat: Any) -> None:
    with pytest.raises(ValidationError, match=r"A draft record cannot be published\."):
        record_publish(meeting=seed_meeting, by=secretariat)


def test_it_changes_nothing_when_refusing(seed_meeting: Meeting, secretariat: Any) -> None:
    with pytest.raises(ValidationError):
        record_publish(meeting=seed_meeting, by=secretariat)
    seed_meeting.refresh_from_db()
    assert seed_meeting.status == Meeting.Status.DRAFT


def test_it_returns_a_circulated_record_to_draft_with_a_reason(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    record_return_to_draft(meeting=circulated_meeting, by=secretariat, reason="Wrong attendees")
    assert circulated_meeting.history.latest().history_change_reason == "Wrong attendees"


def test_it_wants_a_reason_to_return_to_draft(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    with pytest.raises(ValidationError):
        record_return_to_draft(meeting=circulated_meeting, by=secretariat, reason=" ")


def test_it_agrees_at_a_later_meeting(circulated_meeting: Meeting, secretariat: Any) -> None:
    later = next_meeting(circulated_meeting)
    meeting = record_agree(meeting=circulated_meeting, at_meeting=later, by=secretariat)
    assert (meeting.status, meeting.agreed_at) == (Meeting.Status.AGREED, later)


def test_it_refuses_to_agree_at_an_earlier_meeting(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    earlier = Meeting.objects.create(
        board=circulated_meeting.board, date=datetime.date(2023, 4, 28), title="Earlier"
    )
    with pytest.raises(ValidationError, match="later meeting of the same board"):
        record_agree(meeting=circulated_meeting, at_meeting=earlier, by=secretariat)


def test_it_adds_the_minute_of_agreement_first_in_the_later_record(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    later = next_meeting(circulated_meeting)
    Section.objects.create(meeting=later, position=1, title="Minutes", number=1)
    Paragraph.objects.create(
        section=later.sections.get(), position=1, text="Apologies were noted.", number=1
    )
    record_agree(meeting=circulated_meeting, at_meeting=later, by=secretariat, add_minute=True)
    texts = list(
        Paragraph.objects.filter(section__meeting=later)
        .order_by("number")
        .values_list("number", "text")
    )
    assert texts == [
        (1, "The minutes of the 31 August 2023 meeting were agreed as a true record."),
        (2, "Apologies were noted."),
    ]


def test_it_freezes_numbers_once_agreed(circulated_meeting: Meeting, secretariat: Any) -> None:
    record_agree(
        meeting=circulated_meeting, at_meeting=next_meeting(circulated_meeting), by=secretariat
    )
    Section.objects.filter(meeting=circulated_meeting, number=1).update(position=99)
    record_renumber(Meeting.objects.get(pk=circulated_meeting.pk))
    assert Section.objects.get(meeting=circulated_meeting, position=99).number == 1


def test_it_publishes_an_agreed_record(circulated_meeting: Meeting, secretariat: Any) -> None:
    meeting = record_agree(
        meeting=circulated_meeting, at_meeting=next_meeting(circulated_meeting), by=secretariat
    )
    assert record_publish(meeting=meeting, by=secretariat).status == Meeting.Status.PUBLISHED


def test_it_amends_an_agreed_paragraph_with_a_reason(
    published_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = Paragraph.objects.filter(section__meeting=published_meeting).first()
    amendment = record_amend_paragraph(
        paragraph=paragraph, text="Corrected text.", by=secretariat, reason="A name was wrong"
    )
    paragraph.refresh_from_db()
    assert (paragraph.text, amendment.reason) == ("Corrected text.", "A name was wrong")


def test_it_keeps_numbers_through_an_amendment(
    published_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = Paragraph.objects.filter(section__meeting=published_meeting).last()
    before = paragraph.ref
    record_amend_paragraph(paragraph=paragraph, text="New.", by=secretariat, reason="Typo")
    assert Paragraph.objects.get(pk=paragraph.pk).ref == before


def test_it_refuses_to_amend_a_draft(seed_meeting: Meeting, secretariat: Any) -> None:
    paragraph = Paragraph.objects.filter(section__meeting=seed_meeting).first()
    with pytest.raises(ValidationError):
        record_amend_paragraph(paragraph=paragraph, text="x", by=secretariat, reason="y")
    assert not Amendment.objects.exists()


def test_it_refuses_an_amendment_based_on_an_old_version(
    published_meeting: Meeting, secretariat: Any
) -> None:
    paragraph = Paragraph.objects.filter(section__meeting=published_meeting).first()
    record_amend_paragraph(paragraph=paragraph, text="First.", by=secretariat, reason="One")
    with pytest.raises(ValidationError, match="Someone else changed this paragraph"):
        record_amend_paragraph(
            paragraph=paragraph, text="Second.", by=secretariat, reason="Two", version=1
        )


def test_it_stores_the_seed_numbers_on_import(seed_meeting: Meeting) -> None:
    refs = [
        p.ref
        for p in Paragraph.objects.filter(section__meeting=seed_meeting)
        .select_related("section")
        .order_by("section__position", "position")
    ]
    assert refs[0] == "1.1" and "4.6" in refs
    assert list(
        Action.objects.filter(paragraph__section__meeting=seed_meeting)
        .order_by("number")
        .values_list("number", flat=True)
    ) == [1, 2, 3]


def test_it_renumbers_a_draft_after_a_section_is_deleted(seed_meeting: Meeting) -> None:
    Section.objects.filter(meeting=seed_meeting, number=2).delete()
    record_renumber(seed_meeting)
    assert list(
        Section.objects.filter(meeting=seed_meeting)
        .order_by("position")
        .values_list("number", flat=True)
    ) == [1, 2, 3, 4]


def test_a_long_reason_is_kept_whole_in_the_history(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    # Reasons may be as long as the forms allow; the history once cut them at 100 characters
    # (PostgreSQL refused the save with a 500).
    reason = "The attendees asked for the second section to be redrafted. " * 16
    reason = reason[: limits.REASON].strip()
    record_return_to_draft(meeting=circulated_meeting, by=secretariat, reason=reason)
    assert circulated_meeting.history.latest().history_change_reason == reason
