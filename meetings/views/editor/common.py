"""What every operation of the editor shares: the page, the parts' lookups, the forms, and
the three ways an operation answers (saved, refused with its form, refused without one).

An operation is a small view (in `attendees`, `sections`, `paragraphs`, `actions` and
`meeting`): it fetches the record through the write helper, looks up the part it changes
within that record, runs one service of `meetings.services.editing` and answers through
`saved` or one of the `refused_*` helpers here.
"""

from __future__ import annotations

import re
import threading
import types
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_form
from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Model, QuerySet
from django.db.models.query import ModelIterable
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django_htmx.http import push_url

from accounts.unsaved import keep_and_sign_in
from meetings.artefacts import cached_record_view, version_key
from meetings.comments import CommentView, unresolved_threads
from meetings.forms import (
    ActionForm,
    ActionFromWordsForm,
    AttendeeAddForm,
    AttendeeForm,
    MeetingDetailsForm,
    MoveForm,
    ParagraphForm,
    SectionForm,
)
from meetings.models import (
    Action,
    Attendance,
    Board,
    Meeting,
    Organisation,
    Paragraph,
    Person,
    Section,
)
from meetings.records import RecordView, SectionView, section_view
from meetings.services import editing
from meetings.services.imports import takes_pasted_minutes
from meetings.views.common import add_errors, parse_date
from meetings.views.editor.focus import focus_the_work
from meetings.views.editor.surface import Row, item_menu, paragraph_row, safe

# The session key under which a form sent after the session expired waits for sign-in.
UNSAVED = "unsaved_edit"

# What `?saved=` may name: a part's anchor on the page, never anything else.
SAVED = re.compile(r"[a-z]+(?:-[a-z]+)?(?:-\d+)?")


# --- Lookups: every part within the record the view fetched through the write helper ---------
#
# Each part leads back to the view's own copy of the meeting (`part.section.meeting is
# meeting`), so that the service that changes it brings that copy's revisions up to date
# (`revisions.record_changed`) and the page answered after it is rendered from them, with no
# reading of the meeting again.


def _in_record(parts: QuerySet, meeting: Meeting, *path: str) -> QuerySet:
    class InRecord(ModelIterable):
        def __iter__(self) -> Any:
            for row in super().__iter__():
                owner: Model = row
                for name in path:
                    owner = getattr(owner, name)
                owner.meeting = meeting  # type: ignore[attr-defined]
                yield row

    parts._iterable_class = InRecord  # kept by every queryset made from this one
    return parts


def sections_of(meeting: Meeting) -> QuerySet[Section]:
    return _in_record(Section.objects.filter(meeting=meeting), meeting)


def paragraphs_of(meeting: Meeting) -> QuerySet[Paragraph]:
    parts = Paragraph.objects.filter(section__meeting=meeting).select_related("section")
    return _in_record(parts, meeting, "section")


def actions_of(meeting: Meeting) -> QuerySet[Action]:
    parts = Action.objects.filter(paragraph__section__meeting=meeting).select_related(
        "paragraph__section"
    )
    return _in_record(parts, meeting, "paragraph", "section")


def attendances_of(meeting: Meeting) -> QuerySet[Attendance]:
    return _in_record(Attendance.objects.filter(meeting=meeting), meeting)


def posted_part(parts: QuerySet, request: HttpRequest) -> Any:
    """The part named by the posted `target`: 404 for anything not of this record."""
    value = request.POST.get("target", "")
    row = parts.filter(pk=value).first() if value.isdecimal() else None
    if row is None:
        raise Http404("Not part of this record")
    return row


def organisation(value: str) -> Organisation | None:
    return Organisation.objects.filter(pk=value).first() if value else None


def people(ids: list[str]) -> list[Person]:
    return list(Person.objects.filter(pk__in=ids))


# --- Forms ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choices:
    """The people and organisations a board's forms offer."""

    people: list[tuple[str, str]]
    organisations: list[tuple[str, str]]


def choices_for(board: Board) -> Choices:
    board_people = editing.board_people(board).select_related("organisation").order_by("name")
    return Choices(
        people=[
            (str(p.pk), f"{p.name} ({p.organisation.short_name})" if p.organisation else p.name)
            for p in board_people
        ],
        organisations=[(str(o.pk), o.short_name) for o in Organisation.objects.all()],
    )


def attendee_add_form(data: QueryDict | None, choices: Choices) -> AttendeeAddForm:
    return AttendeeAddForm(data, people=choices.people, organisations=choices.organisations)


def attendee_form(data: QueryDict | None, choices: Choices, **kwargs: Any) -> AttendeeForm:
    return AttendeeForm(data, organisations=choices.organisations, **kwargs)


def action_form(data: QueryDict | None, choices: Choices, **kwargs: Any) -> ActionForm:
    return ActionForm(data, people=choices.people, organisations=choices.organisations, **kwargs)


def action_add_form(
    data: QueryDict | None, choices: Choices, ref: str = "", **kwargs: Any
) -> ActionFromWordsForm:
    """The form that adds an action; made of words selected in a paragraph (`ref`), it carries
    them, to take them out of it."""
    return ActionFromWordsForm(
        data, people=choices.people, organisations=choices.organisations, ref=ref, **kwargs
    )


def action_fields(data: dict[str, Any]) -> dict[str, Any]:
    """An action form's cleaned data as the action services take it."""
    return {
        "text": data["text"],
        "owner": organisation(data["owner"]),
        "owner_people": people(data["owner_people"]),
        "due": data["due"],
    }


@dataclass(frozen=True)
class OpenForm:
    """A part of the page shown as a form: `kind` says which ("paragraph", "action-add", ...)
    and `id` which row (for an addition, the row added to)."""

    kind: str
    id: int
    form: forms.Form
    # For a paragraph added in place: the paragraph it goes after (None: at the section's end).
    after: int | None = None


# --- The page ---------------------------------------------------------------------------------

# The longest text each box in place takes (the forms' own limits).
LIMITS = {
    "paragraph": ParagraphForm.base_fields["text"].max_length,
    "title": SectionForm.base_fields["title"].max_length,
    "role": AttendeeForm.base_fields["role"].max_length,
}

# Every change the page posts to, reversed once per page rather than once per row.
OPS = tuple(
    f"{part}-{verb}"
    for part in ("attendee", "section", "paragraph", "action")
    for verb in ("add", "update", "move", "delete")
)


def op_urls(meeting: Meeting) -> dict[str, str]:
    """The addresses of the page's changes by name, with `_` for `-` (`urls.paragraph_update`),
    and the editor's own (`urls.editor`)."""
    args = [meeting.board.slug, meeting.date.isoformat()]
    urls = {op.replace("-", "_"): reverse("meetings:edit", args=[*args, op]) for op in OPS}
    urls["editor"] = reverse("meetings:editor", args=args)
    return urls


def autosave(request: HttpRequest) -> bool:
    """A save in place sent by the editor's script while the clerk types (header
    `X-Autosave: 1`): answered 204 when nothing but the saved part changed, so that the page
    is not redrawn under the clerk's fingers."""
    return request.headers.get("X-Autosave") == "1"


def saved_in_place(**headers: str) -> HttpResponse:
    response = HttpResponse(status=204)
    for name, value in headers.items():
        response[f"X-{name.title()}"] = value
    return response


def editor_page(
    request: HttpRequest,
    meeting: Meeting,
    choices: Choices,
    *,
    open_form: OpenForm | None = None,
    status: int = 200,
    details_form: MeetingDetailsForm | None = None,
    attendee_form: AttendeeAddForm | None = None,
    section_form: SectionForm | None = None,
    stale_text: str = "",
    saved: str = "",
) -> HttpResponse:
    """The whole editor. The three forms always on the page come fresh unless a refused one
    is passed back with what was typed and why."""
    details_form = details_form or MeetingDetailsForm(
        initial={
            "date": meeting.date,
            "start_time": meeting.start_time,
            "place": meeting.place,
            "title": meeting.title,
        }
    )
    attendee_form = attendee_form or attendee_add_form(None, choices)
    section_form = section_form or SectionForm()
    # Several forms share field names on one page: each gets ids of its own, so that every
    # label points at its own box.
    for form, ids in (
        (details_form, "details-%s"),
        (attendee_form, "new-attendee-%s"),
        (section_form, "new-section-%s"),
        (open_form.form if open_form else None, "edit-%s"),
    ):
        if form is not None:
            form.auto_id = ids
    # The part to carry on from takes the focus, with or without JavaScript; a refused form's
    # first field in error does, its errors summed up in the page's message.
    opened = open_form.form if open_form else None
    focus_the_work(request, opened, details_form, attendee_form, section_form)
    record = cached_record_view(meeting, public=False)
    # Board members' comments left while the record was circulated, beside their paragraphs
    # until the secretariat resolves them (one query), and how many are left in the header.
    threads, to_resolve = unresolved_threads(meeting)
    urls = op_urls(meeting)
    # One CSRF token for the whole page (each `get_token` masks the secret anew), so that the
    # parts kept from one request to the next (`{% kept %}`) can put this request's in theirs.
    token = get_token(request)
    csrf = csrf_input(token)
    context = {
        "csrf_token": token,
        # Nothing open: the attendees and the sections are the record's alone, kept per revision.
        "keep_parts": open_form is None,
        "saved": saved if SAVED.fullmatch(saved) else "",
        "meeting": meeting,
        "record": record,
        "can_paste": takes_pasted_minutes(record),
        "agenda_items": agenda_items(meeting) if not record.sections and meeting.is_editable else 0,
        # References as imported minutes wrote them, which edits leave as they are.
        "written_references": record.written_references if meeting.is_editable else 0,
        "open_kind": open_form.kind if open_form else "",
        "open_id": open_form.id if open_form else None,
        "open_form": open_form.form if open_form else None,
        "open_after": open_form.after if open_form else None,
        "urls": urls,
        "limits": LIMITS,
        # Made as the template reads them (the template calls what it is given), so that
        # making them is part of rendering the page (and of bench's template-only reference).
        "body": lambda: _body(csrf, record, urls, open_form, threads),
        "to_resolve": to_resolve,
        "attendee_menus": lambda: _attendee_menus(csrf, record, urls),
        "details_form_html": lambda: fresh_form_html(details_form),
        "attendee_form_html": lambda: fresh_form_html(attendee_form),
        "section_form_html": lambda: fresh_form_html(section_form),
        "stale_text": stale_text,
        "details_form": details_form,
        "attendee_form": attendee_form,
        "section_form": section_form,
        "kinds": Attendance.Kind,
    }
    return render(request, "meetings/editor.html", context, status=status)


def agenda_items(meeting: Meeting) -> int:
    """How many items the meeting's agenda has, for an empty draft to start from (0 with no
    agenda, or with no agenda app installed: read through the relation it adds to meetings,
    not by importing it). One query."""
    if not hasattr(Meeting, "agenda"):
        return 0
    return Meeting.objects.filter(pk=meeting.pk, agenda__items__isnull=False).count()


# The editor's body with nothing open, kept per record revision in this process: its markup
# is the same for every request but for the CSRF token, which stands in it as CSRF_MARK (no
# text holds a NUL: PostgreSQL refuses one).
CSRF_MARK = "\x00csrf\x00"
_BODIES: OrderedDict[str, list] = OrderedDict()


def _body(
    csrf: str,
    record: RecordView,
    urls: dict[str, str],
    open_form: OpenForm | None,
    threads: Threads,
) -> list[tuple[Any, list[tuple[Any, Row]], str, str]]:
    """The record's sections, each with its paragraphs and their markup (`surface`) and the
    comments to resolve beside them: whole, or in pieces for the template where a form is open
    in the paragraph. The key's revision counts comments added and resolved too."""
    if open_form is not None:
        return _made_body(csrf, record, urls, open_form, threads)
    key = f"{version_key(record.meeting)}:{urls['editor']}"
    with _FRESH_LOCK:
        body = _BODIES.get(key)
    if body is None:
        body = _made_body(CSRF_MARK, record, urls, None, threads)
        with _FRESH_LOCK:
            _BODIES[key] = body
            while len(_BODIES) > 16:
                _BODIES.popitem(last=False)
    return [
        (section, rows, safe(whole.replace(CSRF_MARK, csrf)), safe(menu.replace(CSRF_MARK, csrf)))
        for section, rows, whole, menu in body
    ]


# Each paragraph's comments not yet resolved, by the paragraph's id.
Threads = dict[int, list[CommentView]]


def _comments_html(paragraph: Any, thread: list[CommentView], meeting: Meeting, csrf: str) -> str:
    """The paragraph's comments to resolve, as the record page shows them (one partial for
    both), each resolved in one step; without JavaScript it comes back to the editor."""
    if not thread:
        return ""
    shown = types.SimpleNamespace(
        id=paragraph.id, ref=paragraph.ref, comments=thread, comment_form=None
    )
    context = {
        "paragraph": shown,
        "meeting": meeting,
        "csrf_field": safe(csrf),
        "back": "editor",
        "heading": 4,
    }
    return render_to_string("meetings/_comments.html", context)


def _made_body(
    csrf: str,
    record: RecordView,
    urls: dict[str, str],
    open_form: OpenForm | None,
    threads: Threads,
) -> list[tuple[Any, list[tuple[Any, Row]], str, str]]:
    return [
        _made_section(csrf, section, record.meeting, urls, open_form, threads)
        for section in record.sections
    ]


def _made_section(
    csrf: str,
    section: SectionView,
    meeting: Meeting,
    urls: dict[str, str],
    open_form: OpenForm | None,
    threads: Threads,
) -> tuple[Any, list[tuple[Any, Row]], str, str]:
    """A section of the body: the section, its paragraphs' rows, their markup whole when
    nothing is open in them, and the section's menu."""
    kind, pk = (open_form.kind, open_form.id) if open_form else ("", None)
    limit = LIMITS["paragraph"]
    rows = []
    for paragraph in section.paragraphs:
        open_here = (kind in ("paragraph", "action-add") and pk == paragraph.id) or (
            kind == "action" and any(a.id == pk for a in paragraph.actions)
        )
        comments = _comments_html(paragraph, threads.get(paragraph.id, []), meeting, csrf)
        row = paragraph_row(
            paragraph,
            section,
            urls=urls,
            csrf=csrf,
            limit=limit,
            open_here=open_here,
            comments=comments,
        )
        rows.append((paragraph, row))
    # A section with nothing open in it goes to the page as one piece.
    whole = all(row.whole for _, row in rows) and not (
        kind == "paragraph-add"
        and open_form
        and open_form.after is not None
        and any(p.id == open_form.after for p, _ in rows)
    )
    menu = item_menu(
        "section",
        section.id,
        f"section {section.title}",
        move=urls["section_move"],
        delete=urls["section_delete"],
        edit="Edit",
        csrf=csrf,
    )
    return (
        section,
        rows,
        safe("".join(r.whole for _, r in rows)) if whole else "",
        safe(menu),
    )


def _attendee_menus(csrf: str, record: RecordView, urls: dict[str, str]) -> list[tuple[Any, str]]:
    return [
        (
            attendee,
            safe(
                item_menu(
                    "attendee",
                    attendee.id,
                    attendee.name,
                    move=urls["attendee_move"],
                    delete=urls["attendee_delete"],
                    edit="Edit",
                    csrf=csrf,
                )
            ),
        )
        for attendee in record.attendees
    ]


# Fresh forms (nothing typed, nothing refused) rendered once per process for the values and
# choices they show: crispy's rendering is the dearest part of the page after the record.
_FRESH: OrderedDict[tuple, str] = OrderedDict()
_FRESH_LOCK = threading.Lock()


def fresh_form_html(form: forms.Form) -> str:
    """`form` as the `crispy` filter renders it; for an unbound form, kept per its fields'
    values, choices and ids, so that each distinct one is rendered once."""
    if form.is_bound:
        return as_crispy_form(form)
    key = (
        type(form).__name__,
        form.auto_id,
        tuple(
            (
                name,
                repr(form.get_initial_for_field(field, name)),
                repr(getattr(field, "choices", None)),
            )
            for name, field in form.fields.items()
        ),
    )
    with _FRESH_LOCK:
        html = _FRESH.get(key)
    if html is None:
        html = as_crispy_form(form)
        with _FRESH_LOCK:
            _FRESH[key] = html
            while len(_FRESH) > 256:
                _FRESH.popitem(last=False)
    return safe(html)


def csrf_input(token: str) -> str:
    """The hidden CSRF field every form of the page carries, made once for the page."""
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)


# --- Answers ----------------------------------------------------------------------------------


def saved(
    request: HttpRequest,
    meeting: Meeting,
    message: str,
    part: str,
    level: int = messages.SUCCESS,
    *,
    within: str = "",
) -> HttpResponse:
    """A change went through: back to the editor at the part it touched (`part` is that part's
    anchor). htmx gets the page at once, with the editor's address in the browser's history;
    a browser without JavaScript follows a redirect (post/redirect/get). `level`: the
    message's (a warning, when the change went through but not all of it). `within`: the one
    part of the page the change touched ("section-12", numbers and all, or "editor-attendees"),
    which htmx (and the editor's script) then gets alone (`changed_part`), not the page."""
    messages.add_message(request, level, message)
    # The service brought `meeting` up to date (its revisions, and its date, which is part of
    # the address): nothing to read again.
    url = reverse("meetings:editor", args=[meeting.board.slug, meeting.date.isoformat()])
    url = f"{url}?saved={part}"
    if request.htmx:
        answer = changed_part(request, meeting, within, part) if within else None
        if answer is None:
            answer = editor_page(request, meeting, choices_for(meeting.board), saved=part)
        return push_url(answer, url)
    return redirect(f"{url}#{part}")


def changed_part(
    request: HttpRequest, meeting: Meeting, within: str, part: str
) -> HttpResponse | None:
    """One part of the editor as it is now (`within`: "section-12" or "editor-attendees"), with
    the page's messages out of band, and headers telling htmx to put it in place of the part on
    the page (`HX-Retarget`, `HX-Reselect`) and the editor's script where the clerk carries on
    (`X-Saved`, the part saved). A save within a section of a 300-paragraph draft lays out that
    section's paragraphs, not the record's. None if the part is no longer there."""
    urls = op_urls(meeting)
    token = get_token(request)
    csrf = csrf_input(token)
    context: dict[str, Any] = {
        "csrf_token": token,
        "keep_parts": True,
        "meeting": meeting,
        "urls": urls,
        "limits": LIMITS,
        "kinds": Attendance.Kind,
    }
    if within.startswith("section-") and within[8:].isdecimal():
        # That section read alone, not the record (whose view the next page reads anew).
        view = section_view(meeting, int(within[8:]))
        if view is None:
            return None
        threads, _ = unresolved_threads(meeting)
        section, rows, rows_html, section_menu = _made_section(
            csrf, view, meeting, urls, None, threads
        )
        context |= {
            "part_template": "meetings/editor/_section.html",
            "section": section,
            "rows": rows,
            "rows_html": rows_html,
            "section_menu": section_menu,
        }
    elif within == "editor-attendees":
        record = cached_record_view(meeting, public=False)
        context |= {
            "part_template": "meetings/editor/_attendees.html",
            "record": record,
            "attendee_menus": lambda: _attendee_menus(csrf, record, urls),
        }
    else:
        return None
    response = render(request, "meetings/editor/_changed.html", context)
    response["HX-Retarget"] = response["HX-Reselect"] = f"#{within}"
    response["HX-Reswap"] = "outerHTML show:none"
    response["X-Saved"] = part
    return response


def refusal(form: forms.Form, exc: ValidationError) -> str:
    """Puts a service's refusal on the form; returns the current text of a paragraph someone
    else saved meanwhile, to show beside what this user typed."""
    add_errors(form, exc)
    stale = [e for e in getattr(exc, "error_list", []) if e.code == "stale" and e.params]
    return stale[0].params["current"] if stale else ""


def refused_part(
    request: HttpRequest,
    meeting: Meeting,
    choices: Choices,
    open_form: OpenForm,
    exc: ValidationError | None = None,
) -> HttpResponse:
    """A part's form refused: the part stays open with what was typed, why, and (for an edit
    conflict) the text saved meanwhile."""
    stale_text = refusal(open_form.form, exc) if exc is not None else ""
    return editor_page(
        request, meeting, choices, open_form=open_form, status=400, stale_text=stale_text
    )


def refused_row_tool(
    request: HttpRequest, meeting: Meeting, form: forms.Form, exc: ValidationError | None = None
) -> HttpResponse:
    """A move or a deletion refused: nothing was typed, so the reason is said in a message."""
    if exc is not None:
        add_errors(form, exc)
    messages.error(request, " ".join(form.non_field_errors()) or "That change was refused.")
    return editor_page(request, meeting, choices_for(meeting.board), status=400)


def move_part(
    request: HttpRequest,
    meeting: Meeting,
    service: Callable[..., None],
    part: str,
    within: str = "",
    **row: Any,
) -> HttpResponse:
    """Moves `row` (given by its service's keyword, `paragraph=...`) one place up or down with
    `service`, and comes back to it at `part` (htmx: with the part of the page it moved
    `within`, see `saved`)."""
    form = MoveForm(request.POST)
    if not form.is_valid():
        return refused_row_tool(request, meeting, form)
    try:
        service(**row, by=request.user, direction=form.cleaned_data["direction"])
    except ValidationError as exc:
        return refused_row_tool(request, meeting, form, exc)
    return saved(request, meeting, "Moved.", part, within=within)


def editor_change(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """What every change's address (`.../edit/<op>/`, posted to only) does besides the change:
    opened as a page (a reload, a bookmark, an address typed) it leads to the draft's editor
    with a word on why, not to a blank 405; and its answers to htmx never put its own address
    in the browser's history (a boosted form's answer otherwise would): `saved` names the
    editor's address, every other answer leaves the address as it was."""

    @wraps(view)
    def wrapper(request: HttpRequest, slug: str, date: str, op: str) -> HttpResponse:
        if request.method in ("GET", "HEAD"):
            messages.info(
                request,
                "That address only saves a change sent from the editor; it is not a page of "
                "its own. Here is the draft's editor.",
            )
            return redirect(reverse("meetings:editor", args=[slug, date]))
        response = view(request, slug=slug, date=date, op=op)
        if request.htmx and "HX-Push-Url" not in response:
            response["HX-Push-Url"] = "false"
        return response

    return wrapper


# --- Expired sessions -------------------------------------------------------------------------


def keeps_typed_text(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Lets an operation's form outlive an expired session: what was posted waits in the
    session under the operation's name (`op`, from the address) until the user has signed in
    again, and the editor shows it (see `page.editor`). Signed in, the view runs as usual."""

    @wraps(view)
    def wrapper(request: HttpRequest, slug: str, date: str, op: str) -> HttpResponse:
        if request.user.is_authenticated:
            return view(request, slug, date)
        page = reverse("meetings:editor", args=[slug, date])
        return keep_and_sign_in(request, UNSAVED, page, meeting=_meeting_id(slug, date), op=op)

    return wrapper


def _meeting_id(slug: str, date: str) -> int | None:
    try:
        day = parse_date(date)
    except Http404:
        return None
    return Meeting.objects.filter(board__slug=slug, date=day).values_list("pk", flat=True).first()
