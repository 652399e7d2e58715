"""The record's lifecycle verbs (circulate, agree, publish, return to draft), each posted to one
view: confirmed first where it cannot be taken back, refused on the record page where the rules
say no."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_http_methods

from meetings.forms import NoFieldsForm
from meetings.models import Meeting
from meetings.scoping import get_meeting_for_user
from meetings.services.lifecycle import VERBS, Verb, verb_forms
from meetings.views.common import add_errors, parse_date
from meetings.views.records import record_page


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def record_move(request: HttpRequest, slug: str, date: str, verb: str) -> HttpResponse:
    if request.method != "POST":
        return _opened(request, slug, date, verb)
    meeting, step = _step(request, slug, date, verb)
    forms = verb_forms(meeting, request.user, request.POST, verb)
    form = next((form for offered, form in forms if offered is step), None)
    if form is None:
        form = NoFieldsForm(request.POST)
        form.is_valid()
        form.add_error(None, step.refusal(meeting))
        forms.append((step, form))
    elif form.is_valid() and step.confirmation and request.POST.get("confirmed") != "1":
        # A step that cannot be taken back: nothing changes until its confirmation is posted.
        return _confirmation(request, meeting, step, form)
    elif form.is_valid():
        try:
            step.run(meeting, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_errors(form, exc)
            if step.confirmation and getattr(exc, "code", None) == "ownerless":
                # Asked on the confirmation (actions with no owner yet): asked there again.
                return _confirmation(request, meeting, step, form, status=400)
        else:
            messages.success(request, step.done_message)
            return redirect(meeting)
    return record_page(request, slug, date, forms=forms, status=400)


def _step(request: HttpRequest, slug: str, date: str, verb: str) -> tuple[Meeting, Verb]:
    """The record (404 to whoever may not read it) and the step named (404 for no such step),
    if the user may take it (`Verb.may`, its `who`: 403 otherwise)."""
    meeting = get_meeting_for_user(request.user, slug, parse_date(date))
    step = VERBS.get(verb)
    if step is None:
        raise Http404("No such step")
    if not step.may(request.user, meeting):
        raise PermissionDenied(f"Only the board's {step.who} may take this step")
    return meeting, step


def _confirmation(
    request: HttpRequest, meeting: Any, step: Any, form: Any, status: int = 200
) -> HttpResponse:
    facts = step.confirmation(meeting, **form.cleaned_data)
    context = {"meeting": meeting, "verb": step, "form": form} | facts
    response = render(request, "meetings/confirm.html", context, status=status)
    patch_cache_control(response, private=True, no_store=True)
    return response


def _opened(request: HttpRequest, slug: str, date: str, verb: str) -> HttpResponse:
    """A step's address opened as a page (a confirmation reloaded, a bookmark): nothing is
    done; the record page, where the step's button is, says so. Looked up as the post is, so
    that no one learns more here than there."""
    _, step = _step(request, slug, date, verb)
    messages.info(
        request,
        f"Nothing was done: “{step.label}” is taken only from its button, under "
        "Workflow on this page (and confirmed there where it asks).",
    )
    return redirect(reverse("meetings:record", args=[slug, date]) + "#workflow-heading")
