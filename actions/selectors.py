"""Reading actions with their numbers and the paragraph that raised them."""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet

from meetings.models import Action

PAGE_SIZE = 50


def action_log(actions: QuerySet[Action], page: str | int | None = 1) -> Page:
    """One page of actions for a list: related rows joined, newest meeting first."""
    ordered = (
        actions.select_related("paragraph__section__meeting__board", "owner")
        .prefetch_related("owner_people")
        .order_by(
            "-paragraph__section__meeting__date",
            "paragraph__section__position",
            "paragraph__position",
            "position",
            "pk",
        )
    )
    # A page number that is not one shows the nearest page rather than an error.
    rows = Paginator(ordered, PAGE_SIZE).get_page(page)
    rows.object_list = list(rows.object_list)
    return rows
