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
from django.db.models import QuerySet
from django.http import Http404

from agenda.models import Agenda, Paper, PaperRequest
from agenda.public import published_paper_ids
from meetings.models import Meeting, Membership, Person
from meetings.scoping import (
    announced_meetings_for,
    current_memberships,
    is_secretariat,
    is_signed_in,
    sees_restricted,
)


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
    # The public has only the papers it was shown at the agenda's last publication.
    if not access.sees_restricted and (
        not paper.is_public or paper.pk not in published_paper_ids(access.agenda)
    ):
        raise Http404("No such paper")
    return access, paper


# --- Paper requests ----------------------------------------------------------------------------
# A paper request is seen by the board's secretariat and by its owners: the people of the
# organisation asked who hold a current action owner membership of the board (the owner rule
# of `meetings.action_scoping`). An owner sees the requests made of them, the item's number and
# title, and the paper they sent, and nothing else of an unpublished agenda.


def paper_requests_of(user: Any) -> QuerySet[PaperRequest]:
    """The paper requests the user answers for (My actions)."""
    if not is_signed_in(user):
        return PaperRequest.objects.none()
    return PaperRequest.objects.filter(
        organisation_id__in=Person.objects.filter(user=user).values("organisation_id"),
        item__agenda__meeting__board_id__in=current_memberships(
            user, roles=(Membership.Role.ACTION_OWNER,)
        ).values("board_id"),
    )


def _request(pk: int) -> PaperRequest:
    if not 0 < pk < 2**31:
        raise Http404("No such paper request")
    found = (
        PaperRequest.objects.select_related("item__agenda__meeting__board", "organisation", "paper")
        .filter(pk=pk)
        .first()
    )
    if found is None:
        raise Http404("No such paper request")
    return found


def get_paper_request_for_user(user: Any, pk: int) -> PaperRequest:
    """A request the user may see: its owners' and the board secretariat's; 404 to others."""
    found = _request(pk)
    board_id = found.item.agenda.meeting.board_id
    if is_secretariat(user, board_id) or paper_requests_of(user).filter(pk=pk).exists():
        return found
    raise Http404("No such paper request")


def get_paper_request_for_owner(user: Any, pk: int) -> PaperRequest:
    """A request the user may answer with a paper: its owners only; 403 to the secretariat,
    who may see it but not send the organisation's paper for it."""
    found = get_paper_request_for_user(user, pk)
    if not paper_requests_of(user).filter(pk=pk).exists():
        raise PermissionDenied("Only the organisation asked may send this paper")
    return found
