"""The API tests' world: the restricted record of tests/test_restricted.py, published (every
restricted piece carries an invented word); on the same board a circulated record and an
announced draft, each with invented words of their own; a board member (whose email must
never show); and an outsider on no board at all (who must not show)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from meetings.models import Board, Meeting, Paragraph, Section
from tests.conftest import a_board_member, an_outsider, shared_world, the_restricted_record
from tests.factories import build_record


@pytest.fixture(autouse=True)
def _site_url(settings: Any) -> None:
    # The API's ids and links are on SITE_URL, whatever host a request names.
    settings.SITE_URL = "http://testserver"


def _one_paragraph(board: Board, date: datetime.date, status: str) -> Meeting:
    return build_record(board=board, date=date, sections=1, paragraphs_per_section=1, status=status)


def _circulated(board: Board) -> Meeting:
    record = _one_paragraph(board, datetime.date(2024, 3, 14), Meeting.Status.CIRCULATED)
    Meeting.objects.filter(pk=record.pk).update(title="Record QUOKKAMEMO")
    Section.objects.filter(meeting=record).update(title="WOMBATAGENDA")
    record.sections.get().paragraphs.update(text="LEMURMINUTE was discussed.")
    return record


def _announced(board: Board) -> Meeting:
    draft = _one_paragraph(board, datetime.date(2030, 5, 1), Meeting.Status.DRAFT)
    Meeting.objects.filter(pk=draft.pk).update(
        title="Record DRAFTYAK", announced=True, place="City Hall", start_time=datetime.time(10)
    )
    Section.objects.filter(meeting=draft).update(title="DRAFTIBIS")
    return draft


def _build() -> dict[str, int]:
    with override_settings(SITE_URL="http://testserver"):  # as `_site_url` sets it in a test
        meeting = the_restricted_record()
        built = {
            "meeting": meeting.pk,
            "circulated": _circulated(meeting.board).pk,
            "announced": _announced(meeting.board).pk,
            "board_member": a_board_member(meeting.board).pk,
            "outsider": an_outsider().pk,
        }
        # Every paragraph a decision, so that the decisions' pages carry restricted and
        # unpublished words too, and must withhold them (the published record's public ones
        # are listed).
        Paragraph.objects.filter(section__meeting__board=meeting.board).update(decision=True)
    return built


@pytest.fixture(scope="module")
def api_world(django_db_setup: None, django_db_blocker: Any) -> Iterator[dict[str, int]]:
    """The world's keys, built once a module (`shared_world`: each test's own changes rolled
    back after it), not in each test: its records put back and its two people made were ~30
    queries of each test's setup. Each test reads its rows afresh (the fixtures below), so
    that what one test changed in its copies is never another's."""
    yield from shared_world(django_db_blocker, _build)


@pytest.fixture
def world(api_world: dict[str, int], db: None) -> Meeting:
    return Meeting.objects.select_related("board").get(pk=api_world["meeting"])


@pytest.fixture
def meeting(world: Meeting) -> Meeting:
    return world


@pytest.fixture
def board(world: Meeting) -> Board:
    return world.board


@pytest.fixture
def circulated(api_world: dict[str, int], db: None) -> Meeting:
    return Meeting.objects.get(pk=api_world["circulated"])


@pytest.fixture
def announced(api_world: dict[str, int], db: None) -> Meeting:
    return Meeting.objects.get(pk=api_world["announced"])


@pytest.fixture
def board_member(api_world: dict[str, int], db: None) -> Any:
    return get_user_model().objects.get(pk=api_world["board_member"])


@pytest.fixture
def outsider(api_world: dict[str, int], db: None) -> Any:
    return get_user_model().objects.get(pk=api_world["outsider"])
