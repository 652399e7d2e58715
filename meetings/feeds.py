"""Atom feeds of published records, per board and for the whole site.

Feeds are read by programs that never sign in, so they hold only what the public may read:
published records, restricted section titles left out, whoever asks.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.db.models import OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from meetings.extensions import FeedEntry, feed_entries
from meetings.models import Board, Meeting, Section
from meetings.scoping import get_board_for_user, meetings_for
from prob import site

FEED_LENGTH = 50


def published_records() -> QuerySet[Meeting]:
    """Published records, newest publication first, each with when it was published (the
    history row where it became published; `updated` for records published before history)."""
    became_published = (
        Meeting.history.model.objects.filter(id=OuterRef("pk"), status=Meeting.Status.PUBLISHED)
        .order_by("history_date")
        .values("history_date")[:1]
    )
    public_sections = Section.objects.filter(restricted=False).order_by("position")
    return (
        meetings_for(AnonymousUser())
        .select_related("board")
        .prefetch_related(Prefetch("sections", queryset=public_sections))
        .annotate(published_at=Coalesce(Subquery(became_published), "updated"))
        .order_by("-published_at", "-pk")
    )


def with_other_entries(
    records: QuerySet[Meeting], board: Board | None
) -> list[Meeting | FeedEntry]:
    """Published records and the other apps' entries (published agendas:
    `meetings.extensions`) together, the latest first (an agenda by its last publication), at
    most FEED_LENGTH."""
    entries: list[Meeting | FeedEntry] = [*records, *feed_entries(board, FEED_LENGTH)]
    entries.sort(
        key=lambda e: e.published_at if isinstance(e, Meeting) else e.updated, reverse=True
    )
    return entries[:FEED_LENGTH]


class SiteFeed(Feed):
    """Every public record. Atom requires an author of the feed (RFC 4287 4.1.1): the body
    that runs the site; a board's feed is the board's.

    Ids are tag URIs of the site's host name and the object's key, links absolute on
    SITE_URL: neither follows the Host a request came with, so a reader that reached the site
    by another name (or port) never sees the same entries as new ones."""

    feed_type = Atom1Feed
    title = "PROB: published records"
    subtitle = "Records of meetings as they are published."

    def link(self) -> str:
        return site.absolute(reverse("home"))

    def feed_url(self) -> str:
        return site.absolute(reverse("site_feed"))

    def feed_guid(self) -> str:
        return site.tag("feed")

    def author_name(self) -> str:
        return settings.SITE_OWNER_NAME

    def items(self) -> list[Meeting | FeedEntry]:
        return with_other_entries(published_records()[:FEED_LENGTH], None)

    # An entry is a published record, or another app's entry (a published agenda).
    def item_title(self, item: Meeting | FeedEntry) -> str:
        if isinstance(item, Meeting):
            return f"{item.board.name}: {item.title}"
        return item.title

    def item_description(self, item: Meeting | FeedEntry) -> str:
        if isinstance(item, Meeting):
            return "; ".join(section.title for section in item.sections.all())
        return item.description

    def item_link(self, item: Meeting | FeedEntry) -> str:
        if isinstance(item, Meeting):
            return site.absolute(item.get_absolute_url())
        return site.absolute(item.link)

    def item_guid(self, item: Meeting | FeedEntry) -> str:
        if isinstance(item, Meeting):
            return site.tag(f"meeting/{item.pk}")
        return site.tag(item.guid)

    def item_updateddate(self, item: Meeting | FeedEntry) -> datetime.datetime:
        if isinstance(item, Meeting):
            return item.published_at
        return item.updated

    def item_pubdate(self, item: Meeting | FeedEntry) -> datetime.datetime:
        if isinstance(item, Meeting):
            return item.published_at
        return item.published


class BoardFeed(SiteFeed):
    def get_object(self, request: HttpRequest, slug: str) -> Board:  # type: ignore[override]
        return get_board_for_user(request.user, slug)

    def title(self, board: Board) -> str:  # type: ignore[override]
        return f"{board.name}: published records"

    def link(self, board: Board) -> str:  # type: ignore[override]
        return site.absolute(board.get_absolute_url())

    def feed_url(self, board: Board) -> str:  # type: ignore[override]
        return site.absolute(reverse("meetings:board_feed", args=[board.slug]))

    def feed_guid(self, board: Board) -> str:  # type: ignore[override]
        return site.tag(f"board/{board.pk}/feed")

    def author_name(self, board: Board) -> str:  # type: ignore[override]
        return board.name

    def items(self, board: Board) -> list[Meeting | FeedEntry]:  # type: ignore[override]
        return with_other_entries(published_records().filter(board=board)[:FEED_LENGTH], board)
