"""The kept records' layers (tests/conftest.py, `_ImportedRows.arrange`): tests that start from
a kept record run in savepoints on top of its rows, kept between tests. Each must still start
from the same rows, and nothing one writes may be seen by the next. The tests run in this
order, each file whole on one worker."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from meetings.models import Meeting, Organisation
from tests.conftest import _IMPORTED_ROWS

TITLE = "Written by the test before"


def test_a_test_on_the_published_record_writes(published_meeting: Meeting) -> None:
    assert _IMPORTED_ROWS.layered
    Meeting.objects.filter(pk=published_meeting.pk).update(title=TITLE)
    Organisation.objects.create(name="Left Behind Council", short_name="LEFT")


def test_the_next_one_starts_from_the_same_rows(published_meeting: Meeting) -> None:
    assert _IMPORTED_ROWS.layered
    assert Meeting.objects.get(pk=published_meeting.pk).title != TITLE
    assert not Organisation.objects.filter(short_name="LEFT").exists()
    assert published_meeting.status == Meeting.Status.PUBLISHED


def test_a_draft_is_a_draft_after_the_published_layer(seed_meeting: Meeting) -> None:
    assert _IMPORTED_ROWS.layered
    assert Meeting.objects.get(pk=seed_meeting.pk).status == Meeting.Status.DRAFT
    assert Meeting.objects.get(pk=seed_meeting.pk).published is None


def test_each_test_has_its_own_stamps(seed_meeting: Meeting) -> None:
    """Stamped now in each test, as a record put back is: what a process keeps of a record
    is keyed by its revision and stamp."""
    stored = Meeting.objects.get(pk=seed_meeting.pk)
    assert stored.updated == seed_meeting.updated
    assert stored.board.changed_at == seed_meeting.board.changed_at
    assert seed_meeting.updated not in STAMPS
    STAMPS.append(seed_meeting.updated)


STAMPS: list[Any] = []


def test_and_again(seed_meeting: Meeting) -> None:
    assert STAMPS and seed_meeting.updated not in STAMPS


def test_a_test_without_a_record_sees_none(db: None) -> None:
    assert not _IMPORTED_ROWS.layered
    assert not Meeting.objects.exists()
    assert not Organisation.objects.exists()


def test_the_record_after_that_is_there_again(restricted_meeting: Meeting) -> None:
    assert _IMPORTED_ROWS.layered
    assert Meeting.objects.filter(status=Meeting.Status.PUBLISHED).count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_transactional_test_runs_on_no_layer_and_commits() -> None:
    assert _IMPORTED_ROWS.base is None
    assert not connection.in_atomic_block
    assert not Meeting.objects.exists()
