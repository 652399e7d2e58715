"""Who may see and change which records: the one place these rules live.

Every query for meetings, sections and paragraphs in views, exports and search starts from
`Meeting.objects.visible_to(user)`; single records come through `get_meeting_for_user`
and `get_meeting_for_editor`, which answer 404 to anyone who may not see a record (a
draft's existence is itself not public) and 403 to those who may see but not change it.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone

if TYPE_CHECKING:
    from meetings.models import Meeting

READABLE_BY_MEMBERS = ("circulated", "agreed", "published")


def _is_signed_in(user: Any) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def current_memberships(user: Any, *, role: str | None = None) -> models.QuerySet:
    """The user's memberships in force today (none for anonymous users)."""
    from meetings.models import Membership

    if not _is_signed_in(user):
        return Membership.objects.none()
    today = timezone.localdate()
    memberships = Membership.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=today),
        person__user=user,
        start_date__lte=today,
    )
    if role is not None:
        memberships = memberships.filter(role=role)
    return memberships


def secretariat_board_ids(user: Any) -> models.QuerySet:
    return current_memberships(user, role="secretariat").values("board_id")


def member_board_ids(user: Any) -> models.QuerySet:
    return current_memberships(user).values("board_id")


class MeetingQuerySet(models.QuerySet):
    def visible_to(self, user: Any) -> MeetingQuerySet:
        if _is_signed_in(user) and user.is_superuser:
            return self.all()
        published = Q(status="published")
        if not _is_signed_in(user):
            return self.filter(published)
        return self.filter(
            published
            | Q(board_id__in=secretariat_board_ids(user))
            | Q(board_id__in=member_board_ids(user), status__in=READABLE_BY_MEMBERS)
        )

    def editable_by(self, user: Any) -> MeetingQuerySet:
        if not _is_signed_in(user):
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(board_id__in=secretariat_board_ids(user))


def is_secretariat(user: Any, board_id: int) -> bool:
    if _is_signed_in(user) and user.is_superuser:
        return True
    return current_memberships(user, role="secretariat").filter(board_id=board_id).exists()


def sees_restricted(user: Any, meeting: Meeting) -> bool:
    """Restricted content is for the board's members and secretariat, never the public."""
    if not _is_signed_in(user):
        return False
    if user.is_superuser:
        return True
    return current_memberships(user).filter(board_id=meeting.board_id).exists()


def get_meeting_for_user(user: Any, board_slug: str, date: datetime.date) -> Meeting:
    from meetings.models import Meeting

    try:
        return (
            Meeting.objects.visible_to(user)
            .select_related("board")
            .get(board__slug=board_slug, date=date)
        )
    except Meeting.DoesNotExist as exc:
        raise Http404("No such record") from exc


def get_meeting_for_editor(user: Any, board_slug: str, date: datetime.date) -> Meeting:
    meeting = get_meeting_for_user(user, board_slug, date)
    if not is_secretariat(user, meeting.board_id):
        raise PermissionDenied("Only the board's secretariat may change this record")
    return meeting
