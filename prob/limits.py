"""Upper bounds on free text, in one place.

Far above anything a real record or update holds, and low enough that no single submission
can make a page too heavy to serve. Each bound is checked three times: by the form (which
keeps what was typed and says how long it is), by the model's validators in the services'
`full_clean()`, and by a database constraint that nothing can get round.
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual

TITLE = 300
NAME = 300
PARAGRAPH = 20_000
ACTION = 10_000
UPDATE = 10_000
COMMENT = 10_000
REASON = 1_000
DESCRIPTION = 10_000


def bounded_text(limit: int, **options: object) -> models.TextField:
    """A TextField that refuses more than `limit` characters (TextField alone does not)."""
    return models.TextField(max_length=limit, validators=[MaxLengthValidator(limit)], **options)


def text_within(field: str, limit: int, *, name: str) -> models.CheckConstraint:
    return models.CheckConstraint(condition=LessThanOrEqual(Length(field), limit), name=name)


# --- Meeting dates ---------------------------------------------------------------------------
# A meeting's date is bounded too: a year typed wrongly (9999, 0001) is accepted by a date
# field, then breaks what counts from it (a calendar's time zone rules for the years it spans;
# there is no day after 31 December 9999). The earliest is far enough back for any archive of
# minutes a board imports (Journey 1a brings old records in as written); the latest is further
# ahead than any board plans its meetings, and moves with today so it is never a deadline.
EARLIEST_MEETING = datetime.date(1900, 1, 1)
YEARS_AHEAD = 10


def latest_meeting(today: datetime.date | None = None) -> datetime.date:
    today = today or datetime.date.today()
    return datetime.date(today.year + YEARS_AHEAD, 12, 31)


def meeting_date_in_range(value: datetime.date) -> bool:
    return EARLIEST_MEETING <= value <= latest_meeting()


def validate_meeting_date(value: datetime.date) -> None:
    """Used by the Meeting model (so by every service that sets a date, through `full_clean`),
    by the forms' date fields, and by the import before it reads on."""
    if not meeting_date_in_range(value):
        raise ValidationError(
            f"A meeting's date must be between {EARLIEST_MEETING.year} and "
            f"{latest_meeting().year}: check the year.",
            code="date_out_of_range",
        )
