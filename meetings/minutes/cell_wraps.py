"""A label | text table of the attendance whose text cell a PDF wraps over rows, the label only
on the first ("PRESENT: | Councillors Elena Whitham, Ian Grant, Clare" / " | Maitland and Neil
McGhee; Independent Trustees Jean" / " | Brown, ..."): the rows are one paragraph cut where the
width ran out, mid-name or mid-post, and are read joined. They are joined where the list is
one of people set apart by semicolons (each "Name, Post; Name, Post"), or where no row after
the first starts with a name; a table that gives a person a row ("Nigel Trethewy, Clerk") is
left to be read row by row."""

import re
from collections.abc import Container
from dataclasses import replace

from meetings.minutes.attendance import read_kind_heading
from meetings.minutes.lines import Line
from meetings.minutes.people import looks_like_name

_CHAIR_LABEL = re.compile(r"chair(?:man|person)?\s*:", re.IGNORECASE)
# "Mr Burchett - Pagham Parish Council": a name before a dash, as before a comma.
_FIRST_PART = re.compile(r".+?(?=\s+[-\u2013\u2014]\s|[,;]|$)")
# "Dame Shirley Pearce (SP) (Chair)": initials and notes in brackets are no part of the name.
_BRACKETS = re.compile(r"\([^()]*\)")
# "Pro-Vice-" / "Chancellor": a word cut at its hyphen joins without a space.
_CUT_WORD = re.compile(r"\w-$")


def _filled(line: Line) -> list[str]:
    return [c.strip() for c in line.cells if c.strip()]


def _label(line: Line, known: Container[str]) -> str | None:
    """The label of a label | text row ("PRESENT:", "Apologies"), or None."""
    cells = _filled(line)
    if len(cells) != 2 or not line.cells[0].strip():
        return None
    heading = read_kind_heading(cells[0], known)
    if heading and not heading.people and not heading.organisation:
        return cells[0]
    return cells[0] if _CHAIR_LABEL.fullmatch(cells[0]) else None


def _continues(line: Line) -> bool:
    """A row with its label cell empty and one cell of text: the text cell wrapped."""
    return bool(line.cells) and not line.cells[0].strip() and len(_filled(line)) == 1


def wrapped_label_cell(lines: list[Line], i: int, known: Container[str]) -> tuple[Line, int] | None:
    """Line i with the rows its text cell wraps onto joined to it as text ("PRESENT: Councillors
    ... Clare Maitland and ..."), and how many rows were joined; None: line i as it is."""
    line = lines[i]
    label = _label(line, known) if line.cells else None
    if label is None:
        return None
    j = i + 1
    while j < len(lines) and _continues(lines[j]):
        j += 1
    rows = [_filled(line)[1]] + [_filled(x)[0] for x in lines[i + 1 : j]]
    if len(rows) < 2 and not _CHAIR_LABEL.fullmatch(label):
        return None
    semicolons = any(";" in row for row in rows)
    named = any(
        (m := _FIRST_PART.match(_BRACKETS.sub(" ", row))) and looks_like_name(m[0].strip())
        for row in rows[1:]
    )
    if not semicolons and named:
        return None
    text = rows[0]
    for row in rows[1:]:
        text = f"{text}{row}" if _CUT_WORD.search(text) else f"{text} {row}"
    # "CHAIR: | Councillor Elena Whitham." alone: who chaired, read as "CHAIR: ..." is.
    joined = Line(line.no, line.raw, f"{label} {text}", line.marked, False, line.after_blank)
    return joined, j - i - 1


# A label cell cut at one of these words goes on in the row below ("Officers of the").
_CUT_AT = {"of", "the", "and", "&", "for", "in", "on", "to"}


def wrapped_label(lines: list[Line], i: int, known: Container[str]) -> tuple[Line, Line] | None:
    """Rows "Officers of the | Sandra Bell" / "Board Present | Stella Burnside" as "Officers of
    the Board Present | Sandra Bell" / " | Stella Burnside": a label cell a PDF wraps over two
    rows, each beside a person, cut at a word that cannot end it ("of", "the", "and"); the
    label is both rows'. None where line i is no such row."""
    if i + 1 >= len(lines):
        return None
    line, below = lines[i], lines[i + 1]
    if len(line.cells) != 2 or len(below.cells) != 2 or below.after_blank:
        return None
    first, second = line.cells[0].strip(), below.cells[0].strip()
    if not (first and second and line.cells[1].strip() and below.cells[1].strip()):
        return None
    if first.split()[-1].lower() not in _CUT_AT or read_kind_heading(first, known):
        return None
    label = f"{first} {second}"
    heading = read_kind_heading(label, known)
    if not heading or heading.people or heading.organisation:
        return None
    person = line.cells[1].strip()
    return (
        replace(line, text=f"{label}, {person}", cells=(label, line.cells[1])),
        replace(below, text=below.cells[1].strip(), cells=("", below.cells[1])),
    )
