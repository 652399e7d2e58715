"""What the reader says when it finds no items: what it did find, and what the clerk can do
(the outside tester's UX finding 4: minutes numbered '2838' in a column beside their titles,
and titled items in a Minute | Action table, were refused with "No numbered sections were
found; sections look like '1. Minutes'", which read as if no item was numbered at all)."""

from __future__ import annotations

import datetime
import re
from typing import Any

from meetings.minutes.lines import Line

# A number alone in a table's first cell or at a line's start, its title elsewhere: "| 2838 |
# MINUTES. The Minutes ...", the minute numbers of a column of their own.
_NUMBER_CELL = re.compile(r"\(?([0-9]{1,5}(?:[./][0-9]{1,3})?)[.)]?")
# Up to how many such numbers the message names.
_NAMED = 3


def _column_numbers(lines: list[Line]) -> list[str]:
    numbers = []
    for line in lines:
        cells = [c.strip() for c in line.cells]
        if len(cells) > 1 and cells[1] and (m := _NUMBER_CELL.fullmatch(cells[0])):
            numbers.append(m[1])
    return numbers


def _found(date: datetime.date | None, attendees: list[dict[str, Any]], lines: int) -> str:
    parts = []
    if date is not None:
        parts.append(f"the date {date.day} {date:%B %Y}")
    if attendees:
        parts.append(f"{len(attendees)} attendee{'s' if len(attendees) != 1 else ''}")
    read = " and ".join(parts) if parts else "no date and no attendees"
    return f"in {lines} line{'s' if lines != 1 else ''} the reader found {read}, but no items"


def no_items_message(
    lines: list[Line], date: datetime.date | None, attendees: list[dict[str, Any]]
) -> str:
    """The refusal of minutes where no item was found: what was found, why no item was, and
    what to do, in words a clerk can act on."""
    found = _found(date, attendees, len(lines))
    message = (
        f"No numbered sections were found: {found}. The reader takes an item where a line "
        "starts with its number and title ('1. Minutes', '2838 Minutes', 'Item 3: Finance')."
    )
    if len(numbers := _column_numbers(lines)) >= 2:
        named = ", ".join(numbers[:_NAMED]) + (" ..." if len(numbers) > _NAMED else "")
        message += (
            f" The numbers {named} stand in a column of their own, apart from their items' "
            "titles and text, so they were not read as the items' numbers."
        )
    return message + (
        " To import these minutes, put each item's number and title at the start of a line "
        "of its own: paste the text in the box above and number the items '1.', '2.' ... (or, "
        "in Word, convert the table to text), then press Preview again."
    )
