"""Deleting a part of a draft so that it can be put back: a paragraph, an action, an attendee or
a section, with everything that goes with it.

`part_delete` takes a snapshot of the part and of every row its deletion takes along (a
section's paragraphs, their actions and comments, an action's owners), in the transaction that
deletes it, and hands it back as a `Deletion`; the editor keeps it in the clerk's session and
offers Undo. `deletion_restore` puts every row back with the primary key it had, so its history
goes on where it stopped and its comments are still its own, at the place it stood (the parts
below it step down), and the numbers follow from `record_renumber`. Each row put back is in the
history with who put it back and why.

Only a draft is edited, so only a draft is restored into; a part whose section or paragraph has
been deleted since, or an attendee listed again meanwhile, is refused with the reason.
"""

from __future__ import annotations

import datetime
import json
import secrets
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Self

from django.core import serializers
from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.db.models import Model, ProtectedError
from django.db.models.deletion import Collector
from django.utils import timezone

from meetings import extensions
from meetings.minutes import format_date
from meetings.models import Action, Attendance, Comment, Meeting, Paragraph, Section
from meetings.revisions import record_changed
from meetings.services.editing import locked_if_editable
from meetings.services.numbers import make_room, record_renumber
from prob.history import save_with_history

# Rows are put back parents first: the record's own, then what other apps keep of its parts
# (an action's reminders sent: `extensions.add_kept_with_parts`).
_OWN = (Attendance, Section, Paragraph, Action, Comment)


def _order() -> tuple[type[Model], ...]:
    return (*_OWN, *extensions.kept_with_parts())


_NAMES = {
    Section: ("section", "sections"),
    Paragraph: ("paragraph", "paragraphs"),
    Action: ("action", "actions"),
    Comment: ("comment", "comments"),
}
# The editor's anchors for each kind of part ("paragraph-12").
_ANCHORS = {Attendance: "attendee", Section: "section", Paragraph: "paragraph", Action: "action"}


class KeptForUndo:
    """What the editor keeps in the clerk's session to undo (a dataclass), as a dict and back."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return cls(**data)


@dataclass(frozen=True)
class Deletion(KeptForUndo):
    """What was deleted, in words and as rows: `label` names the part ("Paragraph 4.3"),
    `anchor` its kind and id as the editor's anchors write them ("paragraph-12"), `goes_with`
    what went with it ("2 actions and 1 comment") and `rows` the snapshot, every row as
    Django serialises it, in JSON."""

    token: str
    meeting: int
    label: str
    anchor: str
    goes_with: str
    rows: str
    deleted_at: str

    @property
    def when(self) -> str:
        at = timezone.localtime(datetime.datetime.fromisoformat(self.deleted_at))
        return f"{format_date(at.date())} at {at:%H:%M}"


def label_of(part: Model) -> str:
    """The part as the record names it: "Paragraph 4.3", "Action 2", "Section 4, Finance",
    "Jane Smith"."""
    match part:
        case Paragraph():
            return f"Paragraph {part.ref}"
        case Action():
            return f"Action {part.number}" if part.number else "The action"
        case Section():
            return f"Section {part.ref}, {part.title}"
        case _:
            return str(part.person)


def counted(rows: Counter[type]) -> str:
    """ "5 paragraphs, 2 actions and 1 comment", of the kinds `rows` counts (empty: "")."""
    words = []
    for model, (one, many) in _NAMES.items():
        if rows[model]:
            words.append(f"{rows[model]} {one if rows[model] == 1 else many}")
    return " and ".join(filter(None, [", ".join(words[:-1]), words[-1]])) if words else ""


def goes_with(part: Model) -> str:
    """What deleting `part` takes along, in words ("5 paragraphs, 2 actions and 1 comment")."""
    return counted(Counter(type(row) for row in _collect(part) if row != part))


def _collect(part: Model) -> list[Model]:
    """`part` and every row deleting it takes along, as Django's deletion collects them."""
    collector = Collector(using=router.db_for_write(type(part)), origin=part)
    try:
        collector.collect([part])
    except ProtectedError as exc:
        raise ValidationError(
            "This cannot be deleted: progress has been reported on an action in it.",
            code="protected",
        ) from exc
    rows: list[Model] = []
    for instances in collector.data.values():
        rows.extend(instances)
    for queryset in collector.fast_deletes:
        # The people named on an action go in its own serialisation (its many-to-many field).
        if not queryset.model._meta.auto_created:
            rows.extend(queryset)
    return rows


def _meeting_of(part: Model) -> Meeting:
    match part:
        case Paragraph():
            return part.section.meeting
        case Action():
            return part.paragraph.section.meeting
        case _:
            return part.meeting


@transaction.atomic
def part_delete(*, part: Model, service: Callable[..., None], by: Any, **row: Any) -> Deletion:
    """Deletes `part` with its editing `service` (given `row`, its keyword: `paragraph=part`),
    and returns what it took, to be put back by `deletion_restore`."""
    meeting = locked_if_editable(_meeting_of(part))
    rows = _collect(part)
    order = _order()
    rows.sort(key=lambda r: order.index(type(r)) if type(r) in order else len(order))
    kinds = {type(r) for r in rows}
    unknown = kinds - set(order)
    if unknown:
        # Nothing else cascades from these parts today; a new kind must be taught to restore.
        raise ValidationError(
            f"This cannot be deleted here: it has {', '.join(m.__name__ for m in unknown)}.",
            code="not_restorable",
        )
    deletion = Deletion(
        token=secrets.token_urlsafe(12),
        meeting=meeting.pk,
        label=label_of(part),
        anchor=f"{_ANCHORS[type(part)]}-{part.pk}",
        goes_with=counted(Counter(type(r) for r in rows if r != part)),
        rows=json.dumps(serializers.serialize("python", rows), default=_exact),
        deleted_at=timezone.now().isoformat(),
    )
    service(**row, by=by)
    return deletion


def _exact(value: Any) -> str:
    """Dates and times in full: Django's JSON serialiser keeps milliseconds only, and a row put
    back is to be the row that went."""
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _top(objects: list[Any]) -> Model:
    return objects[0].object


def _refuse(message: str, code: str) -> ValidationError:
    return ValidationError(f"It cannot be undone: {message}", code=code)


def _check(meeting: Meeting, part: Model, deletion: Deletion) -> None:
    """Refuses, with the reason, a part that cannot go back where it was."""
    model = type(part)
    if model.objects.filter(pk=part.pk).exists():
        raise _refuse(f"{deletion.label} has been put back already.", "restored")
    match part:
        case Paragraph():
            if not Section.objects.filter(pk=part.section_id, meeting=meeting).exists():
                raise _refuse(
                    "the section it was in has been deleted since. Put that back first.",
                    "parent_gone",
                )
        case Action():
            exists = Paragraph.objects.filter(pk=part.paragraph_id, section__meeting=meeting)
            if not exists.exists():
                raise _refuse(
                    "the paragraph it was in has been deleted since. Put that back first.",
                    "parent_gone",
                )
        case Attendance():
            if Attendance.objects.filter(meeting=meeting, person_id=part.person_id).exists():
                raise _refuse(f"{deletion.label} is listed again already.", "listed")


def _siblings(part: Model) -> Any:
    match part:
        case Paragraph():
            return Paragraph.objects.filter(section=part.section_id)
        case Action():
            return Action.objects.filter(paragraph=part.paragraph_id)
        case Section():
            return Section.objects.filter(meeting=part.meeting_id)
        case _:
            return Attendance.objects.filter(meeting=part.meeting_id)


def _undoable(meeting: Meeting, done_in: int) -> Meeting:
    """`meeting`, locked, if what was done in the record `done_in` can be undone in it."""
    if done_in != meeting.pk:
        raise _refuse("it was done in another record.", "other_record")
    try:
        return locked_if_editable(meeting)
    except ValidationError as exc:
        raise _refuse("the record is no longer a draft.", "not_editable") from exc


@transaction.atomic
def deletion_restore(*, meeting: Meeting, deletion: Deletion, by: Any) -> Model:
    """Puts back every row `deletion` took, with its primary key, at the place it stood;
    returns the part itself. Refused (`ValidationError`) unless the record is a draft and the
    part can go back where it was."""
    locked = _undoable(meeting, deletion.meeting)
    objects = list(serializers.deserialize("python", json.loads(deletion.rows)))
    if not objects:
        raise _refuse("nothing was kept of it.", "empty")
    part = _top(objects)
    _check(locked, part, deletion)
    # The parts at its place and after step one down, as when it was there.
    make_room(_siblings(part), at=part.position)
    reason = f"Put back by undo: deleted on {deletion.when}"
    for item in objects:
        row = item.object
        if hasattr(row, "history"):
            save_with_history(row, by=by, reason=reason, force_insert=True)
        else:
            row.save(force_insert=True)
        for field, values in (item.m2m_data or {}).items():
            getattr(row, field).set(values)
    record_renumber(locked)
    record_changed(locked, meeting, content=True)
    return type(part).objects.get(pk=part.pk)


# --- Words made into an action, put back ------------------------------------------------------


@dataclass(frozen=True)
class WordsMoved(KeptForUndo):
    """Words taken out of a paragraph into an action (`editing.action_from_words`), to be put
    back: the paragraph's text before (`text_before`) and the version the taking made
    (`version`), and the action made of them. `anchor` is the action's, `label` names both."""

    token: str
    meeting: int
    paragraph: int
    version: int
    text_before: str
    action: int
    label: str
    anchor: str
    kind: str = "words"

    @classmethod
    def of(cls, taken: Any) -> WordsMoved:
        """What Undo needs of an `editing.WordsTaken` whose words were taken."""
        paragraph, action = taken.paragraph, taken.action
        return cls(
            token=secrets.token_urlsafe(12),
            meeting=paragraph.section.meeting_id,
            paragraph=paragraph.pk,
            version=paragraph.version,
            text_before=taken.text_before,
            action=action.pk,
            label=f"Action {action.number} made of words in paragraph {paragraph.ref}",
            anchor=f"paragraph-{paragraph.pk}",
        )


@transaction.atomic
def words_put_back(*, meeting: Meeting, moved: WordsMoved, by: Any) -> Paragraph:
    """Undoes `editing.action_from_words`: the words back in the paragraph as it was, and the
    action made of them deleted, in one transaction, each in the history with who undid it.
    Refused, with the reason, once the record is no longer a draft, when the paragraph has been
    deleted or changed since (its text would be put back over the change), or when progress has
    been reported on the action."""
    locked = _undoable(meeting, moved.meeting)
    paragraph = (
        Paragraph.objects.select_for_update()
        .select_related("section")
        .filter(pk=moved.paragraph, section__meeting=locked)
        .first()
    )
    if paragraph is None:
        raise _refuse("the paragraph has been deleted since. Put that back first.", "parent_gone")
    if paragraph.version != moved.version:
        raise _refuse(
            f"paragraph {paragraph.ref} has been changed since the words were taken out of it; "
            "put them back by hand, or delete the action.",
            "changed",
        )
    action = Action.objects.filter(pk=moved.action, paragraph=paragraph).first()
    if action is not None:
        action._history_user = by  # type: ignore[attr-defined]
        action._change_reason = "Undo: its words put back in the paragraph"  # type: ignore[attr-defined]
        try:
            action.delete()
        except ProtectedError as exc:
            raise _refuse(
                "progress has been reported on the action made of them.", "protected"
            ) from exc
    paragraph.text = moved.text_before
    paragraph.version += 1
    paragraph.full_clean()
    save_with_history(paragraph, by=by, reason="Undo: words put back from the action made of them")
    record_renumber(locked)
    record_changed(locked, meeting, content=True)
    return paragraph
