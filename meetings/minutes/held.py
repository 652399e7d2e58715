"""When and where a heading sentence says the meeting was held, for the meeting's own time and
place: "Minutes of the meeting held on 14 March 2024 at 10.00am, County Hall, Northtown", "...
HELD AT 3.00PM ON MONDAY 9 JULY 2018 IN THE COUNCIL CHAMBER", "... held at Dundee on 20th
November, 2017", "A meeting of the Board was held at Hythe, on Wednesday 18th June 2014 at 2.00
pm." The title keeps the sentence up to its date, without the time and the place."""

import datetime
import re
from dataclasses import dataclass

from meetings.minutes.dates import _DATE_SEARCH, _TIME_SEARCH, parse_date

_HELD = re.compile(r"\b(?:was\s+|were\s+)?held\b", re.IGNORECASE)
# The words that join the parts of the sentence: "on", "at", "in", "via", "commencing".
_JOINERS = r"(?:on|at|in|via|from|commencing|starting|and|the)"
_LEAD = re.compile(rf"^(?:[\s,.;:\-\u2013\u2014]|\b{_JOINERS}\b)+", re.IGNORECASE)
_TAIL = re.compile(rf"(?:[\s,.;:\-\u2013\u2014]|\b{_JOINERS}\b)+$", re.IGNORECASE)
_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*(?P<half>[ap])?\.?(?:m\.?)?", re.IGNORECASE
)
# A line giving when the meeting ran, not a heading or a person: "Time Started: 09:30 Time
# Finished: 16:45", "Start: 7.00pm".
TIMES_LINE = re.compile(r"[A-Z][\w ]{0,30}:\s*\d{1,2}[.:]\d{2}\b")
# A place is a few words: more is the heading going on to say something else.
_PLACE_WORDS = 12


@dataclass(frozen=True)
class Held:
    title: str
    start_time: datetime.time | None = None
    place: str = ""
    # Why no time was taken from a line that writes one: a line to check, never a time guessed.
    doubt: str = ""


# A time of day ends a range with the next one ("10.00 \u2013 12.30pm", "7 to 9pm").
_RANGE = re.compile(r"\s*(?:-|\u2013|\u2014|to|until|till)\s*", re.IGNORECASE)
# Part of a date, not a time: "14.02" of "14.02.11", "7.30" of "7.30/2".
_DATE_TAIL = re.compile(r"[./]\d")
_EXPLICIT = re.compile(r"[ap]\.?m\b|noon|midday|hrs|hours|:", re.IGNORECASE)
# A time written "7.30" with no am or pm before 8 o'clock is the evening's as often as the
# morning's: said as a doubt, not guessed.
_EARLIEST_BARE_HOUR = 8


def _times(text: str) -> list[re.Match[str]]:
    """The times of day a line writes; a date's digits are never one ("14.02" of "14.02.11")."""
    dates = [m.span() for m in _DATE_SEARCH.finditer(text)]
    return [
        m
        for m in _TIME_SEARCH.finditer(text)
        if not any(start < m.end() and m.start() < end for start, end in dates)
        and not _DATE_TAIL.match(text, m.end())
        and not (m.start() and text[m.start() - 1] in "./")
    ]


def started_at(text: str) -> tuple[re.Match[str] | None, str]:
    """The time a line says the meeting started at, and a doubt where it may be wrong. A
    date's digits are never a time ("14.02" of "on 14.02.11. at 7.30 pm"); a time with am or
    pm is preferred to a bare one before it that does not start a range with it ("at 6.15 on
    the 3rd, 7.30 pm"); a bare "5.30" is read neither as morning nor as evening."""
    times = _times(text)
    if not times:
        return None, ""
    first = times[0]
    if not _EXPLICIT.search(first[0]):
        explicit = [m for m in times[1:] if _EXPLICIT.search(m[0])]
        ranged = len(times) > 1 and _RANGE.fullmatch(text, first.end(), times[1].start())
        if explicit and not ranged:
            first = explicit[0]
        elif (found := clock_time(first[0])) and found.hour < _EARLIEST_BARE_HOUR:
            return None, (
                f"'{first[0].strip()}' is not read as the start time: morning or evening? "
                "Set the time under Meeting details"
            )
    return first, ""


def clock_time(text: str) -> datetime.time | None:
    """'10.00am', '3.00PM', '7 pm', '19:30', 'noon' as a time of day, or None."""
    text = text.strip().lower()
    if text in ("noon", "midday"):
        return datetime.time(12, 0)
    m = _CLOCK.fullmatch(re.sub(r"\s*(?:hrs|hours)$", "", text))
    if not m:
        return None
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    if m["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["half"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return datetime.time(hour, minute)


def held(title: str) -> Held:
    """The time and place a "... held on <date> at <time>, <place>" title gives, and the title
    without them; the title as it is where it says no time or place after "held"."""
    found = _HELD.search(title)
    date = _DATE_SEARCH.search(title, found.end()) if found else None
    if found is None or date is None or parse_date(date[1]) is None:
        return Held(title)
    tail = title[found.end() :]
    offset = found.end()
    time_match, doubt = started_at(tail)
    time = clock_time(time_match[0]) if time_match else None
    # What is left of the sentence after "held", the date and the time taken out: the place.
    cuts = sorted([(date.start() - offset, date.end() - offset)] + [m.span() for m in _times(tail)])
    pieces, at = [], 0
    for start, end in cuts:
        pieces.append(tail[at:start])
        at = max(at, end)
    pieces.append(tail[at:])
    place = ""
    for piece in pieces:
        piece = piece.split(". ")[0]
        piece = _TAIL.sub("", _LEAD.sub("", piece))
        if (
            piece
            and (piece[0].isupper() or piece[0].isdigit())
            and len(piece.split()) <= _PLACE_WORDS
        ):
            place = piece
            break
    if not (time or place):
        return Held(title, doubt=doubt)
    head = title[: found.start()].rstrip()
    on = "ON" if found[0].isupper() else "on"
    short = f"{head} {found[0].strip()} {on} {date[1].strip().rstrip(',')}".strip()
    return Held(short, time, place, doubt)


# Lines of the heading a date line is looked for in, before the first item.
_HEADING_LINES = 12
_ITEM = re.compile(r"\s*(?:\d{1,3}(?:[./]\d{1,3})*\.?|[A-Z]{1,4}\s?\d{1,4}(?:/\d{2,4})?)\s+\S")


def held_on_date_line(text: str, date: datetime.date) -> Held:
    """The time and place the heading's date line gives, where its title says neither: "Tuesday
    25 April 2017 10:15 \u2013 12:30" starts at 10:15; "Thursday 25 October 2012, East Herts
    District Council, Wallfields, Hertford" was held at the council's offices after the comma.
    The first line above the first item holding the meeting's date is read; a line that goes
    on in words after a time ("... at 10.30 am in the Chamber") is left to `held`."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_HEADING_LINES]
    for line in lines:
        m = _DATE_SEARCH.search(line)
        if m is None or parse_date(m[1]) != date:
            if _ITEM.match(line):
                break
            continue
        rest = line[m.end() :]
        time_match, doubt = started_at(rest)
        if doubt:
            return Held(line, doubt=doubt)
        if time_match and not _LEAD.sub("", rest[: time_match.start()]).strip(" @"):
            return Held(line, clock_time(time_match[0]))
        place = rest.strip(" ,.")
        if (
            rest.startswith(",")
            and not time_match
            and place[:1].isupper()
            and len(place.split()) <= _PLACE_WORDS
        ):
            return Held(line, None, place)
        return Held(line)
    return Held("")


# "Held on Thursday 28 February 2013 at 9.30 am, Seminar Rooms 1&2, ...", "Meeting held at the
# Guildhall on 3 May 2019": a line of its own under the heading saying when and where.
_HELD_LINE = re.compile(r"(?:(?:the\s+)?meeting\s+)?(?:was\s+)?held\s+(?:on|at|in)\s", re.I)


def held_line(text: str) -> tuple[datetime.date, str] | None:
    """The date and the place of a line that starts "Held on <date> at <time>, <place>"."""
    if not _HELD_LINE.match(text):
        return None
    found = held(text)
    date = _DATE_SEARCH.search(text)
    day = parse_date(date[1]) if date else None
    return (day, found.place) if day else None
