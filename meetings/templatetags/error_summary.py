"""`{{ form|error_summary }}`: a refused form's errors, each linked to its field, in the words
the editor's page message uses (`meetings.views.editor.focus.error_summary`, their one home).
base.html shows it at the top of every page whose `form` was refused."""

from __future__ import annotations

from django import forms, template
from django.utils.safestring import SafeString

from meetings.views.editor.focus import error_summary as summary_of

register = template.Library()


@register.filter
def error_summary(form: forms.Form) -> SafeString:
    return summary_of(form)
