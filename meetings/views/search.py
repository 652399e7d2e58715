"""/search/?q=…: the records and actions the user may read, best match first."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from meetings.search import hits_for, search_hits

PER_PAGE = 20
# Longer queries are cut, not refused: nothing useful is that long.
MAX_QUERY = 200


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY]
    context: dict = {"query": query}
    if query:
        # Every match's row (pk, kind, rank, day) in one query, paged here: a paginator over
        # the query would run it twice, once to count and once for the page, and each run
        # ranks every match.
        rows = list(search_hits(request.user, query))
        page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
        context |= {"page": page, "hits": hits_for(list(page.object_list), query, request.user)}
    return render(request, "meetings/search.html", context)
