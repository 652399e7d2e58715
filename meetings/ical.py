"""Meetings as iCalendar text (RFC 5545), written by hand: a pure module, no database.

Times are local to Europe/London, so each timed event names that zone and the calendar carries
its VTIMEZONE; a meeting with no start time is an all-day event on its date.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

CRLF = "\r\n"
LINE_OCTETS = 75  # RFC 5545 3.1: lines longer than this are folded
TZID = "Europe/London"

# The rules in force since 1996 (last Sunday of March at 01:00 UTC, of October at 01:00 UTC):
# enough for every meeting PROB holds, and what calendar programs expect.
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19810329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19961027T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class Event:
    uid: str
    summary: str
    date: datetime.date
    start_time: datetime.time | None
    location: str
    url: str
    stamp: datetime.datetime  # aware; written in UTC


def escape(text: str) -> str:
    """TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Splits a content line into lines of at most 75 octets, never inside a UTF-8 character;
    each continuation starts with a space, which counts towards its 75."""
    parts: list[str] = []
    current = ""
    size = 0
    limit = LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append(current)
            current, size, limit = " ", 1, LINE_OCTETS
        current += char
        size += octets
    parts.append(current)
    return CRLF.join(parts)


def _utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def event_lines(event: Event) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{_utc(event.stamp)}"]
    if event.start_time is None:
        lines.append(f"DTSTART;VALUE=DATE:{event.date:%Y%m%d}")
    else:
        start = datetime.datetime.combine(event.date, event.start_time)
        lines.append(f"DTSTART;TZID={TZID}:{start:%Y%m%dT%H%M%S}")
    lines.append(f"SUMMARY:{escape(event.summary)}")
    if event.location:
        lines.append(f"LOCATION:{escape(event.location)}")
    lines += [f"URL:{event.url}", "END:VEVENT"]
    return lines


def calendar(events: Iterable[Event], *, name: str) -> str:
    """The whole calendar, CRLF after every line, folded."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//PROB//Meetings//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
        f"X-WR-TIMEZONE:{TZID}",
        *VTIMEZONE,
    ]
    for event in events:
        lines += event_lines(event)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
