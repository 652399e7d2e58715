"""Writing an agenda: its items, their papers, and publishing it.

Every service takes the acting user, runs in one transaction with the meeting's row locked
(two secretaries' changes happen one after the other), refuses with a `ValidationError` when
the rules say no, writes who did it and why into the history, and stores the items' numbers
again by the one numbering rule (`meetings.numbering.number_record`), so numbers are never
typed. A change to an agenda already published is noted as the public will read it ("Item 5
paper added") and carried by the next publication.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from agenda.files import paper_kind
from agenda.models import Agenda, AgendaChange, AgendaItem, AgendaPublication, Paper
from agenda.public import public_copy
from meetings import revisions
from meetings.models import Meeting, Section
from meetings.numbering import number_record
from meetings.services.editing import move_among_siblings
from meetings.services.numbers import record_renumber
from meetings.services.originals import safe_name
from prob.history import save_with_history
from prob.transitions import Transition

ITEM_FIELDS = (
    "title",
    "lead",
    "purpose",
    "timing",
    "restricted",
    "restricted_reason",
    "title_public",
)


def _locked_meeting(meeting: Meeting) -> Meeting:
    return Meeting.objects.select_for_update().select_related("board").get(pk=meeting.pk)


def _agenda_of(meeting: Meeting, *, by: Any) -> Agenda:
    """The meeting's agenda, made (in the history, with who) at its first item."""
    locked = _locked_meeting(meeting)
    agenda = Agenda.objects.filter(meeting=locked).first()
    if agenda is None:
        agenda = Agenda(meeting=locked)
        save_with_history(agenda, by=by, reason="Agenda begun")
    agenda.meeting = locked
    return agenda


def locked_agenda(agenda: Agenda) -> Agenda:
    meeting = _locked_meeting(agenda.meeting)
    locked = Agenda.objects.get(pk=agenda.pk)
    locked.meeting = meeting
    return locked


def agenda_renumber(agenda: Agenda) -> None:
    """Stores the numbers the record's own rule gives the items' order (items number as a
    record's sections do: 1..n), writing only those that changed."""
    items = list(AgendaItem.objects.filter(agenda=agenda).order_by("position"))
    numbers = number_record([(item.pk, []) for item in items]).sections
    changed = [item for item in items if item.number != numbers[item.pk]]
    for item in changed:
        item.number = numbers[item.pk]
    # Numbers follow from an edit already in the history; they are not edits themselves.
    AgendaItem.objects.bulk_update(changed, ["number"])


def _changed(
    agenda: Agenda, *, by: Any, text: str, public: bool, held: Meeting | None = None
) -> None:
    """Notes a change to a published agenda for its next publication, and counts up the
    meeting's revision (its pages show the agenda), in the caller's copy too (`held`)."""
    if agenda.is_published:
        AgendaChange.objects.create(
            agenda=agenda, made=timezone.now(), by=by, text=text, public=public
        )
        _packs_after_commit(agenda)
    # The meeting's pages show its agenda.
    _record_changed(agenda.meeting, held)


def _packs_after_commit(agenda: Agenda) -> None:
    """Queues the making of the published agenda's packs once this change is committed."""
    from agenda.tasks import agenda_packs_make

    agenda_id = agenda.pk
    transaction.on_commit(lambda: agenda_packs_make.enqueue(agenda_id=agenda_id))


def _record_changed(meeting: Meeting, *copies: Meeting | None) -> None:
    """Says that the meeting changed (`meetings.revisions`), so that its pages and files are
    made again: they show its agenda and papers."""
    revisions.record_changed(meeting, *copies, content=True)


def _save(instance: Any, *, by: Any, reason: str) -> None:
    instance.full_clean()
    save_with_history(instance, by=by, reason=reason)


# --- Items -------------------------------------------------------------------------------------


@transaction.atomic
def item_add(*, meeting: Meeting, by: Any, **fields: Any) -> AgendaItem:
    agenda = _agenda_of(meeting, by=by)
    top = agenda.items.aggregate(top=Max("position"))["top"] or 0
    item = AgendaItem(agenda=agenda, position=top + 1, **_item_fields(fields))
    _save(item, by=by, reason="Item added")
    agenda_renumber(agenda)
    item.refresh_from_db(fields=["number"])
    _changed(agenda, by=by, text=f"Item {item.number} added", public=True, held=meeting)
    return item


def _item_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(ITEM_FIELDS)
    if unknown:
        raise TypeError(f"Not an item's field: {', '.join(sorted(unknown))}")
    cleaned = {
        name: value.strip() if isinstance(value, str) else value for name, value in fields.items()
    }
    if not cleaned.get("restricted", False):
        cleaned["restricted_reason"] = ""
    return cleaned


@transaction.atomic
def item_update(*, item: AgendaItem, by: Any, **fields: Any) -> AgendaItem:
    held = revisions.held_copy(item, "agenda", "meeting")
    agenda = locked_agenda(item.agenda)
    locked = AgendaItem.objects.get(pk=item.pk, agenda=agenda)
    was_restricted = locked.restricted
    for name, value in _item_fields(fields).items():
        setattr(locked, name, value)
    _save(locked, by=by, reason="Item edited")
    # The public is told an item changed, not what a restricted one now says.
    _changed(
        agenda,
        by=by,
        text=f"Item {locked.number} changed",
        public=not (was_restricted and locked.restricted),
        held=held,
    )
    return locked


@transaction.atomic
def item_move(*, item: AgendaItem, by: Any, direction: str) -> None:
    held = revisions.held_copy(item, "agenda", "meeting")
    agenda = locked_agenda(item.agenda)
    locked = AgendaItem.objects.get(pk=item.pk, agenda=agenda)
    move_among_siblings(locked, AgendaItem.objects.filter(agenda=agenda), direction, by=by)
    agenda_renumber(agenda)
    _changed(agenda, by=by, text="Items reordered", public=True, held=held)


@transaction.atomic
def item_delete(*, item: AgendaItem, by: Any) -> None:
    held = revisions.held_copy(item, "agenda", "meeting")
    agenda = locked_agenda(item.agenda)
    locked = AgendaItem.objects.get(pk=item.pk, agenda=agenda)
    number = locked.number
    files = list(locked.papers.values_list("file", flat=True))
    locked._history_user = by  # type: ignore[attr-defined]
    locked._change_reason = "Item removed"  # type: ignore[attr-defined]
    for paper in locked.papers.all():
        paper._history_user = by  # type: ignore[attr-defined]
        paper._change_reason = "Removed with its item"  # type: ignore[attr-defined]
        paper.delete()
    locked.delete()
    agenda_renumber(agenda)
    _changed(agenda, by=by, text=f"Item {number} removed", public=True, held=held)
    transaction.on_commit(lambda: _discard_unused(files))


# --- Papers ------------------------------------------------------------------------------------


@transaction.atomic
def paper_add(
    *,
    item: AgendaItem,
    by: Any,
    name: str,
    data: bytes,
    title: str,
    version: str = "1",
    restricted: bool = False,
) -> Paper:
    """Adds a paper to `item`: its kind told from the bytes (`agenda.files`), refused before
    anything is stored; stored under its content, `papers/<sha256>/<name>`."""
    content_type = paper_kind(data)
    held = revisions.held_copy(item, "agenda", "meeting")
    agenda = locked_agenda(item.agenda)
    locked = AgendaItem.objects.get(pk=item.pk, agenda=agenda)
    sha256 = hashlib.sha256(data).hexdigest()
    key = f"papers/{sha256}/{safe_name(name)}"
    paper = Paper(
        item=locked,
        title=title.strip(),
        version=(version or "1").strip(),
        restricted=restricted,
        file=key,
        name=(name.replace("\\", "/").rsplit("/", 1)[-1] or safe_name(name))[:255],
        content_type=content_type,
        size=len(data),
        sha256=sha256,
        uploaded_by=by,
    )
    paper.full_clean()
    written = _store(key, data)
    try:
        save_with_history(paper, by=by, reason="Paper added")
        _changed(
            agenda,
            by=by,
            text=f"Item {locked.number} paper added",
            public=paper.is_public,
            held=held,
        )
    except BaseException:
        # A paper that is not recorded keeps no file (unless the same bytes were already kept).
        if written:
            default_storage.delete(key)
        raise
    return paper


def _store(key: str, data: bytes) -> bool:
    """Stores `data` under `key` unless the same bytes are already there; whether it wrote."""
    if default_storage.exists(key):
        return False
    saved = default_storage.save(key, ContentFile(data))
    if saved != key:  # another request stored the same bytes first: theirs is kept
        default_storage.delete(saved)
        return False
    return True


@transaction.atomic
def paper_update(*, paper: Paper, by: Any, title: str, version: str, restricted: bool) -> Paper:
    held = revisions.held_copy(paper, "item", "agenda", "meeting")
    agenda = locked_agenda(paper.item.agenda)
    locked = Paper.objects.select_related("item").get(pk=paper.pk, item__agenda=agenda)
    was_public = locked.is_public
    locked.title, locked.version, locked.restricted = title.strip(), version.strip(), restricted
    _save(locked, by=by, reason="Paper edited")
    _changed(
        agenda,
        by=by,
        text=f"Item {locked.item.number} paper changed",
        public=was_public or locked.is_public,
        held=held,
    )
    return locked


@transaction.atomic
def paper_delete(*, paper: Paper, by: Any) -> None:
    held = revisions.held_copy(paper, "item", "agenda", "meeting")
    agenda = locked_agenda(paper.item.agenda)
    locked = Paper.objects.select_related("item").get(pk=paper.pk, item__agenda=agenda)
    public, number, key = locked.is_public, locked.item.number, locked.file.name
    locked._history_user = by  # type: ignore[attr-defined]
    locked._change_reason = "Paper removed"  # type: ignore[attr-defined]
    locked.delete()
    _changed(agenda, by=by, text=f"Item {number} paper removed", public=public, held=held)
    transaction.on_commit(lambda: _discard_unused([key]))


def _discard_unused(keys: list[str]) -> None:
    """Removes stored files no paper names any longer (the same bytes may be another's)."""
    for key in keys:
        if not Paper.objects.filter(file=key).exists():
            default_storage.delete(key)


# --- Publishing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaVerb(Transition):
    noun: ClassVar[str] = "agenda"
    label: str = ""
    done_message: str = ""
    # Beyond the state: what else must hold, as a refusal message (or "" when it holds).
    also: Callable[[Agenda], str] = lambda agenda: ""

    def check(self, obj: Any) -> None:
        super().check(obj)
        refusal = self.also(obj)
        if refusal:
            raise ValidationError(refusal, code="transition")


def _announced(agenda: Agenda) -> str:
    meeting = agenda.meeting
    if not (meeting.announced or meeting.status == Meeting.Status.PUBLISHED):
        return "Announce the meeting before publishing its agenda: its date is not public yet."
    if not agenda.items.exists():
        return "An agenda is published with at least one item."
    return ""


def _has_changes(agenda: Agenda) -> str:
    if not agenda.changes.filter(publication__isnull=True).exists():
        return "Nothing has changed since the agenda was last published."
    return _announced(agenda)


_A = Agenda.Status
AGENDA_VERBS: dict[str, AgendaVerb] = {
    verb.name: verb
    for verb in (
        AgendaVerb(
            name="publish",
            done="published",
            source_states=frozenset({_A.DRAFT}),
            target=_A.PUBLISHED,
            label="Publish the agenda",
            done_message="The agenda is published: its public items and papers are on its page.",
            also=_announced,
        ),
        AgendaVerb(
            name="republish",
            done="published again",
            source_states=frozenset({_A.PUBLISHED}),
            target=_A.PUBLISHED,
            label="Publish the changes",
            done_message="The agenda is published again, with what changed and when.",
            also=_has_changes,
        ),
    )
}


def agenda_verbs_allowed(agenda: Agenda | None) -> list[AgendaVerb]:
    if agenda is None:
        return []
    return [verb for verb in AGENDA_VERBS.values() if verb.allows(agenda)]


@transaction.atomic
def agenda_publish(*, agenda: Agenda, by: Any, verb: str = "publish") -> AgendaPublication:
    """Publishes the agenda (`publish`), or its changes since (`republish`): the one service
    for the agenda's lifecycle, whose steps `AGENDA_VERBS` declares."""
    if verb not in AGENDA_VERBS:
        raise ValidationError("No such step.", code="transition")
    held = revisions.held_copy(agenda, "meeting")
    locked = locked_agenda(agenda)
    step = AGENDA_VERBS[verb]
    step.check(locked)
    now = timezone.now()
    locked.status = step.target
    locked.published = locked.published or now
    # What the public reads until the next publication.
    locked.public_copy = public_copy(locked)
    save_with_history(
        locked,
        by=by,
        reason="Published" if verb == "publish" else "Published again after changes",
    )
    publication = AgendaPublication.objects.create(agenda=locked, made=now, by=by)
    locked.changes.filter(publication__isnull=True).update(publication=publication)
    _packs_after_commit(locked)
    _record_changed(locked.meeting, held)
    return publication


# --- From agenda to record ---------------------------------------------------------------------


@transaction.atomic
def record_start_from_agenda(*, meeting: Meeting, by: Any) -> list[Section]:
    """Starts the meeting's record from its agenda: each item becomes a section, in order,
    with its title and restricted flag; the record numbers them by its own rule. Only a
    draft record with no sections yet starts this way."""
    locked = _locked_meeting(meeting)
    if not locked.is_editable:
        raise ValidationError("Only a draft record is started from the agenda.")
    if Section.objects.filter(meeting=locked).exists():
        raise ValidationError(
            "The record already has sections: it is started from the agenda only while empty."
        )
    items = list(AgendaItem.objects.filter(agenda__meeting=locked).order_by("position"))
    if not items:
        raise ValidationError("The agenda has no items to start the record from.")
    sections = []
    for position, item in enumerate(items, start=1):
        section = Section(
            meeting=locked, position=position, title=item.title, restricted=item.restricted
        )
        _save(section, by=by, reason=f"From agenda item {item.number}")
        sections.append(section)
    record_renumber(locked)
    _record_changed(locked, meeting)
    return sections
