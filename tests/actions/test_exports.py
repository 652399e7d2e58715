"""The action log as CSV and XLSX, read back as a spreadsheet would read them."""

from __future__ import annotations

import csv
import datetime
import io
from itertools import islice
from typing import Any

import openpyxl
import pytest
import time_machine
from django.http import HttpResponse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from actions.exports import HEADERS, neutralise, write_csv, xlsx_bytes
from actions.models import ActionUpdate
from meetings.models import Action, Board, Meeting, Person
from tests import tiers
from tests.actions.test_log import (
    OnTheRestrictedBoard,
    build_log,
    leaked,
    log_url,
    restricted_board,
    seed_actions,
)
from tests.conftest import client_for

__all__ = ["restricted_board"]  # a fixture, used below

FORMATS = ["csv", "xlsx"]


def download(user: Any, board: Board, fmt: str, **query: Any) -> HttpResponse:
    response = client_for(user).get(log_url(board, f"board_actions:log_{fmt}", **query))
    assert response.status_code == 200
    return response


def read_csv(response: HttpResponse) -> list[list[str]]:
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def read_xlsx(response: HttpResponse) -> list[list[Any]]:
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def read(response: HttpResponse, fmt: str) -> list[list[Any]]:
    return read_csv(response) if fmt == "csv" else read_xlsx(response)


def rows_of(user: Any, board: Board, fmt: str, **query: Any) -> list[list[Any]]:
    return read(download(user, board, fmt, **query), fmt)


def column(rows: list[list[Any]], name: str) -> list[Any]:
    index = HEADERS.index(name)
    return [row[index] for row in rows[1:]]


# --- The files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_starts_with_a_header_row(published_meeting: Meeting, fmt: str) -> None:
    assert list(rows_of(None, published_meeting.board, fmt)[0]) == list(HEADERS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_holds_a_row_for_each_action(published_meeting: Meeting, fmt: str) -> None:
    rows = rows_of(None, published_meeting.board, fmt)
    assert column(rows, "Reference") == [
        "31 August 2023 · 4.3 · Action 1",
        "31 August 2023 · 4.5 · Action 2",
        "31 August 2023 · 4.6 · Action 3",
    ]


@time_machine.travel(datetime.datetime(2024, 5, 1, 9, tzinfo=datetime.UTC))
@pytest.mark.parametrize(
    ("fmt", "extension", "content_type"),
    [
        ("csv", "csv", "text/csv; charset=utf-8"),
        (
            "xlsx",
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    ],
)
def test_it_is_a_download_named_for_the_board_and_the_day(
    published_meeting: Meeting, fmt: str, extension: str, content_type: str
) -> None:
    response = download(None, published_meeting.board, fmt)
    filename = f"performance-and-risk-oversight-board-actions-2024-05-01.{extension}"
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    assert response["Content-Type"] == content_type


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_is_private_to_a_signed_in_user(
    published_meeting: Meeting, board_member: Any, fmt: str
) -> None:
    cache_control = download(board_member, published_meeting.board, fmt)["Cache-Control"]
    assert {"private", "no-store"} <= {part.strip() for part in cache_control.split(",")}


def test_it_writes_numbers_and_owners(published_meeting: Meeting) -> None:
    seed_actions(published_meeting)[0].owner_people.add(
        Person.objects.create(name="Dana Named"), Person.objects.create(name="Ed Also")
    )
    row = read_xlsx(download(None, published_meeting.board, "xlsx"))[1]
    assert row[:1] == [1]
    assert row[4:6] == ["MPS", "Dana Named; Ed Also"]


# --- Dates -------------------------------------------------------------------------------------


@pytest.fixture
def dated(published_meeting: Meeting, action_owner: Any) -> Action:
    """The first action, due 30 April 2024, with an update on 9 March 2024."""
    action = seed_actions(published_meeting)[0]
    Action.objects.filter(pk=action.pk).update(due=datetime.date(2024, 4, 30))
    ActionUpdate.objects.create(
        action=action,
        author=action_owner,
        text="Data shared with MOPAC.",
        created=datetime.datetime(2024, 3, 9, 12, tzinfo=datetime.UTC),
    )
    return action


def test_it_writes_iso_dates_in_csv(published_meeting: Meeting, dated: Action) -> None:
    row = read_csv(download(None, published_meeting.board, "csv"))[1]
    assert [row[1], row[6], row[10]] == ["2023-08-31", "2024-04-30", "2024-03-09"]


def test_it_writes_date_cells_in_xlsx(published_meeting: Meeting, dated: Action) -> None:
    workbook = openpyxl.load_workbook(
        io.BytesIO(download(None, published_meeting.board, "xlsx").content)
    )
    cells = [workbook.active.cell(row=2, column=index) for index in (2, 7, 11)]
    assert all(cell.is_date and cell.number_format == "yyyy-mm-dd" for cell in cells)
    assert [cell.value.date() for cell in cells] == [
        datetime.date(2023, 8, 31),
        datetime.date(2024, 4, 30),
        datetime.date(2024, 3, 9),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_leaves_a_missing_date_empty(published_meeting: Meeting, fmt: str) -> None:
    empty = "" if fmt == "csv" else None
    assert column(rows_of(None, published_meeting.board, fmt), "Due") == [empty] * 3


@time_machine.travel(datetime.date(2024, 5, 1))
@pytest.mark.parametrize("fmt", FORMATS)
def test_it_says_which_actions_are_overdue(
    published_meeting: Meeting, dated: Action, fmt: str
) -> None:
    rows = rows_of(None, published_meeting.board, fmt)
    assert column(rows, "Overdue") == ["Yes", "No", "No"]


# --- Formula injection -------------------------------------------------------------------------

INJECTIONS = {
    "equals": '=HYPERLINK("http://evil.example","Click")',
    "plus": "+1+1",
    "minus": "-1+1",
    "at": "@SUM(A1:A2)",
    "tab": "\t=1+1",
    "carriage-return": "\r=1+1",
    "line-feed": "\n=1+1",
    "space": " =1+1",
    "full-width-equals": "\uff1d1+1",
    "full-width-plus": "\uff0b1+1",
    "full-width-minus": "\uff0d1+1",
    "full-width-at": "\uff20SUM(A1:A2)",
    "zero-width-space": "\u200b=1+1",
    "byte-order-mark": "\ufeff=1+1",
}
# What a spreadsheet skips before it reads a formula, and what it reads as one.
SKIPPED = [
    *(" ", "\u00a0", "\u3000", "\u2028"),  # spaces: plain, no-break, ideographic; line separator
    *("\n", "\t", "\r", "\x00"),  # controls
    *("\u200b", "\u2060", "\ufeff"),  # zero-width: space, word joiner, byte order mark
]
STARTS = ["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66", "\ufe62", "\ufe63"]
HIDDEN_FORMULAS = st.builds(
    "".join,
    st.tuples(
        st.lists(st.sampled_from(SKIPPED), max_size=4).map("".join),
        st.sampled_from(STARTS),
        st.text(max_size=30),
    ),
)
ORDINARY_TEXT = st.builds(
    "".join,
    st.tuples(st.characters(categories=["Lu", "Ll", "Lo", "Nd"]), st.text(max_size=30)),
)
# Each property's examples: 20 in the change tier (openpyxl writes and reads a workbook for
# each, ~10 ms), 60 under `--all`. No deadline: on a busy machine one example's workbook took
# 303 ms against Hypothesis's 200 and the test failed as flaky, the cell as it should be.
EXAMPLES = settings(
    max_examples=tiers.examples(change=20, every=60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def csv_of(text: str) -> str:
    out = io.StringIO(newline="")
    write_csv([(text,)], out)
    return next(islice(csv.reader(io.StringIO(out.getvalue(), newline="")), 1, None))[0]


def xlsx_of(text: str) -> Any:
    body = xlsx_bytes([(text,)], title="Actions")
    return openpyxl.load_workbook(io.BytesIO(body)).active.cell(row=2, column=1)


def as_read(text: str, fmt: str) -> str:
    """The text as a spreadsheet shows a neutralised formula: after an apostrophe in CSV; in
    XLSX, a text cell holding exactly the text."""
    return "'" + text if fmt == "csv" else text


@pytest.mark.parametrize("text", INJECTIONS.values(), ids=INJECTIONS.keys())
@pytest.mark.parametrize("fmt", FORMATS)
def test_it_neutralises_a_formula_in_the_action_text(
    published_meeting: Meeting, fmt: str, text: str
) -> None:
    Action.objects.filter(pk=seed_actions(published_meeting)[0].pk).update(text=text)
    rows = rows_of(None, published_meeting.board, fmt)
    assert column(rows, "Action")[0] == as_read(text, fmt)


@pytest.mark.parametrize("text", INJECTIONS.values(), ids=INJECTIONS.keys())
@pytest.mark.parametrize("fmt", FORMATS)
def test_it_neutralises_a_formula_in_an_update(
    published_meeting: Meeting, action_owner: Any, fmt: str, text: str
) -> None:
    action = seed_actions(published_meeting)[0]
    ActionUpdate.objects.create(action=action, author=action_owner, text=text)
    rows = rows_of(None, published_meeting.board, fmt)
    assert column(rows, "Last update")[0] == as_read(text, fmt)


@EXAMPLES
@given(text=HIDDEN_FORMULAS)
def test_it_neutralises_a_formula_behind_spaces_controls_and_full_widths_in_csv(
    text: str,
) -> None:
    assert csv_of(text) == "'" + text


@EXAMPLES
@given(text=ORDINARY_TEXT)
def test_it_leaves_text_that_starts_with_a_letter_or_digit_alone_in_csv(text: str) -> None:
    assert csv_of(text) == text


@EXAMPLES
@given(text=st.one_of(HIDDEN_FORMULAS, st.text(max_size=30)))
def test_it_writes_every_text_as_a_text_cell_in_xlsx(text: str) -> None:
    cell = xlsx_of(text)
    assert cell.data_type == "s" or cell.value is None  # an empty cell is not written at all
    # Exactly the text: no apostrophe; less only what XLSX cannot hold (NUL and most controls).
    assert (cell.value or "") == ILLEGAL_CHARACTERS_RE.sub("", text)


@EXAMPLES
@given(text=HIDDEN_FORMULAS)
def test_it_keeps_a_formula_like_text_as_text_when_edited_in_xlsx(text: str) -> None:
    assert xlsx_of(text).quotePrefix


def test_it_writes_no_formula_cell(published_meeting: Meeting) -> None:
    Action.objects.filter(pk=seed_actions(published_meeting)[0].pk).update(text="=1+1")
    workbook = openpyxl.load_workbook(
        io.BytesIO(download(None, published_meeting.board, "xlsx").content)
    )
    assert all(cell.data_type != "f" for row in workbook.active.iter_rows() for cell in row)


@pytest.mark.parametrize("text", ["MPS to share", "", "1 April", "'quoted'", " ", "a=1"])
def test_it_leaves_ordinary_text_alone(text: str) -> None:
    assert neutralise(text) == text


def test_it_drops_characters_xlsx_cannot_hold(published_meeting: Meeting) -> None:
    Action.objects.filter(pk=seed_actions(published_meeting)[0].pk).update(text="\x0b=1+1")
    rows = rows_of(None, published_meeting.board, "xlsx")
    assert column(rows, "Action")[0] == "=1+1"


# --- Filters -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_exports_the_filtered_log(published_meeting: Meeting, fmt: str) -> None:
    rows = rows_of(None, published_meeting.board, fmt, q="taser")
    assert column(rows, "Reference") == ["31 August 2023 · 4.5 · Action 2"]


@time_machine.travel(datetime.date(2024, 5, 1))
@pytest.mark.parametrize("fmt", FORMATS)
def test_it_exports_overdue_actions(published_meeting: Meeting, dated: Action, fmt: str) -> None:
    rows = rows_of(None, published_meeting.board, fmt, status="overdue")
    assert column(rows, "Reference") == ["31 August 2023 · 4.3 · Action 1"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_exports_in_the_order_asked_for(published_meeting: Meeting, fmt: str) -> None:
    Action.objects.filter(pk=seed_actions(published_meeting)[2].pk).update(
        due=datetime.date(2024, 1, 1)
    )
    rows = rows_of(None, published_meeting.board, fmt, sort="due")
    assert column(rows, "Reference")[0] == "31 August 2023 · 4.6 · Action 3"


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_ignores_a_filter_that_makes_no_sense(published_meeting: Meeting, fmt: str) -> None:
    rows = rows_of(None, published_meeting.board, fmt, due_before="2024-02-30", owner="x")
    assert len(rows) == 1 + 3


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_exports_every_action_not_just_a_page(published_meeting: Meeting, fmt: str) -> None:
    build_log(published_meeting.board, 2_500, date=datetime.date(2024, 1, 1))
    assert len(rows_of(None, published_meeting.board, fmt)) == 1 + 2_503


# --- The public export holds only what the public log shows ----------------------------------


def _text_of(rows: list[list[Any]]) -> str:
    return "\n".join(str(cell) for row in rows for cell in row)


class TestTheRestrictedRecord(OnTheRestrictedBoard):
    @pytest.mark.parametrize("fmt", FORMATS)
    @pytest.mark.parametrize("role", ["anonymous", "outsider", "action_owner"])
    def test_it_exports_no_draft_or_restricted_action_to_the_public(
        self, request: pytest.FixtureRequest, restricted_board: Board, role: str, fmt: str
    ) -> None:
        user = None if role == "anonymous" else request.getfixturevalue(role)
        rows = rows_of(user, restricted_board, fmt)
        assert leaked(_text_of(rows)) == []
        action = "MPS to publish the quarterly figures by 31 January 2024."
        assert column(rows, "Action") == [action]

    @pytest.mark.parametrize("fmt", FORMATS)
    def test_it_exports_the_restricted_actions_to_the_board(
        self, restricted_board: Board, board_member: Any, fmt: str
    ) -> None:
        rows = rows_of(board_member, restricted_board, fmt)
        assert set(leaked(_text_of(rows))) == {"OKAPILANTERN", "NARWHALBISCUIT"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_answers_404_for_a_board_that_is_not_public(seed_meeting: Meeting, fmt: str) -> None:
    url = log_url(seed_meeting.board, f"board_actions:log_{fmt}")
    assert client_for(None).get(url).status_code == 404
