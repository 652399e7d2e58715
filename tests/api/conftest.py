"""The API tests' world: the restricted record of tests/test_restricted.py, published (every
restricted piece carries an invented word); on the same board a circulated record and an
announced draft, each with invented words of their own; a board member (whose email must
never show); and an outsider on no board at all (who must not show)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from meetings.models import Board, Meeting, Paragraph, Section
from tests.conftest import IMPORTED_ROWS
from tests.factories import build_record


@pytest.fixture(autouse=True)
def _site_url(settings: Any) -> None:
    # The API's ids and links are on SITE_URL, whatever host a request names.
    settings.SITE_URL = "http://testserver"


@pytest.fixture
def board(meeting: Meeting) -> Board:
    return meeting.board


@pytest.fixture
def circulated(meeting: Meeting, board: Board) -> Meeting:
    """Made once a worker and put back in each later test where the record before it was
    (`_ImportedRows.then`), as the announced draft is: ~30 queries each in ~100 tests."""

    def make(_: Meeting) -> Meeting:
        record = build_record(
            board=board,
            date=datetime.date(2024, 3, 14),
            sections=1,
            paragraphs_per_section=1,
            status=Meeting.Status.CIRCULATED,
        )
        Meeting.objects.filter(pk=record.pk).update(title="Record QUOKKAMEMO")
        Section.objects.filter(meeting=record).update(title="WOMBATAGENDA")
        record.sections.get().paragraphs.update(text="LEMURMINUTE was discussed.")
        record.refresh_from_db()
        return record

    return IMPORTED_ROWS.then(meeting, "and the API's circulated record", make)


@pytest.fixture
def announced(circulated: Meeting, board: Board) -> Meeting:
    def make(_: Meeting) -> Meeting:
        draft = build_record(
            board=board,
            date=datetime.date(2030, 5, 1),
            sections=1,
            paragraphs_per_section=1,
            status=Meeting.Status.DRAFT,
        )
        Meeting.objects.filter(pk=draft.pk).update(
            title="Record DRAFTYAK",
            announced=True,
            place="City Hall",
            start_time=datetime.time(10),
        )
        Section.objects.filter(meeting=draft).update(title="DRAFTIBIS")
        draft.refresh_from_db()
        return draft

    return IMPORTED_ROWS.then(circulated, "and the API's announced draft", make)


@pytest.fixture
def world(
    meeting: Meeting, circulated: Meeting, announced: Meeting, board_member: Any, outsider: Any
) -> Meeting:
    # Every paragraph a decision, so that the decisions' pages carry restricted and unpublished
    # words too, and must withhold them (the published record's public ones are listed).
    Paragraph.objects.filter(section__meeting__board=meeting.board).update(decision=True)
    return meeting
