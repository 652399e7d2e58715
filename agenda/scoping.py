"""Who may read and write a meeting's agenda and papers, on top of `meetings.scoping`.

The meeting comes through `meetings.scoping.announced_meetings_for` (announced meetings of
boards the user may see, and the records the user may open). Its agenda is then read by:
- the board's secretariat, always (drafts included);
- everyone else who sees the meeting, once the agenda is published.
Anyone else gets 404: an unpublished agenda's existence is not public. The write helper
answers 403 to those who may read the agenda but not change it (`is_secretariat`).
Restricted items and papers are for the board's readers (`sees_restricted`), never the public.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from agenda.models import Agenda, Paper
from meetings.models import Meeting
from meetings.scoping import announced_meetings_for, is_secretariat, sees_restricted


@dataclass(frozen=True)
class AgendaAccess:
    meeting: Meeting
    agenda: Agenda | None  # None until the secretariat writes its first item
    secretariat: bool
    sees_restricted: bool


def _meeting(user: Any, board_slug: str, date: datetime.date) -> Meeting:
    meetings = announced_meetings_for(user).select_related("board", "agenda")
    try:
        return meetings.get(board__slug=board_slug, date=date)
    except Meeting.DoesNotExist as exc:
        raise Http404("No such meeting") from exc


def get_agenda_for_user(user: Any, board_slug: str, date: datetime.date) -> AgendaAccess:
    meeting = _meeting(user, board_slug, date)
    agenda: Agenda | None = getattr(meeting, "agenda", None)
    secretariat = is_secretariat(user, meeting.board_id)
    if not secretariat and (agenda is None or not agenda.is_published):
        raise Http404("No published agenda")
    return AgendaAccess(
        meeting=meeting,
        agenda=agenda,
        secretariat=secretariat,
        sees_restricted=secretariat or sees_restricted(user, meeting.board_id),
    )


def get_agenda_for_secretariat(user: Any, board_slug: str, date: datetime.date) -> AgendaAccess:
    access = get_agenda_for_user(user, board_slug, date)
    if not access.secretariat:
        raise PermissionDenied("Only the board's secretariat may change the agenda")
    return access


def get_paper_for_user(
    user: Any, board_slug: str, date: datetime.date, paper_id: int
) -> tuple[AgendaAccess, Paper]:
    """A paper of the agenda the user may read: a restricted one (or one of a restricted
    item) only for the board's readers; 404 for anyone else, as if it were not there."""
    access = get_agenda_for_user(user, board_slug, date)
    # A number no database integer holds names no paper (and must not reach the query).
    if access.agenda is None or not 0 < paper_id < 2**31:
        raise Http404("No such paper")
    try:
        paper = Paper.objects.select_related("item").get(pk=paper_id, item__agenda=access.agenda)
    except Paper.DoesNotExist as exc:
        raise Http404("No such paper") from exc
    if not paper.is_public and not access.sees_restricted:
        raise Http404("No such paper")
    return access, paper
