"""A board's registers, read: its decisions, and each member's attendance.

Selectors only. What a reader may see comes from `meetings.scoping` (the records the reader may
open, and whether they read restricted content); nothing here decides it afresh. A register
holds records past draft only: a draft's decisions and attendance are not yet the board's, and
are in its editor. Each function costs a fixed number of queries whatever the number of rows.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet

from meetings.models import Attendance, Board, Meeting, Membership, Paragraph
from meetings.scoping import meetings_for, sees_restricted

_MEETING = "section__meeting"


def register_meetings(user: Any, board: Board) -> QuerySet[Meeting]:
    """The board's records past draft that the user may open, newest first."""
    return (
        meetings_for(user)
        .filter(board=board)
        .exclude(status=Meeting.Status.DRAFT)
        .order_by("-date", "pk")
    )


def board_decisions(user: Any, board: Board) -> QuerySet[Paragraph]:
    """Every paragraph recorded as a decision in the board's records that the user may read,
    newest meeting first and in the record's order within one; restricted ones (or those in a
    restricted section) only for those who read restricted content."""
    return decisions_in(register_meetings(user, board), restricted=sees_restricted(user, board.pk))


def decisions_in(meetings: QuerySet[Meeting], *, restricted: bool) -> QuerySet[Paragraph]:
    """The decisions of `meetings` (already scoped to the reader), with restricted ones (or
    those in a restricted section) only if `restricted`; newest meeting first."""
    decisions = Paragraph.objects.filter(decision=True, **{f"{_MEETING}__in": meetings})
    if not restricted:
        decisions = decisions.filter(restricted=False, section__restricted=False)
    return decisions.select_related(f"{_MEETING}__board").order_by(
        f"-{_MEETING}__date", "section__position", "position", "pk"
    )


def filter_decisions(
    decisions: QuerySet[Paragraph],
    *,
    meeting: Meeting | None = None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    words: str = "",
) -> QuerySet[Paragraph]:
    """The decisions of one meeting, between two dates (both included), and containing every
    word given (in any case, anywhere in the text)."""
    if meeting is not None:
        decisions = decisions.filter(section__meeting=meeting)
    if start is not None:
        decisions = decisions.filter(**{f"{_MEETING}__date__gte": start})
    if end is not None:
        decisions = decisions.filter(**{f"{_MEETING}__date__lte": end})
    for word in words.split():
        decisions = decisions.filter(text__icontains=word)
    return decisions


# --- Attendance ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingAttendance:
    """One meeting in a member's record: whether they were expected (a member on the day),
    and what the record says of them (present, in attendance, apologies, absent), if anything."""

    meeting: Meeting
    expected: bool
    attendance: Attendance | None

    @property
    def attended(self) -> bool:
        return self.attendance is not None and self.attendance.kind in (
            Attendance.Kind.PRESENT,
            Attendance.Kind.IN_ATTENDANCE,
        )

    @property
    def apologies(self) -> bool:
        return self.attendance is not None and self.attendance.kind == Attendance.Kind.APOLOGIES

    @property
    def outcome(self) -> str:
        if self.attendance is not None:
            return self.attendance.get_kind_display()
        return "Absent, no apologies recorded" if self.expected else "Not expected"


@dataclass(frozen=True)
class AttendanceRecord:
    membership: Membership
    meetings: list[MeetingAttendance] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return sum(1 for row in self.meetings if row.expected)

    @property
    def attended(self) -> int:
        return sum(1 for row in self.meetings if row.expected and row.attended)

    @property
    def apologies(self) -> int:
        return sum(1 for row in self.meetings if row.expected and row.apologies)

    @property
    def attended_otherwise(self) -> int:
        """Meetings attended outside the membership's period."""
        return sum(1 for row in self.meetings if not row.expected and row.attended)


def get_membership(board: Board, pk: int) -> Membership | None:
    """One membership of the board, with its person and organisation (one query)."""
    return (
        Membership.objects.filter(board=board, pk=pk).select_related("person__organisation").first()
    )


def attendance_record(user: Any, membership: Membership) -> AttendanceRecord:
    """The meetings of the membership's board that the user may open, held while the membership
    was in force or with the person in their record, newest first, each with the person's
    attendance (two queries)."""
    in_force = Q(date__gte=membership.start_date)
    if membership.end_date is not None:
        in_force &= Q(date__lte=membership.end_date)
    meetings = list(
        register_meetings(user, membership.board)
        .filter(in_force | Q(attendances__person_id=membership.person_id))
        .distinct()
        .select_related("board")
    )
    attendances = {
        a.meeting_id: a
        for a in Attendance.objects.filter(
            person_id=membership.person_id, meeting__in=[m.pk for m in meetings]
        )
    }
    rows = [
        MeetingAttendance(
            meeting=meeting,
            expected=membership.start_date <= meeting.date
            and (membership.end_date is None or meeting.date <= membership.end_date),
            attendance=attendances.get(meeting.pk),
        )
        for meeting in meetings
    ]
    return AttendanceRecord(membership=membership, meetings=rows)
