"""The import writes its rows' history rows in one query a kind of row, copied by the database
from the rows just written (`imports._created`), not as a second model instance a row prepared
field by field in Python (simple_history's `bulk_create_with_history`), which was two thirds
of the time a 10,000-line import took to write (issue 15). The rows and history rows written
are the same, column for column, as that library's."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
import time_machine
from django.db import connection
from django.db.models import Model
from django.test.utils import CaptureQueriesContext
from simple_history.utils import bulk_create_with_history, get_history_model_for_model

from meetings.models import Action, Attendance, Board, Meeting, Paragraph, Section
from meetings.services import imports
from meetings.services.imports import Document, everyone_new, meeting_import, minutes_read
from tests.conftest import make_user

CLERK = "clerk@write.example"

MINUTES = """Minutes of the meeting held on 6 June 2021

Present: Ann Able (Chair), Bob Baker, Carol Cole (Acme Ltd)
Apologies: Dan Dale

1. Welcome
1.1 The Chair welcomed everyone.
1.2 RESOLVED that the minutes be approved.

2. Finance
2.1 The accounts were noted. Action: Bob Baker to report by 30 April 2024.
2.2 Acme Ltd to send the figures. Action: Acme Ltd to send the figures by 1 May 2024.

3. Any other business
3.1 None.
"""

# The models the import writes a kind at a time, and their keys to other rows of the record.
KINDS: list[tuple[type[Model], list[str]]] = [
    (Attendance, ["meeting_id"]),
    (Section, ["meeting_id"]),
    (Paragraph, ["section_id"]),
    (Action, ["paragraph_id"]),
]


def written(meeting: Meeting) -> dict[str, list[dict[str, Any]]]:
    """Every column of the record's rows and of their history rows, in the order written,
    with the keys of the record's own rows as their places in that order (the record's second
    copy has other keys)."""
    places = {"meeting_id": {meeting.pk: 0}}
    by_kind = {
        Attendance: {"meeting": meeting},
        Section: {"meeting": meeting},
        Paragraph: {"section__meeting": meeting},
        Action: {"paragraph__section__meeting": meeting},
    }
    found: dict[str, list[dict[str, Any]]] = {}
    for model, keys in KINDS:
        rows = list(model._default_manager.filter(**by_kind[model]).order_by("pk").values())
        ids = [row["id"] for row in rows]
        history = get_history_model_for_model(model)
        past = list(history.objects.filter(id__in=ids).order_by("history_id").values())

        places["own"] = places[f"{model._meta.model_name}_id"] = {pk: n for n, pk in enumerate(ids)}
        found[model.__name__] = [placed(row, keys, places) for row in rows]
        found[f"{model.__name__} history"] = [placed(row, keys, places) for row in past]
    return found


def placed(row: dict[str, Any], keys: list[str], places: dict[str, Any]) -> dict[str, Any]:
    """`row` with its own key (places' "own") and its keys to the record's rows (`keys`) as
    their places, and no history key."""
    row = dict(row)
    for key in [*keys, "id"]:
        row[key] = places["own" if key == "id" else key][row[key]]
    row.pop("history_id", None)
    return row


def library_created(model: type[Model], rows: list[Any], *, by: Any, reason: str | None) -> Any:
    """The rows and their history as simple_history writes them, row by row in Python."""
    return bulk_create_with_history(rows, model, default_user=by, default_change_reason=reason)


def imported(board: Board) -> tuple[Meeting, int]:
    document = Document(text=MINUTES, name="minutes.txt")
    confirmed = everyone_new(minutes_read(board=board, document=document))
    from django.contrib.auth import get_user_model

    by = get_user_model().objects.get(email=CLERK)
    with CaptureQueriesContext(connection) as queries:
        meeting = meeting_import(board=board, document=document, by=by, **confirmed).meeting
    assert meeting is not None
    # Out of the way of the next record of the same minutes' date.
    Meeting.objects.filter(pk=meeting.pk).update(date=datetime.date(2000, 1, 1 + meeting.pk % 28))
    return meeting, len(queries.captured_queries)


@pytest.mark.django_db
def test_the_rows_and_history_written_are_the_librarys_column_for_column(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    board = Board.objects.create(name="Write Board", slug="write-board")
    make_user(CLERK, person_name="Sam Clerk", board=board, role="secretariat")
    imported(board)  # The people and the organisation, made once and found after.
    with time_machine.travel(datetime.datetime(2024, 2, 15, 12, tzinfo=datetime.UTC), tick=False):
        ours, our_queries = imported(board)
        with monkeypatch.context() as patched:
            patched.setattr(imports, "_created", library_created)
            theirs, their_queries = imported(board)
    mine, library = written(ours), written(theirs)
    assert [len(mine[kind]) for kind in mine] == [len(library[kind]) for kind in library]
    assert all(mine[kind] for kind in mine)
    assert mine == library
    history = mine["Paragraph history"][-1]
    assert (history["history_type"], history["history_change_reason"]) == (
        "+",
        "Imported from minutes.txt",
    )
    assert history["history_date"] == datetime.datetime(2024, 2, 15, 12, tzinfo=datetime.UTC)
    # A query a kind of row for the history, as the library's on PostgreSQL; never more.
    assert our_queries <= their_queries
