"""Published agendas as the public reads them, for the feeds and the open data API: only
public items' details and public papers; a restricted item is listed with its number, its
title if that may be public, and the reason it is withheld. Nothing here queries on its own
once the caller has prefetched with `public_items_prefetch`."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import Max, Prefetch, QuerySet, prefetch_related_objects
from django.urls import reverse

from agenda.models import Agenda, AgendaItem, Paper
from meetings.extensions import FeedEntry
from meetings.minutes import format_date
from meetings.scoping import announced_meetings_for


def public_items_prefetch(prefix: str = "items") -> Prefetch:
    """The agenda's items in order, each with only its public papers as `public_papers`."""
    papers = Paper.objects.filter(restricted=False, item__restricted=False).order_by(
        "created", "pk"
    )
    return Prefetch(
        prefix,
        queryset=AgendaItem.objects.order_by("position").prefetch_related(
            Prefetch("papers", queryset=papers, to_attr="public_papers")
        ),
    )


ITEM_COPIED = ("number", "title", "lead", "purpose", "timing", "restricted", "restricted_reason")
PAPER_COPIED = ("title", "version", "name", "content_type", "size", "sha256")


def public_copy(agenda: Agenda) -> dict[str, Any]:
    """What the public is shown of the agenda now: its items in order and their public papers,
    kept at each publication (`Agenda.public_copy`). Two queries."""
    papers = Prefetch("papers", queryset=Paper.objects.order_by("created", "pk"))
    items = list(agenda.items.order_by("position").prefetch_related(papers))
    return {
        "items": [
            {
                "id": item.pk,
                **{name: getattr(item, name) for name in ITEM_COPIED},
                "title": item.public_title if item.restricted else item.title,
                "papers": [
                    {"id": paper.pk, **{name: getattr(paper, name) for name in PAPER_COPIED}}
                    for paper in item.papers.all()
                    if paper.is_public
                ],
            }
            for item in items
        ]
    }


def published_items(agenda: Agenda) -> list[AgendaItem]:
    """The agenda's items as the public reads them: as they were at its last publication
    (`Agenda.public_copy`), each with `public_papers` (also as `shown_papers`). An item or
    paper restricted or removed since is withheld at once: a restriction never waits for the
    next publication. Reads what `public_items_prefetch` fetched (two queries if nothing was)."""
    prefetch_related_objects([agenda], public_items_prefetch())
    live = list(agenda.items.all())
    if agenda.public_copy is None:  # published before copies were kept: read as it is now
        for item in live:
            item.shown_papers = item.public_papers
        return live
    now = {item.pk: item for item in live}
    public_now = {paper.pk: paper for item in live for paper in item.public_papers}
    items = []
    for kept in agenda.public_copy["items"]:
        item = AgendaItem(pk=kept["id"], agenda=agenda, title_public=True)
        for name in ITEM_COPIED:
            setattr(item, name, kept[name])
        current = now.get(kept["id"])
        if current is not None and current.restricted and not item.restricted:
            item.restricted = True
            item.restricted_reason = current.restricted_reason
            item.title_public = current.title_public
        papers = []
        if not item.restricted:
            for copied in kept["papers"]:
                if copied["id"] not in public_now:
                    continue
                paper = Paper(pk=copied["id"], item=item, file=public_now[copied["id"]].file.name)
                for name in PAPER_COPIED:
                    setattr(paper, name, copied[name])
                papers.append(paper)
        item.public_papers = item.shown_papers = papers
        items.append(item)
    return items


def published_paper_ids(agenda: Agenda) -> set[int]:
    """The papers the public may download: those it was shown at the last publication."""
    return {paper.pk for item in published_items(agenda) for paper in item.public_papers}


def published_agendas() -> QuerySet[Agenda]:
    """Published agendas of meetings the public sees, each with `last_published`."""
    return (
        Agenda.objects.filter(
            status=Agenda.Status.PUBLISHED,
            meeting__in=announced_meetings_for(AnonymousUser()).values("pk"),
        )
        .select_related("meeting__board")
        .prefetch_related(public_items_prefetch())
        .annotate(last_published=Max("publications__made"))
    )


def published_agenda_of(meeting: Any) -> Agenda | None:
    """The meeting's agenda if published (read from what `select_related` joined)."""
    agenda = getattr(meeting, "agenda", None)
    return agenda if agenda is not None and agenda.is_published else None


def item_line(item: AgendaItem) -> str:
    if item.restricted:
        return f"{item.number}. {item.public_title} (not for publication: {item.reason})"
    return f"{item.number}. {item.title}"


def agenda_entry(agenda: Agenda) -> FeedEntry:
    """A published agenda as an entry of the Atom feeds."""
    meeting = agenda.meeting
    return FeedEntry(
        title=f"{meeting.board.name}: Agenda for {format_date(meeting.date)}",
        description="; ".join(item_line(item) for item in published_items(agenda)),
        link=reverse("agenda:agenda", args=[meeting.board.slug, meeting.date.isoformat()]),
        guid=f"agenda/{agenda.pk}",
        published=agenda.published,
        updated=getattr(agenda, "last_published", None) or agenda.published,
    )


def feed_entries(board: Any, limit: int) -> list[FeedEntry]:
    """The published agendas among the Atom feeds' entries (`meetings.extensions`): a board's,
    or (`board` None) every public one, the latest published first, at most `limit`."""
    agendas = published_agendas()
    if board is not None:
        agendas = agendas.filter(meeting__board=board)
    return [agenda_entry(agenda) for agenda in agendas.order_by("-published")[:limit]]


def ocd_agenda(agenda: Agenda, site: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The agenda's items and public papers as Open Civic Data agenda items and documents.
    `site(name, *args)` makes an absolute address of a URL name."""
    meeting = agenda.meeting
    args = (meeting.board.slug, meeting.date.isoformat())
    items: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    for item in published_items(agenda):
        entry: dict[str, Any] = {
            "order": str(item.number),
            "ref": str(item.number),
            "description": item.public_title if item.restricted else item.title,
            "classification": [] if item.restricted else [item.get_purpose_display().lower()],
            "subjects": [],
            "notes": [item.reason] if item.restricted else [],
            "related_entities": [],
        }
        if item.restricted:
            entry["withheld"] = True
        items.append(entry)
        for paper in getattr(item, "public_papers", []):
            documents.append(
                {
                    "note": paper.title,
                    "classification": "agenda paper",
                    "version": paper.version,
                    "sha256": paper.sha256,
                    "agenda_item": str(item.number),
                    "links": [
                        {
                            "url": site("agenda:paper", *args, paper.pk),
                            "media_type": paper.content_type,
                        }
                    ],
                }
            )
    if items:
        documents.insert(
            0,
            {
                "note": f"Agenda for {format_date(meeting.date)}",
                "classification": "agenda",
                "date": meeting.date.isoformat(),
                "links": [{"url": site("agenda:agenda", *args), "media_type": "text/html"}],
            },
        )
    return items, documents


def papers_considered(meeting: Any, *, public: bool) -> list[Paper]:
    """The papers of the meeting's published agenda, in agenda order, for its record: for the
    public only public papers of public items. No query where the meeting was read with its
    agenda (`meetings.scoping.get_meeting_for_user`) and has none published, one otherwise."""
    agenda = published_agenda_of(meeting)
    if agenda is None:
        return []
    if public:  # as the public was shown them at the agenda's last publication
        agenda.meeting = meeting
        return [paper for item in published_items(agenda) for paper in item.public_papers]
    papers = Paper.objects.filter(item__agenda=agenda)
    return list(
        papers.select_related("item__agenda__meeting__board").order_by(
            "item__position", "created", "pk"
        )
    )
