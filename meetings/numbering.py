"""The one rule for numbers in a record: pure, so it is tested without a database.

Sections are numbered 1..n in order, paragraphs 1..m within their section (a reference is
"section.paragraph", e.g. "4.3"), and actions 1..k through the whole meeting in order of
appearance. While a record is a draft every write that changes its shape stores the numbers
this function gives (`meetings.services.editing.record_renumber`); once the record is agreed
nothing renumbers it, so the stored numbers are frozen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

# A record's shape: sections in order, each with its paragraphs in order, each with its
# actions in order, by primary key.
Shape = Sequence[tuple[int, Sequence[tuple[int, Sequence[int]]]]]


@dataclass(frozen=True)
class Numbers:
    sections: dict[int, int] = field(default_factory=dict)
    paragraphs: dict[int, int] = field(default_factory=dict)
    actions: dict[int, int] = field(default_factory=dict)


def number_record(shape: Shape) -> Numbers:
    numbers = Numbers()
    action_number = 0
    for section_number, (section_id, paragraphs) in enumerate(shape, start=1):
        numbers.sections[section_id] = section_number
        for paragraph_number, (paragraph_id, actions) in enumerate(paragraphs, start=1):
            numbers.paragraphs[paragraph_id] = paragraph_number
            for action_id in actions:
                action_number += 1
                numbers.actions[action_id] = action_number
    return numbers


def reference(section_number: int | None, paragraph_number: int | None) -> str:
    """A paragraph's reference as the record writes it: "4.3"."""
    return f"{section_number}.{paragraph_number}"


def displayed(label: str, section_number: int | None, paragraph_number: int | None = None) -> str:
    """The reference a record shows: as the minutes wrote it ("Cou/236/09-10", "(a)") where
    an import kept one, else the number PROB gives ("4", "4.3")."""
    if label:
        return label
    if paragraph_number is None:
        return str(section_number)
    return reference(section_number, paragraph_number)


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
