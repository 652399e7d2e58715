"""Minutes as text: reading what people paste or extract from a PDF, and writing the record
in the published layout. Pure Python, so the importer, the exporter and the tests share it
without a database."""

from meetings.minutes.dates import format_date, parse_date
from meetings.minutes.people import split_attendee_line
from meetings.minutes.text import (
    MinutesError,
    ParseResult,
    Problem,
    parse_minutes,
    render_minutes,
)

__all__ = [
    "MinutesError",
    "ParseResult",
    "Problem",
    "format_date",
    "parse_date",
    "parse_minutes",
    "render_minutes",
    "split_attendee_line",
]
