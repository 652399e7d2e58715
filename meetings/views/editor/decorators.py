"""What every editor change's address does besides the change: opened as a page it leads to the
editor (`editor_change`), and posted after the session expired it keeps what was typed until
the clerk has signed in again (`keeps_typed_text`, under `UNSAVED`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from meetings.models import Meeting
from meetings.views.common import parse_date
from prob.unsaved import keep_and_sign_in

# The session key under which a form sent after the session expired waits for sign-in.
UNSAVED = "unsaved_edit"


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
