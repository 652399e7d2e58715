"""The board's action log, and its exports, with the filters read from the query string."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from django.contrib import messages
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import OuterRef, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import get_template, render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_safe

from actions.exports import log_rows, write_csv, xlsx_bytes
from actions.filters import SORTS, ActionLogFilter, board_log, filter_form_helper
from actions.models import ActionUpdate
from actions.selectors import PAGE_SIZE
from meetings.models import Action, Board
from meetings.render_version import render_version
from meetings.scoping import get_board_for_user, view_signature

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Sortable columns: the sort each header link asks for first, and its opposite.
SORTABLE = {
    "number": ("number", "number"),
    "meeting": ("-meeting", "meeting"),
    "due": ("due", "-due"),
    "status": ("status", "status"),
}


def _filtered(request: HttpRequest, slug: str) -> tuple[Board, ActionLogFilter, list[str]]:
    """The board, its log filtered as the query string asks, and what was ignored in it."""
    board = get_board_for_user(request.user, slug)
    return (board, *_filters(request, board))


def _filters(request: HttpRequest, board: Board) -> tuple[ActionLogFilter, list[str]]:
    actions = board_log(request.user, board)
    filters = ActionLogFilter(request.GET, queryset=actions)
    ignored = filters.ignored_filters()
    if ignored:
        # Again without the values that made no sense, so that the form and every link
        # (pages, sorting, downloads) show the filters in force, and nothing invalid.
        query = request.GET.copy()
        for name in filters.errors:
            query.pop(name, None)
        filters = ActionLogFilter(query, queryset=actions)
    return filters, [str(note) for note in ignored]


def _columns(current: str) -> dict[str, dict[str, str]]:
    """Each sortable column's link and, for the column sorted on, its aria-sort."""
    columns = {}
    for key, (first, other) in SORTABLE.items():
        direction = "descending" if current.startswith("-") else "ascending"
        columns[key] = {
            # Following the link of the column sorted on turns it round.
            "sort": other if current == first else first,
            "aria_sort": direction if current.lstrip("-") == key else "",
        }
    return columns


@require_safe
def log(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_board_for_user(request.user, slug)
    # The filters, table and pages depend only on the reader's view of the board, the query
    # and the day: kept under those (`view_signature`), made again after any change, and
    # under the render version, made again after a deploy that changes how they look. Keyed on
    # the query as sent, so that a kept log costs no filter or queryset to build. Each row's
    # latest update is kept apart, under the board's `updates_revision` (`_with_updates`), so
    # that an owner's progress update, which moves no other revision, fills in the rows again
    # (one query) instead of making the whole log anew.
    key = (
        "action-log-page:2:"
        + hashlib.sha256(
            repr(
                (view_signature(request.user, board), request.GET.urlencode(), render_version())
            ).encode()
        ).hexdigest()
    )
    kept = cache.get(key)
    if kept is None:
        filters, ignored = _filters(request, board)
        actions = _page(filters, request.GET.get("page"))
        context = {
            "board": board,
            "filters": filters,
            "query": filters.data,
            "helper": filter_form_helper(),
            "actions": actions,
            "columns": _columns(filters.current_sort),
            "sort_label": SORTS[filters.current_sort][0],
            "updates_later": True,
        }
        body = render_to_string("actions/_log_body.html", context, request)
        shown = [action.pk for action in actions.object_list]
        kept = (actions.paginator.count, body, ignored, shown)
        cache.set(key, kept, 60 * 60)
        # The page's actions were read with their latest updates: no query to fill them in.
        filled = _filled(body, _latest(actions.object_list))
    else:
        filled = None
    count, body, ignored, shown = kept
    for note in ignored:
        messages.warning(request, note)
    filled_key = f"{key}:{board.updates_revision}"
    if filled is None:
        filled = cache.get(filled_key)
        if filled is None:
            filled = _filled(body, _latest(_with_latest_update(shown)))
            cache.set(filled_key, filled, 60 * 60)
    else:
        cache.set(filled_key, filled, 60 * 60)
    return render(request, "actions/log.html", {"board": board, "count": count, "body": filled})


_UPDATE_PLACE = re.compile(r"<!--prob:last-update:(\d+)-->")


def _with_latest_update(pks: list[int]) -> QuerySet[Action]:
    """The actions `pks` with their latest updates, as `filters.board_log` reads them."""
    latest = ActionUpdate.objects.filter(action=OuterRef("pk")).order_by("-created", "-pk")
    return Action.objects.filter(pk__in=pks).annotate(
        last_update_text=Subquery(latest.values("text")[:1]),
        last_update_at=Subquery(latest.values("created")[:1]),
    )


def _latest(actions: Iterable[Action]) -> dict[str, str]:
    """Each action's "Last update" cell, by id."""
    cell = get_template("actions/_log_update.html")
    return {str(action.pk): cell.render({"action": action}) for action in actions}


def _filled(body: str, cells: dict[str, str]) -> SafeString:
    """The kept log with each row's latest update put in. (The markers are the template's own:
    text in the log is escaped, so no action or update can write one.)"""
    return mark_safe(_UPDATE_PLACE.sub(lambda m: cells.get(m[1], ""), body))  # noqa: S308


def _page(filters: ActionLogFilter, number: str | None) -> Page:
    # A page number that is not one shows the nearest page rather than an error.
    page = Paginator(filters.qs, PAGE_SIZE).get_page(number)
    page.object_list = list(page.object_list)
    return page


def _attachment(board: Board, extension: str) -> str:
    filename = f"{board.slug}-actions-{timezone.localdate():%Y-%m-%d}.{extension}"
    return f'attachment; filename="{filename}"'


@require_safe
def log_csv(request: HttpRequest, slug: str) -> HttpResponse:
    board, filters, _ = _filtered(request, slug)
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": _attachment(board, "csv")},
    )
    write_csv(log_rows(filters.qs), response)
    return response


@require_safe
def log_xlsx(request: HttpRequest, slug: str) -> HttpResponse:
    board, filters, _ = _filtered(request, slug)
    return HttpResponse(
        xlsx_bytes(log_rows(filters.qs), title="Actions"),
        content_type=XLSX,
        headers={"Content-Disposition": _attachment(board, "xlsx")},
    )
