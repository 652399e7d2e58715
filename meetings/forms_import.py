"""The import page's form: minutes pasted as text or uploaded as a file, read into one text."""

from typing import Any

from django import forms
from django.core.validators import MaxLengthValidator

from meetings.minutes import MAX_UPLOAD_BYTES, MinutesError, read_upload
from meetings.minutes.files import DOCUMENT_SUFFIXES, TEXT_SUFFIXES

# As much text as the largest upload may hold. A validator, not max_length: a textarea's
# maxlength attribute would cut a long paste short without a word, losing what was typed.
MAX_TEXT_CHARACTERS = MAX_UPLOAD_BYTES


class ImportForm(forms.Form):
    text = forms.CharField(
        label="Minutes text",
        required=False,
        # Kept as pasted, blank lines included, so that line numbers in the problems match.
        strip=False,
        validators=[MaxLengthValidator(MAX_TEXT_CHARACTERS)],
        help_text="Paste the minutes as copied from Word or a PDF; Markdown marks are fine.",
        widget=forms.Textarea(attrs={"rows": 20, "spellcheck": "false"}),
    )
    upload = forms.FileField(
        label="Or upload a .txt, .md, .docx or .pdf file",
        required=False,
        help_text="A file chosen here is read instead of the text above, and its text is put "
        "there for you to check. A PDF must have text in it (not a scan).",
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join(TEXT_SUFFIXES + DOCUMENT_SUFFIXES)}
        ),
    )

    # The file read at an earlier preview, stored under its content (a signed token from
    # `StoredFile.token`): the browser does not send a chosen file twice, yet the record made
    # from its text keeps it as its original.
    original = forms.CharField(required=False, widget=forms.HiddenInput)

    # The uploaded file's name and bytes, once read: the original the record keeps.
    upload_file: tuple[str, bytes] | None = None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        upload = cleaned.get("upload")
        if upload:
            data = upload.read()
            try:
                text = read_upload(upload.name, data)
            except MinutesError as exc:
                self.add_error("upload", str(exc))
                return cleaned
            # The file's text goes in the textarea, to be checked, fixed and sent again.
            self.data = self.data.copy()
            self.data[self.add_prefix("text")] = text
            cleaned["text"] = text
            if len(text) > MAX_TEXT_CHARACTERS:
                self.add_error("upload", f"{upload.name} holds more text than can be read.")
            self.upload_file = (upload.name, data)
        elif "text" in cleaned and not cleaned["text"].strip():
            self.add_error("text", "Paste the minutes text, or choose a file to upload.")
        return cleaned
