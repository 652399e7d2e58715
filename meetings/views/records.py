import datetime
import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_POST, require_safe

from meetings.forms import AgreeForm, NoFieldsForm, ReturnToDraftForm
from meetings.models import Board, Meeting
from meetings.records import RecordView, record_as_dict, record_as_text, record_view
from meetings.scoping import (
    boards_for,
    get_board_for_user,
    get_meeting_for_secretariat,
    get_meeting_for_user,
    is_secretariat,
    meetings_for,
    sees_restricted,
)
from meetings.services import (
    record_agree,
    record_circulate,
    record_publish,
    record_return_to_draft,
)
from meetings.services.lifecycle import DONE
from meetings.views.comments import CommentForm, record_with_comments
from meetings.views.public import upcoming_announcements


def _parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise Http404("No such record") from exc


def _record_for(request: HttpRequest, slug: str, date: str, *, preview: bool = False) -> RecordView:
    """The record as this user may read it, restricted content withheld from the public (and
    from a member who asks for the public version's preview)."""
    meeting = get_meeting_for_user(request.user, slug, _parse_date(date))
    public = preview or not sees_restricted(request.user, meeting.board_id)
    return record_view(meeting, public=public)


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    visible = meetings_for(request.user)
    boards = boards_for(request.user).annotate(
        record_count=Count("meetings", filter=Q(meetings__in=visible))
    )
    return render(request, "meetings/home.html", {"boards": boards})


@require_safe
def board(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_user(request.user, slug)
    meetings = (
        meetings_for(request.user).filter(board=board).select_related("board").order_by("-date")
    )
    context = {
        "board": board,
        "meetings": meetings,
        "is_secretariat": is_secretariat(request.user, board.pk),
        "announcements": upcoming_announcements(request.user, board),
    }
    return render(request, "meetings/board.html", context)


@require_safe
def record(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    return _record_page(request, slug, date)


def _record_page(
    request: HttpRequest,
    slug: str,
    date: str,
    forms: dict[str, Any] | None = None,
    status: int = 200,
    comment_form: CommentForm | None = None,
) -> HttpResponse:
    preview = request.GET.get("preview") == "public"
    record = _record_for(request, slug, date, preview=preview)
    meeting = record.meeting
    groups = record.attendee_groups()
    secretariat = is_secretariat(request.user, meeting.board_id)
    if not record.public:
        # Comments are the board's: never the public's, nor in the public version's preview.
        record = record_with_comments(record, resolver=secretariat, bound=comment_form)
    if forms is None and secretariat and not preview:
        forms = _verb_forms(meeting)
    context = {
        "meeting": meeting,
        "record": record,
        "attendee_groups": groups,
        # Kind headings only where someone was not simply present, as the record does.
        "show_kinds": len(groups) > 1 or (groups and groups[0][0] != "Present"),
        "shows_history": not record.public,
        "verb_forms": forms,
        "preview": preview,
        "can_edit": secretariat and meeting.is_editable and not preview,
        "can_amend": secretariat and meeting.is_amendable and not preview,
    }
    response = render(request, "meetings/record.html", context, status=status)
    return _as_record(response, record, "")


@require_safe
def record_json(request: HttpRequest, slug: str, date: str) -> JsonResponse:
    record = _record_for(request, slug, date)
    response = JsonResponse(record_as_dict(record), json_dumps_params={"ensure_ascii": False})
    return _as_record(response, record, "json")


@require_safe
def record_text(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    record = _record_for(request, slug, date)
    response = HttpResponse(record_as_text(record), content_type="text/plain; charset=utf-8")
    return _as_record(response, record, "txt")


def _as_record(response: HttpResponse, record: RecordView, extension: str) -> HttpResponse:
    meeting = record.meeting
    if extension:
        filename = f"{meeting.board.slug}-{meeting.date.isoformat()}.{extension}"
        response["Content-Disposition"] = f'inline; filename="{filename}"'
    if not record.public:
        # Drafts and restricted content must never sit in a shared cache.
        patch_cache_control(response, private=True, no_store=True)
    return response


def _verb_forms(meeting: Meeting, data: dict | None = None, verb: str = "") -> dict[str, Any]:
    """The form of each verb the record's state allows; `data` binds the one that was sent."""

    def bound(name: str) -> dict | None:
        return data if name == verb else None

    builders = {
        "circulate": lambda: NoFieldsForm(bound("circulate")),
        "return_to_draft": lambda: ReturnToDraftForm(bound("return_to_draft")),
        "agree": lambda: AgreeForm(bound("agree"), meeting=meeting),
        "publish": lambda: NoFieldsForm(bound("publish")),
    }
    return {name: build() for name, build in builders.items() if meeting.can(name)}


def _run_verb(verb: str, meeting: Meeting, form: Any, by: Any) -> Meeting:
    data = form.cleaned_data
    if verb == "circulate":
        return record_circulate(meeting=meeting, by=by)
    if verb == "return_to_draft":
        return record_return_to_draft(meeting=meeting, by=by, reason=data["reason"])
    if verb == "agree":
        return record_agree(
            meeting=meeting, at_meeting=data["at_meeting"], by=by, add_minute=data["add_minute"]
        )
    return record_publish(meeting=meeting, by=by)


DONE_MESSAGES = {
    "circulate": "The record is circulated: attendees with an account are sent a link.",
    "return_to_draft": "The record is back in draft.",
    "agree": "The record is agreed as a true record; its numbers are now fixed.",
    "publish": "The record is published.",
}


@require_POST
@login_required
def record_move(request: HttpRequest, slug: str, date: str, verb: str) -> HttpResponse:
    meeting = get_meeting_for_secretariat(request.user, slug, _parse_date(date))
    if verb not in Meeting.TRANSITIONS:
        raise Http404("No such step")
    forms = _verb_forms(meeting, request.POST, verb)
    form = forms.get(verb)
    if form is None:
        form = NoFieldsForm(request.POST)
        form.is_valid()
        form.add_error(
            None,
            f"A {meeting.get_status_display().lower()} record cannot be {DONE[verb]}.",
        )
        forms[verb] = form
    elif form.is_valid():
        try:
            _run_verb(verb, meeting, form, request.user)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, DONE_MESSAGES[verb])
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
