"""What the meetings views share: the date in a record's address, and a service's refusal put on
the form that asked."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.http import Http404


def parse_date(value: str) -> datetime.date:
    """The date in a record's address; 404 for one that is no date."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise Http404("No such record") from exc


def add_errors(form: Any, exc: ValidationError) -> None:
    """A service's refusal on the form: each field's on its field, where the form has it."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)
