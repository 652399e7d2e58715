"""The secretariat's editor: the whole record on one page, every part editable in place.

One page (`editor`) shows the record as it will read; a part is edited by following its
"Edit" link (the page comes back with that part as a form) and saving. Every change posts
to `edit` with the operation's name, runs one service and comes back to the page at the part
changed; a refusal shows the form again with what was typed and why (status 400). Nothing
typed is lost to an expired session either: the text waits in the session until the user has
signed in again, and the form comes back with it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from actions.models import Action
from meetings.artefacts import cached_record_view
from meetings.forms import (
    ActionForm,
    AmendForm,
    AttendeeAddForm,
    AttendeeForm,
    MeetingDetailsForm,
    MoveForm,
    NewMeetingForm,
    ParagraphForm,
    SectionForm,
)
from meetings.models import Attendance, Board, Meeting, Organisation, Paragraph, Person, Section
from meetings.scoping import get_board_for_secretariat, get_meeting_for_secretariat
from meetings.services import editing, record_amend_paragraph
from meetings.services.imports import takes_pasted_minutes
from meetings.views.records import _add_errors, _parse_date

UNSAVED = "unsaved_edit"


@dataclass(frozen=True)
class Choices:
    people: list[tuple[str, str]]
    organisations: list[tuple[str, str]]


def _choices(board: Board) -> Choices:
    people = editing.board_people(board).select_related("organisation").order_by("name")
    return Choices(
        people=[
            (str(p.pk), f"{p.name} ({p.organisation.short_name})" if p.organisation else p.name)
            for p in people
        ],
        organisations=[(str(o.pk), o.short_name) for o in Organisation.objects.all()],
    )


def _organisation(value: str) -> Organisation | None:
    return Organisation.objects.filter(pk=value).first() if value else None


# --- Operations: what each posted form does ----------------------------------------------------


@dataclass(frozen=True)
class Operation:
    kind: str  # what the form edits, for the page: "paragraph", "section", ...
    target: Callable[[Meeting], QuerySet] | None  # where the posted id is looked up
    form: Callable[[QueryDict | None, Choices, Any], forms.Form]
    run: Callable[[Meeting, Any, dict[str, Any], Any], Any]
    done: str


def _sections(meeting: Meeting) -> QuerySet:
    return Section.objects.filter(meeting=meeting).select_related("meeting")


def _paragraphs(meeting: Meeting) -> QuerySet:
    return Paragraph.objects.filter(section__meeting=meeting).select_related("section__meeting")


def _actions(meeting: Meeting) -> QuerySet:
    return Action.objects.filter(paragraph__section__meeting=meeting).select_related(
        "paragraph__section__meeting"
    )


def _attendances(meeting: Meeting) -> QuerySet:
    return Attendance.objects.filter(meeting=meeting).select_related("meeting")


def _people(ids: list[str]) -> list[Person]:
    return list(Person.objects.filter(pk__in=ids))


def _action_form(data: QueryDict | None, choices: Choices, row: Any) -> ActionForm:
    return ActionForm(data, people=choices.people, organisations=choices.organisations)


def _action_fields(data: dict[str, Any]) -> dict[str, Any]:
    """An action form's cleaned data as the action services take it."""
    return {
        "text": data["text"],
        "owner": _organisation(data["owner"]),
        "owner_people": _people(data["owner_people"]),
        "due": data["due"],
    }


def _move(kind: str, queryset: Callable[[Meeting], QuerySet], service: Callable) -> Operation:
    return Operation(
        kind=kind,
        target=queryset,
        form=lambda data, choices, row: MoveForm(data),
        run=lambda meeting, row, d, by: service(**{kind: row}, by=by, direction=d["direction"]),
        done="Moved.",
    )


def _delete(kind: str, queryset: Callable[[Meeting], QuerySet], service: Callable) -> Operation:
    return Operation(
        kind=kind,
        target=queryset,
        form=lambda data, choices, row: forms.Form(data),
        run=lambda meeting, row, d, by: service(**{kind: row}, by=by),
        done="Deleted.",
    )


OPERATIONS: dict[str, Operation] = {
    "details": Operation(
        "details",
        None,
        lambda data, c, row: MeetingDetailsForm(data),
        lambda meeting, row, d, by: editing.meeting_update(meeting=meeting, by=by, **d),
        "The meeting's details are saved.",
    ),
    "attendee-add": Operation(
        "attendee-add",
        None,
        lambda data, c, row: AttendeeAddForm(data, people=c.people, organisations=c.organisations),
        lambda meeting, row, d, by: editing.attendance_add(
            meeting=meeting,
            by=by,
            kind=d["kind"],
            role=d["role"],
            person=Person.objects.filter(pk=d["person"]).first() if d["person"] else None,
            name=d["name"],
            organisation=_organisation(d["organisation"]),
        ),
        "The attendee is added.",
    ),
    "attendee-update": Operation(
        "attendee",
        _attendances,
        lambda data, c, row: AttendeeForm(data, organisations=c.organisations),
        lambda meeting, row, d, by: editing.attendance_update(
            attendance=row,
            by=by,
            role=d["role"],
            kind=d["kind"],
            organisation=_organisation(d["organisation"]),
        ),
        "The attendee is saved.",
    ),
    "attendee-move": _move("attendance", _attendances, editing.attendance_move),
    "attendee-delete": _delete("attendance", _attendances, editing.attendance_delete),
    "section-add": Operation(
        "section-add",
        None,
        lambda data, c, row: SectionForm(data),
        lambda meeting, row, d, by: editing.section_add(meeting=meeting, by=by, **d),
        "The section is added.",
    ),
    "section-update": Operation(
        "section",
        _sections,
        lambda data, c, row: SectionForm(data),
        lambda meeting, row, d, by: editing.section_update(section=row, by=by, **d),
        "The section is saved.",
    ),
    "section-move": _move("section", _sections, editing.section_move),
    "section-delete": _delete("section", _sections, editing.section_delete),
    "paragraph-add": Operation(
        "paragraph-add",
        _sections,
        lambda data, c, row: ParagraphForm(data),
        lambda meeting, row, d, by: editing.paragraph_add(
            section=row, by=by, text=d["text"], restricted=d["restricted"], decision=d["decision"]
        ),
        "The paragraph is added.",
    ),
    "paragraph-update": Operation(
        "paragraph",
        _paragraphs,
        lambda data, c, row: ParagraphForm(data),
        lambda meeting, row, d, by: editing.paragraph_update(
            paragraph=row,
            by=by,
            text=d["text"],
            restricted=d["restricted"],
            decision=d["decision"],
            version=d["version"] or 0,
        ),
        "The paragraph is saved.",
    ),
    "paragraph-move": _move("paragraph", _paragraphs, editing.paragraph_move),
    "paragraph-delete": _delete("paragraph", _paragraphs, editing.paragraph_delete),
    "action-add": Operation(
        "action-add",
        _paragraphs,
        _action_form,
        lambda meeting, row, d, by: editing.action_add(paragraph=row, by=by, **_action_fields(d)),
        "The action is added.",
    ),
    "action-update": Operation(
        "action",
        _actions,
        _action_form,
        lambda meeting, row, d, by: editing.action_update(action=row, by=by, **_action_fields(d)),
        "The action is saved.",
    ),
    "action-move": _move("action", _actions, editing.action_move),
    "action-delete": _delete("action", _actions, editing.action_delete),
}


# --- The page ---------------------------------------------------------------------------------


def _initial_form(kind: str, row: Any, choices: Choices) -> forms.Form:
    """The form to edit `row` with its current values."""
    if kind == "paragraph":
        return ParagraphForm(
            initial={
                "text": row.text,
                "restricted": row.restricted,
                "decision": row.decision,
                "version": row.version,
            }
        )
    if kind == "section":
        return SectionForm(initial={"title": row.title, "restricted": row.restricted})
    if kind == "action":
        return ActionForm(
            people=choices.people,
            organisations=choices.organisations,
            initial={
                "text": row.text,
                "owner": str(row.owner_id or ""),
                "owner_people": [str(p.pk) for p in row.owner_people.all()],
                "due": row.due,
            },
        )
    if kind == "attendee":
        return AttendeeForm(
            organisations=choices.organisations,
            initial={"role": row.role, "kind": row.kind, "organisation": row.organisation_id},
        )
    if kind == "paragraph-add":
        return ParagraphForm()
    if kind == "action-add":
        return ActionForm(people=choices.people, organisations=choices.organisations)
    raise Http404("Nothing to edit")


def _parse_target(value: str) -> tuple[str, int] | None:
    kind, _, pk = value.partition(":")
    return (kind, int(pk)) if pk.isdecimal() else None


def _open_form(
    request: HttpRequest, meeting: Meeting, choices: Choices
) -> tuple[str, int, forms.Form] | None:
    """The part the user asked to edit (?edit=paragraph:12) or to add to (?add=...)."""
    wanted = _parse_target(request.GET.get("edit", "") or request.GET.get("add", ""))
    if wanted is None:
        return None
    kind, pk = wanted
    if "add" in request.GET:
        kind = f"{kind}-add"
    lookups = {
        "paragraph": _paragraphs,
        "section": _sections,
        "action": _actions,
        "attendee": _attendances,
        "paragraph-add": _sections,
        "action-add": _paragraphs,
    }
    if kind not in lookups:
        raise Http404("Nothing to edit")
    row = lookups[kind](meeting).filter(pk=pk).first()
    if row is None:
        raise Http404("Nothing to edit")
    return kind, pk, _initial_form(kind, row, choices)


def _page(
    request: HttpRequest,
    meeting: Meeting,
    choices: Choices,
    open_form: tuple[str, int, forms.Form] | None = None,
    status: int = 200,
    forms_by_kind: dict[str, forms.Form] | None = None,
    stale_text: str = "",
) -> HttpResponse:
    forms_by_kind = forms_by_kind or {}
    if open_form is not None:
        # The part opened for editing takes the focus, with or without JavaScript.
        first = next(
            name for name, field in open_form[2].fields.items() if not field.widget.is_hidden
        )
        open_form[2].fields[first].widget.attrs["autofocus"] = True
    saved = request.GET.get("saved", "")
    details_form = forms_by_kind.get("details") or MeetingDetailsForm(
        initial={
            "date": meeting.date,
            "start_time": meeting.start_time,
            "place": meeting.place,
            "title": meeting.title,
        }
    )
    attendee_form = forms_by_kind.get("attendee-add") or AttendeeAddForm(
        people=choices.people, organisations=choices.organisations
    )
    section_form = forms_by_kind.get("section-add") or SectionForm()
    # Several forms share field names on one page: each gets ids of its own, so that every
    # label points at its own box.
    for form, ids in (
        (details_form, "details-%s"),
        (attendee_form, "new-attendee-%s"),
        (section_form, "new-section-%s"),
        (open_form[2] if open_form else None, "edit-%s"),
    ):
        if form is not None:
            form.auto_id = ids
    record = cached_record_view(meeting, public=False)
    context = {
        "saved": saved if _SAVED.fullmatch(saved) else "",
        "meeting": meeting,
        "record": record,
        "can_paste": takes_pasted_minutes(record),
        "open_kind": open_form[0] if open_form else "",
        "open_id": open_form[1] if open_form else None,
        "open_form": open_form[2] if open_form else None,
        "stale_text": stale_text,
        "details_form": details_form,
        "attendee_form": attendee_form,
        "section_form": section_form,
        "kinds": Attendance.Kind,
    }
    return render(request, "meetings/editor.html", context, status=status)


def _saved_part(operation: Operation, result: Any, row: Model | None) -> str:
    """The id of the part of the page a change touched, to come back to it: what was added,
    what was changed or moved, or the record's body where something was deleted."""
    if isinstance(result, list):
        result = result[0] if result else None
    touched = result if isinstance(result, Model) and not isinstance(result, Meeting) else row
    kind = operation.kind.removesuffix("-add")
    if isinstance(result, Attendance):
        kind = "attendee"
    elif isinstance(result, Section):
        kind = "section"
    if touched is None or operation.done == "Deleted.":
        return "details-heading" if kind == "details" else "body-heading"
    return f"{kind}-{touched.pk}"


_SAVED = re.compile(r"[a-z]+(?:-[a-z]+)?(?:-\d+)?")


@require_safe
@login_required
def editor(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, _parse_date(date))
    if not meeting.is_editable:
        messages.info(
            request,
            f"This record is {meeting.get_status_display().lower()}, so it is not edited here.",
        )
        return redirect(meeting)
    choices = _choices(meeting.board)
    unsaved = request.session.get(UNSAVED)
    if unsaved and unsaved.get("meeting") == meeting.pk:
        del request.session[UNSAVED]
        return _replay(request, meeting, choices, unsaved)
    return _page(request, meeting, choices, _open_form(request, meeting, choices))


def _replay(
    request: HttpRequest, meeting: Meeting, choices: Choices, unsaved: dict[str, Any]
) -> HttpResponse:
    """The form the user sent when their session had expired, with what they typed."""
    operation = OPERATIONS.get(unsaved["op"])
    data = QueryDict(mutable=True)
    for key, values in unsaved["data"].items():
        data.setlist(key, values)
    messages.warning(
        request,
        "You were signed out before your change was saved. What you typed is below: check it "
        "and save it again.",
    )
    if operation is None:
        return _page(request, meeting, choices)
    form = operation.form(data, choices, None)
    target = data.get("target", "")
    pk = int(target) if target.isdecimal() else None
    if operation.target is None or pk is None:
        return _page(request, meeting, choices, forms_by_kind={operation.kind: form})
    return _page(request, meeting, choices, (operation.kind, pk, form))


@require_POST
def edit(request: HttpRequest, slug: str, date: str, op: str) -> HttpResponse:
    operation = OPERATIONS.get(op)
    if operation is None:
        raise Http404("No such change")
    editor_url = reverse("meetings:editor", args=[slug, date])
    if not request.user.is_authenticated:
        # Kept for after sign-in, so that an expired session loses nothing typed.
        request.session[UNSAVED] = {
            "meeting": _meeting_id(slug, date),
            "op": op,
            "data": {k: v for k, v in request.POST.lists() if k != "csrfmiddlewaretoken"},
        }
        return redirect_to_login(editor_url)
    meeting = get_meeting_for_secretariat(request.user, slug, _parse_date(date))
    choices = _choices(meeting.board)
    row = _target(operation, meeting, request.POST.get("target", ""))
    form = operation.form(request.POST, choices, row)
    stale_text = ""
    if form.is_valid():
        try:
            result = operation.run(meeting, row, form.cleaned_data, request.user)
        except ValidationError as exc:
            stale_text = _refusal(form, exc)
        else:
            messages.success(request, operation.done)
            # The date is part of the address, and may just have changed.
            meeting.refresh_from_db()
            editor_url = reverse("meetings:editor", args=[slug, meeting.date.isoformat()])
            part = _saved_part(operation, result, row)
            return redirect(f"{editor_url}?saved={part}#{part}")
    meeting.refresh_from_db()
    if row is None:
        return _page(request, meeting, choices, status=400, forms_by_kind={operation.kind: form})
    if isinstance(form, (MoveForm,)) or type(form) is forms.Form:
        messages.error(request, " ".join(form.non_field_errors()) or "That change was refused.")
        return _page(request, meeting, choices, status=400)
    return _page(
        request, meeting, choices, (operation.kind, row.pk, form), status=400, stale_text=stale_text
    )


def _meeting_id(slug: str, date: str) -> int | None:
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        return None
    return Meeting.objects.filter(board__slug=slug, date=day).values_list("pk", flat=True).first()


def _target(operation: Operation, meeting: Meeting, value: str) -> Model | None:
    if operation.target is None:
        return None
    row = operation.target(meeting).filter(pk=value).first() if value.isdecimal() else None
    if row is None:
        raise Http404("Not part of this record")
    return row


def _refusal(form: forms.Form, exc: ValidationError) -> str:
    """Puts a service's refusal on the form; returns the current text of a paragraph someone
    else saved meanwhile, to show beside what this user typed."""
    _add_errors(form, exc)
    stale = [e for e in getattr(exc, "error_list", []) if e.code == "stale" and e.params]
    return stale[0].params["current"] if stale else ""


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def new_meeting(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_secretariat(request.user, slug)
    form = NewMeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = editing.meeting_new(board=board, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, f"{meeting.title} is created as a draft.")
            return redirect("meetings:editor", board.slug, meeting.date.isoformat())
    status = 400 if request.method == "POST" else 200
    return render(
        request, "meetings/new_meeting.html", {"board": board, "form": form}, status=status
    )


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def amend(request: HttpRequest, slug: str, date: str, paragraph: int) -> HttpResponse:
    """An agreed record's paragraph changes only by an amendment, with its reason."""
    meeting = get_meeting_for_secretariat(request.user, slug, _parse_date(date))
    row = _paragraphs(meeting).filter(pk=paragraph).first()
    if row is None:
        raise Http404("Not part of this record")
    if not meeting.is_amendable:
        messages.info(request, "Only an agreed record is amended; a draft is edited directly.")
        return redirect(meeting)
    initial = {"text": row.text, "version": row.version}
    form = AmendForm(request.POST or None, initial=initial, ref=row.ref)
    if request.method == "POST" and form.is_valid():
        try:
            record_amend_paragraph(paragraph=row, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, f"Paragraph {row.ref} is amended.")
            return redirect(meeting.get_absolute_url() + "#" + row.anchor)
    status = 400 if request.method == "POST" else 200
    context = {"meeting": meeting, "paragraph": row, "form": form}
    return render(request, "meetings/amend.html", context, status=status)
