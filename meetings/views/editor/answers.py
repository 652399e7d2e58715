"""How an editor change answers: saved (`saved`, back to the editor at the part changed: htmx
gets the page or the part in place, a browser without JavaScript a redirect; `saved_in_place`,
204 to the script's save while the clerk types), refused with its form open (`refused_part`) or
refused without one (`refused_row_tool`); and a move, the same for every part (`move_part`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django_htmx.http import push_url

from meetings.forms import MoveForm
from meetings.models import Meeting
from meetings.views.common import add_errors
from meetings.views.editor.forms import Choices, OpenForm, choices_for
from meetings.views.editor.layout import changed_part, editor_page


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
