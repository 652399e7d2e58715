"""The editor's forms: the people and organisations they offer (`choices_for`), each part's form
made with them, the part open as a form (`OpenForm`), the longest text each box in place takes
(`LIMITS`) and fresh forms rendered once per process (`fresh_form_html`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_form
from django import forms
from django.http import QueryDict

from meetings.forms import (
    ActionForm,
    ActionFromWordsForm,
    AttendeeAddForm,
    AttendeeForm,
    ParagraphForm,
    SectionForm,
)
from meetings.models import Board, Organisation
from meetings.render_version import render_version
from meetings.services import editing
from meetings.views.editor.parts import organisation, people
from meetings.views.editor.surface import safe


@dataclass(frozen=True)
class Choices:
    """The people and organisations a board's forms offer."""

    people: list[tuple[str, str]]
    organisations: list[tuple[str, str]]


def choices_for(board: Board) -> Choices:
    board_people = editing.board_people(board).select_related("organisation").order_by("name")
    return Choices(
        people=[
            (str(p.pk), f"{p.name} ({p.organisation.short_name})" if p.organisation else p.name)
            for p in board_people
        ],
        organisations=[(str(o.pk), o.short_name) for o in Organisation.objects.all()],
    )


def attendee_add_form(data: QueryDict | None, choices: Choices) -> AttendeeAddForm:
    return AttendeeAddForm(data, people=choices.people, organisations=choices.organisations)


def attendee_form(data: QueryDict | None, choices: Choices, **kwargs: Any) -> AttendeeForm:
    return AttendeeForm(data, organisations=choices.organisations, **kwargs)


def action_form(data: QueryDict | None, choices: Choices, **kwargs: Any) -> ActionForm:
    return ActionForm(data, people=choices.people, organisations=choices.organisations, **kwargs)


def action_add_form(
    data: QueryDict | None, choices: Choices, ref: str = "", **kwargs: Any
) -> ActionFromWordsForm:
    """The form that adds an action; made of words selected in a paragraph (`ref`), it carries
    them, to take them out of it."""
    return ActionFromWordsForm(
        data, people=choices.people, organisations=choices.organisations, ref=ref, **kwargs
    )


def action_fields(data: dict[str, Any]) -> dict[str, Any]:
    """An action form's cleaned data as the action services take it."""
    return {
        "text": data["text"],
        "owner": organisation(data["owner"]),
        "owner_people": people(data["owner_people"]),
        "due": data["due"],
    }


@dataclass(frozen=True)
class OpenForm:
    """A part of the page shown as a form: `kind` says which ("paragraph", "action-add", ...)
    and `id` which row (for an addition, the row added to)."""

    kind: str
    id: int
    form: forms.Form
    # For a paragraph added in place: the paragraph it goes after (None: at the section's end).
    after: int | None = None


# The longest text each box in place takes (the forms' own limits).
LIMITS = {
    "paragraph": ParagraphForm.base_fields["text"].max_length,
    "title": SectionForm.base_fields["title"].max_length,
    "role": AttendeeForm.base_fields["role"].max_length,
}


# Fresh forms (nothing typed, nothing refused) rendered once per process for the values and
# choices they show and the render version (the templates and code that made them, as every
# stored rendering is keyed): crispy's rendering is the dearest part of the page after the
# record.
_FRESH: OrderedDict[tuple, str] = OrderedDict()
_FRESH_LOCK = threading.Lock()


def fresh_form_html(form: forms.Form) -> str:
    """`form` as the `crispy` filter renders it; for an unbound form, kept per its fields'
    values, choices and ids and the render version, so that each distinct one is rendered once
    by each version of the code."""
    if form.is_bound:
        return as_crispy_form(form)
    key = (
        render_version(),
        type(form).__name__,
        form.auto_id,
        tuple(
            (
                name,
                repr(form.get_initial_for_field(field, name)),
                repr(getattr(field, "choices", None)),
            )
            for name, field in form.fields.items()
        ),
    )
    with _FRESH_LOCK:
        html = _FRESH.get(key)
    if html is None:
        html = as_crispy_form(form)
        with _FRESH_LOCK:
            _FRESH[key] = html
            while len(_FRESH) > 256:
                _FRESH.popitem(last=False)
    return safe(html)
