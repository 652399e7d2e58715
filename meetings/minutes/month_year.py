"""A title that gives the month and year only ("BID Board March 2019") over a date line that
gives the day without the year ("Date: Tuesday 5 March @5.30pm"): the board's name is the title
without its month, and the date is the day with the title's year."""

import datetime
import re

from meetings.minutes.dates import find_date

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS = MONTHS
_MONTH_YEAR_TAIL = re.compile(rf"\s+(?P<month>{_MONTHS})\s+(?P<year>(?:19|20)\d\d)\s*$", re.I)
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<month>{_MONTHS})\b", re.I)


# "Council Minutes - meeting 167": the record's name and the meeting's number after the body.
_MEETING_NUMBER_TAIL = re.compile(
    r"\s+minutes?\s*[-\u2013\u2014:]\s*meeting\s+(?:no\.?\s*)?\d{1,4}\s*$", re.I
)


def split_month_year(title: str) -> tuple[str, str]:
    """("BID Board", "March 2019") for "BID Board March 2019"; (title, "") otherwise. A
    meeting's number after "Minutes" ("Council Minutes - meeting 167") is left out too."""
    title = _MEETING_NUMBER_TAIL.sub("", title)
    m = _MONTH_YEAR_TAIL.search(title)
    if not m or m.start() == 0:
        return title, ""
    return title[: m.start()].strip(), f"{m['month']} {m['year']}"


def date_in_month(text: str, month_year: str) -> datetime.date | None:
    """The date of "Tuesday 5 March @5.30pm" in "March 2019": the day, in the title's month,
    with its year; None where the month is another or no day is given."""
    m = _DAY_MONTH.search(text)
    if not (m and month_year) or m["month"].lower() != month_year.split()[0].lower():
        return None
    return find_date(f"{text[: m.end()]} {month_year.split()[1]}")
