"""Meetings as iCalendar (RFC 5545), written with the icalendar library: a pure module, no
database.

Times are local to Europe/London, so each timed event names that zone and the calendar carries
its VTIMEZONE (made by icalendar from the zone database, for the years its events span); a
timed event ends after its board's meeting length (without DTEND or DURATION a timed event
lasts no time at all), and a meeting with no start time is an all-day event on its date.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from prob import limits

if TYPE_CHECKING:
    import icalendar

TZID = "Europe/London"
ZONE = ZoneInfo(TZID)


@dataclass(frozen=True)
class Event:
    uid: str
    summary: str
    date: datetime.date
    start_time: datetime.time | None
    length: datetime.timedelta  # of a timed event; an all-day event lasts its day
    location: str
    url: str
    stamp: datetime.datetime  # aware; written in UTC


def event_component(event: Event) -> icalendar.Event:
    # Imported when a calendar is written, not when the URLconf is loaded: ~0.1 s of CPU at
    # every process's start (a server's, each management command's).
    import icalendar

    component = icalendar.Event()
    component.add("uid", event.uid)
    component.add("dtstamp", event.stamp.astimezone(datetime.UTC))
    if event.start_time is None:
        component.add("dtstart", event.date)
    else:
        start = datetime.datetime.combine(event.date, event.start_time, tzinfo=ZONE)
        component.add("dtstart", start)
        component.add("dtend", start + event.length)
    component.add("summary", event.summary)
    if event.location:
        component.add("location", event.location)
    component.add("url", event.url)
    return component


def calendar(events: Iterable[Event], *, name: str) -> bytes:
    """The whole calendar: CRLF line ends and folding are the library's."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//PROB//Meetings//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", TZID)
    dates = []
    for event in events:
        if not limits.meeting_date_in_range(event.date):
            # Stored before meeting dates were bounded (`prob.limits`): a year such as 9999
            # has no day after it to end on, nor time zone rules, and would break the calendar
            # of every meeting beside it. Such a date is a typing mistake, not a meeting.
            continue
        cal.add_component(event_component(event))
        dates.append(event.date)
    if dates:
        # The zone's rules for the years the events span, a day either side.
        day = datetime.timedelta(days=1)
        cal.add_missing_timezones(first_date=min(dates) - day, last_date=max(dates) + day * 2)
    return cal.to_ical()
