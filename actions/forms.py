from django import forms

from actions.models import Action
from prob import limits


class ActionUpdateForm(forms.Form):
    text = forms.CharField(
        label="Progress update",
        max_length=limits.UPDATE,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="What has been done since the last update, and what comes next.",
    )
    status_to = forms.ChoiceField(
        label="Status",
        required=False,
        widget=forms.RadioSelect,
        choices=[
            ("", "Leave the status as it is"),
            (Action.Status.IN_PROGRESS, "In progress"),
            (Action.Status.PROPOSED, "Propose for closure"),
        ],
    )
