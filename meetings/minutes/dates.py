"""Dates as records write them ("31 August 2023") and as people type them."""

import datetime
import re

from meetings.dates import MONTH_NAMES as _MONTH_NAMES
from meetings.dates import format_date as format_date  # the reader's too

_MONTHS = {name.lower(): i for i, name in enumerate(_MONTH_NAMES, start=1)}
_MONTHS.update({name[:3].lower(): i for i, name in enumerate(_MONTH_NAMES, start=1)})
_MONTHS["sept"] = 9
# Longest first so that "September" is not cut short at "Sep".
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)"
)
_WEEKDAY = rf"{_WEEKDAY_NAMES}\.?,?"
# Spaces may be lost in copies of web pages: "Monday1st March2010", or put in by a PDF's
# superscript: "13 th December 2018". A template's "8 August '23" cuts the year to two figures
# after an apostrophe: this century's, as below.
_DATE_WORDS = (
    rf"(?:{_WEEKDAY}\s*)?(?:the\s+)?(\d{{1,2}})(?:\s?(?:st|nd|rd|th))?(?:\s+of)?\s*({_MONTH_ALT})\.?,?"
    r"\s*(\d{4}|['\u2018\u2019]\d{2})"
)
# "19/09/05": a year of two digits is this century's, as below.
_DATE_SLASH = r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})"
_DATE_ISO = r"(\d{4})-(\d{2})-(\d{2})"
# "25.04.2017", "6.2.20": a year of two digits is this century's.
_DATE_DOTS = r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})"
_DATE_ANY = rf"(?:{_DATE_WORDS}|{_DATE_SLASH}|{_DATE_ISO}|{_DATE_DOTS})"
_DATE_SEARCH = re.compile(rf"\b({_DATE_ANY})\b", re.IGNORECASE)
BY_DATE = re.compile(rf"\bby\s+(?:the\s+)?({_DATE_ANY})\b", re.IGNORECASE)
_TIME = r"(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[.:]\d{2}(?:\s*(?:hrs|hours))?|noon|midday)"
_TIME_SEARCH = re.compile(rf"\b{_TIME}", re.IGNORECASE)
# What may surround a date or time on a line that says only when a meeting was.
_WHEN_FILLER = re.compile(
    rf"\b(?:{_WEEKDAY_NAMES}|{_TIME}|at|from|to|until|till|on|and|the|commencing|starting|start)\b"
    r"|[-\u2013\u2014,.;:()/]",
    re.IGNORECASE,
)


# "Friday, September 30, 2005": a date in the American order, as a blog or a web page dates its
# post; never the meeting's date, which the minutes write themselves.
DATE_LINE = re.compile(
    rf"(?:{_WEEKDAY_NAMES},?\s+)?(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}",
    re.IGNORECASE,
)


def parse_date(s: str) -> datetime.date | None:
    """A date written the ways minutes write them (UK day-month order), or None."""
    s = " ".join(s.split()).rstrip(".,")
    if m := re.fullmatch(_DATE_ISO, s):
        year, month, day = m.groups()
    elif m := (
        re.fullmatch(_DATE_WORDS, s, re.IGNORECASE)
        or re.fullmatch(_DATE_SLASH, s)
        or re.fullmatch(_DATE_DOTS, s)
    ):
        day, month, year = m.groups()
        year = year.lstrip("'\u2018\u2019")
        year = f"20{year}" if len(year) == 2 else year
    else:
        return None
    try:
        month_no = int(month) if month.isdigit() else _MONTHS[month.lower()]
        return datetime.date(int(year), month_no, int(day))
    except ValueError:
        return None  # 31 February


# "9 May 2018 - Annual Parish Meeting", "21 June 2018 17.00, PLANED": a date in words that starts
# a line, then a dash, colon or comma and more, or the hour.
_DATE_FIRST = re.compile(rf"{_DATE_WORDS}(?:\s*[-\u2013\u2014:,]\s*\S|\s+{_TIME})", re.IGNORECASE)


def starts_with_date(text: str) -> bool:
    """Whether a line starts with a whole date written in words, then more after a dash or the
    hour: the meeting's date heading its title or venue, never an item numbered by its day."""
    m = _DATE_FIRST.match(text.strip())
    return bool(m) and parse_date(" ".join(m.groups()[:3])) is not None


def find_date(text: str, pattern: re.Pattern[str] = _DATE_SEARCH) -> datetime.date | None:
    m = pattern.search(text)
    if (
        m
        and pattern is _DATE_SEARCH
        and _PERIOD_START.search(text[: m.start()])
        and (period := _PERIOD_END.match(text, m.end()))
    ):
        # "Minutes of meetings held from 1st March 2019 to 31st March 2020": a year's book of
        # minutes, whose span is no meeting's date; a date after it may be.
        return find_date(text[period.end() :])
    return _first_day(text[: m.start()], m[1], parse_date(m[1])) if m else None


# A period written "from <date> to <date>": the dates a book of minutes or a year's report
# covers, not one meeting's.
_PERIOD_START = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_PERIOD_END = re.compile(rf"\s+(?:to|until|till)\s+(?:{_DATE_ANY})\b", re.IGNORECASE)


# "Tuesday 24th & Wednesday 25th January 2012": a day written before the date and joined to it
# (its ordinal or a weekday after the '&' says it is a day) is the first day of the meeting, or
# of meetings minuted together, in the same month.
# "held on 7-8 April 2005": a meeting of two days written as a range, its first day the date.
_DAY_BEFORE = re.compile(
    r"\b(\d{1,2})(\s?(?:st|nd|rd|th))?(?:\s*(?:&|and)\s*(?:the\s+)?|(?P<range>[-\u2013]))$", re.I
)
_STARTS_WEEKDAY = re.compile(_WEEKDAY_NAMES, re.IGNORECASE)


def _day_before(before: str, written: str) -> re.Match[str] | None:
    """The day written before a date ('24th & ', '24 and ' before 'Wednesday 25 ...')."""
    m = _DAY_BEFORE.search(before)
    return m if m and (m[2] or m["range"] or _STARTS_WEEKDAY.match(written)) else None


def _first_day(before: str, written: str, date: datetime.date | None) -> datetime.date | None:
    """The date, or the day written just before it and joined to it by '&' or 'and'."""
    if date and (m := _day_before(before, written)) and 0 < int(m[1]) < date.day:
        return date.replace(day=int(m[1]))
    return date


# "by 24 November", "by the 3rd of March": a day and month, no year after them.
_BY_DAY_MONTH = re.compile(
    rf"\bby\s+(?:the\s+)?(\d{{1,2}})(?:\s?(?:st|nd|rd|th))?(?:\s+of)?\s+({_MONTH_ALT})\b"
    r"(?!\.?,?\s*\d)",
    re.IGNORECASE,
)


def by_day_month(text: str, after: datetime.date) -> datetime.date | None:
    """The date "by 24 November" names, said without its year: the first such day on or
    after `after` (the meeting's date: an action is due after the meeting that set it)."""
    m = _BY_DAY_MONTH.search(text)
    if not m:
        return None
    for year in (after.year, after.year + 1):
        try:
            day = datetime.date(year, _MONTHS[m[2].lower()], int(m[1]))
        except ValueError:
            continue  # 29 February of a year that has none
        if day >= after:
            return day
    return None


# "Tuesday 26 May": a weekday, a day and a month, no year after them.
_WEEKDAY_DAY_MONTH = re.compile(
    rf"\b({_WEEKDAY_NAMES})\.?,?\s+(?:the\s+)?(\d{{1,2}})(?:\s?(?:st|nd|rd|th))?(?:\s+of)?\s+"
    rf"({_MONTH_ALT})\b(?!\.?,?\s*\d)",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def yearless_date(line: str, text: str) -> datetime.date | None:
    """ "Tuesday 26 May", a heading's date written without its year: the day in the one year, of
    those the minutes' other dates give and the years either side of each, in which it falls on
    that weekday ("18 March 2009" in the text: 26 May 2009 was a Tuesday, 2008's and 2010's not);
    None where no year or more than one fits."""
    m = _WEEKDAY_DAY_MONTH.search(line)
    if not m:
        return None
    years = {d.year for w in _DATE_SEARCH.finditer(text) if (d := parse_date(w[1]))}
    fits = set()
    for year in {y + step for y in years for step in (-1, 0, 1)}:
        try:
            day = datetime.date(year, _MONTHS[m[3].lower()], int(m[2]))
        except ValueError:
            continue  # 29 February of a year that has none
        if _WEEKDAYS[day.weekday()] == m[1][:3].lower():
            fits.add(day)
    return fits.pop() if len(fits) == 1 else None


def date_span(text: str) -> tuple[int, int] | None:
    """Where the first date on a line starts and ends."""
    m = _DATE_SEARCH.search(text)
    return m.span() if m and parse_date(m[1]) else None


def read_when(text: str) -> tuple[datetime.date | None, bool]:
    """The date on a line, and whether the line says nothing but when the meeting was
    ("Thursday 6 February 2020 at 9.30am", "2.00pm - 4.15pm", "10:00")."""
    m = _DATE_SEARCH.search(text)
    # "Tuesday 24th & Wednesday 25th January 2012": one date, its first day.
    first = _day_before(text[: m.start()], m[1]) if m else None
    rest = f"{text[: first.start() if first else m.start()]} {text[m.end() :]}" if m else text
    only = bool(m or _TIME_SEARCH.search(rest)) and not re.search(
        r"\w", _WHEN_FILLER.sub(" ", rest)
    )
    return (_first_day(text[: m.start()], m[1], parse_date(m[1])) if m else None), only
