"""Dates as the board's records write them ('31 August 2023'): the one thing of the minutes
reader (meetings.minutes.dates) that the models, pages, emails and files need, here so that
they do not import the reader, ~0.2 s of CPU at a process's start, until minutes are read."""

import datetime

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_date(d: datetime.date) -> str:
    """'31 August 2023', the form the board's records use."""
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
