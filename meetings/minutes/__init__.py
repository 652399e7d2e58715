"""Minutes as text: reading what people paste, extract from a PDF or upload as a file, and
writing the record in the published layout. Pure Python, so the importer, the exporter and the
tests share it without a database."""

from meetings.minutes.dates import format_date, parse_date
from meetings.minutes.files import (
    MAX_UPLOAD_BYTES,
    read_document,
    read_file,
    read_minutes,
    read_upload,
)
from meetings.minutes.people import split_attendee_line
from meetings.minutes.text import MinutesError, ParseResult, Problem, parse_blocks, parse_minutes
from meetings.minutes.writer import render_minutes

__all__ = [
    "MAX_UPLOAD_BYTES",
    "MinutesError",
    "ParseResult",
    "Problem",
    "format_date",
    "parse_blocks",
    "parse_date",
    "parse_minutes",
    "read_document",
    "read_file",
    "read_minutes",
    "read_upload",
    "render_minutes",
    "split_attendee_line",
]
