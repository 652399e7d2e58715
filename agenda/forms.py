"""The agenda's forms. Those the editor and My actions show once per row render with
Django's own `{{ field }}` through `templates/agenda/_fields.html` (not crispy's templates per
form): `PlainFields` gives their boxes Bootstrap's classes."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from agenda.files import ACCEPTED, max_bytes
from agenda.models import AgendaItem, Paper


class PlainFields(forms.BaseForm):
    """Bootstrap's classes on each box (`form-control`, `form-select`, `form-check-input`),
    and `is-invalid` on those in error once the form is checked, as crispy would put them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                widget.attrs["class"] = "form-check-input"
            elif isinstance(widget, forms.Select):
                widget.attrs["class"] = "form-select"
            else:
                widget.attrs["class"] = "form-control"

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["class"] += " is-invalid"


class ItemForm(PlainFields, forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = (
            "title",
            "lead",
            "purpose",
            "timing",
            "restricted",
            "restricted_reason",
            "title_public",
        )
        # The pages put "Not for publication:" before the reason themselves.
        help_texts = {
            "restricted_reason": 'For example "contains information about an ongoing '
            'investigation"; the public sees it after "Not for publication:".'
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("restricted") and not (data.get("restricted_reason") or "").strip():
            self.add_error(
                "restricted_reason", "Say why the item is withheld: the public is shown it."
            )
        return data


class PaperForm(PlainFields, forms.ModelForm):
    upload = forms.FileField(
        label="File",
        help_text=f"A {ACCEPTED} file, at most {max_bytes() // (1024 * 1024)} MB.",
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".pdf,.docx,.xlsx,.pptx," + ",".join(kind.value for kind in Paper.Kind)
            }
        ),
    )

    class Meta:
        model = Paper
        fields = ("title", "version", "restricted")

    def clean_upload(self) -> Any:
        upload = self.cleaned_data["upload"]
        # Refused before it is read whole: the service checks the bytes again.
        if upload.size > max_bytes():
            raise ValidationError(
                f"The file is too large: a paper may be at most {max_bytes():,} bytes "
                f"(this one is {upload.size:,}).",
                code="too_large",
            )
        return upload


class PaperEditForm(PlainFields, forms.ModelForm):
    class Meta:
        model = Paper
        fields = ("title", "version", "restricted")


class MoveForm(forms.Form):
    direction = forms.ChoiceField(choices=[("up", "Up"), ("down", "Down")])


class PaperRequestForm(PlainFields, forms.Form):
    """The secretariat's request for a paper; `organisations` are those with a current action
    owner on the board, read once for the whole editor (a choice list, not a query per form)."""

    organisation = forms.TypedChoiceField(label="Organisation asked", coerce=int)
    due = forms.DateField(label="Due date", widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(
        label="Note to the organisation",
        max_length=500,
        required=False,
        help_text="What the paper should cover.",
    )
    restricted = forms.BooleanField(
        label="Restricted paper",
        required=False,
        help_text="For board members and the secretariat only (always so on a restricted item).",
    )

    def __init__(self, *args: Any, organisations: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisations = {organisation.pk: organisation for organisation in organisations}
        self.fields["organisation"].choices = [("", "Choose an organisation")] + [
            (organisation.pk, f"{organisation.short_name} ({organisation.name})")
            for organisation in organisations
        ]


class PaperRequestUploadForm(PlainFields, forms.Form):
    title = forms.CharField(label="Title of the paper", max_length=200)
    upload = forms.FileField(
        label="File",
        help_text=f"A {ACCEPTED} file, at most {max_bytes() // (1024 * 1024)} MB.",
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".pdf,.docx,.xlsx,.pptx," + ",".join(kind.value for kind in Paper.Kind)
            }
        ),
    )

    def clean_upload(self) -> Any:
        upload = self.cleaned_data["upload"]
        if upload.size > max_bytes():
            raise ValidationError(
                f"The file is too large: a paper may be at most {max_bytes():,} bytes "
                f"(this one is {upload.size:,}).",
                code="too_large",
            )
        return upload
