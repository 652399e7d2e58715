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


def test_with_no_later_meeting_it_says_make_the_next_meeting_first_and_offers_no_button(
    circulated_meeting: Meeting, secretariat: Any
) -> None:
    """QA J3-1: with no later meeting the list was empty and "Agree" offered all the same."""
    from django.urls import reverse

    page = lxml_html.fromstring(html_for(secretariat, circulated_meeting.get_absolute_url()))
    workflow = page.find_class("workflow")[0]
    assert not workflow.xpath('.//select[@name="at_meeting"]')
    assert not workflow.xpath('.//button[normalize-space()="Agree as a true record"]')
    link = workflow.xpath('.//a[normalize-space()="make the next meeting first"]')[0]
    assert link.get("href") == reverse("meetings:new_meeting", args=[circulated_meeting.board.slug])
    assert workflow.xpath('.//button[normalize-space()="Return to draft"]')  # the others stay
