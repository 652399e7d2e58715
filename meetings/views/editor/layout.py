"""The editor's page laid out: the whole page (`editor_page`), or the one part a change touched
(`changed_part`), with the addresses of the changes it posts to (`op_urls`). The record's body
with nothing open is kept per revision in this process (`_body`); the paragraphs' markup is
`surface`'s, where the focus goes `focus`'s.
"""

from __future__ import annotations

import re
import threading
import types
from collections import OrderedDict
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html

from meetings.artefacts import cached_record_view, version_key
from meetings.comments import CommentView, unresolved_threads
from meetings.forms import AttendeeAddForm, MeetingDetailsForm, SectionForm
from meetings.models import Attendance, Meeting
from meetings.records import RecordView, SectionView, section_view
from meetings.services.imports import takes_pasted_minutes
from meetings.views.editor.focus import focus_the_work
from meetings.views.editor.forms import (
    LIMITS,
    Choices,
    OpenForm,
    attendee_add_form,
    fresh_form_html,
)
from meetings.views.editor.surface import Row, item_menu, paragraph_row, safe

# What `?saved=` may name: a part's anchor on the page, never anything else.
SAVED = re.compile(r"[a-z]+(?:-[a-z]+)?(?:-\d+)?")

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
_BODIES_LOCK = threading.Lock()


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
    with _BODIES_LOCK:
        body = _BODIES.get(key)
    if body is None:
        body = _made_body(CSRF_MARK, record, urls, None, threads)
        with _BODIES_LOCK:
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


def csrf_input(token: str) -> str:
    """The hidden CSRF field every form of the page carries, made once for the page."""
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)


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
