from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from agenda import services
from agenda.models import Agenda, AgendaItem
from meetings.models import Meeting, Section
from tests.agenda.conftest import add_item, pdf_bytes

pytestmark = pytest.mark.django_db


def _numbers(meeting: Meeting) -> list[tuple[int, str]]:
    return list(
        AgendaItem.objects.filter(agenda__meeting=meeting)
        .order_by("position")
        .values_list("number", "title")
    )


def test_it_numbers_items_in_their_order(upcoming: Meeting, secretariat: Any) -> None:
    for title in ("Welcome", "Minutes", "Finance"):
        add_item(upcoming, secretariat, title)
    assert _numbers(upcoming) == [(1, "Welcome"), (2, "Minutes"), (3, "Finance")]


def test_it_renumbers_after_a_move(upcoming: Meeting, secretariat: Any) -> None:
    add_item(upcoming, secretariat, "Welcome")
    finance = add_item(upcoming, secretariat, "Finance")
    services.item_move(item=finance, by=secretariat, direction="up")
    assert _numbers(upcoming) == [(1, "Finance"), (2, "Welcome")]


def test_it_refuses_a_move_past_the_top(upcoming: Meeting, secretariat: Any) -> None:
    first = add_item(upcoming, secretariat, "Welcome")
    with pytest.raises(ValidationError):
        services.item_move(item=first, by=secretariat, direction="up")


def test_it_renumbers_after_a_removal(upcoming: Meeting, secretariat: Any) -> None:
    first = add_item(upcoming, secretariat, "Welcome")
    add_item(upcoming, secretariat, "Finance")
    services.item_delete(item=first, by=secretariat)
    assert _numbers(upcoming) == [(1, "Finance")]


def test_it_writes_who_added_an_item_into_the_history(upcoming: Meeting, secretariat: Any) -> None:
    item = add_item(upcoming, secretariat, "Welcome")
    row = item.history.get()
    assert (row.history_user, row.history_change_reason) == (secretariat, "Item added")


def test_it_writes_who_uploaded_a_paper_into_the_history(
    upcoming: Meeting, secretariat: Any
) -> None:
    item = add_item(upcoming, secretariat, "Finance")
    paper = services.paper_add(
        item=item, by=secretariat, name="f.pdf", data=pdf_bytes(), title="Budget"
    )
    row = paper.history.get()
    assert (row.history_user, row.history_change_reason) == (secretariat, "Paper added")


def test_it_keeps_a_papers_sha256(upcoming: Meeting, secretariat: Any) -> None:
    import hashlib

    data = pdf_bytes()
    item = add_item(upcoming, secretariat, "Finance")
    paper = services.paper_add(item=item, by=secretariat, name="f.pdf", data=data, title="B")
    assert paper.sha256 == hashlib.sha256(data).hexdigest()


def test_it_refuses_a_restricted_item_without_a_reason(upcoming: Meeting, secretariat: Any) -> None:
    with pytest.raises(ValidationError):
        add_item(upcoming, secretariat, "Secret", restricted=True, restricted_reason=" ")
    assert not AgendaItem.objects.exists()


def test_it_refuses_to_publish_an_unannounced_meeting(upcoming: Meeting, secretariat: Any) -> None:
    Meeting.objects.filter(pk=upcoming.pk).update(announced=False)
    item = add_item(upcoming, secretariat, "Welcome")
    with pytest.raises(ValidationError, match="Announce the meeting"):
        services.agenda_publish(agenda=item.agenda, by=secretariat)


def test_it_publishes_with_who_did_it(upcoming: Meeting, secretariat: Any) -> None:
    item = add_item(upcoming, secretariat, "Welcome")
    services.agenda_publish(agenda=item.agenda, by=secretariat)
    agenda = Agenda.objects.get()
    assert agenda.is_published
    assert agenda.history.latest().history_user == secretariat


def test_it_refuses_to_publish_again_with_nothing_changed(
    upcoming: Meeting, secretariat: Any
) -> None:
    item = add_item(upcoming, secretariat, "Welcome")
    services.agenda_publish(agenda=item.agenda, by=secretariat)
    with pytest.raises(ValidationError, match="Nothing has changed"):
        services.agenda_publish(agenda=item.agenda, by=secretariat, verb="republish")


def test_it_carries_the_changes_into_the_next_publication(
    upcoming: Meeting, secretariat: Any
) -> None:
    item = add_item(upcoming, secretariat, "Welcome")
    services.agenda_publish(agenda=item.agenda, by=secretariat)
    services.paper_add(item=item, by=secretariat, name="a.pdf", data=pdf_bytes(), title="Paper")
    publication = services.agenda_publish(agenda=item.agenda, by=secretariat, verb="republish")
    assert [(c.text, c.by) for c in publication.changes.all()] == [
        ("Item 1 paper added", secretariat)
    ]


def test_it_keeps_a_restricted_papers_addition_from_the_public(
    upcoming: Meeting, secretariat: Any
) -> None:
    item = add_item(upcoming, secretariat, "Welcome")
    services.agenda_publish(agenda=item.agenda, by=secretariat)
    services.paper_add(
        item=item, by=secretariat, name="a.pdf", data=pdf_bytes(), title="P", restricted=True
    )
    assert item.agenda.changes.get().public is False


def test_it_starts_the_record_from_the_agenda(upcoming: Meeting, secretariat: Any) -> None:
    add_item(upcoming, secretariat, "Welcome")
    add_item(upcoming, secretariat, "Secret", restricted=True, restricted_reason="Operational")
    services.record_start_from_agenda(meeting=upcoming, by=secretariat)
    sections = Section.objects.filter(meeting=upcoming).order_by("position")
    assert [(s.number, s.title, s.restricted) for s in sections] == [
        (1, "Welcome", False),
        (2, "Secret", True),
    ]


def test_it_starts_a_record_from_the_agenda_only_once(upcoming: Meeting, secretariat: Any) -> None:
    add_item(upcoming, secretariat, "Welcome")
    services.record_start_from_agenda(meeting=upcoming, by=secretariat)
    with pytest.raises(ValidationError, match="already has sections"):
        services.record_start_from_agenda(meeting=upcoming, by=secretariat)
