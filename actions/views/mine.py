"""An owner's own actions: "My actions", and one page to update all the open ones at once.

The update page has a row per open action (an update box, a status choice and the version the
row was read at), saved in one submit through `action_update_post`, row by row: rows that are
fine are saved, rows that are wrong come back with their error and what was typed, and a row
whose action changed meanwhile is refused as stale with the action as it is now. A submit
sent after the session expired is kept in the session and comes back after sign-in.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, F, OuterRef, Q, QuerySet, Subquery, Value, When
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.views.decorators.http import require_http_methods, require_safe

from actions import extensions
from actions.forms import BulkUpdateRowForm
from actions.models import ActionUpdate
from actions.selectors import PAGE_SIZE
from actions.services import action_update_post
from meetings.action_scoping import actions_owned_by
from meetings.models import Action
from prob.unsaved import keep_and_sign_in, take_kept

_MEETING = "paragraph__section__meeting"
_ROW_KEY = re.compile(r"action-(\d+)-version")  # BulkUpdateRowForm's prefix
# What an owner sent after their session expired, kept for after sign-in.
UNSAVED = "unsaved_action_updates"


def owned_in_order(user: Any) -> QuerySet[Action]:
    """The user's actions: open (not closed) first, then soonest due (no date last), then
    newest meeting."""
    return (
        actions_owned_by(user)
        .select_related(f"{_MEETING}__board", "owner")
        .order_by(
            Case(When(status=Action.Status.CLOSED, then=Value(1)), default=Value(0)),
            F("due").asc(nulls_last=True),
            f"-{_MEETING}__date",
            "paragraph__section__position",
            "paragraph__position",
            "position",
            "pk",
        )
    )


@require_safe
@login_required
def my_actions(request: HttpRequest) -> HttpResponse:
    return my_actions_page(request)


def my_actions_page(
    request: HttpRequest, *, refused: Any = None, status: int = 200
) -> HttpResponse:
    """My actions, with what the apps built on actions list for its user too (the papers asked
    of the user's organisation: `actions.extensions`); `refused` is a form of theirs refused,
    shown again with its errors."""
    ordered = owned_in_order(request.user).prefetch_related("owner_people")
    actions = Paginator(ordered, PAGE_SIZE).get_page(request.GET.get("page"))
    actions.object_list = list(actions.object_list)
    context: dict[str, Any] = {"actions": actions, "mine": True, "owner_lists": []}
    for template, listed in extensions.owner_lists(request.user, refused):
        context["owner_lists"].append(template)
        context |= listed
    return render(request, "actions/list.html", context, status=status)


def _rows(user: Any, also: Collection[int] = ()) -> list[Action]:
    """The user's open actions, and those of `also` (rows sent for actions closed since),
    each with its latest update: two queries whatever the number."""
    latest = (
        ActionUpdate.objects.filter(action=OuterRef("pk")).order_by("-created", "-pk").values("pk")
    )
    actions = list(
        owned_in_order(user)
        .filter(~Q(status=Action.Status.CLOSED) | Q(pk__in=list(also)))
        .annotate(latest_update_id=Subquery(latest[:1]))
    )
    updates = ActionUpdate.objects.select_related("author__person__organisation").in_bulk(
        [action.latest_update_id for action in actions if action.latest_update_id]
    )
    for action in actions:
        action.latest_update = updates.get(action.latest_update_id)
    return actions


def _sent_rows(data: QueryDict) -> set[int]:
    """The actions with a row in a submitted form, by the hidden version each row carries."""
    return {int(m[1]) for key in data if (m := _ROW_KEY.fullmatch(key))}


def _first_error(form: BulkUpdateRowForm) -> str:
    for errors in form.errors.values():
        return str(errors[0])
    return ""


def _page(
    request: HttpRequest,
    forms: list[BulkUpdateRowForm],
    refused: Collection[BulkUpdateRowForm] = (),
    status: int = 200,
) -> HttpResponse:
    summary = [(form, form.action.name, _first_error(form)) for form in refused]
    context = {"forms": forms, "summary": summary}
    return render(request, "actions/mine_update.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def mine_update(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        if request.method == "POST":
            # Kept for after sign-in, so that an expired session loses nothing typed.
            return keep_and_sign_in(request, UNSAVED, request.path)
        return redirect_to_login(request.path)
    if request.method == "POST":
        return _save(request)
    if kept := take_kept(request, UNSAVED, "your updates were"):
        return _replay(request, kept[0])
    return _page(request, [BulkUpdateRowForm(action=action) for action in _rows(request.user)])


def _replay(request: HttpRequest, data: QueryDict) -> HttpResponse:
    """The rows the user sent when their session had expired, with what they typed."""
    sent = _sent_rows(data)
    forms = [
        BulkUpdateRowForm(data if action.pk in sent else None, action=action)
        for action in _rows(request.user, also=sent)
    ]
    return _page(request, forms)


def _save(request: HttpRequest) -> HttpResponse:
    sent = _sent_rows(request.POST)
    saved = 0
    refused: dict[int, BulkUpdateRowForm] = {}
    # Only the user's own actions: a row for any other is ignored.
    for action in _rows(request.user, also=sent):
        if action.pk not in sent:
            continue
        form = BulkUpdateRowForm(request.POST, action=action)
        if form.is_blank():
            continue
        if form.is_valid():
            try:
                action_update_post(action=action, author=request.user, **form.cleaned_data)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                saved += 1
                continue
        refused[action.pk] = form
    done = f"{saved} update{pluralize(saved)} saved."
    if not refused:
        if not saved:
            messages.info(request, "Nothing to save: no action had an update written.")
            return redirect("actions:mine_update")
        messages.success(request, done)
        return redirect("actions:mine")
    # Every row as it is now: saved rows empty again, refused rows with what was typed.
    forms = []
    for action in _rows(request.user, also=refused):
        form = refused.get(action.pk)
        if form is None:
            forms.append(BulkUpdateRowForm(action=action))
            continue
        if form.has_error(NON_FIELD_ERRORS, code="stale"):
            form.refresh_after_stale(action)
        else:
            form.show(action)
        forms.append(form)
    messages.error(
        request,
        f"{done} {len(refused)} could not be saved: what you typed is kept below, with the reason.",
    )
    return _page(request, forms, list(refused.values()), status=400)
