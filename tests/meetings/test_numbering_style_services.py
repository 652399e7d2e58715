"""A board's minute numbers stored by the services: running on through the municipal year
from one record to the next, restarting at 1 each April, following a draft's changes and
those of the records before it, and never moving in an agreed or published record."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import Board, Meeting, Paragraph, Section
from meetings.services import record_agree, record_circulate, record_publish
from meetings.services.directory import board_save
from meetings.services.editing import (
    meeting_new,
    meeting_update,
    paragraph_add,
    section_add,
    section_delete,
    section_move,
)
from meetings.services.numbers import board_renumber
from tests.conftest import client_for


@pytest.fixture
def minute_board(db: None) -> Board:
    return Board.objects.create(
        name="Police and Crime Panel", slug="pcp", numbering_style=Board.NumberingStyle.MINUTE
    )


def draft(board: Board, day: datetime.date, *titles: str) -> Meeting:
    meeting = meeting_new(board=board, date=day, by=None)
    for title in titles:
        section_add(meeting=meeting, by=None, title=title)
    return meeting


def refs(meeting: Meeting) -> list[str]:
    return [s.ref for s in Section.objects.filter(meeting=meeting).order_by("position")]


def test_it_numbers_the_first_record_of_the_year_from_1(minute_board: Board) -> None:
    june = draft(minute_board, datetime.date(2023, 6, 1), "Apologies", "Minutes", "Precept")
    assert refs(june) == ["1/23", "2/23", "3/23"]


def test_it_runs_on_from_the_records_before_it(minute_board: Board) -> None:
    draft(minute_board, datetime.date(2023, 6, 1), "Apologies", "Minutes", "Precept")
    september = draft(minute_board, datetime.date(2023, 9, 14), "Apologies", "Complaints")
    assert refs(september) == ["4/23", "5/23"]


def test_it_restarts_at_1_in_a_new_municipal_year(minute_board: Board) -> None:
    draft(minute_board, datetime.date(2024, 3, 20), "Apologies", "Minutes")
    april = draft(minute_board, datetime.date(2024, 4, 2), "Apologies")
    assert refs(april) == ["1/24"]


def test_it_numbers_paragraphs_within_their_minute(minute_board: Board) -> None:
    draft(minute_board, datetime.date(2023, 6, 1), "Apologies", "Minutes")
    september = draft(minute_board, datetime.date(2023, 9, 14), "Precept")
    section = Section.objects.get(meeting=september)
    paragraph_add(section=section, by=None, text="The panel noted.\n\nIt agreed.")
    paragraphs = Paragraph.objects.filter(section=section).order_by("position")
    assert [p.ref for p in paragraphs] == ["3.1", "3.2"]


def test_a_later_draft_follows_when_an_earlier_one_gains_a_section(minute_board: Board) -> None:
    june = draft(minute_board, datetime.date(2023, 6, 1), "Apologies", "Minutes")
    september = draft(minute_board, datetime.date(2023, 9, 14), "Apologies")
    section_add(meeting=june, by=None, title="Any other business")
    assert refs(september) == ["4/23"]


def test_a_later_draft_follows_when_an_earlier_one_loses_a_section(minute_board: Board) -> None:
    june = draft(minute_board, datetime.date(2023, 6, 1), "Apologies", "Minutes")
    september = draft(minute_board, datetime.date(2023, 9, 14), "Apologies")
    section_delete(section=Section.objects.get(meeting=june, title="Minutes"), by=None)
    assert refs(september) == ["2/23"]


def test_moving_a_section_renumbers_the_draft_alone(minute_board: Board) -> None:
    june = draft(minute_board, datetime.date(2023, 6, 1), "Apologies", "Minutes")
    minutes = Section.objects.get(meeting=june, title="Minutes")
    section_move(section=minutes, by=None, direction="up")
    assert Section.objects.get(pk=minutes.pk).ref == "1/23"


def test_a_later_draft_follows_when_an_earlier_one_moves_out_of_the_year(
    minute_board: Board,
) -> None:
    june = draft(minute_board, datetime.date(2023, 6, 1), "Apologies", "Minutes")
    september = draft(minute_board, datetime.date(2023, 9, 14), "Apologies")
    meeting_update(
        meeting=june, by=None, date=datetime.date(2023, 3, 30), start_time=None, place="", title=""
    )
    assert refs(september) == ["1/23"]
    assert refs(june) == ["1/22", "2/22"]


def agree(meeting: Meeting, at: Meeting) -> Meeting:
    circulated = record_circulate(meeting=meeting, by=None)
    return record_agree(meeting=circulated, at_meeting=at, by=None)


def test_an_agreed_record_keeps_its_numbers_when_one_before_it_changes(
    minute_board: Board,
) -> None:
    june = draft(minute_board, datetime.date(2023, 6, 1), "Apologies", "Minutes")
    september = draft(minute_board, datetime.date(2023, 9, 14), "Apologies")
    november = draft(minute_board, datetime.date(2023, 11, 9), "Apologies")
    agree(september, november)
    # An earlier draft changing (rare, but possible) never renumbers an agreed record.
    section_add(meeting=june, by=None, title="Late item")
    assert refs(september) == ["3/23"]


def test_a_record_after_an_agreed_one_runs_on_from_its_minutes(minute_board: Board) -> None:
    june = draft(minute_board, datetime.date(2023, 6, 1), "Apologies", "Minutes")
    september = draft(minute_board, datetime.date(2023, 9, 14), "Apologies")
    record_publish(meeting=agree(june, september), by=None)
    november = draft(minute_board, datetime.date(2023, 11, 9), "Apologies")
    assert refs(november) == ["4/23"]


def test_changing_the_style_renumbers_drafts_and_never_a_published_record(
    minute_board: Board,
) -> None:
    june = draft(minute_board, datetime.date(2023, 6, 1), "Apologies", "Minutes")
    september = draft(minute_board, datetime.date(2023, 9, 14), "Apologies", "Precept")
    record_publish(meeting=agree(june, september), by=None)
    minute_board.numbering_style = Board.NumberingStyle.DECIMAL
    minute_board.save()
    board_renumber(minute_board)
    assert refs(june) == ["1/23", "2/23"]
    assert refs(september) == ["1", "2"]
    assert not Section.objects.filter(meeting=september).exclude(label="").exists()


def test_changing_to_minutes_numbers_drafts_in_minutes(db: None) -> None:
    board = Board.objects.create(name="Panel", slug="panel")
    june = draft(board, datetime.date(2023, 6, 1), "Apologies", "Minutes")
    september = draft(board, datetime.date(2023, 9, 14), "Apologies")
    assert refs(september) == ["1"]
    board.numbering_style = Board.NumberingStyle.MINUTE
    board.save()
    board_renumber(board)
    assert (refs(june), refs(september)) == (["1/23", "2/23"], ["3/23"])


def written(board: Board, day: datetime.date, *labels: str) -> Meeting:
    """A draft with sections as an import writes them: each reference as the minutes wrote it."""
    meeting = meeting_new(board=board, date=day, by=None)
    for position, label in enumerate(labels, start=1):
        Section.objects.create(
            meeting=meeting, position=position, number=position, title="Item", label=label
        )
    return meeting


def test_a_record_holding_references_as_written_keeps_them(minute_board: Board) -> None:
    imported = written(minute_board, datetime.date(2023, 6, 1), "39/23", "40/23")
    section_add(meeting=imported, by=None, title="Added in PROB")
    assert refs(imported) == ["39/23", "40/23", "3"]


def test_it_runs_on_from_the_minutes_an_imported_record_wrote(minute_board: Board) -> None:
    written(minute_board, datetime.date(2023, 6, 1), "39/23", "40/23")
    september = draft(minute_board, datetime.date(2023, 9, 14), "Apologies")
    assert refs(september) == ["41/23"]


def test_it_counts_up_the_revision_of_a_draft_whose_numbers_moved(minute_board: Board) -> None:
    june = draft(minute_board, datetime.date(2023, 6, 1), "Apologies")
    september = draft(minute_board, datetime.date(2023, 9, 14), "Apologies")
    before = Meeting.objects.get(pk=september.pk).revision
    section_add(meeting=june, by=None, title="Minutes")
    assert Meeting.objects.get(pk=september.pk).revision > before


def test_the_admin_renumbers_drafts_when_the_style_changes(
    minute_board: Board, admin_user: Any
) -> None:
    september = draft(minute_board, datetime.date(2023, 9, 14), "Apologies", "Precept")
    response = client_for(admin_user).post(
        f"/admin/meetings/board/{minute_board.pk}/change/",
        {
            "name": minute_board.name,
            "slug": minute_board.slug,
            "description": "",
            "meeting_length": 120,
            "numbering_style": "decimal",
        },
    )
    assert response.status_code == 302
    assert refs(september) == ["1", "2"]


def queries_to_add_before(later: int) -> int:
    """The queries adding a section costs on a board whose first draft of the year has `later`
    drafts after it, whose minute numbers all move."""
    board = Board.objects.create(
        name=f"Panel {later}", slug=f"panel-{later}", numbering_style=Board.NumberingStyle.MINUTE
    )
    april = draft(board, datetime.date(2023, 4, 20), "Apologies")
    for month in range(5, 5 + later):
        draft(board, datetime.date(2023, month, 1), "Apologies", "Minutes")
    with CaptureQueriesContext(connection) as queries:
        section_add(meeting=april, by=None, title="Precept")
    last = Meeting.objects.get(board=board, date=datetime.date(2023, 4 + later, 1))
    assert refs(last) == [f"{2 * later + 1}/23", f"{2 * later + 2}/23"]
    return len(queries)


def test_it_renumbers_the_year_in_the_same_queries_whatever_its_drafts(db: None) -> None:
    assert queries_to_add_before(1) == queries_to_add_before(4)


def test_a_later_draft_follows_when_the_admin_deletes_an_earlier_one(
    minute_board: Board, admin_user: Any
) -> None:
    june = draft(minute_board, datetime.date(2023, 6, 1), "Apologies", "Minutes")
    september = draft(minute_board, datetime.date(2023, 9, 14), "Apologies")
    response = client_for(admin_user).post(
        f"/admin/meetings/meeting/{june.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert refs(september) == ["1/23"]


def test_saving_the_board_in_a_new_style_renumbers_its_drafts(db: None) -> None:
    """The board's service renumbers its drafts when the style changed, wherever it is called
    from (the admin, a command), not the admin alone."""
    board = Board.objects.create(name="Panel", slug="panel")
    june = draft(board, datetime.date(2023, 6, 1), "Apologies", "Minutes")
    board.numbering_style = Board.NumberingStyle.MINUTE
    board_save(board=board, by=None, reason="Minutes numbered through the year")
    assert refs(june) == ["1/23", "2/23"]
