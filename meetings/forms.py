from django import forms

from meetings.models import Meeting
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
        field.queryset = Meeting.objects.filter(board=meeting.board_id, date__gt=meeting.date)
        field.label_from_instance = lambda m: m.date.strftime("%-d %B %Y")


class NoFieldsForm(forms.Form):
    """Circulate and publish ask for nothing but the click."""
