import datetime
import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_POST, require_safe

from agenda.public import papers_considered
from meetings import artefacts, documents, public_pages, renderings
from meetings.comments import (
    comments_to_resolve,
    record_with_comments,
    with_comments_to_resolve,
)
from meetings.forms import CommentForm, NoFieldsForm
from meetings.middleware import carries_no_state
from meetings.models import Board, Meeting
from meetings.scoping import (
    get_board_for_user,
    get_meeting_for_secretariat,
    get_meeting_for_user,
    is_secretariat,
    sees_restricted,
)
from meetings.services.imports import takes_pasted_minutes
from meetings.services.lifecycle import VERBS, Verb, verbs_allowed
from meetings.services.originals import kind_of, readable_original
from meetings.views.calendars import upcoming_announcements

# A step offered on the record page: the verb (its label, its name for the URL) and its form.
Step = tuple[Verb, Any]


def _parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise Http404("No such record") from exc


def _meeting_for(request: HttpRequest, slug: str, date: str) -> Meeting:
    return get_meeting_for_user(request.user, slug, _parse_date(date))


def _reads_as_public(request: HttpRequest, meeting: Meeting, *, preview: bool = False) -> bool:
    """Whether the user reads the public version: restricted content withheld from the
    public (and from a member who asks for the public version's preview)."""
    return preview or not sees_restricted(request.user, meeting.board_id)


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    boards = public_pages.home_boards(request.user)
    return render(request, "meetings/home.html", {"boards": boards})


@require_safe
def board(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_user(request.user, slug)
    actions = public_pages.open_actions(request.user, board)
    secretariat = is_secretariat(request.user, board.pk)
    meetings = public_pages.board_meetings(request.user, board)
    if secretariat:
        # The secretariat resolves comments: each record says how many wait for it.
        meetings = with_comments_to_resolve(meetings)
    context = {
        "board": board,
        "years": public_pages.meetings_by_year(meetings),
        "is_secretariat": secretariat,
        "announcements": upcoming_announcements(request.user, board),
        "organisations": public_pages.current_members(board),
        "open_actions": actions[: public_pages.OPEN_ACTIONS],
        "more_actions": len(actions) > public_pages.OPEN_ACTIONS,
    }
    return render(request, "meetings/board.html", context)


@require_safe
def record(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    return _record_page(request, slug, date)


def _record_page(
    request: HttpRequest,
    slug: str,
    date: str,
    forms: list[Step] | None = None,
    status: int = 200,
    comment_form: CommentForm | None = None,
) -> HttpResponse:
    preview = request.GET.get("preview") == "public"
    meeting = _meeting_for(request, slug, date)
    public = _reads_as_public(request, meeting, preview=preview)
    if status == 200 and _same_for_everyone(request, meeting):
        # The public page of a published record is the same bytes for every reader until the
        # record changes: made once per revision and served from storage.
        found = artefacts.artefact(
            meeting,
            "page",
            public=True,
            build=lambda: _render_record_page(request, meeting, public=True).content,
        )
        return artefacts.respond(request, found)
    return _render_record_page(
        request,
        meeting,
        public=public,
        preview=preview,
        forms=forms,
        status=status,
        comment_form=comment_form,
    )


def _same_for_everyone(request: HttpRequest, meeting: Meeting) -> bool:
    """Whether this request gets the page every anonymous reader gets: no session (which could
    hold a message to show), no query, a published record."""
    return (
        meeting.status == Meeting.Status.PUBLISHED
        and not request.user.is_authenticated
        and carries_no_state(request)
    )


def _render_record_page(
    request: HttpRequest,
    meeting: Meeting,
    *,
    public: bool,
    preview: bool = False,
    forms: list[Step] | None = None,
    status: int = 200,
    comment_form: CommentForm | None = None,
) -> HttpResponse:
    record = artefacts.cached_record_view(meeting, public=public)
    context = renderings.record_context(meeting, record)
    secretariat = is_secretariat(request.user, meeting.board_id)
    if not record.public:
        # Comments are the board's: never the public's, nor in the public version's preview.
        context["record"] = record_with_comments(record, resolver=secretariat, bound=comment_form)
        context["to_resolve"] = comments_to_resolve(context["record"])
    if forms is None and secretariat and not preview:
        forms = _verb_forms(meeting)
    context |= {
        "shows_history": not record.public,
        "verb_forms": forms,
        "preview": preview,
        "can_edit": secretariat and meeting.is_editable and not preview,
        "can_amend": secretariat and meeting.is_amendable and not preview,
        "can_paste": secretariat and not preview and takes_pasted_minutes(record),
    }
    # The papers the meeting considered, from its published agenda (the agenda app).
    context["papers_considered"] = papers_considered(meeting, public=record.public)
    if original := readable_original(meeting, public=record.public):
        context |= {"original": original, "original_kind": kind_of(original.content_type)}
    response = render(request, "meetings/record.html", context, status=status)
    if not record.public:
        # Drafts and restricted content must never sit in a shared cache.
        patch_cache_control(response, private=True, no_store=True)
    return response


def _download(request: HttpRequest, slug: str, date: str, kind: str) -> HttpResponse:
    """The record as a file, made once per revision for the reader's audience."""
    meeting = _meeting_for(request, slug, date)
    if kind == "pdf" and documents.pdf_unavailable():
        context = {"reason": documents.pdf_unavailable(), "meeting": meeting}
        return render(request, "meetings/pdf_unavailable.html", context, status=503)
    public = _reads_as_public(request, meeting)
    found = renderings.rendering(meeting, kind, public=public)
    return artefacts.respond(
        request,
        found,
        filename=f"{meeting.board.slug}-{meeting.date.isoformat()}.{kind}",
        attachment=kind in ("pdf", "docx"),
        public=public,
    )


@require_safe
def record_json(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    return _download(request, slug, date, "json")


@require_safe
def record_text(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    return _download(request, slug, date, "txt")


@require_safe
def record_pdf(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    return _download(request, slug, date, "pdf")


@require_safe
def record_docx(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    return _download(request, slug, date, "docx")


def _verb_forms(meeting: Meeting, data: dict | None = None, verb: str = "") -> list[Step]:
    """The form of each verb the record's state allows; `data` binds the one that was sent."""
    return [
        (step, step.make_form(meeting, data if step.name == verb else None))
        for step in verbs_allowed(meeting)
    ]


@require_POST
@login_required
def record_move(request: HttpRequest, slug: str, date: str, verb: str) -> HttpResponse:
    # Every verb is the secretariat's (`Verb.who`): fetched through its scope, 404/403 to others.
    meeting = get_meeting_for_secretariat(request.user, slug, _parse_date(date))
    step = VERBS.get(verb)
    if step is None:
        raise Http404("No such step")
    forms = _verb_forms(meeting, request.POST, verb)
    form = next((form for offered, form in forms if offered is step), None)
    if form is None:
        form = NoFieldsForm(request.POST)
        form.is_valid()
        form.add_error(None, step.refusal(meeting))
        forms.append((step, form))
    elif form.is_valid() and step.confirmation and request.POST.get("confirmed") != "1":
        # A step that cannot be taken back: nothing changes until its confirmation is posted.
        context = {"meeting": meeting, "verb": step, "form": form} | step.confirmation(meeting)
        response = render(request, "meetings/confirm.html", context)
        patch_cache_control(response, private=True, no_store=True)
        return response
    elif form.is_valid():
        try:
            step.run(meeting, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, step.done_message)
            return redirect(meeting)
    return _record_page(request, slug, date, forms=forms, status=400)


def _add_errors(form: Any, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    # Touches the database so a load balancer takes a process out when it cannot reach it.
    Board.objects.exists()
    return HttpResponse(json.dumps({"status": "ok"}), content_type="application/json")
