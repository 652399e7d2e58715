"""Kept only so that `meetings/views/records.py` can import `upcoming_announcements` from
here until it imports from `meetings/views/calendars.py`, where the calendar views live.
Delete this module then."""

from meetings.views.calendars import upcoming_announcements

__all__ = ["upcoming_announcements"]
