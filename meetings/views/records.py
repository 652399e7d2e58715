"""A record's page, as each reader may read it (the public page of a published record answered
with an ETag, for the front door to keep: `meetings.middleware`), and its files: JSON, text, PDF
and Word, each made once per version (`meetings.artefacts`)."""

import functools
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from meetings import artefacts, documents, extensions, fragments, renderings
from meetings.comments import comments_to_resolve, record_with_comments
from meetings.forms import CommentForm
from meetings.middleware import carries_no_state, kept_for_the_public
from meetings.models import Meeting
from meetings.records import RecordView
from meetings.scoping import get_meeting_for_user, is_secretariat, sees_restricted
from meetings.services.imports import takes_pasted_minutes
from meetings.services.lifecycle import Step, takes_steps, verb_forms
from meetings.services.originals import kind_of, readable_original
from meetings.views.common import parse_date


def _meeting_for(request: HttpRequest, slug: str, date: str) -> Meeting:
    return get_meeting_for_user(request.user, slug, parse_date(date))


def _reads_as_public(request: HttpRequest, meeting: Meeting, *, preview: bool = False) -> bool:
    """Whether the user reads the public version: restricted content withheld from the
    public (and from a member who asks for the public version's preview)."""
    return preview or not sees_restricted(request.user, meeting.board_id)


@kept_for_the_public
@require_safe
def record(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    return record_page(request, slug, date)


def record_page(
    request: HttpRequest,
    slug: str,
    date: str,
    forms: list[Step] | None = None,
    status: int = 200,
    comment_form: CommentForm | None = None,
) -> HttpResponse:
    """The record page; a workflow step (`forms`) or a comment (`comment_form`) that was
    refused is shown on it, with `status`."""
    preview = request.GET.get("preview") == "public"
    meeting = _meeting_for(request, slug, date)
    public = _reads_as_public(request, meeting, preview=preview)
    if status == 200 and _same_for_everyone(request, meeting):
        # The public page of a published record is the same bytes for every reader until the
        # record changes: the front door (`meetings.middleware`) keeps this answer, with its
        # ETag, and serves it until then. Nothing below it keeps the page.
        page = _render_record_page(request, meeting, public=True).content
        return artefacts.respond(request, artefacts.made_now("page", page))
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
    secretariat = is_secretariat(request.user, meeting.board_id)
    # A step or a comment sent back refused is this request's own: nothing of the page is kept.
    refused = forms is not None or comment_form is not None
    if forms is None and not preview and takes_steps(request.user, meeting):
        forms = verb_forms(meeting, request.user)
    links = secretariat and not preview
    # Everything in the record's body that differs between readers of one revision: the
    # template's flags, and the key the body is kept under for each reader alike (`kept_view`).
    view = {
        "public": public,
        "preview": preview,
        "secretariat": secretariat,
        "shows_history": not public,
        "shows_workflow": forms is not None,
        "can_edit": links and meeting.is_editable,
        "can_amend": links and meeting.is_amendable,
        "can_paste": links and takes_pasted_minutes(_record(meeting, public)),
    }
    body = functools.cache(lambda: _body(meeting, public, secretariat, comment_form))
    context = view | {
        "meeting": meeting,
        "verb_forms": forms,
        # The record's body (`{% kept "record" %}`): kept per revision, render version and
        # view for signed-in readers, its values (`_body`) read only when it is made; not
        # while it offers a step, whose form may list other records (Agree: the board's later
        # meetings), which move no revision of this one.
        "keep_parts": request.user.is_authenticated and status == 200 and not refused and not forms,
        "kept_view": fragments.view_key(view),
        "part_context": body,
        # htmx for comments sent in place (a circulated record's members' version) or
        # resolved in place (the secretariat's, while some wait).
        "comments_in_place": (meeting.status == Meeting.Status.CIRCULATED and not public)
        or (secretariat and not public and body()["to_resolve"].count > 0),
    }
    response = render(request, "meetings/record.html", context, status=status)
    if not public:
        # Drafts and restricted content must never sit in a shared cache.
        patch_cache_control(response, private=True, no_store=True)
    return response


def _record(meeting: Meeting, public: bool) -> RecordView:
    return artefacts.cached_record_view(meeting, public=public)


def _body(
    meeting: Meeting, public: bool, secretariat: bool, comment_form: CommentForm | None
) -> dict[str, Any]:
    """What the record's body shows beside the page's flags: the record laid out as for its
    files (`renderings.record_context`), with the board's comments for its readers, the papers
    considered and the imported original."""
    record = _record(meeting, public)
    context = renderings.record_context(meeting, record)
    if not record.public:
        # Comments are the board's: never the public's, nor in the public version's preview.
        context["record"] = record_with_comments(record, resolver=secretariat, bound=comment_form)
        context["to_resolve"] = comments_to_resolve(context["record"])
    # The papers the meeting considered, from its published agenda (the agenda app fills this
    # in: `meetings.extensions`).
    context["papers_considered"] = extensions.record_papers(meeting, public=record.public)
    if original := readable_original(meeting, public=record.public):
        context |= {"original": original, "original_kind": kind_of(original.content_type)}
    return context


def _download(request: HttpRequest, slug: str, date: str, kind: str) -> HttpResponse:
    """The record as a file, made once per revision for the reader's audience."""
    meeting = _meeting_for(request, slug, date)
    if kind == "pdf" and documents.pdf_unavailable():
        context = {"reason": documents.pdf_unavailable(), "meeting": meeting}
        return render(request, "meetings/pdf_unavailable.html", context, status=503)
    public = _reads_as_public(request, meeting)
    found = renderings.rendering_or_queued(meeting, kind, public=public)
    if found is None:
        return _being_prepared(request, meeting, kind)
    return artefacts.respond(
        request,
        found,
        filename=f"{meeting.board.slug}-{meeting.date.isoformat()}.{kind}",
        attachment=kind in ("pdf", "docx"),
        public=public,
    )


# How long a reader is asked to wait for a file being made (`renderings.rendering_or_queued`).
PREPARING_RETRY_SECONDS = 60
FILE_LABELS = {"pdf": "PDF", "docx": "Word document", "txt": "plain text", "json": "JSON"}


def _being_prepared(request: HttpRequest, meeting: Meeting, kind: str) -> HttpResponse:
    """503 with Retry-After: the file is being made by a task, not in this request (no
    reader's request holds a web worker for the seconds a large record's PDF takes)."""
    context = {"meeting": meeting, "label": FILE_LABELS[kind]}
    response = render(request, "meetings/file_preparing.html", context, status=503)
    response["Retry-After"] = str(PREPARING_RETRY_SECONDS)
    # Nobody may keep it: the file itself is served at this address in a minute.
    patch_cache_control(response, no_store=True)
    return response


@kept_for_the_public
@require_safe
def record_json(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    return _download(request, slug, date, "json")


@kept_for_the_public
@require_safe
def record_text(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    return _download(request, slug, date, "txt")


@kept_for_the_public
@require_safe
def record_pdf(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    return _download(request, slug, date, "pdf")


@kept_for_the_public
@require_safe
def record_docx(request: HttpRequest, slug: str, date: str) -> HttpResponse:
    return _download(request, slug, date, "docx")
