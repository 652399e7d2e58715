from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from actions.models import ActionUpdate
from actions.services import ACTION_VERBS
from meetings.admin import FrozenRecordMixin, RenumberedRecordMixin, lifecycle_action
from meetings.models import Action
from meetings.services.editing import check_due


class ActionUpdateInline(admin.TabularInline):
    """Updates are a record of what people reported: shown, never edited here."""

    model = ActionUpdate
    extra = 0
    fields = ("created", "author", "text", "status_from", "status_to")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ActionAdminForm(forms.ModelForm):
    """An action's due date kept to the editor's rule (`editing.check_due`)."""

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        # The paragraph is chosen when the action is added, and read-only after.
        paragraph = cleaned.get("paragraph") or (
            self.instance.paragraph if self.instance.paragraph_id else None
        )
        if paragraph is not None and "due" in cleaned:
            check_due(cleaned["due"], paragraph.section.meeting)
        return cleaned


@admin.register(Action)
class ActionAdmin(RenumberedRecordMixin, FrozenRecordMixin, SimpleHistoryAdmin):
    """As a section or a paragraph: only a draft's actions are edited, added or deleted here,
    and adding or deleting one renumbers the record (`RenumberedRecordMixin`); an action is
    never moved to another record's paragraph. Past draft, an action's progress and due date
    move only through its services (the verbs below, `action_change_due` with a reason)."""

    form = ActionAdminForm
    record_field, record_lookup = "paragraph", "section__meeting__"
    list_display = ("__str__", "owner", "due", "status")
    list_filter = ("status", "owner")
    list_select_related = ("owner",)
    search_fields = ("text",)
    filter_horizontal = ("owner_people",)
    raw_id_fields = ("paragraph", "closed_at_meeting")
    inlines = (ActionUpdateInline,)
    # The secretariat's verbs the admin may take, read from the one declaration of each.
    actions = [
        lifecycle_action(
            name=verb.name,
            description=verb.admin_label,
            run=verb.admin,
            related="paragraph__section__meeting",
        )
        for verb in ACTION_VERBS.values()
        if verb.admin
    ]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        # The lifecycle moves only through its services, never by a free field; the number
        # follows from the record's order (`record_renumber`).
        return ("status", "closed_at_meeting", "number", *super().get_readonly_fields(request, obj))
