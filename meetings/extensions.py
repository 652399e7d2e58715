"""What apps built on meetings add to its pages and its Undo, without meetings importing them.

Meetings is the ground floor: the agenda and actions apps build on it (agendas belong to
meetings; an action's updates and reminders to an action of a record), so meetings never
imports them. Where a meetings page shows something of the agenda — the papers a record's
meeting considered, the published agendas among the Atom feeds' entries — it asks here, and
the agenda app fills these in from its `AppConfig.ready` (`agenda.apps.AgendaConfig`). With
nothing registered a record lists no papers and the feeds hold only records. Where deleting a
draft's part takes rows of another app along (an action's reminders sent), that app names
their model here (`actions.apps.ActionsConfig`), so that Undo puts them back after the
record's own rows (`meetings.services.undo`); a kind named nowhere is refused, not lost. The
sample data's agenda is made by the agenda app's own command (`load_sample_agenda`), which
`load_sample_data` calls by name.

Each hook is registered under a name, so registering again (a second `ready`) replaces it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from django.db.models import Model

    from meetings.models import Board, Meeting


@dataclass(frozen=True)
class FeedEntry:
    """An entry of the Atom feeds that is not a record (a published agenda)."""

    title: str
    description: str
    link: str
    guid: str
    published: datetime.datetime
    updated: datetime.datetime


# The papers a meeting considered, for its record page: `(meeting, public=...)` -> papers.
RecordPapers = Callable[..., list[Any]]
# The feed's other entries, the latest first, at most `limit`: `(board or None, limit)`.
FeedEntries = Callable[["Board | None", int], list[FeedEntry]]

_record_papers: dict[str, RecordPapers] = {}
_feed_entries: dict[str, FeedEntries] = {}
_kept_with_parts: dict[str, type[Model]] = {}


def add_record_papers(name: str, papers: RecordPapers) -> None:
    _record_papers[name] = papers


def add_feed_entries(name: str, entries: FeedEntries) -> None:
    _feed_entries[name] = entries


def add_kept_with_parts(name: str, model: type[Model]) -> None:
    _kept_with_parts[name] = model


def record_papers(meeting: Meeting, *, public: bool) -> list[Any]:
    """The papers the meeting considered, as every registered app lists them."""
    return [paper for papers in _record_papers.values() for paper in papers(meeting, public=public)]


def feed_entries(board: Board | None, limit: int) -> list[FeedEntry]:
    """The feeds' entries other than records, for a board's feed or (None) the site's."""
    return [entry for entries in _feed_entries.values() for entry in entries(board, limit)]


def kept_with_parts() -> tuple[type[Model], ...]:
    """The models of other apps whose rows go with a deleted part of a draft, and come back
    with it."""
    return tuple(_kept_with_parts.values())
