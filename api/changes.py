"""When what the open data API shows last changed: its Last-Modified.

Only changes the public can see count. An edit to a draft, to a record of a board that is not
public, or to anything the API never shows leaves the date alone: were it to move, anyone
polling the API would learn when the secretariat works on something they may not read.

Each board keeps the moment of its last public change (`Board.public_changed_at`), stamped in
the same transaction as the change by the one call every service makes
(`meetings.revisions`): a change to a published record or its actions (a publication, an
amendment, an action's progress outside restricted parts), to an announced meeting's date,
time and place or its announcing, to a public board, its memberships, or the names of the
organisations and people its public records name. A board that stops being public moves it
too (it leaves the API). The API's date is the newest of them, in one query.
"""

from __future__ import annotations

import datetime

from django.db.models import Max

from meetings.models import Board


def last_change() -> datetime.datetime | None:
    """The newest public change, in one query."""
    return Board.objects.aggregate(at=Max("public_changed_at"))["at"]
