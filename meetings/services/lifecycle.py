"""The record's lifecycle: one service per verb, and `VERBS`, the one declaration of each verb.

Each service takes the acting user, locks the record, checks the verb's source states, writes
the change with who made it and why into the history, and raises `ValidationError` (shown on
the form that asked) when the rules say no. The record page's buttons, the workflow view and
the admin's actions all read `VERBS`, who may take a step as well (`Verb.who`, `Verb.may`): a
verb is added, reworded or given to another role there and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from meetings.comments import to_resolve_of
from meetings.forms import AgreeForm, CirculateForm, NoFieldsForm, ReturnToDraftForm
from meetings.minutes import format_date
from meetings.models import Amendment, Attendance, Meeting, Paragraph, Section
from meetings.records import ActionView, record_view
from meetings.renderings import public_checksum
from meetings.revisions import record_changed
from meetings.scoping import is_secretariat
from meetings.services.numbers import make_room, record_renumber
from meetings.tasks import circulation_recipients, record_circulated_notify
from prob.history import save_with_history
from prob.transitions import Transition


def _locked(meeting: Meeting, verb: str) -> Meeting:
    locked = Meeting.objects.select_for_update().select_related("board").get(pk=meeting.pk)
    VERBS[verb].check(locked)
    return locked


def _move(meeting: Meeting, verb: str, *, by: Any, reason: str, held: Meeting) -> Meeting:
    """Takes the step on the locked `meeting`; `held` is the caller's copy, brought up to date."""
    meeting.status = VERBS[verb].target
    save_with_history(
        meeting, by=by, reason=reason, update_fields=["status", "agreed_at", "published", "updated"]
    )
    held.status, held.agreed_at = meeting.status, meeting.agreed_at
    held.published = meeting.published
    record_changed(meeting, held, content=True, status_moved=True)
    return meeting


def ownerless_actions(meeting: Meeting) -> list[ActionView]:
    """The record's actions with no owner yet (no organisation, no person): an action may be
    added so in the meeting, where the owner is not always known, but no one can report
    progress on it, so circulating asks for each to be given one, or for the clerk to say
    that they go out so (`record_circulate`)."""
    return [a for a in record_view(meeting, public=False).actions if is_ownerless(a)]


def is_ownerless(action: ActionView) -> bool:
    return not action.owner and not action.owner_people


def _ownerless_refusal(actions: list[ActionView]) -> ValidationError:
    one = len(actions) == 1
    numbers = ", ".join(str(a.number) for a in actions)
    return ValidationError(
        f"Action{'' if one else 's'} {numbers} {'has' if one else 'have'} no owner yet, so no "
        f"one could report progress on {'it' if one else 'them'}: give "
        f"{'it' if one else 'each'} an owner in the editor, or confirm that the record goes "
        f"out with {'it as it is' if one else 'them as they are'}.",
        code="ownerless",
    )


@transaction.atomic
def record_circulate(
    *, meeting: Meeting, by: Any, reason: str = "", ownerless_confirmed: bool = False
) -> Meeting:
    """Sends the draft to the attendees for accuracy: those with accounts get an email.
    Refused while an action has no owner (`ownerless_actions`), unless the clerk confirmed
    that it goes out so (`ownerless_confirmed`)."""
    locked = _locked(meeting, "circulate")
    if not ownerless_confirmed and (ownerless := ownerless_actions(locked)):
        raise _ownerless_refusal(ownerless)
    _move(locked, "circulate", by=by, reason=reason or "Circulated to the attendees", held=meeting)
    transaction.on_commit(lambda: record_circulated_notify.enqueue(meeting_id=locked.pk))
    return locked


@transaction.atomic
def record_return_to_draft(*, meeting: Meeting, by: Any, reason: str) -> Meeting:
    if not reason.strip():
        raise ValidationError({"reason": "Say why the record goes back to draft."})
    locked = _locked(meeting, "return_to_draft")
    return _move(locked, "return_to_draft", by=by, reason=reason.strip(), held=meeting)


def agreed_minute(meeting: Meeting) -> str:
    return f"The minutes of the {format_date(meeting.date)} meeting were agreed as a true record."


@transaction.atomic
def record_agree(
    *, meeting: Meeting, at_meeting: Meeting, by: Any, add_minute: bool = False
) -> Meeting:
    """Agrees the record as a true record at a later meeting of its board, which freezes its
    numbers; optionally writes so at the start of that meeting's first section."""
    locked = _locked(meeting, "agree")
    if at_meeting.board_id != locked.board_id or at_meeting.date <= locked.date:
        raise ValidationError(
            {"at_meeting": "A record is agreed at a later meeting of the same board."}
        )
    if add_minute:
        _add_agreed_minute(locked, at_meeting, by=by)
    locked.agreed_at = at_meeting
    return _move(
        locked,
        "agree",
        by=by,
        reason=f"Agreed as a true record on {format_date(at_meeting.date)}",
        held=meeting,
    )


def _add_agreed_minute(meeting: Meeting, at_meeting: Meeting, *, by: Any) -> None:
    if not at_meeting.is_editable:
        raise ValidationError(
            {"add_minute": "The minute can be added only while that meeting's record is a draft."}
        )
    section = Section.objects.filter(meeting=at_meeting).order_by("position").first()
    if section is None:
        section = Section(meeting=at_meeting, position=1, title="Minutes")
        save_with_history(section, by=by, reason="Added for the minute of agreement")
    # First in the section: the agreement of the last record opens the meeting.
    make_room(Paragraph.objects.filter(section=section), at=1)
    paragraph = Paragraph(section=section, position=1, text=agreed_minute(meeting))
    paragraph.full_clean()
    save_with_history(paragraph, by=by, reason="Minute of agreement")
    record_renumber(at_meeting)
    record_changed(at_meeting, content=True)


@transaction.atomic
def record_publish(*, meeting: Meeting, by: Any) -> Meeting:
    locked = _locked(meeting, "publish")
    locked.published = locked.published or timezone.now()
    return _move(locked, "publish", by=by, reason="Published", held=meeting)


def board_next_meeting(meeting: Meeting) -> Meeting:
    """The board's first meeting after `meeting`: where a record is usually agreed."""
    following = Meeting.objects.filter(board=meeting.board_id, date__gt=meeting.date)
    at = following.order_by("date").first()
    if at is None:
        raise ValidationError("There is no later meeting of the board to agree it at.")
    return at


# --- The verbs, each declared once ---------------------------------------------------------


def _nothing(meeting: Meeting) -> dict[str, Any]:
    return {}


def _the_record(meeting: Meeting) -> dict[str, Any]:
    return {"meeting": meeting}


def _reason_from_the_admin(meeting: Meeting) -> dict[str, Any]:
    return {"reason": "Returned to draft in the admin"}


def _at_the_next_meeting(meeting: Meeting) -> dict[str, Any]:
    return {"at_meeting": board_next_meeting(meeting)}


def _why_not_emailed(person: Any) -> str:
    user = person.user
    if user is None:
        return "No account"
    if not user.is_active:
        return "Account closed"
    if not user.email:
        return "No email address"
    return "May not read the draft and owns no action in it"


def _who_is_emailed(meeting: Meeting, **sent: Any) -> dict[str, Any]:
    """Who circulating emails, and each other attendee by name with why they are not; and the
    actions with no owner yet, by number, for the clerk to fix or to confirm."""
    recipients = circulation_recipients(meeting)
    emailed = {recipient.person.pk for recipient in recipients}
    attendances = (
        Attendance.objects.filter(meeting=meeting)
        .select_related("person__user")
        .order_by("position", "pk")
    )
    # Grouped by why, in the attendance's order: "No account (8): Sophie Linden, …".
    not_emailed: dict[str, list[str]] = {}
    for attendance in attendances:
        if attendance.person_id not in emailed:
            why = _why_not_emailed(attendance.person)
            not_emailed.setdefault(why, []).append(attendance.person.name)
    count = len(recipients)
    return {
        "recipients": recipients,
        "not_emailed": list(not_emailed.items()),
        "not_emailed_count": sum(len(names) for names in not_emailed.values()),
        "button": f"Circulate and email {count} {'person' if count == 1 else 'people'}",
        "ownerless": ownerless_actions(meeting),
    }


def _what_agreeing_fixes(
    meeting: Meeting, *, at_meeting: Meeting, add_minute: bool = False
) -> dict[str, Any]:
    """The meeting the record is agreed at, named; and the comments still to resolve."""
    return {
        "agreeing": True,
        "at_meeting": at_meeting,
        "add_minute": add_minute,
        "to_resolve": to_resolve_of(meeting),
        "button": f"Agree at the meeting of {format_date(at_meeting.date)}",
    }


def _first_words(text: str, count: int = 8) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def _what_goes_public(meeting: Meeting) -> dict[str, Any]:
    """What publishing withholds, counted and named as the secretariat knows it: each section
    by its number and title ("5. Any Other Business"), each paragraph by its number and first
    words; which they are is what the public version withholds."""
    public = record_view(meeting, public=True).sections
    sections = {s.id for s in public if s.withheld}
    # A paragraph of a withheld section goes with its section: named once, there.
    paragraphs = {p.id for s in public if not s.withheld for p in s.paragraphs if p.withheld}
    full = record_view(meeting, public=False).sections
    return {
        "withheld_sections": [f"{s.heading} {s.title}" for s in full if s.id in sections],
        "withheld_paragraphs": [
            f"{p.ref} “{_first_words(p.text)}”"
            for s in full
            for p in s.paragraphs
            if p.id in paragraphs
        ],
        # The same function the published record's page and files show, on the same text.
        "checksum": public_checksum(meeting),
        "to_resolve": to_resolve_of(meeting),
        "button": VERBS["publish"].label,
    }


@dataclass(frozen=True)
class Verb(Transition):
    """One step of a record's lifecycle. `service` is called with `meeting`, `by` and the
    cleaned data of `form` (whose field names are its keyword arguments); the admin, which
    shows no form, gives it `admin_arguments(meeting)` instead."""

    label: str  # the button on the record page
    admin_label: str  # the admin's action on selected records
    done_message: str  # shown after the step is taken
    service: Callable[..., Meeting]
    form: type[forms.Form] = NoFieldsForm
    form_arguments: Callable[[Meeting], dict[str, Any]] = _nothing
    admin_arguments: Callable[[Meeting], dict[str, Any]] = _nothing
    # Who may take the step: a role on the record's board (`WHO_MAY`), read by the record page,
    # the workflow view and the admin (`may`). Every step is the secretariat's today.
    who: Literal["secretariat"] = "secretariat"
    backwards: bool = False  # shown as the lesser button: it undoes a step
    # A step that cannot be taken back asks first: what `confirmation(meeting)` gives (its
    # facts, and the "button" that takes the step) is shown, and the step is taken only when
    # that page is posted back. It is given the form's cleaned data as keyword arguments.
    confirmation: Callable[..., dict[str, Any]] | None = None

    def may(self, user: Any, meeting: Meeting) -> bool:
        """Whether `user` may take this step on `meeting`: they hold its `who` on the board."""
        return WHO_MAY[self.who](user, meeting.board_id)

    def make_form(self, meeting: Meeting, data: Any = None) -> forms.Form:
        return self.form(data, **self.form_arguments(meeting))

    def run(self, meeting: Meeting, *, by: Any, **arguments: Any) -> Meeting:
        return self.service(meeting=meeting, by=by, **arguments)

    def undone_by(self) -> Verb | None:
        """The backwards step that returns a record from where this step leaves it (circulated
        goes back to draft), or None: then this step cannot be taken back at all."""
        return next(
            (v for v in VERBS.values() if v.backwards and self.target in v.source_states), None
        )


# Each `Verb.who`, as the scoping layer tests it on a board (an administrator may do anything).
WHO_MAY: dict[str, Callable[[Any, int], bool]] = {"secretariat": is_secretariat}

_S = Meeting.Status
VERBS: dict[str, Verb] = {
    verb.name: verb
    for verb in (
        Verb(
            name="circulate",
            label="Circulate to attendees",
            admin_label="Circulate selected records to their attendees",
            done="circulated",
            done_message=(
                "The record is circulated: attendees who may read it are sent a link to it, "
                "and action owners links to their actions."
            ),
            source_states=frozenset({_S.DRAFT}),
            target=_S.CIRCULATED,
            service=record_circulate,
            form=CirculateForm,
            confirmation=_who_is_emailed,
        ),
        Verb(
            name="return_to_draft",
            label="Return to draft",
            admin_label="Return selected records to draft",
            done="returned to draft",
            done_message="The record is back in draft.",
            source_states=frozenset({_S.CIRCULATED}),
            target=_S.DRAFT,
            service=record_return_to_draft,
            form=ReturnToDraftForm,
            admin_arguments=_reason_from_the_admin,
            backwards=True,
        ),
        Verb(
            name="agree",
            label="Agree as a true record",
            admin_label="Agree selected records at the board's next meeting",
            done="agreed",
            done_message="The record is agreed as a true record; its numbers are now fixed.",
            source_states=frozenset({_S.CIRCULATED}),
            target=_S.AGREED,
            service=record_agree,
            form=AgreeForm,
            form_arguments=_the_record,
            admin_arguments=_at_the_next_meeting,
            confirmation=_what_agreeing_fixes,
        ),
        Verb(
            name="publish",
            label="Publish",
            admin_label="Publish selected records",
            done="published",
            done_message="The record is published.",
            source_states=frozenset({_S.AGREED}),
            target=_S.PUBLISHED,
            service=record_publish,
            confirmation=_what_goes_public,
        ),
    )
}


# Publishing a record imported from minutes its board already agreed and published (an
# archive): not one of the record page's verbs (no button, no admin action; the import takes
# it), but declared beside them, with the same kind of states and words.
PUBLISH_IMPORTED = Transition(
    name="publish_imported",
    done="published as imported",
    source_states=frozenset({_S.DRAFT}),
    target=_S.PUBLISHED,
)


def verbs_allowed(meeting: Meeting, user: Any) -> list[Verb]:
    """The steps the record's state allows now and `user` may take, in the lifecycle's order."""
    return [verb for verb in VERBS.values() if verb.allows(meeting) and verb.may(user, meeting)]


def takes_steps(user: Any, meeting: Meeting) -> bool:
    """Whether `user` may take any of the lifecycle's steps on `meeting`, whatever its state now
    (the record page shows them its workflow, or that nothing is left to do)."""
    return any(verb.may(user, meeting) for verb in VERBS.values())


# A step offered on the record page: the verb (its label, its name for the URL) and its form.
Step = tuple[Verb, forms.Form]


def verb_forms(meeting: Meeting, user: Any, data: Any = None, verb: str = "") -> list[Step]:
    """The form of each verb the record's state allows and `user` may take (`Verb.make_form`),
    in the lifecycle's order; `data` binds the one named `verb`, which was sent."""
    return [
        (step, step.make_form(meeting, data if step.name == verb else None))
        for step in verbs_allowed(meeting, user)
    ]


@transaction.atomic
def record_publish_imported(*, meeting: Meeting, by: Any, reason: str) -> Meeting:
    """Publishes a draft just imported from minutes its board agreed and published before PROB
    kept them (an archive): straight from draft, as neither circulation (which emails the
    attendees) nor agreement at a later meeting is PROB's to do again. Who did it and `reason`
    (where the minutes came from) are in the history."""
    if by is None or not reason.strip():
        raise ValidationError("Say who publishes the imported record, and from what.")
    locked = Meeting.objects.select_for_update().select_related("board").get(pk=meeting.pk)
    PUBLISH_IMPORTED.check(locked)
    locked.status = PUBLISH_IMPORTED.target
    locked.published = timezone.now()
    save_with_history(
        locked, by=by, reason=reason.strip(), update_fields=["status", "published", "updated"]
    )
    meeting.status, meeting.published = locked.status, locked.published
    record_changed(locked, meeting, content=True, status_moved=True)
    return locked


@transaction.atomic
def record_amend_paragraph(
    *, paragraph: Paragraph, text: str, by: Any, reason: str, version: int | None = None
) -> Amendment:
    """Changes the text of a paragraph of an agreed record; the numbers stay as they are and
    the amendment, with its reason, is shown on the record."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "Say why the agreed record is amended."})
    locked = (
        Paragraph.objects.select_for_update()
        .select_related("section__meeting")
        .get(pk=paragraph.pk)
    )
    meeting = locked.section.meeting
    if not meeting.is_amendable:
        raise ValidationError("Only an agreed record is amended; edit a draft directly.")
    if version is not None and version != locked.version:
        raise ValidationError(
            "Someone else changed this paragraph since you opened it.", code="stale"
        )
    locked.text = text.strip()
    locked.version += 1
    locked.full_clean()
    save_with_history(locked, by=by, reason=f"Amendment: {reason}")
    amendment = Amendment(meeting=meeting, paragraph=locked, reason=reason, by=by)
    amendment.full_clean()
    save_with_history(amendment, by=by, reason=reason)
    record_changed(meeting, paragraph.section.meeting, content=True)
    return amendment
