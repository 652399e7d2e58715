"""Upper bounds on free text, in one place.

Far above anything a real record or update holds, and low enough that no single submission
can make a page too heavy to serve. Each bound is checked three times: by the form (which
keeps what was typed and says how long it is), by the model's validators in the services'
`full_clean()`, and by a database constraint that nothing can get round.
"""

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
