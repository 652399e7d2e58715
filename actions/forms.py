from typing import Any

from django import forms

from actions.services import OWNER_VERB_FOR_STATUS, action_verbs_allowed
from meetings.models import Action
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
            *((status, verb.owner_label) for status, verb in OWNER_VERB_FOR_STATUS.items()),
        ],
    )
    # The state the page showed: an update based on an older one is refused, not lost.
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        # A field the form does not have ("status=closed", QA F-1) is refused, not dropped in
        # silence while the rest is saved: the sender meant something the form cannot do.
        unknown = sorted(set(self.data) - set(self.fields) - {"csrfmiddlewaretoken"})
        if unknown:
            raise forms.ValidationError(
                f"This form has no {', '.join(unknown)[:60]} to set: choose the status from "
                "those offered above, and save again. Nothing was saved.",
                code="unknown_field",
            )
        return cleaned


class BulkUpdateRowForm(forms.Form):
    """One row of "Update my actions": an update and a status for one open action.

    A row left empty is no update. The status choices offered are those the action can take
    now; any owner status is accepted, and the service refuses a move the lifecycle does not
    allow, so that a row based on an older state is refused as stale (its `version`), not as
    a wrong choice."""

    text = forms.CharField(
        required=False, max_length=limits.UPDATE, widget=forms.Textarea(attrs={"rows": 3})
    )
    status_to = forms.ChoiceField(
        required=False,
        choices=[
            ("", "Leave as it is"),
            *((status, verb.owner_label) for status, verb in OWNER_VERB_FOR_STATUS.items()),
        ],
    )
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args: Any, action: Action, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"version": action.version})
        super().__init__(*args, prefix=f"action-{action.pk}", **kwargs)
        # Every row's fields name their action, so each label is unique on the page.
        name = action.name.replace("Action", "action", 1)
        self.fields["text"].label = f"Update on {name}"
        self.fields["status_to"].label = f"Status of {name}"
        self.show(action)

    def show(self, action: Action) -> None:
        """Offers the status choices for the action as it is now."""
        self.action = action
        now = action.get_status_display().lower()
        offered = [("", f"Leave as it is ({now})")] + [
            (verb.target, verb.owner_label)
            for verb in action_verbs_allowed(action)
            if verb.who == "owner"
        ]
        # Proposed for closure, an action waits for the board: there is nothing to choose.
        field = self.fields["status_to"]
        field.widget = (
            forms.RadioSelect(choices=offered) if len(offered) > 1 else forms.HiddenInput()
        )

    def is_blank(self) -> bool:
        """Nothing typed and no status chosen: this row is not an update."""
        text = self.data.get(self.add_prefix("text"), "")
        return not text.strip() and not self.data.get(self.add_prefix("status_to"))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("status_to") and not cleaned.get("text", "").strip():
            self.add_error("text", "Write an update to go with the new status.")
        return cleaned

    def refresh_after_stale(self, action: Action) -> None:
        """After a stale refusal: the row shows the action as it is now and carries its
        version, so that sending what was typed again saves it."""
        data = self.data.copy()
        data[self.add_prefix("version")] = str(action.version)
        verb = OWNER_VERB_FOR_STATUS.get(data.get(self.add_prefix("status_to"), ""))
        if verb is not None and not verb.allows(action):
            data[self.add_prefix("status_to")] = ""  # a move no longer open to it
        self.data = data
        self.show(action)
