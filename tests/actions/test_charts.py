"""The figures over time and the chart drawn from them."""

import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine

from actions.charts import Series, line_chart, nice_top
from actions.selectors_board import (
    ActionTimeline,
    board_dashboard,
    month_ends,
    open_and_overdue_on,
)
from actions.services import action_close, action_reopen
from meetings.models import Action, Meeting
from tests.conftest import next_meeting

LONDON = ZoneInfo("Europe/London")
D = datetime.date


def at_noon(day: datetime.date) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, 12, tzinfo=LONDON)


@pytest.fixture
def history(circulated_meeting: Meeting, secretariat: Any) -> Meeting:
    """The seed's three actions, raised on 31 August 2023: Action 1 due 15 October and closed
    at the meeting of 30 November, Action 2 due 31 December, Action 3 with no date."""
    actions = Action.objects.filter(paragraph__section__meeting=circulated_meeting)
    actions.filter(number=1).update(due=D(2023, 10, 15))
    actions.filter(number=2).update(due=D(2023, 12, 31))
    later = next_meeting(circulated_meeting)
    with time_machine.travel(at_noon(later.date), tick=False):
        action_close(action=actions.get(number=1), by=secretariat, at_meeting=later)
    return circulated_meeting


def test_it_counts_open_and_overdue_at_each_month_end(history: Meeting, secretariat: Any) -> None:
    figures = board_dashboard(secretariat, history.board, today=D(2024, 2, 15)).trend
    assert [(p.on, p.open, p.overdue) for p in figures[-7:]] == [
        (D(2023, 8, 31), 3, 0),
        (D(2023, 9, 30), 3, 0),
        (D(2023, 10, 31), 3, 1),
        (D(2023, 11, 30), 2, 0),
        (D(2023, 12, 31), 2, 0),
        (D(2024, 1, 31), 2, 1),
        (D(2024, 2, 15), 2, 1),
    ]


def test_it_counts_nothing_before_the_meeting_that_raised_the_actions(
    history: Meeting, secretariat: Any
) -> None:
    figures = board_dashboard(secretariat, history.board, today=D(2024, 2, 15)).trend
    assert {(p.open, p.overdue) for p in figures[:5]} == {(0, 0)}


def test_it_counts_a_reopened_action_as_open_again(history: Meeting, secretariat: Any) -> None:
    action = Action.objects.get(paragraph__section__meeting=history, number=1)
    with time_machine.travel(at_noon(D(2024, 1, 10)), tick=False):
        action_reopen(action=action, by=secretariat, reason="Data incomplete")
    figures = board_dashboard(secretariat, history.board, today=D(2024, 2, 15)).trend
    assert [(p.open, p.overdue) for p in figures[-3:]] == [(2, 0), (3, 2), (3, 2)]


def test_it_reads_a_timeline_day_by_day() -> None:
    timeline = ActionTimeline(
        raised=D(2024, 1, 1),
        due=D(2024, 2, 1),
        changes=[(D(2024, 3, 1), "closed"), (D(2024, 4, 1), "open")],
    )
    days = [D(2023, 12, 31), D(2024, 2, 1), D(2024, 2, 2), D(2024, 3, 1), D(2024, 4, 1)]
    # Open, and overdue (due before the day and open), counted as the trend counts them.
    assert [open_and_overdue_on([timeline], d) for d in days] == [
        (0, 0),
        (1, 0),
        (1, 1),
        (0, 0),
        (1, 1),
    ]


def test_it_ends_the_months_with_today() -> None:
    assert month_ends(D(2024, 3, 15), count=4) == [
        D(2023, 12, 31),
        D(2024, 1, 31),
        D(2024, 2, 29),
        D(2024, 3, 15),
    ]


@pytest.mark.parametrize(
    ("largest", "top"), [(0, (1, 1)), (4, (4, 1)), (7, (8, 2)), (13, (15, 5)), (61, (80, 20))]
)
def test_it_picks_whole_number_ticks(largest: int, top: tuple[int, int]) -> None:
    assert nice_top(largest) == top


def test_it_tells_the_series_apart_without_colour() -> None:
    chart = line_chart(
        title="t",
        description="d",
        labels=[("Jan", "2024"), ("Feb", "")],
        series=[Series("Open", [3, 2]), Series("Overdue", [1, 0])],
        x_label="x",
        y_label="y",
    )
    assert [(s.dash != "", s.marker) for s in chart.series] == [
        (False, "circle"),
        (True, "square"),
    ]
    assert [s.legend_text for s in chart.series] == [
        "Open (solid line, circles)",
        "Overdue (dashed line, squares)",
    ]


def test_it_puts_larger_values_higher() -> None:
    chart = line_chart(
        title="t",
        description="d",
        labels=[("Jan", ""), ("Feb", "")],
        series=[Series("Open", [0, 4])],
        x_label="x",
        y_label="y",
    )
    low, high = chart.series[0].points
    assert (low.y, high.y) == (chart.bottom, chart.top)
