"""Agreeing a record offers the board's next meeting after it first, not its newest: one click
on the default freezes the numbers at the meeting that really agreed the record."""

from __future__ import annotations

import datetime
from typing import Any

from lxml import html as lxml_html

from meetings.models import Meeting
from tests.conftest import html_for


def _meeting(board: Any, date: datetime.date) -> Meeting:
    return Meeting.objects.create(board=board, date=date, title=f"Meeting of {date}")


def _chosen(html: str) -> tuple[str, list[str]]:
    """The option a browser submits by default from the agree form's meeting list (the one
    marked selected, else the first), and every option's label."""
    select = lxml_html.fromstring(html).xpath('//select[@name="at_meeting"]')[0]
    options = select.xpath("./option")
    selected = [o for o in options if o.get("selected") is not None] or options
    return selected[0].text_content().strip(), [o.text_content().strip() for o in options]


def test_it_offers_the_next_meeting_first(circulated_meeting: Meeting, secretariat: Any) -> None:
    board = circulated_meeting.board
    _meeting(board, datetime.date(2024, 3, 1))
    _meeting(board, datetime.date(2023, 11, 30))
    _meeting(board, datetime.date(2025, 6, 5))
    chosen, _ = _chosen(html_for(secretariat, circulated_meeting.get_absolute_url()))
    assert chosen == "30 November 2023"


def test_it_lists_the_later_meetings_in_date_order(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    board = circulated_meeting.board
    for date in (datetime.date(2024, 3, 1), datetime.date(2023, 11, 30)):
        _meeting(board, date)
    _, labels = _chosen(html_for(secretariat, circulated_meeting.get_absolute_url()))
    assert labels == ["30 November 2023", "1 March 2024"]
