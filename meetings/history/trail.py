"""The audit trail read back: who changed what, when, field by field.

Every model of a record keeps its history through django-simple-history (one historical
row per create, change and delete, with the user who made it and why). This module turns
those rows into what a person reads, each in a fixed number of queries whatever the number
of changes: `record_history`, every change to a record and everything in it, newest first,
naming people by name and paragraphs by reference ("Paragraph 4.3"), and `action_history`.
Its row readers and `Numbers` serve the paragraph versions (versions.py) and the agreed
changes (agreed.py) too.

Numbers are read from the historical rows, as they were stored when the change was made.
A draft's renumbering writes numbers without a history row of its own, so where a row has
none the nearest row of the same object that has one is used, and then the live object.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Exists, Field, Model, OuterRef, QuerySet, Subquery
from django.utils import timezone
from django.utils.dateformat import format as format_datetime
from django.utils.text import capfirst

from meetings.minutes import format_date

CHANGE_TYPES = {"+": "Created", "~": "Changed", "-": "Deleted"}
# Bookkeeping, or the record a row belongs to (which never changes): never shown.
SKIPPED_FIELDS = {
    "id",
    "updated",
    "created",
    "version",
    "revision",
    "content_revision",
    "content_updated",
    "meeting",
    "board",
    "history_id",
    "history_date",
    "history_user",
    "history_type",
    "history_change_reason",
}
# What names the object in the entry's heading ("Paragraph 4.3", "Attendee Sophie Linden"):
# listed when it changes, not again when the object is created or deleted.
NAMING_FIELDS = {"position", "number", "section", "paragraph", "person"}


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Compare:
    """A paragraph's text before and after one change, as history row ids."""

    paragraph_id: int
    old: int
    new: int


@dataclass
class Entry:
    when: datetime.datetime
    who: str
    what: str
    kind: str
    changes: list[Change] = field(default_factory=list)
    reason: str = ""
    compare: Compare | None = None


def changed_by(row: Any) -> str:
    # Names, never email addresses (User.display_name); changes made by no one are the system's.
    return row.history_user.display_name if row.history_user_id else "System"


def in_history_order(rows: Iterable[Any]) -> list[Any]:
    return sorted(rows, key=lambda r: (r.history_date, r.history_id))


def rows_by_object(rows: Iterable[Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in in_history_order(rows):
        grouped[row.id].append(row)
    return grouped


def _number_at(rows: Sequence[Any], at: datetime.datetime, live: int | None) -> int | None:
    """An object's number as its history stored it at `at`: from its latest row by then that
    has one, else its first later row that has one, else the live object's."""
    known = [(row.history_date, row.number) for row in rows if row.number is not None]
    before = [number for when, number in known if when <= at]
    if before:
        return before[-1]
    return known[0][1] if known else live


class Numbers:
    """Section and paragraph numbers through time, from their historical rows."""

    def __init__(self, sections: Iterable[Any], paragraphs: Iterable[Any] = ()) -> None:
        self.sections = rows_by_object(sections)
        self.paragraphs = rows_by_object(paragraphs)

    def section(
        self, section_id: int | None, at: datetime.datetime, live: int | None = None
    ) -> int | None:
        return _number_at(self.sections.get(section_id, []), at, live)  # type: ignore[arg-type]

    def ref(self, row: Any, at: datetime.datetime | None = None) -> str | None:
        """A paragraph row's reference as it stood when the row was written, or at `at`:
        its section's number and its own, "4.3"."""
        at = at or row.history_date
        own = _number_at(self.paragraphs.get(row.id, [row]), at, row.live_number)
        section = self.section(row.section_id, at, row.live_section_number)
        return None if own is None or section is None else f"{section}.{own}"


def paragraph_name(ref: str | None) -> str:
    return f"Paragraph {ref}" if ref else "Unnumbered paragraph"


def section_name(number: int | None, title: str) -> str:
    return f"Section {number} “{title}”" if number else f"Section “{title}”"


# --- Reading the rows --------------------------------------------------------------------------


def _value_of(model: type[Model], pk_field: str, value_field: str) -> Subquery:
    return Subquery(model.objects.filter(pk=OuterRef(pk_field)).values(value_field)[:1])


def _meeting_named(fk: str, reader: Any) -> dict[str, Any]:
    """Annotations for naming the meeting a row's `fk` points at (see `_meeting_label`): its
    title, board and date, and whether the reader may open it (`meetings_for`)."""
    from meetings.models import Meeting
    from meetings.scoping import meetings_for

    return {
        f"{fk}_title": _value_of(Meeting, f"{fk}_id", "title"),
        f"{fk}_board": _value_of(Meeting, f"{fk}_id", "board__name"),
        f"{fk}_date": _value_of(Meeting, f"{fk}_id", "date"),
        f"{fk}_readable": Exists(meetings_for(reader).filter(pk=OuterRef(f"{fk}_id"))),
    }


def _meeting_label(fk: str) -> Label:
    """A meeting named by its title to those who may read its record, and otherwise by its
    board and date: a draft's title is the secretariat's until the draft is circulated."""

    def label(row: Any) -> str | None:
        date = getattr(row, f"{fk}_date")
        if date is None:
            return None
        if getattr(row, f"{fk}_readable"):
            return getattr(row, f"{fk}_title")
        return f"{getattr(row, f'{fk}_board')}, {format_date(date)}"

    return label


def _labels(model: type[Model], reader: Any) -> dict[str, Any]:
    """Annotations naming what a row points at, read with the rows themselves (no query per
    row), and the live numbers to fall back on. An annotation `<field>_label` is how a
    foreign key is shown; meetings are named as `reader` may know them."""
    from meetings.models import (
        Action,
        Attendance,
        Meeting,
        Organisation,
        Paragraph,
        Person,
        Section,
    )

    if model is Meeting:
        return _meeting_named("agreed_at", reader)
    if model is Attendance:
        return {
            "person_label": _value_of(Person, "person_id", "name"),
            "organisation_label": _value_of(Organisation, "organisation_id", "short_name"),
        }
    if model is Section:
        return {"live_number": _value_of(Section, "id", "number")}
    if model is Paragraph:
        return {
            "live_number": _value_of(Paragraph, "id", "number"),
            "live_section_number": _value_of(Section, "section_id", "number"),
        }
    if model is Action:
        return {
            "live_number": _value_of(Action, "id", "number"),
            "owner_label": _value_of(Organisation, "owner_id", "short_name"),
            **_meeting_named("closed_at_meeting", reader),
            "paragraph_number": _value_of(Paragraph, "paragraph_id", "number"),
            "paragraph_section_number": _value_of(Paragraph, "paragraph_id", "section__number"),
        }
    return {}


def history_rows(model: type[Model], reader: Any = None, **lookup: Any) -> QuerySet:
    """`model`'s historical rows, labelled for `reader` (None: as the public knows them)."""
    return (
        model.history.filter(**lookup)  # type: ignore[attr-defined]
        .select_related("history_user__person__organisation")
        .annotate(**_labels(model, reader))
    )


# --- Entries -----------------------------------------------------------------------------------

Describe = Callable[[Any], str]
Label = Callable[[Any], Any]


def _fields(row: Any) -> list[Field]:
    return [
        f
        for f in row.instance_type._meta.concrete_fields
        if f.name not in SKIPPED_FIELDS and f.attname not in SKIPPED_FIELDS
    ]


def _shown(f: Field, row: Any, labels: dict[str, Label]) -> Any:
    """A field's value as a person reads it: names for what it points at, choice labels,
    dates as the record writes them; None for nothing."""
    value = getattr(row, f.attname)
    if value is None or value == "":
        return None
    if f.is_relation:
        label = labels.get(f.name)
        return label(row) if label else getattr(row, f"{f.name}_label", None)
    if f.choices:
        return dict(f.flatchoices).get(value, value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime.datetime):
        return format_datetime(timezone.localtime(value), "j F Y, H:i")
    if isinstance(value, datetime.date):
        return format_date(value)
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return value


def _changes(row: Any, before: Any, labels: dict[str, Label]) -> list[Change]:
    changes = []
    for f in _fields(row):
        name = capfirst(f.verbose_name)
        if before is None or row.history_type == "-":
            # A creation or deletion lists what the object held, not its bookkeeping.
            if f.name in NAMING_FIELDS or getattr(row, f.attname) in (None, "", False):
                continue
            value = _shown(f, row, labels)
            old, new = (value, None) if row.history_type == "-" else (None, value)
            changes.append(Change(name, old, new))
        elif getattr(before, f.attname) != getattr(row, f.attname):
            changes.append(Change(name, _shown(f, before, labels), _shown(f, row, labels)))
    return changes


def entries_from(
    rows: Iterable[Any],
    describe: Describe,
    labels: dict[str, Label] | None = None,
    *,
    comparable: bool = False,
) -> list[Entry]:
    """Entries for historical rows of one model; `describe(row)` names the object, `labels`
    show its foreign keys. With `comparable`, each change of text links its two versions."""
    labels = labels or {}
    entries: list[Entry] = []
    previous: dict[int, Any] = {}
    text_from: dict[int, int] = {}  # the row that brought in each object's current text
    for row in in_history_order(rows):
        before = previous.get(row.id)
        previous[row.id] = row
        changes = _changes(row, before, labels)
        if row.history_type == "~" and not changes:
            continue
        compare = None
        if comparable and (before is None or before.text != row.text):
            if before is not None and row.id in text_from:
                compare = Compare(row.id, text_from[row.id], row.history_id)
            text_from[row.id] = row.history_id
        entries.append(
            Entry(
                when=row.history_date,
                who=changed_by(row),
                what=describe(row),
                kind=CHANGE_TYPES[row.history_type],
                changes=changes,
                reason=row.history_change_reason or "",
                compare=compare,
            )
        )
    return entries


def _newest_first(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: e.when, reverse=True)


def _action_names(rows: list[Any]) -> Describe:
    numbers = rows_by_object(rows)

    def name(row: Any) -> str:
        number = _number_at(numbers[row.id], row.history_date, row.live_number)
        return f"Action {number}" if number is not None else "Action"

    return name


def _action_labels() -> dict[str, Label]:
    def paragraph(row: Any) -> str:
        if row.paragraph_number is None or row.paragraph_section_number is None:
            return paragraph_name(None)
        return paragraph_name(f"{row.paragraph_section_number}.{row.paragraph_number}")

    return {"paragraph": paragraph, "closed_at_meeting": _meeting_label("closed_at_meeting")}


def record_history(meeting: Model, *, reader: Any) -> list[Entry]:
    """Every change to a record and to everything in it, newest first, in five queries, with
    other meetings named as `reader` may know them."""
    from meetings.models import Action, Attendance, Meeting, Paragraph, Section

    sections = list(history_rows(Section, meeting_id=meeting.pk))
    paragraphs = list(history_rows(Paragraph, section_id__in={r.id for r in sections}))
    actions = list(history_rows(Action, reader, paragraph_id__in={r.id for r in paragraphs}))
    numbers = Numbers(sections, paragraphs)

    def section(row: Any) -> str:
        number = _number_at(numbers.sections[row.id], row.history_date, row.live_number)
        return section_name(number, row.title)

    def attendee_name(row: Any) -> str:
        return f"Attendee {row.person_label or row.role}".strip()

    def section_of(row: Any) -> str:
        number = numbers.section(row.section_id, row.history_date)
        return f"Section {number}" if number else "Unnumbered section"

    return _newest_first(
        [
            *entries_from(
                history_rows(Meeting, reader, id=meeting.pk),
                lambda r: "Record",
                {"agreed_at": _meeting_label("agreed_at")},
            ),
            *entries_from(history_rows(Attendance, meeting_id=meeting.pk), attendee_name),
            *entries_from(sections, section),
            *entries_from(
                paragraphs,
                lambda r: paragraph_name(numbers.ref(r)),
                {"section": section_of},
                comparable=True,
            ),
            *entries_from(actions, _action_names(actions), _action_labels()),
        ]
    )


def action_history(action: Model, *, reader: Any) -> list[Entry]:
    """Every change to an action, newest first, in one query, with the meeting that closed it
    named as `reader` may know it."""
    from meetings.models import Action

    rows = list(history_rows(Action, reader, id=action.pk))
    return _newest_first(entries_from(rows, _action_names(rows), _action_labels()))
