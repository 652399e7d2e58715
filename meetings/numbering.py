"""The one rule for numbers in a record: pure, so it is tested without a database.

Sections are numbered 1..n in order, paragraphs 1..m within their section (a reference is
"section.paragraph", e.g. "4.3"), and actions 1..k through the whole meeting in order of
appearance. While a record is a draft every write that changes its shape stores the numbers
this function gives (`meetings.services.numbers.record_renumber`); once the record is agreed
nothing renumbers it, so the stored numbers are frozen.

A board numbers its records in one of two styles (`Board.numbering_style`):
- "decimal": each record's sections from 1, as above;
- "minute": minute numbers running through the municipal year (1 April to 31 March), as
  councils and police and crime panels number theirs: the first section of the year's first
  meeting is 1, each later meeting's first section follows the last minute number the board
  used before it that year, and a section's reference is written "41/23" (minute 41 of
  2023/24, as Surrey's police and crime panel writes "39/20"); its paragraphs are "41.1".
  The reference is stored as the section's label, so that the page, anchors, search, JSON,
  text, PDF and Word all show it by the path that shows a reference as minutes wrote it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

DECIMAL = "decimal"
MINUTE = "minute"

# The municipal year begins on 1 April.
YEAR_STARTS = 4

# A record's shape: sections in order, each with its paragraphs in order, each with its
# actions in order, by primary key.
Shape = Sequence[tuple[int, Sequence[tuple[int, Sequence[int]]]]]


@dataclass(frozen=True)
class Numbers:
    sections: dict[int, int] = field(default_factory=dict)
    paragraphs: dict[int, int] = field(default_factory=dict)
    actions: dict[int, int] = field(default_factory=dict)
    # The reference PROB writes as each section's label: "41/23" in minute numbers, blank
    # where the number is the reference (decimal).
    section_labels: dict[int, str] = field(default_factory=dict)


def number_record(shape: Shape, *, first: int = 1, year: int | None = None) -> Numbers:
    """The record's numbers: sections from `first` (1, or the first minute number of the
    record in its municipal year), and with `year`, each section's minute reference."""
    numbers = Numbers()
    action_number = 0
    for section_number, (section_id, paragraphs) in enumerate(shape, start=first):
        numbers.sections[section_id] = section_number
        numbers.section_labels[section_id] = (
            "" if year is None else minute_reference(section_number, year)
        )
        for paragraph_number, (paragraph_id, actions) in enumerate(paragraphs, start=1):
            numbers.paragraphs[paragraph_id] = paragraph_number
            for action_id in actions:
                action_number += 1
                numbers.actions[action_id] = action_number
    return numbers


def municipal_year(day: datetime.date) -> int:
    """The year in which the municipal year holding `day` began: 2023 for 2023/24."""
    return day.year if day.month >= YEAR_STARTS else day.year - 1


def year_bounds(year: int) -> tuple[datetime.date, datetime.date]:
    """The first and last days of the municipal year that began in `year`."""
    return datetime.date(year, YEAR_STARTS, 1), datetime.date(year + 1, YEAR_STARTS, 1) - (
        datetime.timedelta(days=1)
    )


def minute_reference(number: int, year: int) -> str:
    """Minute `number` of the municipal year begun in `year`: "41/23"."""
    return f"{number}/{year % 100:02d}"


_MINUTE = re.compile(r"(?:min(?:ute)?\.?\s*)?(\d{1,4})\s*/\s*(\d{2})", re.IGNORECASE)


def minute_number(label: str, year: int) -> int | None:
    """The minute number a reference gives in the municipal year begun in `year` ("41/23" is
    41 in 2023/24, as imported minutes or PROB wrote it), or None for any other reference."""
    match = _MINUTE.fullmatch(label.strip())
    if match is None or int(match[2]) != year % 100:
        return None
    return int(match[1])


@dataclass(frozen=True)
class YearRecord:
    """A record of the board in one municipal year, in date order, for `number_year`.

    `follows` is true for a record whose numbers follow the board's style: a record not yet
    agreed, written in PROB (no reference kept as imported minutes wrote it). Any other
    record is as it stands, and counts by the minute references its sections hold."""

    id: int
    sections: int
    follows: bool
    labels: Sequence[str] = ()


def number_year(records: Iterable[YearRecord], year: int) -> dict[int, int]:
    """The first minute number of each record that follows, running on from the last minute
    number used by the records before it in the year (1 for the year's first)."""
    firsts: dict[int, int] = {}
    used = 0
    for record in records:
        if record.follows:
            firsts[record.id] = used + 1
            used += record.sections
        else:
            held = [n for label in record.labels if (n := minute_number(label, year))]
            used = max([used, *held])
    return firsts


def reference(section_number: int | None, paragraph_number: int | None) -> str:
    """A paragraph's reference as the record writes it: "4.3"."""
    return f"{section_number}.{paragraph_number}"


def displayed(
    label: str,
    section_number: int | None,
    paragraph_number: int | None = None,
    section_written: str = "",
) -> str:
    """The reference a record shows: as the minutes wrote it ("Cou/236/09-10", "(a)") where
    an import kept one, else the number PROB gives ("4", "4.3"). A paragraph the minutes did
    not number, under a section whose reference they wrote (`section_written`), is that
    reference and its place in the section ("Cou/236/09-10.1"): never "2.1", which would
    pretend a number the minutes gave neither."""
    if label:
        return label
    if paragraph_number is None:
        return str(section_number)
    if section_written:
        return f"{section_written}.{paragraph_number}"
    return reference(section_number, paragraph_number)


def anchored(label: str, section_number: int | None, paragraph_number: int | None) -> str:
    """What a paragraph's id on the page is made of: its reference as written, else PROB's
    "4.3" (whatever the page shows), so that links made before stay good."""
    return label or reference(section_number, paragraph_number)


def section_heading(ref: str) -> str:
    """A section's reference before its title: "4." for a plain number, a written reference
    ("23/45", "II") as it is, as the plain-text record writes it."""
    return f"{ref}." if ref.isdigit() else ref


_NOT_IN_ANCHOR = re.compile(r"[^A-Za-z0-9.]+")


def paragraph_anchor(ref: str) -> str:
    """The paragraph's id on the record page: "paragraph-4.3" for PROB's numbers, as links
    made before written references keep working; a written reference made safe for an id
    and a URL fragment ("(a)" -> "paragraph-a", "Cou/236/09-10" -> "paragraph-Cou-236-09-10")."""
    return "paragraph-" + (_NOT_IN_ANCHOR.sub("-", ref).strip("-") or "ref")
