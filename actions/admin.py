from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from actions.models import Action, ActionUpdate
from actions.services import ACTION_VERBS
from meetings.admin import lifecycle_action
from meetings.revisions import record_changed


class ActionUpdateInline(admin.TabularInline):
    """Updates are a record of what people reported: shown, never edited here."""

    model = ActionUpdate
    extra = 0
    fields = ("created", "author", "text", "status_from", "status_to")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
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

    def save_related(
        self, request: HttpRequest, form: ModelForm, formsets: Any, change: bool
    ) -> None:
        # After the people named on it: the whole change is in. What the admin edits of an
        # action (text, owner, due date) is what the record says.
        super().save_related(request, form, formsets, change)
        record_changed(form.instance.paragraph.section.meeting, content=True)

    def delete_model(self, request: HttpRequest, obj: Action) -> None:
        meeting = obj.paragraph.section.meeting
        super().delete_model(request, obj)
        record_changed(meeting, content=True)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        for action in queryset.select_related("paragraph__section__meeting"):
            self.delete_model(request, action)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        # The lifecycle moves only through its services (below), never by a free field; and
        # what an agreed record says is fixed, while the action's progress still moves on.
        lifecycle = ("status", "closed_at_meeting", "number")
        if obj is not None and obj.paragraph.section.meeting.is_frozen:
            return (*lifecycle, "paragraph", "text", "owner", "owner_people")
        return lifecycle
