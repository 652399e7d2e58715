"""Writing a draft record: meetings, attendees, sections, paragraphs and actions.

Every service takes the acting user, runs in one transaction with the meeting's row locked
(so two secretaries' changes to its shape happen one after the other), refuses with a
`ValidationError` when the rules say no, writes who did it into the history, stores the
record's numbers again (`record_renumber`), so numbers are never typed and never wrong, and says
that the record changed (`_changed`), which also brings the caller's copy of the meeting up to
date.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Model, ProtectedError, Q, QuerySet
from django.utils import timezone

from meetings.minutes import format_date
from meetings.minutes.action_lines import due_from_text
from meetings.minutes.text import owner_from_text
from meetings.models import (
    Action,
    Attendance,
    Board,
    Meeting,
    Membership,
    Organisation,
    Paragraph,
    Person,
    Section,
)
from meetings.revisions import board_changed, record_changed
from meetings.services.directory import person_save
from meetings.services.numbers import make_room, record_renumber, year_renumber
from prob.history import save_with_history

# Sections every meeting of a board opens and closes with, copied into a new meeting.
STANDING_SECTIONS = ("Minutes", "Any Other Business")
# A blank line in a paragraph's text splits it in two where it stands.
_BLANK_LINE = re.compile(r"\n\s*\n")


def locked_if_editable(meeting: Meeting) -> Meeting:
    """The meeting, locked for this transaction, if it may still be edited."""
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if not locked.is_editable:
        raise ValidationError(
            f"A {locked.get_status_display().lower()} record is not edited: "
            + (
                "return it to draft first."
                if locked.status == Meeting.Status.CIRCULATED
                else "change it by an amendment, with a reason."
            ),
            code="not_editable",
        )
    return locked


def _changed(locked: Meeting, held: Meeting) -> None:
    """The record changed: its revisions move, in the locked copy and the caller's (`held`)."""
    record_changed(locked, held, content=True)


def _save(instance: Model, *, by: Any, reason: str) -> None:
    instance.full_clean()
    save_with_history(instance, by=by, reason=reason)


def delete_with_history(instance: Model, *, by: Any, reason: str) -> None:
    instance._history_user = by  # type: ignore[attr-defined]
    instance._change_reason = reason  # type: ignore[attr-defined]
    try:
        instance.delete()
    except ProtectedError as exc:
        raise ValidationError(
            "This cannot be deleted: progress has been reported on an action in it.",
            code="protected",
        ) from exc


def _next_position(siblings: QuerySet) -> int:
    return (siblings.aggregate(top=Max("position"))["top"] or 0) + 1


def move_among_siblings(instance: Any, siblings: QuerySet, direction: str, *, by: Any) -> None:
    """Moves `instance` one place up or down among its siblings, in the history with who moved
    it; refuses a move past the end."""
    ordered = list(siblings.order_by("position"))
    index = next(i for i, row in enumerate(ordered) if row.pk == instance.pk)
    other = index - 1 if direction == "up" else index + 1
    if direction not in ("up", "down") or not 0 <= other < len(ordered):
        raise ValidationError("It cannot move further that way.", code="out_of_range")
    a, b = ordered[index], ordered[other]
    a_position, b_position = a.position, b.position
    # Positions are unique among siblings: one row steps aside while the other moves.
    type(a).objects.filter(pk=a.pk).update(position=0)
    type(b).objects.filter(pk=b.pk).update(position=a_position)
    a.position = b_position
    save_with_history(a, by=by, reason=f"Moved {direction}", update_fields=["position"])


# --- Meetings ---------------------------------------------------------------------------------


class MeetingExists(ValidationError):
    """The board already has a meeting on that date (one per board and day): `meeting` is it,
    for the page that asked to link to."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        board, date = meeting.board, format_date(meeting.date)
        super().__init__({"date": f"{board} already has a meeting on {date}."}, code="exists")


def meeting_draft_create(
    *,
    board: Board,
    date: datetime.date,
    by: Any,
    reason: str,
    start_time: datetime.time | None = None,
    place: str = "",
    title: str = "",
) -> Meeting:
    """The one way a meeting is made, for New meeting and imports alike: a draft of `board`
    on `date`, with `by` and `reason` in its history, in the caller's transaction. Refuses a
    second meeting of the board on the same date (`MeetingExists`)."""
    existing = Meeting.objects.filter(board=board, date=date).select_related("board").first()
    if existing is not None:
        raise MeetingExists(existing)
    meeting = Meeting(
        board=board,
        date=date,
        start_time=start_time,
        place=place,
        title=title.strip() or f"Record of Meeting {format_date(date)}",
    )
    _save(meeting, by=by, reason=reason)
    return meeting


@transaction.atomic
def meeting_new(
    *,
    board: Board,
    date: datetime.date,
    by: Any,
    start_time: datetime.time | None = None,
    place: str = "",
    title: str = "",
    copy_previous: bool = False,
) -> Meeting:
    """A new draft record for `board`; with `copy_previous`, the last meeting's attendees (in
    the same order, with the roles they held) and the standing sections come along."""
    meeting = meeting_draft_create(
        board=board,
        date=date,
        by=by,
        reason="New meeting",
        start_time=start_time,
        place=place,
        title=title,
    )
    if copy_previous:
        previous = Meeting.objects.filter(board=board, date__lt=date).order_by("-date").first()
        if previous is not None:
            for attendance in previous.attendances.order_by("position"):
                copy = Attendance(
                    meeting=meeting,
                    person_id=attendance.person_id,
                    organisation_id=attendance.organisation_id,
                    role=attendance.role,
                    kind=attendance.kind,
                    position=attendance.position,
                )
                _save(copy, by=by, reason=f"Copied from {format_date(previous.date)}")
        for position, title_ in enumerate(STANDING_SECTIONS, start=1):
            _save(
                Section(meeting=meeting, position=position, title=title_),
                by=by,
                reason="Standing section",
            )
    record_renumber(meeting)
    record_changed(meeting, content=True)
    return meeting


@transaction.atomic
def meeting_update(
    *,
    meeting: Meeting,
    by: Any,
    date: datetime.date,
    start_time: datetime.time | None,
    place: str,
    title: str,
) -> Meeting:
    locked = locked_if_editable(meeting)
    if Meeting.objects.filter(board=locked.board_id, date=date).exclude(pk=locked.pk).exists():
        raise ValidationError({"date": f"The board already has a meeting on {format_date(date)}."})
    left = locked.date
    locked.date, locked.start_time, locked.place = date, start_time, place
    locked.title = title.strip() or f"Record of Meeting {format_date(date)}"
    _save(locked, by=by, reason="Details edited")
    if left != date:  # minute numbers run through the year: the record's, and those after it
        record_renumber(locked)
        year_renumber(board=locked.board, day=left)
    meeting.date, meeting.start_time, meeting.place = date, start_time, place
    meeting.title = locked.title
    record_changed(locked, meeting, content=True)
    return locked


@transaction.atomic
def meeting_announce(*, meeting: Meeting, announced: bool, by: Any, reason: str) -> Meeting:
    """Announces a draft's meeting or withdraws it, and nothing else of it: its date, time and
    place are public (board page, calendar, API) while it is announced. What the record says
    is unchanged (its files do not show it); its pages are made again."""
    locked = locked_if_editable(meeting)
    locked.announced = meeting.announced = announced
    save_with_history(locked, by=by, reason=reason, update_fields=["announced", "updated"])
    record_changed(locked, meeting, content=False)
    return locked


@transaction.atomic
def meeting_delete(*, meeting: Meeting, by: Any, reason: str) -> None:
    """Deletes a draft with its sections, paragraphs and actions (a circulated record goes back
    to draft first; an agreed one is never deleted). Its board's meetings are listed anew, and
    the drafts after it in the municipal year move up (minute numbers run through the year)."""
    locked = locked_if_editable(meeting)
    delete_with_history(locked, by=by, reason=reason)
    board_changed(locked.board)
    year_renumber(board=locked.board, day=locked.date)


# --- Attendees --------------------------------------------------------------------------------


def board_people(board: Board) -> QuerySet[Person]:
    """The people tied to the board: a membership of it (any role, any time) or an attendance
    at one of its meetings. The only people a name typed or imported for the board may be."""
    return Person.objects.filter(
        Q(pk__in=Membership.objects.filter(board=board).values("person"))
        | Q(pk__in=Attendance.objects.filter(meeting__board=board).values("person"))
    )


def person_for_name(
    *, board: Board, name: str, organisation: Organisation | None, by: Any
) -> Person:
    """The board's person of that name (of that organisation first), or a new person, saved
    by the directory's service with who named them and why.

    Never someone tied only to other boards: a namesake there (with an account, perhaps) bound
    by a name could be made an owner of this board's actions and emailed about them.
    """
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "Give the attendee's name, or choose someone."})
    existing = board_people(board).filter(name__iexact=name).order_by("pk")
    person = existing.filter(organisation=organisation).first() or existing.first()
    if person is None:
        person = person_save(
            person=Person(name=name, organisation=organisation),
            by=by,
            reason="Named as an attendee",
        )
    return person


@transaction.atomic
def attendance_add(
    *,
    meeting: Meeting,
    by: Any,
    kind: str,
    role: str = "",
    person: Person | None = None,
    name: str = "",
    organisation: Organisation | None = None,
) -> Attendance:
    """Adds an attendee, chosen from the board's people or named on the spot."""
    locked = locked_if_editable(meeting)
    person = person or person_for_name(
        board=locked.board, name=name, organisation=organisation, by=by
    )
    if Attendance.objects.filter(meeting=locked, person=person).exists():
        raise ValidationError({"person": f"{person} is already listed."})
    attendance = Attendance(
        # The caller's copy: what is later done with the row brings it up to date too.
        meeting=meeting,
        person=person,
        organisation=organisation or person.organisation,
        role=role.strip(),
        kind=kind,
        position=_next_position(locked.attendances.all()),
    )
    _save(attendance, by=by, reason="Attendee added")
    _changed(locked, meeting)
    return attendance


@transaction.atomic
def attendance_update(
    *, attendance: Attendance, by: Any, role: str, kind: str, organisation: Organisation | None
) -> Attendance:
    locked = locked_if_editable(attendance.meeting)
    attendance.role, attendance.kind, attendance.organisation = role.strip(), kind, organisation
    _save(attendance, by=by, reason="Attendee edited")
    _changed(locked, attendance.meeting)
    return attendance


@transaction.atomic
def attendance_delete(*, attendance: Attendance, by: Any) -> None:
    locked = locked_if_editable(attendance.meeting)
    delete_with_history(attendance, by=by, reason="Attendee removed")
    _changed(locked, attendance.meeting)


@transaction.atomic
def attendance_move(*, attendance: Attendance, by: Any, direction: str) -> None:
    locked = locked_if_editable(attendance.meeting)
    move_among_siblings(
        attendance, Attendance.objects.filter(meeting=attendance.meeting_id), direction, by=by
    )
    _changed(locked, attendance.meeting)


# --- Sections ---------------------------------------------------------------------------------


@transaction.atomic
def section_add(*, meeting: Meeting, by: Any, title: str, restricted: bool = False) -> Section:
    locked = locked_if_editable(meeting)
    section = Section(
        # The caller's copy: what is later done with the row brings it up to date too.
        meeting=meeting,
        title=title.strip(),
        restricted=restricted,
        position=_next_position(locked.sections.all()),
    )
    _save(section, by=by, reason="Section added")
    record_renumber(locked)
    _changed(locked, meeting)
    return section


@transaction.atomic
def section_update(*, section: Section, by: Any, title: str, restricted: bool) -> Section:
    locked = locked_if_editable(section.meeting)
    section.title, section.restricted = title.strip(), restricted
    _save(section, by=by, reason="Section edited")
    _changed(locked, section.meeting)
    return section


@transaction.atomic
def section_delete(*, section: Section, by: Any) -> None:
    meeting = locked_if_editable(section.meeting)
    delete_with_history(section, by=by, reason="Section deleted")
    record_renumber(meeting)
    _changed(meeting, section.meeting)


@transaction.atomic
def section_move(*, section: Section, by: Any, direction: str) -> None:
    meeting = locked_if_editable(section.meeting)
    move_among_siblings(section, Section.objects.filter(meeting=meeting), direction, by=by)
    record_renumber(meeting)
    _changed(meeting, section.meeting)


# --- Paragraphs -------------------------------------------------------------------------------


def paragraph_blocks(text: str) -> list[str]:
    """The paragraphs `text` makes, one per block between blank lines (a paragraph saved or
    added with blank lines in it is split there)."""
    blocks = [block.strip() for block in _BLANK_LINE.split(text.strip()) if block.strip()]
    if not blocks:
        raise ValidationError({"text": "Write the paragraph's text; it cannot be empty."})
    return blocks


def _insert_paragraphs(
    section: Section,
    after: int,
    blocks: Iterable[str],
    *,
    restricted: bool,
    by: Any,
    decision: bool = False,
) -> list[Paragraph]:
    created = []
    for offset, block in enumerate(blocks, start=1):
        position = after + offset
        make_room(Paragraph.objects.filter(section=section), at=position)
        paragraph = Paragraph(
            section=section,
            position=position,
            text=block,
            restricted=restricted,
            decision=decision,
        )
        _save(paragraph, by=by, reason="Paragraph added")
        created.append(paragraph)
    return created


@transaction.atomic
def paragraph_add(
    *,
    section: Section,
    by: Any,
    text: str,
    restricted: bool = False,
    decision: bool = False,
    after: Paragraph | None = None,
) -> list[Paragraph]:
    """Adds a paragraph at the end of the section, or just after its paragraph `after` (one
    per block, where blank lines split the text)."""
    meeting = locked_if_editable(section.meeting)
    blocks = paragraph_blocks(text)
    if after is not None and after.section_id == section.pk:
        # Read under the meeting's lock: a move meanwhile may have changed it.
        top = Paragraph.objects.values_list("position", flat=True).get(pk=after.pk)
    else:
        top = _next_position(section.paragraphs.all()) - 1
    created = _insert_paragraphs(
        section, top, blocks, restricted=restricted, by=by, decision=decision
    )
    record_renumber(meeting)
    _changed(meeting, section.meeting)
    return created


def _last_saved(paragraph: Paragraph) -> str:
    """Who saved the paragraph last, and when ("Ann Other, on 5 December 2026 at 14:02"), from
    its history: what a clerk refused as stale needs, to know whom to ask."""
    row = paragraph.history.select_related("history_user").order_by("-history_id").first()
    if row is None:
        return "who and when are not recorded"
    who = row.history_user.display_name if row.history_user else "an unknown user"
    when = timezone.localtime(row.history_date)
    return f"{who}, on {format_date(when.date())} at {when:%H:%M}"


@transaction.atomic
def paragraph_update(
    *,
    paragraph: Paragraph,
    by: Any,
    text: str,
    restricted: bool,
    version: int,
    decision: bool | None = None,
) -> Paragraph:
    """Saves a paragraph's text if nobody saved it since `version` was read; a blank line in
    the text splits it in two there. `decision` marks it as recording a decision, or not
    (None: as it was); the paragraphs split off it record none."""
    meeting = locked_if_editable(paragraph.section.meeting)
    locked = Paragraph.objects.select_for_update().get(pk=paragraph.pk)
    if locked.version != version:
        # A placeholder, not an f-string: the message is %-formatted with its params.
        raise ValidationError(
            "Someone else saved this paragraph while you were editing it: %(saved_by)s. Their "
            "text is shown above the box; yours is kept in the box so that nothing is lost.",
            code="stale",
            params={"current": locked.text, "saved_by": _last_saved(locked)},
        )
    first, *rest = paragraph_blocks(text)
    if (
        not rest
        and (first, restricted) == (locked.text, locked.restricted)
        and decision in (None, locked.decision)
    ):
        # Nothing changed (a box left as it was, or changed only in the white space saving
        # strips): not saved, no line in the history, no new version (QA: 'Changed Paragraph
        # 4.1 ... Paragraph edited' is only ever a change).
        return locked
    locked.text, locked.restricted = first, restricted
    if decision is not None:
        locked.decision = decision
    locked.version += 1
    _save(locked, by=by, reason="Paragraph edited")
    if rest:
        _insert_paragraphs(locked.section, locked.position, rest, restricted=restricted, by=by)
        record_renumber(meeting)
    _changed(meeting, paragraph.section.meeting)
    return locked


@transaction.atomic
def paragraph_delete(*, paragraph: Paragraph, by: Any) -> None:
    meeting = locked_if_editable(paragraph.section.meeting)
    delete_with_history(paragraph, by=by, reason="Paragraph deleted")
    record_renumber(meeting)
    _changed(meeting, paragraph.section.meeting)


@transaction.atomic
def paragraph_move(*, paragraph: Paragraph, by: Any, direction: str) -> None:
    meeting = locked_if_editable(paragraph.section.meeting)
    move_among_siblings(
        paragraph, Paragraph.objects.filter(section=paragraph.section_id), direction, by=by
    )
    record_renumber(meeting)
    _changed(meeting, paragraph.section.meeting)


# --- Actions ----------------------------------------------------------------------------------


def suggested_owner(text: str) -> Organisation | None:
    """The organisation an action's leading words name ("MPS to share ...")."""
    organisations = {o.short_name.lower(): o for o in Organisation.objects.all()}
    organisations.update({o.name.lower(): o for o in organisations.values()})
    named = owner_from_text(text, {key: key for key in organisations})
    return organisations.get(named.lower()) if named else None


def suggested_due(text: str, meeting: datetime.date | None = None) -> datetime.date | None:
    """The due date an action's words give ("... by 31 March 2025", or "by 24 November" after
    the meeting's date), read as the importer reads it, so that an action typed in the editor
    and one imported get the same date."""
    due = due_from_text(text, meeting)
    return datetime.date.fromisoformat(due) if due else None


def check_due(due: datetime.date | None, meeting: Meeting) -> None:
    """An action's due date is not before the meeting that raised it: the one home of the rule,
    for an action added or changed in the editor (the admin shows actions read-only)."""
    if due is not None and due < meeting.date:
        raise ValidationError({"due": "The due date cannot be before the meeting."})


def _action_new(
    meeting: Meeting,
    paragraph: Paragraph,
    *,
    by: Any,
    reason: str,
    text: str,
    owner: Organisation | None,
    owner_people: Iterable[Person],
    due: datetime.date | None,
) -> Action:
    action = Action(
        paragraph=paragraph,
        text=text.strip(),
        owner=owner or suggested_owner(text.strip()),
        due=due or suggested_due(text, meeting.date),
        position=_next_position(paragraph.actions.all()),
    )
    check_due(action.due, meeting)
    _save(action, by=by, reason=reason)
    action.owner_people.set(list(owner_people))
    return action


@transaction.atomic
def action_add(
    *,
    paragraph: Paragraph,
    by: Any,
    text: str,
    owner: Organisation | None = None,
    owner_people: Iterable[Person] = (),
    due: datetime.date | None = None,
) -> Action:
    meeting = locked_if_editable(paragraph.section.meeting)
    action = _action_new(
        meeting,
        paragraph,
        by=by,
        reason="Action added",
        text=text,
        owner=owner,
        owner_people=owner_people,
        due=due,
    )
    record_renumber(meeting)
    _changed(meeting, paragraph.section.meeting)
    return action


# --- Words made into an action ----------------------------------------------------------------


@dataclass(frozen=True)
class WordsTaken:
    """An action made of words selected in a paragraph, and what became of the words: taken
    out of the paragraph (`taken`, with its text before, `text_before`, for Undo), or left in it
    with the reason why (`left`), said to the clerk."""

    action: Action
    paragraph: Paragraph
    taken: bool
    left: str = ""
    text_before: str = ""


# Punctuation that follows a word without a space.
_CLOSING = ".,;:!?)"


def words_span(text: str, words: str, near: int) -> tuple[int, int] | None:
    """Where `words` stand in `text` (any run of whitespace in them matching any other, as a
    browser's box and the stored text may differ in line endings), the occurrence nearest
    `near` if they stand there more than once; None if they are not there."""
    pattern = r"\s+".join(re.escape(word) for word in words.split())
    if not pattern:
        return None
    spans = [match.span() for match in re.finditer(pattern, text)]
    return min(spans, key=lambda span: abs(span[0] - near)) if spans else None


def text_without(text: str, start: int, end: int) -> str:
    """`text` with `text[start:end]` taken out and the gap closed: one space where it was (a
    line break if one was on either side of the words, never a blank line, which would split
    the paragraph), none before a closing stop, and no stop twice ("agreed. . The" is "agreed.
    The")."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    gap = text[len(before) : start] + text[end : len(text) - len(after)]
    if before and after[:1] in tuple(_CLOSING[:4]) and before[-1] in _CLOSING[:-1]:
        after = after[1:].lstrip()
    if not before or not after:
        return before or after
    if after[0] in _CLOSING:
        return before + after
    return before + ("\n" if "\n" in gap else " ") + after


@transaction.atomic
def action_from_words(
    *,
    paragraph: Paragraph,
    by: Any,
    words: str,
    at: int,
    version: int,
    text: str,
    owner: Organisation | None = None,
    owner_people: Iterable[Person] = (),
    due: datetime.date | None = None,
) -> WordsTaken:
    """Makes an action (`text`, as the clerk confirmed it) of `words` selected in `paragraph` at
    `at` when it was at `version`, and takes the words out of the paragraph, in one transaction
    and one history row of the paragraph's naming who and why. The action is refused as
    `action_add` refuses it, and then the paragraph is untouched. If the paragraph changed
    since `version` (or the words are no longer in it, or they are the whole of it: the action
    belongs to the paragraph), the action is still made and the words are left where they
    were, with the reason."""
    meeting = locked_if_editable(paragraph.section.meeting)
    locked = Paragraph.objects.select_for_update().select_related("section").get(pk=paragraph.pk)
    action = _action_new(
        meeting,
        paragraph,
        by=by,
        reason=f"Action made of words in paragraph {locked.ref}",
        text=text,
        owner=owner,
        owner_people=owner_people,
        due=due,
    )
    record_renumber(meeting)
    span = words_span(locked.text, words, at) if locked.version == version else None
    remaining = text_without(locked.text, *span) if span else ""
    left = ""
    if locked.version != version:
        left = (
            f"The words are left in paragraph {locked.ref}: it was changed after you selected "
            f"them (last saved by {_last_saved(locked)}). Take them out there if they should go."
        )
    elif span is None:
        left = (
            f"The words are left in paragraph {locked.ref}: they are no longer in it as "
            "selected. Take them out there if they should go."
        )
    elif not remaining:
        left = (
            f"The words are the whole of paragraph {locked.ref}, so they stay in it: an "
            "action belongs to its paragraph."
        )
    if left:
        _changed(meeting, paragraph.section.meeting)
        return WordsTaken(action=action, paragraph=locked, taken=False, left=left)
    number = Action.objects.values_list("number", flat=True).get(pk=action.pk)
    action.number = number
    before = locked.text
    locked.text = remaining
    locked.version += 1
    _save(locked, by=by, reason=f"Words taken out into action {number}")
    _changed(meeting, paragraph.section.meeting)
    return WordsTaken(action=action, paragraph=locked, taken=True, text_before=before)


@transaction.atomic
def action_update(
    *,
    action: Action,
    by: Any,
    text: str,
    owner: Organisation | None,
    owner_people: Iterable[Person],
    due: datetime.date | None,
) -> Action:
    meeting = locked_if_editable(action.paragraph.section.meeting)
    action.text, action.owner, action.due = (
        text.strip(),
        owner,
        due or suggested_due(text, meeting.date),
    )
    check_due(action.due, meeting)
    _save(action, by=by, reason="Action edited")
    action.owner_people.set(list(owner_people))
    _changed(meeting, action.paragraph.section.meeting)
    return action


@transaction.atomic
def action_delete(*, action: Action, by: Any) -> None:
    meeting = locked_if_editable(action.paragraph.section.meeting)
    delete_with_history(action, by=by, reason="Action deleted")
    record_renumber(meeting)
    _changed(meeting, action.paragraph.section.meeting)


@transaction.atomic
def action_move(*, action: Action, by: Any, direction: str) -> None:
    meeting = locked_if_editable(action.paragraph.section.meeting)
    move_among_siblings(
        action, Action.objects.filter(paragraph=action.paragraph_id), direction, by=by
    )
    record_renumber(meeting)
    _changed(meeting, action.paragraph.section.meeting)


# --- References as written, given up for PROB's numbers ---------------------------------------


@transaction.atomic
def record_renumber_in_order(*, meeting: Meeting, by: Any) -> int:
    """Gives a draft imported with references as written PROB's numbers, in the order its
    sections and paragraphs now stand (`record_renumber`, through `meetings.numbering`): each
    written reference is cleared, with a history row naming `by` and the reference it had,
    so that numbers follow edits from now on. Only a draft; returns how many references went.
    Refused, changing nothing, when there are none."""
    locked = locked_if_editable(meeting)
    sections = list(Section.objects.filter(meeting=locked, label_by_prob=False).exclude(label=""))
    paragraphs = list(
        Paragraph.objects.filter(section__meeting=locked)
        .exclude(label="")
        .select_related("section")
    )
    if not sections and not paragraphs:
        raise ValidationError("The record's numbers already follow its order.", code="numbered")
    for row in [*sections, *paragraphs]:
        written, row.label = row.label, ""
        _save(row, by=by, reason=f"Renumbered in order (was {written!r}, as written)")
    record_renumber(locked)
    _changed(locked, meeting)
    return len(sections) + len(paragraphs)
