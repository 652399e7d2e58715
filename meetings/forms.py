from typing import Any

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import escape, format_html

from meetings.minutes import format_date
from meetings.models import Attendance, Meeting
from prob import limits


class ReturnToDraftForm(forms.Form):
    reason = forms.CharField(
        label="Why does it go back to draft?",
        max_length=limits.REASON,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class AgreeForm(forms.Form):
    at_meeting = forms.ModelChoiceField(
        label="Agreed as a true record at the meeting of",
        queryset=Meeting.objects.none(),
        empty_label=None,
    )
    add_minute = forms.BooleanField(
        label="Add “The minutes of the … meeting were agreed as a true record.” to that "
        "meeting's first section (its record must be a draft)",
        required=False,
    )

    def __init__(self, *args: object, meeting: Meeting, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["at_meeting"]
        # Oldest first: the first option, which the browser picks unless told otherwise, is
        # the board's next meeting after the record, where records are usually agreed. The
        # newest meeting first made one click freeze the numbers at the wrong meeting.
        field.queryset = Meeting.objects.filter(
            board=meeting.board_id, date__gt=meeting.date
        ).order_by("date")
        field.label_from_instance = lambda m: m.date.strftime("%-d %B %Y")
        self.meeting = meeting

    @cached_property
    def cannot_yet(self) -> str:
        """Why the step cannot be taken yet, with what to do, or "" (QA J3-1): a record is
        agreed at a later meeting of its board, and with none made yet the list of meetings
        was empty and the button offered all the same."""
        if self.fields["at_meeting"].queryset.exists():
            return ""
        return format_html(
            "A record is agreed at a later meeting, and {} has none after {} yet: "
            '<a href="{}">make the next meeting first</a>, then agree this record.',
            self.meeting.board.name,
            format_date(self.meeting.date),
            reverse("meetings:new_meeting", args=[self.meeting.board.slug]),
        )


class NoFieldsForm(forms.Form):
    """Publish asks for nothing but the click."""


class CirculateForm(forms.Form):
    """Circulate asks for nothing but the click; its confirmation, when an action has no owner
    yet, asks the clerk to say that it goes out so (a box shown there, not on the record
    page)."""

    ownerless_confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)


# --- The editor ------------------------------------------------------------------------------
# Choices are given by the view, worked out once per page, so that a form rendered once per
# paragraph costs no query of its own.

Choices = list[tuple[str, str]]


class DateInput(forms.DateInput):
    """The browser's date picker, which reads and writes ISO dates whatever the language."""

    input_type = "date"

    def __init__(self, attrs: dict | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%d")


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs: dict | None = None) -> None:
        super().__init__(attrs, format="%H:%M")


class MeetingDetailsForm(forms.Form):
    date = forms.DateField(
        label="Date", widget=DateInput, validators=[limits.validate_meeting_date]
    )
    start_time = forms.TimeField(label="Start time", required=False, widget=TimeInput)
    place = forms.CharField(label="Place", max_length=200, required=False)
    title = forms.CharField(
        label="Title",
        max_length=limits.TITLE,
        required=False,
        help_text="Leave empty for “Record of Meeting” and the date.",
    )


class NewMeetingForm(MeetingDetailsForm):
    copy_previous = forms.BooleanField(
        label="Copy the attendees of the last meeting, and the standing sections "
        "(Minutes, Any Other Business)",
        required=False,
        initial=True,
    )


class AttendeeAddForm(forms.Form):
    person = forms.ChoiceField(label="Someone already known", required=False)
    name = forms.CharField(
        label="Or a new name",
        max_length=limits.NAME,
        required=False,
        help_text='With honorific, e.g. "Dr Paul Dawson".',
    )
    organisation = forms.ChoiceField(label="Organisation", required=False)
    role = forms.CharField(label="Role that day", max_length=limits.TITLE, required=False)
    kind = forms.ChoiceField(label="Attendance", choices=Attendance.Kind.choices)

    def __init__(self, *args: object, people: Choices, organisations: Choices, **kwargs: object):
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = [("", "—"), *people]
        self.fields["organisation"].choices = [("", "—"), *organisations]

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("person") and not (data.get("name") or "").strip():
            raise forms.ValidationError("Choose someone, or give a new name.")
        return data


class AttendeeForm(forms.Form):
    role = forms.CharField(label="Role that day", max_length=limits.TITLE, required=False)
    organisation = forms.ChoiceField(label="Organisation", required=False)
    kind = forms.ChoiceField(label="Attendance", choices=Attendance.Kind.choices)

    def __init__(self, *args: object, organisations: Choices, **kwargs: object):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].choices = [("", "—"), *organisations]


class SectionForm(forms.Form):
    title = forms.CharField(label="Section title", max_length=limits.TITLE)
    restricted = forms.BooleanField(label="Restricted: withhold from publication", required=False)


class ParagraphForm(forms.Form):
    text = forms.CharField(
        label="Paragraph text",
        max_length=limits.PARAGRAPH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Leave an empty line where the paragraph should split in two.",
    )
    restricted = forms.BooleanField(label="Restricted: withhold from publication", required=False)
    decision = forms.BooleanField(label="This paragraph records a decision", required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class ActionForm(forms.Form):
    text = forms.CharField(
        label="Action",
        max_length=limits.ACTION,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example “MPS to share the data with MOPAC by 30 April 2024”.",
    )
    owner = forms.ChoiceField(
        label="Owner organisation",
        required=False,
        help_text="Left empty, it is read from the action's first words (“MPS to …”).",
    )
    owner_people = forms.MultipleChoiceField(label="Owners by name", required=False)
    due = forms.DateField(
        label="Due date",
        required=False,
        widget=DateInput,
        help_text="Left empty, it is read from the action's words (“by 31 March 2025”).",
    )

    def __init__(self, *args: object, people: Choices, organisations: Choices, **kwargs: object):
        super().__init__(*args, **kwargs)
        self.fields["owner"].choices = [("", "—"), *organisations]
        self.fields["owner_people"].choices = people


class ActionFromWordsForm(ActionForm):
    """The add-action form, which, opened on words selected in a paragraph ("Make an action of
    the selected words"), carries them, where they stood and the paragraph's version, and offers
    to take them out of the paragraph (ticked)."""

    move_words = forms.BooleanField(
        label="Take these words out of the paragraph",
        required=False,
        help_text="Undo puts them back.",
    )
    words = forms.CharField(widget=forms.HiddenInput, required=False, max_length=limits.PARAGRAPH)
    words_at = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    words_version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def __init__(self, *args: Any, ref: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        words = self.data.get("words") if self.is_bound else self.initial.get("words")
        if not words:
            # An ordinary new action: nothing to take out of the paragraph.
            for name in ("move_words", "words", "words_at", "words_version"):
                del self.fields[name]
        elif ref:
            self.fields["move_words"].label = f"Take these words out of paragraph {ref}"


class MoveForm(forms.Form):
    direction = forms.ChoiceField(choices=[("up", "Up"), ("down", "Down")])


class AmendForm(forms.Form):
    text = forms.CharField(
        label="Paragraph text as amended",
        max_length=limits.PARAGRAPH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    reason = forms.CharField(label="Reason for the amendment", max_length=limits.REASON)
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: object, ref: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # Help text is written out as HTML: only escaped text goes in.
        today = format_date(timezone.localdate())
        self.fields["reason"].help_text = escape(
            f"Shown on the record, with a mark at the paragraph: “Paragraph {ref} amended on "
            f"{today}: ” and this reason."
        )


class CommentForm(forms.Form):
    text = forms.CharField(
        label="Your comment",
        max_length=limits.COMMENT,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write your comment before sending it."},
    )

    def __init__(self, *args: Any, paragraph_id: int, ref: str, **kwargs: Any) -> None:
        # One form per paragraph on the page: each needs its own ids and its own label.
        kwargs.setdefault("auto_id", f"id_comment_{paragraph_id}_%s")
        super().__init__(*args, **kwargs)
        self.paragraph_id = paragraph_id
        self.fields["text"].label = f"Your comment on {ref}"
