"""Where the editor's focus goes when its page comes back, with or without JavaScript (the
`autofocus` attribute; `static/js/editor.js` follows it after a save in place): into the part
opened for editing, or, for a refused form, into its first field in error, with a summary of
every error as the page's message, each linking to its field."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpRequest
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString


def _visible(form: forms.Form) -> list[forms.BoundField]:
    return [field for field in form if not field.is_hidden]


# An edit conflict is explained in full at the form, beside the two texts; the summary only
# points there.
_SHORT = {"stale": "Someone else saved this meanwhile: see the message at the box, with both texts"}


def _short(error: ValidationError) -> str:
    return _SHORT.get(error.code or "") or " ".join(error.messages)


def error_summary(form: forms.Form) -> SafeString:
    """The refused form's errors, each linked to its field: those of the whole form first,
    linked to its first field."""
    visible = _visible(form)
    first = visible[0].id_for_label if visible else ""
    whole = [(first, _short(error)) for error in form.errors.as_data().get(NON_FIELD_ERRORS, [])]
    fields = [
        (field.id_for_label, field.label, error) for field in visible for error in field.errors
    ]
    count = len(whole) + len(fields)
    return format_html(
        '<p class="mb-1"><strong>Not saved: {} problem{} to put right.</strong></p>'
        '<ul class="mb-0 error-summary">{}{}</ul>',
        count,
        "" if count == 1 else "s",
        format_html_join("", '<li><a class="alert-link" href="#{}">{}</a></li>', whole),
        format_html_join("", '<li><a class="alert-link" href="#{}">{}</a>: {}</li>', fields),
    )


def focus_the_work(
    request: HttpRequest, opened: forms.Form | None, *others: forms.Form | None
) -> None:
    """Puts `autofocus` on the field to carry on from: the first in error of a refused form
    (the form opened, or one of the page's `others` sent back refused), else the first of the
    form opened. A refused form's errors are summed up in the page's message."""
    refused = next(
        (form for form in (opened, *others) if form is not None and form.is_bound and form.errors),
        None,
    )
    if refused is not None:
        messages.error(request, error_summary(refused))
        fields = [f for f in _visible(refused) if f.errors] or _visible(refused)
    elif opened is not None:
        fields = _visible(opened)
        first = getattr(opened, "focus_first", "")
        fields = [f for f in fields if f.name == first] or fields
    else:
        return
    if fields:
        fields[0].field.widget.attrs["autofocus"] = True
