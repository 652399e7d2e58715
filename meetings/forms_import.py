"""The import page's form: minutes pasted as text or uploaded as a file, read into one text."""

from typing import Any

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.template.defaultfilters import filesizeformat

from meetings.minutes import MAX_UPLOAD_BYTES, MinutesError, read_upload
from meetings.minutes.files import DOCUMENT_SUFFIXES, TEXT_SUFFIXES
from prob import limits

# As much text as the largest upload may hold. A validator, not max_length: a textarea's
# maxlength attribute would cut a long paste short without a word, losing what was typed.
MAX_TEXT_CHARACTERS = MAX_UPLOAD_BYTES
# The longest line read: no paragraph holds more. A longer one (a file with no line breaks) is
# refused with its number, never read into a page that echoes megabytes.
MAX_LINE_CHARACTERS = limits.PARAGRAPH


def long_line(text: str) -> str:
    """Why `text` cannot be read for a line longer than any paragraph, or ""."""
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARACTERS:
            return (
                f"Line {number} is {len(line):,} characters long, and a paragraph holds at most "
                f"{MAX_LINE_CHARACTERS:,}: put a line break between its paragraphs, then try "
                "again. Nothing was read or saved."
            )
    return ""


def too_long_to_send(size: int) -> str:
    """What the page says of text pasted over the limit of a form's field, which was not read:
    nor kept, since the server holds no more of a field than that limit, so the box comes back
    empty, and the page says so, and what to do instead (QA F10)."""
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    return (
        f"The text pasted is {size:,} bytes long; text up to {limit:,} bytes "
        f"({filesizeformat(limit)}) can be pasted at once, so it was not read and nothing was "
        "saved. The text pasted was not kept either: the box is empty. Upload the file the "
        f"minutes are in instead (a file up to {filesizeformat(MAX_UPLOAD_BYTES)} is read), or "
        "split the minutes, and paste and import each part on its own."
    )


def paste_help() -> str:
    """The text box's help: how much can be pasted, said before it is refused (QA F10)."""
    return (
        "Paste the minutes as copied from Word or a PDF; Markdown marks are fine. Up to "
        f"{filesizeformat(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)} of text can be pasted at once: "
        "split longer minutes, and import each part."
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        # Every file sent, even where the input offers one: several are refused, never
        # silently cut to the last.
        return files.getlist(name)


class MultipleFileField(forms.FileField):
    """Several files at once (a board's archive), as Django's documentation shows: a list."""

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        cleaned = []
        for upload in files:
            try:
                cleaned.append(super().clean(upload, initial))
            except forms.ValidationError as exc:
                # One of several that is empty is said beside that file, when each is read on
                # its own (QA H-1): it never stops the rest.
                if len(files) < 2 or exc.code != "empty":
                    raise
                cleaned.append(upload)
        return cleaned


class ImportForm(forms.Form):
    # Set where the minutes were read and what refused them was making the draft: the page
    # says "The draft was not created", not "The minutes could not be read" (QA F2).
    refused_at_create = False

    text = forms.CharField(
        label="Minutes text",
        required=False,
        # Kept as pasted, blank lines included, so that line numbers in the problems match.
        strip=False,
        validators=[
            MaxLengthValidator(
                MAX_TEXT_CHARACTERS,
                message=(
                    "The text is %(show_value)s characters long; up to %(limit_value)s can be "
                    "read at once. Split the minutes, and import each part."
                ),
            )
        ],
        # Set with its limit in __init__ (paste_help), as the settings say it.
        help_text="Paste the minutes as copied from Word or a PDF; Markdown marks are fine.",
        widget=forms.Textarea(attrs={"rows": 20, "spellcheck": "false"}),
    )
    upload = MultipleFileField(
        label="Or upload a .txt, .md, .docx or .pdf file",
        required=False,
        help_text="A file chosen here is read instead of the text above, and its text is put "
        "there for you to check. A PDF must have text in it (not a scan).",
        widget=MultipleFileInput(attrs={"accept": ",".join(TEXT_SUFFIXES + DOCUMENT_SUFFIXES)}),
        error_messages={"empty": "The file chosen is empty: choose the file the minutes are in."},
    )

    # The file read at an earlier preview, stored under its content (a signed token from
    # `StoredFile.token`): the browser does not send a chosen file twice, yet the record made
    # from its text keeps it as its original.
    original = forms.CharField(required=False, widget=forms.HiddenInput)

    # The uploaded file's name and bytes, once read: the original the record keeps.
    upload_file: tuple[str, bytes] | None = None
    # Several files chosen at once: each one's name and bytes, each previewed on its own.
    upload_files: list[tuple[str, bytes]] = []

    def __init__(
        self,
        *args: Any,
        several: bool = False,
        over_limit: int = 0,
        files_not_read: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        """`several`: the page takes several files at once (a board's import page, not a
        draft's, which takes one set of minutes). `over_limit`: the size of text pasted over
        the limit of a form's field, which was not read (`prob.oversize`), and
        `files_not_read`, the files sent with it."""
        super().__init__(*args, **kwargs)
        self.several = several
        self.over_limit = over_limit
        self.files_not_read = files_not_read or []
        if several:
            self.fields["upload"].label = "Or upload a .txt, .md, .docx or .pdf file, or several"
            self.fields["upload"].help_text = (
                "One file is read instead of the text above, and its text is put there for "
                "you to check. Several (a board's archive) are each previewed on their own, "
                "to create those you tick. A PDF must have text in it (not a scan)."
            )
        else:
            self.fields["upload"].widget.attrs.pop("multiple", None)
        # Each limit said before it refuses, not only by the page refusing (QA H-2): the text
        # box's, and a file's beside what can be sent at once (QA F10: "Up to 10.0 MB" was
        # said of files of up to 2.0 MB, and of nothing of the text box's 2.0 MB).
        self.fields["text"].help_text = paste_help()
        self.fields["upload"].help_text += (
            f" {'Each' if several else 'The'} file can be up to "
            f"{filesizeformat(MAX_UPLOAD_BYTES)}. Up to "
            f"{filesizeformat(settings.MAX_REQUEST_BYTES)} can be sent at once; for a board's "
            "whole archive, ask whoever runs PROB to import the folder with the command "
            "manage.py import_minutes."
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if self.over_limit:
            self.add_error("text", too_long_to_send(self.over_limit))
            if chosen := [name for name in self.files_not_read if name]:
                self.add_error(
                    "upload",
                    f"{', '.join(chosen)} {'was' if len(chosen) == 1 else 'were'} not read, as "
                    "the text was too long: choose the file again.",
                )
            return cleaned
        uploads = cleaned.get("upload") or []
        if len(uploads) > 1:
            if not self.several:
                self.add_error("upload", "Choose one file: these minutes make one record.")
            else:
                self.upload_files = [(f.name, f.read()) for f in uploads]
            return cleaned
        upload = uploads[0] if uploads else None
        if upload:
            data = upload.read()
            try:
                text = read_upload(upload.name, data)
            except MinutesError as exc:
                self.add_error("upload", str(exc))
                return cleaned
            if refusal := long_line(text):
                # Said of the file, whose text is not put in the box: the page stays small.
                self.add_error("upload", f"{upload.name}: {refusal}")
                return cleaned
            # The file's text goes in the textarea, to be checked, fixed and sent again.
            self.data = self.data.copy()
            self.data[self.add_prefix("text")] = text
            cleaned["text"] = text
            if len(text) > MAX_TEXT_CHARACTERS:
                self.add_error("upload", f"{upload.name} holds more text than can be read.")
            self.upload_file = (upload.name, data)
        elif "upload" in self.errors:
            pass  # a file was chosen and refused (say, empty): that is the one error to say
        elif "text" in cleaned and not cleaned["text"].strip():
            self.add_error("text", "Paste the minutes text, or choose a file to upload.")
        elif "text" in cleaned and (refusal := long_line(cleaned["text"])):
            self.add_error("text", refusal)
        return cleaned
